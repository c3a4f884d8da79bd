import { ConnectClient, SearchUsersCommand, ThrottlingException, type UserSearchSummary } from '@aws-sdk/client-connect';
import type { LexV2Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { ATTR, createDialog, FIRST_NAME_SLOT, LAST_NAME_SLOT, MAX_HINTS_PER_SLOT, PERSON_INTENT, slotHints } from '../../lambda-src/name-lookup/dialog';
import { createNameLookup } from '../../lambda-src/name-lookup/lookup';
import { nameKeyTags } from '../../lambda-src/shared/name-keys';
import { queryNameKeys, userNameKeys } from '../../lambda-src/shared/names';

const connect = mockClient(ConnectClient);
const PREFIX = 'NameKey:';

function agent(id: string, firstName: string, lastName: string, extension?: string): UserSearchSummary {
  return {
    Id: id,
    Arn: `arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/${id}`,
    Username: id,
    IdentityInfo: { FirstName: firstName, LastName: lastName },
    Tags: { ...nameKeyTags(PREFIX, userNameKeys(lastName)), ...(extension ? { Extension: extension } : {}) },
  };
}
const santus = agent('u1', 'Paul', 'Santus', '777');
const akira = agent('u2', 'Akira', 'Tanaka', '201');
const yuki = agent('u3', 'Yuki', 'Tanaka', '202');
const directory = [santus, akira, yuki];

/** Answers like SearchUsers: the users having any of the requested tags. */
type Tag = { TagKey?: string; TagValue?: string };
function searchByTags(input: { SearchFilter?: { TagFilter?: { OrConditions?: Tag[][]; TagCondition?: Tag } } }) {
  const filter = input.SearchFilter?.TagFilter;
  const conditions = filter?.OrConditions?.map((c) => c[0]) ?? (filter?.TagCondition ? [filter.TagCondition] : []);
  return { Users: directory.filter((u) => conditions.some((c) => u.Tags?.[c.TagKey!] === c.TagValue)) };
}

function dialogWith(maxAttempts = 3, hintLastNames?: string[]) {
  const lookup = createNameLookup({
    client: new ConnectClient({ region: 'us-east-1' }),
    instanceId: 'i-1',
    keyPrefix: PREFIX,
    cacheTtlMs: 0,
    budgetMs: 3000,
    sleep: async () => {},
    random: () => 0.5,
  });
  return createDialog({ lookup, maxAttempts, spellingStyle: 'SpellByLetter', extensionTagKey: 'Extension', hintLastNames });
}

function lexEvent(slots: { last?: string; first?: string }, sessionAttributes: Record<string, string> = {}, intentName = PERSON_INTENT, localeId = 'en_US'): LexV2Event {
  const slot = (value?: string) => (value ? { shape: 'Scalar' as const, value: { originalValue: value, interpretedValue: value, resolvedValues: [] } } : null);
  return {
    messageVersion: '1.0',
    invocationSource: 'DialogCodeHook',
    inputMode: 'Speech',
    responseContentType: 'text/plain; charset=utf-8',
    sessionId: 's',
    inputTranscript: '',
    bot: { id: 'b', name: 'Directory', aliasId: 'a', aliasName: 'live', localeId, version: '1' },
    interpretations: [],
    proposedNextState: undefined as never,
    transcriptions: [],
    sessionState: {
      sessionAttributes,
      originatingRequestId: 'r',
      intent: { name: intentName, state: 'InProgress', confirmationState: 'None', slots: { [LAST_NAME_SLOT]: slot(slots.last), [FIRST_NAME_SLOT]: slot(slots.first) } },
    },
  } as LexV2Event;
}

beforeEach(() => {
  connect.reset();
  connect.on(SearchUsersCommand).callsFake(searchByTags);
});

test('GIVEN a misheard surname WHEN the code hook runs THEN one SearchUsers call on the instance with the name keys, and the agent in session attributes', async () => {
  // WHEN
  const result = await dialogWith()(lexEvent({ last: 'Santos' }));
  // THEN
  const calls = connect.commandCalls(SearchUsersCommand);
  expect(calls).toHaveLength(1);
  const input = calls[0].args[0].input;
  expect(input.InstanceId).toBe('i-1');
  expect(input.MaxResults).toBe(100);
  expect(input.SearchFilter?.TagFilter?.OrConditions).toEqual(queryNameKeys(['Santos']).near.map((k) => [{ TagKey: PREFIX + k, TagValue: '1' }]));
  expect(input.SearchFilter!.TagFilter!.OrConditions!.length).toBeLessThanOrEqual(25);
  expect(result.sessionState.dialogAction).toEqual({ type: 'Close' });
  expect(result.sessionState.intent?.state).toBe('Fulfilled');
  expect(result.sessionState.sessionAttributes).toEqual({
    [ATTR.result]: 'MATCH',
    [ATTR.agentId]: 'u1',
    [ATTR.agentArn]: santus.Arn,
    [ATTR.firstName]: 'Paul',
    [ATTR.lastName]: 'Santus',
    [ATTR.extension]: '777',
  });
});

test('GIVEN an unknown surname WHEN heard THEN the surname is elicited again, spelled, with the attempt counted', async () => {
  const result = await dialogWith()(lexEvent({ last: 'Fitzgerald' }));
  expect(result.sessionState.dialogAction).toEqual({ type: 'ElicitSlot', slotToElicit: LAST_NAME_SLOT, slotElicitationStyle: 'SpellByLetter' });
  expect(result.sessionState.sessionAttributes?.[ATTR.attempt]).toBe('1');
  expect(result.sessionState.intent?.slots?.[LAST_NAME_SLOT]).toBeNull();
  expect((result.messages?.[0] as { content?: string } | undefined)?.content).toMatch(/spell/i);
});

test('GIVEN the second attempt WHEN the caller spells the name THEN it matches the spelled letters', async () => {
  const result = await dialogWith()(lexEvent({ last: 's a n t u s' }, { [ATTR.attempt]: '1' }));
  expect(result.sessionState.sessionAttributes?.[ATTR.agentId]).toBe('u1');
});

test('GIVEN the last attempt fails THEN the intent closes as failed with NO_MATCH for the flow to fall back', async () => {
  const result = await dialogWith(2)(lexEvent({ last: 'x y z' }, { [ATTR.attempt]: '1' }));
  expect(result.sessionState.dialogAction.type).toBe('Close');
  expect(result.sessionState.intent?.state).toBe('Failed');
  expect(result.sessionState.sessionAttributes?.[ATTR.result]).toBe('NO_MATCH');
});

test('GIVEN two people share the surname THEN the first name is asked, and the answer picks one without another API call', async () => {
  const dialog = dialogWith();
  const first = await dialog(lexEvent({ last: 'Tanaka' }));
  expect(first.sessionState.dialogAction).toEqual({ type: 'ElicitSlot', slotToElicit: FIRST_NAME_SLOT });
  expect((first.messages?.[0] as { content?: string } | undefined)?.content).toMatch(/first name/);
  const second = await dialog(lexEvent({ last: 'Tanaka', first: 'Yuki' }, first.sessionState.sessionAttributes));
  expect(second.sessionState.intent?.state).toBe('Fulfilled');
  expect(second.sessionState.sessionAttributes).toMatchObject({ [ATTR.result]: 'MATCH', [ATTR.agentId]: 'u3', [ATTR.extension]: '202' });
  expect(second.sessionState.sessionAttributes?.[ATTR.candidates]).toBeUndefined();
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(1);
});

test('GIVEN two people share the surname WHEN the first name fits neither THEN NO_MATCH', async () => {
  const dialog = dialogWith();
  const first = await dialog(lexEvent({ last: 'Tanaka' }));
  const second = await dialog(lexEvent({ last: 'Tanaka', first: 'Bob' }, first.sessionState.sessionAttributes));
  expect(second.sessionState.sessionAttributes?.[ATTR.result]).toBe('NO_MATCH');
});

test('GIVEN a surname and first name in one utterance THEN the first name breaks the tie at once', async () => {
  const result = await dialogWith()(lexEvent({ last: 'Tanaka', first: 'Akira' }));
  expect(result.sessionState.sessionAttributes?.[ATTR.agentId]).toBe('u2');
});

test('GIVEN no surname yet THEN Lex is asked to elicit it (Delegate); another intent is closed untouched', async () => {
  expect((await dialogWith()(lexEvent({}))).sessionState.dialogAction.type).toBe('Delegate');
  const other = await dialogWith()(lexEvent({}, { keep: 'me' }, 'Sales'));
  expect(other.sessionState).toMatchObject({ dialogAction: { type: 'Close' }, intent: { name: 'Sales', state: 'Fulfilled' }, sessionAttributes: { keep: 'me' } });
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(0);
});

test('GIVEN SearchUsers keeps throttling WHEN looked up THEN the intent fails with ERROR, no error text, never a throw', async () => {
  connect.on(SearchUsersCommand).rejects(new ThrottlingException({ message: 'Rate exceeded internal', $metadata: {} }));
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const result = await dialogWith()(lexEvent({ last: 'Santos' }));
  expect(result.sessionState.intent?.state).toBe('Failed');
  expect(result.sessionState.sessionAttributes?.[ATTR.result]).toBe('ERROR');
  expect(JSON.stringify(result)).not.toContain('Rate exceeded');
  expect(connect.commandCalls(SearchUsersCommand).length).toBeGreaterThan(1);
  spy.mockRestore();
});

test('GIVEN garbage instead of a Lex event THEN a well-formed failed close', async () => {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const result = await dialogWith()({} as LexV2Event);
  expect(result.sessionState).toMatchObject({ dialogAction: { type: 'Close' }, intent: { state: 'Failed' }, sessionAttributes: { [ATTR.result]: 'ERROR' } });
  spy.mockRestore();
});

test('GIVEN more than 100 users share the near keys THEN the second call reads their second page, and no more', async () => {
  connect.on(SearchUsersCommand).resolves({ Users: [santus], NextToken: 'more' });
  const lookup = createNameLookup({ client: new ConnectClient({ region: 'us-east-1' }), instanceId: 'i-1', keyPrefix: PREFIX, cacheTtlMs: 0, budgetMs: 3000 });
  const result = await lookup({ heard: ['Santus'], mode: 'spoken' });
  expect(result.calls).toBe(2);
  const calls = connect.commandCalls(SearchUsersCommand);
  expect(calls).toHaveLength(2);
  expect(calls[1].args[0].input.NextToken).toBe('more');
  expect(calls[1].args[0].input.SearchFilter).toEqual(calls[0].args[0].input.SearchFilter);
});

test('GIVEN nothing matches the near keys THEN one more call with the wide keys (confusable consonants), two in all', async () => {
  // GIVEN Tran is only reachable from "Tram" through the n/m substitution
  const tran = agent('u9', 'Duc', 'Tran');
  connect.on(SearchUsersCommand).callsFake((input) => {
    const keys = (input.SearchFilter?.TagFilter?.OrConditions ?? []).map((c: { TagKey?: string }[]) => c[0].TagKey);
    return { Users: keys.some((k: string | undefined) => k && tran.Tags![k]) ? [tran] : [] };
  });
  const lookup = createNameLookup({ client: new ConnectClient({ region: 'us-east-1' }), instanceId: 'i-1', keyPrefix: PREFIX, cacheTtlMs: 0, budgetMs: 3000 });
  // WHEN
  const result = await lookup({ heard: ['Tram'], mode: 'spoken' });
  // THEN
  expect(result.match?.id).toBe('u9');
  expect(result.calls).toBe(2);
  const keys = queryNameKeys(['Tram']);
  expect(connect.commandCalls(SearchUsersCommand)[1].args[0].input.SearchFilter?.TagFilter?.OrConditions).toEqual(keys.wide.map((k) => [{ TagKey: PREFIX + k, TagValue: '1' }]));
});

test('GIVEN the deployed handler WHEN Lex invokes it THEN it uses its environment', async () => {
  Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env', NAME_KEY_PREFIX: PREFIX, SPELLING_STYLE: 'SpellByWord' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/name-lookup/index') as typeof import('../../lambda-src/name-lookup/index');
  const result = await handler(lexEvent({ last: 'Fitzgerald' }));
  expect(connect.commandCalls(SearchUsersCommand)[0].args[0].input.InstanceId).toBe('i-env');
  expect(result.sessionState.dialogAction).toMatchObject({ slotElicitationStyle: 'SpellByWord' });
});

