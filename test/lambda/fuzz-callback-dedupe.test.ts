/**
 * Property-based tests of the duplicate-callback check: 10,000 malformed or hostile Connect events
 * against a DynamoDB table that answers, answers garbage, refuses the condition, throttles, fails
 * or denies.
 */
import {
  ConditionalCheckFailedException, DeleteItemCommand, DynamoDBClient, InternalServerError, PutItemCommand,
  ProvisionedThroughputExceededException, ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import * as fc from 'fast-check';
import { ERROR_MARKER, hostileString, isStringMap, maybe, mostly, partialRecord, ScriptedService, wrongValue, type Outcome, describeDeployedHandler } from './fuzz-arbitraries';
import { CALLBACK_RETENTION_SECONDS, createDedupe } from '../../lambda-src/callback-dedupe/dedupe';
import { createDynamoStore } from '../../lambda-src/callback-dedupe/store';

/** The budget the deployed handler gives the table call (lambda-src/callback-dedupe/index.ts). */
const BUDGET_MS = 2500;
const LATENCY_MS = 300;
const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
const dynamo = mockClient(DynamoDBClient);
const clock = { t: 1_800_000_000_000 };
const scripted = new ScriptedService(clock, LATENCY_MS);

function marked(name: string) {
  return `${name}: ${ERROR_MARKER} arn:aws:dynamodb:us-east-1:111122223333:table/internal`;
}

/** What one call to the mocked table does. */
const tableOutcome: fc.Arbitrary<Outcome> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Outcome>({ kind: 'answer', value: {} }) },
  { weight: 1, arbitrary: wrongValue.map((value): Outcome => ({ kind: 'answer', value })) },
  {
    weight: 5,
    arbitrary: fc.constantFrom<() => unknown>(
      () => new ConditionalCheckFailedException({ message: marked('The conditional request failed'), $metadata: { httpStatusCode: 400 } }),
    () => new ProvisionedThroughputExceededException({ message: marked('Throughput exceeded'), $metadata: { httpStatusCode: 400 } }),
    () => new InternalServerError({ message: marked('Internal server error'), $metadata: { httpStatusCode: 500 } }),
    () => Object.assign(new Error(marked('Throttled')), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } }),
    () => Object.assign(new Error(marked('not authorized')), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }),
    () => new ResourceNotFoundException({ message: marked('Requested resource not found'), $metadata: { httpStatusCode: 400 } }),
    () => Object.assign(new Error(marked('socket hang up')), { code: 'ECONNRESET' }),
    () => Object.assign(new Error(marked('request timed out')), { name: 'TimeoutError' }),
    () => new Error(marked('boom')),
    () => marked('a thrown string'),
    () => undefined,
    ).map((make): Outcome => ({ kind: 'fail', error: make() })),
  },
);
const tableScript = fc.array(tableOutcome, { minLength: 1, maxLength: 6 });

const e164 = fc.stringMatching(/^\+[1-9][0-9]{1,14}$/);
/** What the queue and whisper flows send, mangled. */
const connectEvent = fc.oneof(
  { weight: 1, arbitrary: wrongValue },
  {
    weight: 6,
    arbitrary: partialRecord({
      Name: maybe(fc.constant('ContactFlowEvent')),
      Details: maybe(partialRecord({
        ContactData: maybe(partialRecord({ ContactId: maybe(fc.oneof(fc.uuid(), hostileString)) })),
        Parameters: maybe(fc.oneof(
          partialRecord({
            operation: mostly(fc.constantFrom('reserve', 'clear', ' Reserve ', 'CLEAR')),
            queue: mostly(fc.constant(QUEUE)),
            number: mostly(fc.oneof(e164, e164.map((n) => `${n.slice(0, 3)} (${n.slice(3, 6)}) ${n.slice(6)}`))),
          }),
          fc.dictionary(hostileString, wrongValue, { maxKeys: 4 }),
        ), 8),
      }), 8),
    }),
  },
);

const RESULTS = ['RESERVED', 'ALREADY_PENDING', 'CLEARED', 'INVALID_INPUT', 'ERROR'];

/** The response contract: a flat string map under 32 KB, never error text, "pending" only when pending. */
function expectValidResponse(response: unknown): void {
  expect(isStringMap(response)).toBe(true);
  const json = JSON.stringify(response);
  expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(32 * 1024);
  expect(json).not.toContain(ERROR_MARKER);
  const { pending, result } = response as Record<string, string>;
  expect(RESULTS).toContain(result);
  expect(pending).toBe(result === 'ALREADY_PENDING' ? 'true' : 'false');
}

beforeAll(() => {
  dynamo.on(PutItemCommand).callsFake(scripted.answer);
  dynamo.on(DeleteItemCommand).callsFake(scripted.answer);
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => jest.restoreAllMocks());

test('GIVEN 8,000 hostile events and a misbehaving table THEN every answer is a valid flat map, in the time budget, with no error text', async () => {
  const dedupe = createDedupe({
    store: createDynamoStore(new DynamoDBClient({ region: 'us-east-1' }), 'Dedupe'),
    ttlSeconds: CALLBACK_RETENTION_SECONDS,
    budgetMs: BUDGET_MS,
    now: () => clock.t,
    sleep: async (ms) => { clock.t += ms; },
  });
  await fc.assert(fc.asyncProperty(connectEvent, tableScript, async (event, outcomes) => {
    scripted.load(outcomes);
    const start = clock.t;
    const response = await dedupe(event);
    expectValidResponse(response);
    // No attempt starts after the budget: at most one call's latency past it.
    expect(clock.t - start).toBeLessThanOrEqual(BUDGET_MS + LATENCY_MS);
  }), { numRuns: 8_000 });
}, 120_000);

describeDeployedHandler({
  env: { AWS_REGION: 'us-east-1', TABLE_NAME: 'Dedupe' },
  title: 'GIVEN 2,000 hostile events THEN the exported handler resolves with a valid flat map',
  event: connectEvent,
  script: tableScript,
  scripted,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  load: () => (require('../../lambda-src/callback-dedupe/index') as typeof import('../../lambda-src/callback-dedupe/index')).handler,
  check: expectValidResponse,
});
