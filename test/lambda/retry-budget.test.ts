/**
 * The deployed call-path handlers under a persistent throttle, on jest's fake clock: retried with
 * jittered backoff, then the fallback answer, within each handler's budget (3 s for a directory
 * lookup, 2.5 s for the duplicate check; at most one call's latency past it) and well inside the
 * 8 seconds Connect waits for a Lambda.
 */
import { ConnectClient, SearchUsersCommand, ThrottlingException } from '@aws-sdk/client-connect';
import { DynamoDBClient, PutItemCommand, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import type { LexV2Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { ATTR, LAST_NAME_SLOT, PERSON_INTENT } from '../../lambda-src/name-lookup/dialog';

/** The budget both call-path handlers give one lookup (lambda-src/*\/index.ts). */
const BUDGET_MS = 3000;
/** What Connect waits for a Lambda before it takes the error branch. */
const CONNECT_TIMEOUT_MS = 8000;
/** A slow SearchUsers answer. */
const LATENCY_MS = 700;

const connect = mockClient(ConnectClient);
const dynamo = mockClient(DynamoDBClient);
const throttle = () => new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } });
/** SearchUsers answering after LATENCY_MS: `answers` in turn, then throttling for ever. */
function slowSearch(answers: unknown[] = []) {
  let calls = 0;
  connect.on(SearchUsersCommand).callsFake(() => new Promise((resolve, reject) => {
    const answer = answers[calls++];
    setTimeout(() => (answer ? resolve(answer) : reject(throttle())), LATENCY_MS);
  }));
}

async function timed<T>(start: () => Promise<T>): Promise<{ result: T; elapsed: number }> {
  const t0 = Date.now();
  const pending = start();
  await jest.runAllTimersAsync();
  const result = await pending;
  return { result, elapsed: Date.now() - t0 };
}

function lexEvent(lastName: string): LexV2Event {
  return {
    sessionState: {
      sessionAttributes: {},
      intent: { name: PERSON_INTENT, state: 'InProgress', confirmationState: 'None', slots: { [LAST_NAME_SLOT]: { shape: 'Scalar', value: { originalValue: lastName, interpretedValue: lastName, resolvedValues: [] } } } },
    },
    bot: { localeId: 'en_US' },
  } as unknown as LexV2Event;
}

// One fake clock for the whole file: the handlers keep the clock they were loaded with.
beforeAll(() => {
  Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-1', CACHE_TTL_SECONDS: '0', TABLE_NAME: 'Dedupe' });
  jest.useFakeTimers();
});
afterAll(() => jest.useRealTimers());
beforeEach(() => {
  connect.reset();
  dynamo.reset();
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('GIVEN SearchUsers throttles for ever WHEN Connect asks for an extension THEN retries with growing jittered backoff, then the fallback answer within the budget', async () => {
  slowSearch();
  const delays: number[] = [];
  const setTimeoutSpy = jest.spyOn(global, 'setTimeout');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/extension-lookup/index') as typeof import('../../lambda-src/extension-lookup/index');
  const { result, elapsed } = await timed(() => handler({ Details: { Parameters: { extension: '777' } } }));
  expect(result).toEqual({ found: 'false', reason: 'ERROR' });
  const calls = connect.commandCalls(SearchUsersCommand).length;
  expect(calls).toBeGreaterThan(1);
  expect(elapsed).toBeLessThanOrEqual(BUDGET_MS + LATENCY_MS);
  expect(elapsed).toBeLessThan(CONNECT_TIMEOUT_MS);
  // The waits between attempts (the mocked latency aside) are the jittered backoff, each below its growing ceiling.
  for (const [, ms] of setTimeoutSpy.mock.calls) if (ms !== LATENCY_MS) delays.push(ms as number);
  expect(delays.length).toBe(calls - 1);
  delays.forEach((ms, i) => expect(ms).toBeLessThan(50 * 2 ** i));
});

test('GIVEN SearchUsers throttles for ever WHEN the code hook looks up a surname THEN the intent fails with ERROR within the budget', async () => {
  slowSearch();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/name-lookup/index') as typeof import('../../lambda-src/name-lookup/index');
  const { result, elapsed } = await timed(() => handler(lexEvent('Santus')));
  expect(result.sessionState).toMatchObject({ dialogAction: { type: 'Close' }, intent: { state: 'Failed' }, sessionAttributes: { [ATTR.result]: 'ERROR' } });
  expect(connect.commandCalls(SearchUsersCommand).length).toBeGreaterThan(1);
  expect(elapsed).toBeLessThanOrEqual(BUDGET_MS + LATENCY_MS);
});

test('GIVEN the first search finds nobody and the wider search throttles THEN the whole lookup ends within one budget', async () => {
  jest.spyOn(Math, 'random').mockReturnValue(0.99);
  // One throttled attempt, then nobody: the near keys found nobody, the wide keys are searched next and throttle.
  slowSearch([undefined, { Users: [] }]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/name-lookup/index') as typeof import('../../lambda-src/name-lookup/index');
  const { result, elapsed } = await timed(() => handler(lexEvent('Santus')));
  expect(result.sessionState.sessionAttributes?.[ATTR.result]).toBe('ERROR');
  const searches = connect.commandCalls(SearchUsersCommand).map((c) => JSON.stringify(c.args[0].input.SearchFilter));
  expect(new Set(searches).size).toBe(2);
  expect(elapsed).toBeLessThanOrEqual(BUDGET_MS + LATENCY_MS);
});

test('GIVEN the first search finds nobody only after the budget THEN no wider search is started: the caller is asked to spell', async () => {
  jest.spyOn(Math, 'random').mockReturnValue(0.99);
  slowSearch([undefined, undefined, undefined, { Users: [] }]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/name-lookup/index') as typeof import('../../lambda-src/name-lookup/index');
  const { result, elapsed } = await timed(() => handler(lexEvent('Santus')));
  expect(result.sessionState.dialogAction).toMatchObject({ type: 'ElicitSlot', slotToElicit: LAST_NAME_SLOT });
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(4);
  expect(elapsed).toBeLessThanOrEqual(BUDGET_MS + LATENCY_MS);
});

test('GIVEN the duplicate-check table throttles for ever THEN the check fails open within its 2.5 s budget, inside the whisper flow\'s 4 s', async () => {
  dynamo.on(PutItemCommand).callsFake(() => new Promise((_, reject) => setTimeout(
    () => reject(new ProvisionedThroughputExceededException({ message: 'Throughput exceeded', $metadata: { httpStatusCode: 400 } })), LATENCY_MS)));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/callback-dedupe/index') as typeof import('../../lambda-src/callback-dedupe/index');
  const event = { Details: { ContactData: { ContactId: 'c-1' }, Parameters: { operation: 'reserve', queue: 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1', number: '+14155550123' } } };
  const { result, elapsed } = await timed(() => handler(event));
  expect(result).toEqual({ pending: 'false', result: 'ERROR' });
  expect(dynamo.commandCalls(PutItemCommand).length).toBeGreaterThan(1);
  expect(elapsed).toBeLessThanOrEqual(2500 + LATENCY_MS);
  expect(elapsed).toBeLessThan(4000);
});
