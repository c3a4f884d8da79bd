/**
 * The directory handlers answering in process over a small mocked directory, to feed the
 * simulator: the extension lookup's response and the Lex code hook's final session state.
 */
import { ConnectClient, SearchUsersCommand, type UserSearchSummary } from '@aws-sdk/client-connect';
import type { LexV2Event, LexV2Result } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { createExtensionLookup } from '../../lambda-src/extension-lookup/lookup';
import { createDialog, FIRST_NAME_SLOT, LAST_NAME_SLOT, PERSON_INTENT } from '../../lambda-src/name-lookup/dialog';
import { createNameLookup } from '../../lambda-src/name-lookup/lookup';
import { nameKeyTags } from '../../lambda-src/shared/name-keys';
import { userNameKeys } from '../../lambda-src/shared/names';
import type { ILambdaStub, LambdaInvocation } from '../../src';

const PREFIX = 'NameKey:';
const INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1';

export function directoryUser(id: string, firstName: string, lastName: string, extension: string, arn = `${INSTANCE}/agent/${id}`): UserSearchSummary {
  return {
    Id: id,
    Arn: arn,
    Username: id,
    IdentityInfo: { FirstName: firstName, LastName: lastName },
    Tags: { ...nameKeyTags(PREFIX, userNameKeys(lastName)), Extension: extension },
  };
}

/** The small directory of the tests. */
export const DIRECTORY: UserSearchSummary[] = [
  directoryUser('u-santus', 'Paul', 'Santus', '777'),
  directoryUser('u-akira', 'Akira', 'Tanaka', '201'),
  directoryUser('u-yuki', 'Yuki', 'Tanaka', '202'),
  directoryUser('u-nguyen', 'Linh', 'Nguyen', '310'),
];

type Tag = { TagKey?: string; TagValue?: string };
/** SearchUsers over DIRECTORY: the users having any of the requested tags. */
function searchByTags(input: { SearchFilter?: { TagFilter?: { OrConditions?: Tag[][]; TagCondition?: Tag } } }, users: UserSearchSummary[]) {
  const filter = input.SearchFilter?.TagFilter;
  const conditions = filter?.OrConditions?.map((c) => c[0]) ?? (filter?.TagCondition ? [filter.TagCondition] : []);
  return { Users: users.filter((u) => conditions.some((c) => u.Tags?.[c.TagKey!] === c.TagValue)) };
}

/** Mocks the Connect client of the handlers; returns the mock to count calls. */
export function mockDirectory(failing = false, users: UserSearchSummary[] = DIRECTORY) {
  const connect = mockClient(ConnectClient);
  connect.reset();
  if (failing) connect.on(SearchUsersCommand).rejects(Object.assign(new Error('boom'), { name: 'InternalServiceException' }));
  else connect.on(SearchUsersCommand).callsFake((input) => searchByTags(input, users));
  return connect;
}

const client = () => new ConnectClient({ region: 'us-east-1' });

/** The extension lookup handler's answer for the digits, as Connect would pass them. */
export async function extensionAnswer(digits: string): Promise<Record<string, string>> {
  const lookup = createExtensionLookup({ client: client(), instanceId: 'i-1', tagKey: 'Extension', cacheTtlMs: 0, budgetMs: 100, sleep: async () => {}, random: () => 0.5 });
  return lookup(digits);
}

/**
 * A Lambda stub answering with precomputed handler responses, keyed by the `extension`
 * parameter the flow passes (a parameter the handler did not see fails the test).
 */
export class PrecomputedLambda implements ILambdaStub {
  public readonly seen: string[] = [];
  constructor(private readonly answers: { [digits: string]: Record<string, string> }) {}
  invoke(invocation: LambdaInvocation): Record<string, string> {
    const digits = invocation.parameters.extension;
    this.seen.push(digits);
    const answer = this.answers[digits];
    if (!answer) throw new Error(`the handler was not run for ${JSON.stringify(digits)}`);
    return answer;
  }
}

function lexEvent(slots: { last?: string; first?: string }, sessionAttributes: Record<string, string>, localeId: string): LexV2Event {
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
      intent: { name: PERSON_INTENT, state: 'InProgress', confirmationState: 'None', slots: { [LAST_NAME_SLOT]: slot(slots.last), [FIRST_NAME_SLOT]: slot(slots.first) } },
    },
  } as LexV2Event;
}

/** One caller turn: what the caller says when the bot asks (`last`/`first` slot values). */
export interface CallerTurn { readonly last?: string; readonly first?: string }

/** What the Lex conversation ends with, and the bot's messages on the way. */
export interface LexConversation {
  /** The simulator input: the Lex result Connect branches on. */
  readonly input: { intent: string; slots: Record<string, string>; sessionAttributes: Record<string, string> };
  /** What the code hook said between turns (spelling and first-name prompts). */
  readonly botSaid: string[];
  /** The code hook's results, turn by turn. */
  readonly results: LexV2Result[];
}

/**
 * Runs the real code hook turn by turn, as Lex does: each elicitation takes the next turn (a
 * surname elicitation fills LastName, a first-name elicitation FirstName) until the intent closes.
 */
export async function lexConversation(turns: CallerTurn[], options: { maxAttempts?: number; localeId?: string } = {}): Promise<LexConversation> {
  const lookup = createNameLookup({ client: client(), instanceId: 'i-1', keyPrefix: PREFIX, cacheTtlMs: 0, budgetMs: 100, sleep: async () => {}, random: () => 0.5 });
  const dialog = createDialog({ lookup, maxAttempts: options.maxAttempts ?? 3, spellingStyle: 'SpellByLetter', extensionTagKey: 'Extension' });
  const botSaid: string[] = [];
  const results: LexV2Result[] = [];
  let attributes: Record<string, string> = {};
  let slots: CallerTurn = {};
  for (const turn of turns) {
    slots = { ...slots, ...turn };
    const result = await dialog(lexEvent(slots, attributes, options.localeId ?? 'en_US'));
    results.push(result);
    attributes = (result.sessionState.sessionAttributes ?? {}) as Record<string, string>;
    for (const m of result.messages ?? []) if ('content' in m && m.content) botSaid.push(m.content);
    const action = result.sessionState.dialogAction;
    if (action?.type === 'Close') {
      const finalSlots: Record<string, string> = {};
      if (slots.last) finalSlots[LAST_NAME_SLOT] = slots.last;
      if (slots.first) finalSlots[FIRST_NAME_SLOT] = slots.first;
      const intent = result.sessionState.intent?.name ?? PERSON_INTENT;
      return { input: { intent, slots: finalSlots, sessionAttributes: attributes }, botSaid, results };
    }
    if (action?.type === 'ElicitSlot') {
      // the elicited slot is emptied; the next turn fills it
      if (action.slotToElicit === LAST_NAME_SLOT) slots = { ...slots, last: undefined };
      else slots = { ...slots, first: undefined };
    }
  }
  throw new Error(`the conversation did not end after ${turns.length} turns: ${JSON.stringify(results[results.length - 1])}`);
}