test('GIVEN session state of the wrong types THEN session attributes stay strings, the intent keeps a name and the slots a map', async () => {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const dialog = dialogWith();
  const event = lexEvent({ last: 'Santos' }, { [ATTR.agentId]: null, [ATTR.attempt]: 7, note: 'kept' } as never);
  const result = await dialog(event);
  expect(result.sessionState.sessionAttributes).toEqual({ note: 'kept', [ATTR.result]: 'MATCH', [ATTR.agentId]: 'u1', [ATTR.agentArn]: santus.Arn, [ATTR.firstName]: 'Paul', [ATTR.lastName]: 'Santus', [ATTR.extension]: '777' });
  const arrays = await dialog({ ...event, sessionState: { ...event.sessionState, sessionAttributes: [0] as never, intent: { ...event.sessionState.intent, slots: 'x' as never } } });
  expect(arrays.sessionState).toEqual({ sessionAttributes: {}, dialogAction: { type: 'Delegate' }, intent: { name: PERSON_INTENT, state: 'InProgress', slots: {} } });
  const unnamed = await dialog({ ...event, sessionState: { ...event.sessionState, intent: { ...event.sessionState.intent, name: 42 as never } } });
  expect(unnamed.sessionState).toMatchObject({ dialogAction: { type: 'Close' }, intent: { name: PERSON_INTENT, state: 'Failed' }, sessionAttributes: { [ATTR.result]: 'ERROR' } });
  // Stored candidates with names of the wrong type are not trusted.
  const forged = lexEvent({ last: 'Tanaka', first: 'Akira' }, { [ATTR.candidates]: JSON.stringify([{ i: 'u9', a: 'arn', f: 1, l: ['x'] }]) });
  const answer = await dialog(forged);
  expect(Object.values(answer.sessionState.sessionAttributes ?? {}).every((v) => typeof v === 'string')).toBe(true);
  expect(answer.sessionState.sessionAttributes?.[ATTR.agentId]).toBe('u2');
  spy.mockRestore();
});

