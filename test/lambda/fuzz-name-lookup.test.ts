/**
 * Property-based tests of the name-lookup Lex V2 code hook: 10,000 malformed or hostile Lex events
 * (odd session state, wrong invocation source, absurd attempt counters, hostile slot values)
 * against a Connect API that answers, answers garbage, throttles, fails or denies.
 */
import { ConnectClient, SearchUsersCommand } from '@aws-sdk/client-connect';
import type { LexV2Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import * as fc from 'fast-check';
import { ERROR_MARKER, hostileString, isStringMap, maybe, partialRecord, script, ScriptedService, surname, wrongValue, describeDeployedHandler } from './fuzz-arbitraries';
import { ATTR, createDialog, FIRST_NAME_SLOT, HINT_LOCALES, LAST_NAME_SLOT, MAX_HINT_LENGTH, MAX_HINTS_PER_SLOT, PERSON_INTENT } from '../../lambda-src/name-lookup/dialog';
import { createNameLookup } from '../../lambda-src/name-lookup/lookup';

const BUDGET_MS = 3000;
const LATENCY_MS = 120;
const connect = mockClient(ConnectClient);
const clock = { t: 1_000_000 };
const scripted = new ScriptedService(clock, LATENCY_MS);

const slot = fc.oneof(
  { weight: 1, arbitrary: wrongValue },
  {
    weight: 4,
    arbitrary: partialRecord({
      shape: maybe(fc.constantFrom('Scalar', 'List')),
      value: maybe(partialRecord({
        originalValue: maybe(surname),
        interpretedValue: maybe(surname),
        resolvedValues: maybe(fc.array(surname, { maxLength: 3 })),
      }), 6),
    }),
  },
);

const storedCandidates = fc.oneof(
  fc.array(partialRecord({
    i: maybe(fc.stringMatching(/^u-[a-f0-9]{1,4}$/)),
    a: maybe(fc.constant('arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/u-1')),
    f: maybe(fc.constantFrom('Paul', 'Akira', 'Yuki')),
    l: maybe(surname),
    x: maybe(fc.stringMatching(/^[0-9]{3}$/)),
  }), { maxLength: 6 }).map((c) => JSON.stringify(c)),
  fc.anything({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'undefined'),
  hostileString,
);

/** Session attributes as the flow or a previous turn left them, or not. */
const sessionAttributes = fc.oneof(
  { weight: 1, arbitrary: wrongValue },
  {
    weight: 5,
    arbitrary: fc.record({
      [ATTR.attempt]: maybe(fc.oneof(fc.integer().map(String), fc.constantFrom('NaN', '1e309', '-1', '99999999999999999999', '0x10', '3.7', ' 2 ')), 4),
      [ATTR.candidates]: maybe(storedCandidates, 4),
      [ATTR.firstNameAsked]: maybe(fc.constantFrom('1', '2', 'true'), 4),
      [ATTR.result]: maybe(fc.constantFrom('MATCH', 'NO_MATCH', 'ERROR'), 4),
      [ATTR.agentId]: maybe(fc.constantFrom('u-1', ''), 4),
      other: maybe(hostileString, 4),
    }, { requiredKeys: [] }),
  },
);

const lexEvent = fc.oneof(
  { weight: 1, arbitrary: wrongValue },
  {
    weight: 8,
    arbitrary: partialRecord({
      messageVersion: maybe(fc.constant('1.0')),
      invocationSource: maybe(fc.constantFrom('DialogCodeHook', 'FulfillmentCodeHook', 'Nonsense', '')),
      inputMode: maybe(fc.constantFrom('Speech', 'DTMF', 'Text')),
      sessionId: maybe(hostileString),
      inputTranscript: maybe(hostileString),
      bot: maybe(partialRecord({ name: maybe(fc.constant('Directory')), localeId: maybe(fc.constantFrom('en_US', 'en_GB', 'en_AU', 'fr_FR', 'de_DE', 'x')) })),
      sessionState: maybe(partialRecord({
        sessionAttributes: maybe(sessionAttributes, 6),
        intent: maybe(partialRecord({
          name: maybe(fc.constantFrom(PERSON_INTENT, PERSON_INTENT, PERSON_INTENT, 'Department', 'FallbackIntent'), 6),
          state: maybe(fc.constantFrom('InProgress', 'ReadyForFulfillment', 'Fulfilled', 'Failed')),
          confirmationState: maybe(fc.constantFrom('None', 'Confirmed', 'Denied')),
          slots: maybe(partialRecord({ [LAST_NAME_SLOT]: slot, [FIRST_NAME_SLOT]: slot }), 6),
        }), 8),
      }), 10),
    }),
  },
);

const DIALOG_ACTIONS = ['Close', 'ConfirmIntent', 'Delegate', 'ElicitIntent', 'ElicitSlot'];
const NEEDS_INTENT = ['Close', 'ConfirmIntent', 'Delegate', 'ElicitSlot'];
const INTENT_STATES = ['Failed', 'Fulfilled', 'FulfillmentInProgress', 'InProgress', 'ReadyForFulfillment', 'Waiting'];
const CONTENT_TYPES = ['PlainText', 'SSML', 'CustomPayload', 'ImageResponseCard'];

/** The response contract of a Lex V2 code hook (with the event: runtime hints only in a locale that takes them). */
function expectValidLexResponse(response: unknown, event?: unknown): void {
  const r = response as {
    sessionState?: {
      runtimeHints?: unknown;
      dialogAction?: { type?: unknown; slotToElicit?: unknown };
      intent?: { name?: unknown; state?: unknown; slots?: unknown };
      sessionAttributes?: unknown;
    };
    messages?: unknown;
  };
  const action = r?.sessionState?.dialogAction;
  expect(DIALOG_ACTIONS).toContain(action?.type);
  const intent = r.sessionState!.intent;
  if (NEEDS_INTENT.includes(action!.type as string)) {
    expect(typeof intent?.name).toBe('string');
    expect((intent!.name as string).length).toBeGreaterThan(0);
    expect(INTENT_STATES).toContain(intent!.state);
    if (intent!.slots !== undefined) expect(typeof intent!.slots === 'object' && intent!.slots !== null && !Array.isArray(intent!.slots)).toBe(true);
  }
  if (action!.type === 'ElicitSlot') expect([LAST_NAME_SLOT, FIRST_NAME_SLOT]).toContain(action!.slotToElicit);
  if (r.messages !== undefined) {
    expect(Array.isArray(r.messages)).toBe(true);
    for (const m of r.messages as Array<{ contentType?: unknown; content?: unknown }>) {
      expect(CONTENT_TYPES).toContain(m.contentType);
      expect(typeof m.content).toBe('string');
    }
  }
  expect(isStringMap(r.sessionState!.sessionAttributes)).toBe(true);
  const result = (r.sessionState!.sessionAttributes as Record<string, string>)[ATTR.result];
  if (action!.type === 'Close' && intent!.name === PERSON_INTENT) expect(['MATCH', 'NO_MATCH', 'ERROR']).toContain(result);
  expect(JSON.stringify(response)).not.toContain(ERROR_MARKER);
  const hints = r.sessionState!.runtimeHints;
  if (hints !== undefined) {
    // RuntimeHints: slotHints[intent][slot].runtimeHintValues, 1 to 100 phrases of 1 to 100 characters.
    expect(Object.keys(hints as object)).toEqual(['slotHints']);
    const slotHints = (hints as { slotHints: Record<string, Record<string, { runtimeHintValues: Array<{ phrase: unknown }> }>> }).slotHints;
    expect(Object.keys(slotHints)).toEqual([PERSON_INTENT]);
    for (const [slotName, detail] of Object.entries(slotHints[PERSON_INTENT])) {
      expect([LAST_NAME_SLOT, FIRST_NAME_SLOT]).toContain(slotName);
      expect(detail.runtimeHintValues.length).toBeGreaterThan(0);
      expect(detail.runtimeHintValues.length).toBeLessThanOrEqual(MAX_HINTS_PER_SLOT);
      for (const v of detail.runtimeHintValues) {
        expect(Object.keys(v)).toEqual(['phrase']);
        expect(typeof v.phrase === 'string' && v.phrase.trim().length > 0 && v.phrase.length <= MAX_HINT_LENGTH).toBe(true);
      }
    }
    if (event !== undefined) expect(HINT_LOCALES).toContain((event as { bot?: { localeId?: unknown } }).bot?.localeId);
  }
}

/** The directory's surnames sent as hints: more than 100, with blanks, duplicates and overlong ones. */
const HINT_LAST_NAMES = ['', '   ', 'x'.repeat(400), 'Santus', 'santus', ...Array.from({ length: 120 }, (_, i) => `Surname${i}`)];

beforeAll(() => {
  connect.on(SearchUsersCommand).callsFake(scripted.answer);
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => jest.restoreAllMocks());

test('GIVEN 8,000 hostile Lex events and a misbehaving Connect API THEN every answer is a well-formed dialog action, in the time budget, with no error text', async () => {
  const lookup = createNameLookup({
    client: new ConnectClient({ region: 'us-east-1' }),
    instanceId: 'i-1',
    keyPrefix: 'NameKey:',
    cacheTtlMs: 0,
    budgetMs: BUDGET_MS,
    now: () => clock.t,
    sleep: async (ms) => { clock.t += ms; },
  });
  const dialog = createDialog({ lookup, maxAttempts: 3, spellingStyle: 'SpellByLetter', extensionTagKey: 'Extension', hintLastNames: HINT_LAST_NAMES });
  let hinted = 0;
  await fc.assert(fc.asyncProperty(lexEvent, script, async (event, outcomes) => {
    scripted.load(outcomes);
    const start = clock.t;
    const response = await dialog(event as LexV2Event);
    expectValidLexResponse(response, event);
    if (response.sessionState.runtimeHints) hinted++;
    // No attempt starts after the lookup's budget: at most one call's latency past it.
    expect(clock.t - start).toBeLessThanOrEqual(BUDGET_MS + LATENCY_MS);
  }), { numRuns: 8_000 });
  // The property saw answers with hints, not only answers without.
  expect(hinted).toBeGreaterThan(0);
}, 120_000);

describeDeployedHandler({
  env: { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env', HINT_LAST_NAMES: JSON.stringify(HINT_LAST_NAMES) },
  title: 'GIVEN 2,000 hostile Lex events (runtime hints configured) THEN the exported handler resolves with a well-formed dialog action',
  event: lexEvent,
  script: script,
  scripted,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  load: () => (require('../../lambda-src/name-lookup/index') as typeof import('../../lambda-src/name-lookup/index')).handler as (event: unknown) => Promise<unknown>,
  check: (response) => expectValidLexResponse(response),
});