test('GIVEN a slot value far longer than any name THEN it is not searched (no call, no seconds of phonetic keys)', async () => {
  const started = Date.now();
  const result = await dialogWith()(lexEvent({ last: 'Santus'.repeat(20_000) }));
  expect(Date.now() - started).toBeLessThan(1000);
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(0);
  expect(result.sessionState.dialogAction?.type).toBe('Delegate');
});

describe('runtime hints', () => {
  const SURNAMES = ['Santus', 'Tanaka', 'Nguyễn'];
  type Hinted = { sessionState: { runtimeHints?: { slotHints: Record<string, Record<string, { runtimeHintValues: Array<{ phrase: string }> }>> } } };
  const hintsOf = (result: unknown, slot: string) =>
    (result as Hinted).sessionState.runtimeHints?.slotHints[PERSON_INTENT]?.[slot]?.runtimeHintValues;

  test('GIVEN the first invocation (initial response, no surname yet) in English THEN the answer hands the surname to Lex with every surname as a LastName hint', async () => {
    for (const localeId of ['en_US', 'en_GB']) {
      const result = await dialogWith(3, SURNAMES)(lexEvent({}, {}, PERSON_INTENT, localeId));
      expect(result.sessionState.dialogAction).toEqual({ type: 'Delegate' });
      // The shape of the Lex V2 RuntimeHints: slotHints[intent][slot].runtimeHintValues[].phrase.
      expect((result as Hinted).sessionState.runtimeHints).toEqual({
        slotHints: { [PERSON_INTENT]: { [LAST_NAME_SLOT]: { runtimeHintValues: SURNAMES.map((phrase) => ({ phrase })) } } },
      });
    }
    expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(0);
  });

  test('GIVEN a locale without runtime hints (French, English (Australia)) THEN no hints, the same Delegate as before', async () => {
    for (const localeId of ['fr_FR', 'fr_CA', 'en_AU']) {
      const result = await dialogWith(3, SURNAMES)(lexEvent({}, {}, PERSON_INTENT, localeId));
      expect(result.sessionState.dialogAction).toEqual({ type: 'Delegate' });
      expect((result as Hinted).sessionState.runtimeHints).toBeUndefined();
    }
  });

  test('GIVEN a tie on the surname THEN the first-name question carries the first names of the people who share it, again on the second asking', async () => {
    const dialog = dialogWith(3, SURNAMES);
    const first = await dialog(lexEvent({ last: 'Tanaka' }));
    expect(first.sessionState.dialogAction).toEqual({ type: 'ElicitSlot', slotToElicit: FIRST_NAME_SLOT });
    expect(hintsOf(first, FIRST_NAME_SLOT)).toEqual([{ phrase: 'Akira' }, { phrase: 'Yuki' }]);
    expect(hintsOf(first, LAST_NAME_SLOT)).toBeUndefined();
    const again = await dialog(lexEvent({ last: 'Tanaka' }, first.sessionState.sessionAttributes));
    expect(hintsOf(again, FIRST_NAME_SLOT)).toEqual([{ phrase: 'Akira' }, { phrase: 'Yuki' }]);
  });

  test('GIVEN a spelling re-prompt THEN no hints (the answer is letters)', async () => {
    const result = await dialogWith(3, SURNAMES)(lexEvent({ last: 'Fitzgerald' }));
    expect(result.sessionState.dialogAction).toMatchObject({ type: 'ElicitSlot', slotToElicit: LAST_NAME_SLOT });
    expect((result as Hinted).sessionState.runtimeHints).toBeUndefined();
  });

  test('GIVEN more than 100 names, duplicates, blanks or names over 100 characters THEN at most 100 distinct phrases of 1 to 100 characters', () => {
    const names = ['  ', 'x'.repeat(101), 'Santus', 'SANTUS', ...Array.from({ length: 150 }, (_, i) => `Name${i}`)];
    const values = slotHints('en_US', LAST_NAME_SLOT, names)!.slotHints[PERSON_INTENT][LAST_NAME_SLOT].runtimeHintValues;
    expect(values).toHaveLength(MAX_HINTS_PER_SLOT);
    expect(values[0]).toEqual({ phrase: 'Santus' });
    expect(new Set(values.map((v) => v.phrase.toLowerCase())).size).toBe(values.length);
    expect(values.every((v) => v.phrase.length >= 1 && v.phrase.length <= 100)).toBe(true);
    expect(slotHints('en_US', LAST_NAME_SLOT, [])).toBeUndefined();
    expect(slotHints(undefined, LAST_NAME_SLOT, names)).toBeUndefined();
  });

  test('GIVEN the deployed handler WHEN HINT_LAST_NAMES is set THEN its names are the hints; a value that is not a JSON array sends none', async () => {
    Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env', HINT_LAST_NAMES: JSON.stringify(['Santus', 'Tanaka']) });
    let handler!: (e: LexV2Event) => Promise<unknown>;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      handler = (require('../../lambda-src/name-lookup/index') as typeof import('../../lambda-src/name-lookup/index')).handler;
    });
    expect(hintsOf(await handler(lexEvent({})), LAST_NAME_SLOT)).toEqual([{ phrase: 'Santus' }, { phrase: 'Tanaka' }]);
    process.env.HINT_LAST_NAMES = '{not json';
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      handler = (require('../../lambda-src/name-lookup/index') as typeof import('../../lambda-src/name-lookup/index')).handler;
    });
    expect((await handler(lexEvent({})) as Hinted).sessionState.runtimeHints).toBeUndefined();
    delete process.env.HINT_LAST_NAMES;
  });
});
