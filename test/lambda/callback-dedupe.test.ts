import {
  ConditionalCheckFailedException, DeleteItemCommand, DynamoDBClient, InternalServerError, PutItemCommand,
  ProvisionedThroughputExceededException, ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { CALLBACK_RETENTION_SECONDS, createDedupe, dedupeKey, planRequest } from '../../lambda-src/callback-dedupe/dedupe';
import { createDynamoStore } from '../../lambda-src/callback-dedupe/store';

const dynamo = mockClient(DynamoDBClient);
const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
const NOW_MS = 1_800_000_000_000;

function event(parameters: Record<string, string>, contactId = 'c-1') {
  return { Name: 'ContactFlowEvent', Details: { ContactData: { ContactId: contactId }, Parameters: parameters } };
}

function dedupeWith(options: { clock?: () => number; budgetMs?: number } = {}) {
  const slept: number[] = [];
  const dedupe = createDedupe({
    store: createDynamoStore(new DynamoDBClient({ region: 'us-east-1' }), 'Dedupe'),
    ttlSeconds: CALLBACK_RETENTION_SECONDS,
    budgetMs: options.budgetMs ?? 3000,
    now: options.clock ?? (() => NOW_MS),
    sleep: async (ms) => { slept.push(ms); },
    random: () => 0.5,
  });
  return { dedupe, slept };
}

beforeEach(() => dynamo.reset());

test('GIVEN no entry WHEN the flow reserves THEN one conditional put wins and the callback goes ahead', async () => {
  // GIVEN
  dynamo.on(PutItemCommand).resolves({});
  // WHEN
  const response = await dedupeWith().dedupe(event({ operation: 'reserve', queue: QUEUE, number: '+14155550123' }));
  // THEN
  expect(response).toEqual({ pending: 'false', result: 'RESERVED' });
  const calls = dynamo.commandCalls(PutItemCommand);
  expect(calls).toHaveLength(1);
  const input = calls[0].args[0].input;
  expect(input.TableName).toBe('Dedupe');
  expect(input.ConditionExpression).toBe('attribute_not_exists(pk) OR expiresAt <= :now');
  expect(input.ExpressionAttributeValues).toEqual({ ':now': { N: String(NOW_MS / 1000) } });
  expect(input.Item).toEqual({
    pk: { S: dedupeKey(QUEUE, '+14155550123') },
    expiresAt: { N: String(NOW_MS / 1000 + 7 * 24 * 3600) },
    contactId: { S: 'c-1' },
    createdAt: { N: String(NOW_MS / 1000) },
  });
  // No phone number is stored.
  expect(JSON.stringify(input.Item)).not.toContain('4155550123');
  expect(Object.values(response).every((v) => typeof v === 'string')).toBe(true);
});

test('GIVEN a pending callback WHEN the same number asks again THEN the conditional put fails and the flow hears "pending"', async () => {
  // GIVEN
  dynamo.on(PutItemCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
  // WHEN
  const response = await dedupeWith().dedupe(event({ operation: 'reserve', queue: QUEUE, number: '+14155550123' }));
  // THEN
  expect(response).toEqual({ pending: 'true', result: 'ALREADY_PENDING' });
  expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(1);
});

test('GIVEN the same number in two queues THEN the keys differ; GIVEN spaces in the number THEN the key is the same', () => {
  const a = planRequest(event({ operation: 'reserve', queue: QUEUE, number: '+14155550123' }), NOW_MS);
  const b = planRequest(event({ operation: 'reserve', queue: `${QUEUE}x`, number: '+14155550123' }), NOW_MS);
  const c = planRequest(event({ operation: 'reserve', queue: QUEUE, number: '+1 415 555-0123' }), NOW_MS);
  expect(a.kind).toBe('reserve');
  expect((a as any).key).not.toBe((b as any).key);
  expect((a as any).key).toBe((c as any).key);
});

test('GIVEN an answered callback WHEN the whisper flow clears THEN the entry is deleted', async () => {
  // GIVEN
  dynamo.on(DeleteItemCommand).resolves({});
  // WHEN
  const response = await dedupeWith().dedupe(event({ operation: 'clear', queue: QUEUE, number: '+14155550123' }));
  // THEN
  expect(response).toEqual({ pending: 'false', result: 'CLEARED' });
  expect(dynamo.commandCalls(DeleteItemCommand)[0].args[0].input).toEqual({
    TableName: 'Dedupe', Key: { pk: { S: dedupeKey(QUEUE, '+14155550123') } },
  });
});

test('GIVEN throttling twice WHEN reserving THEN it retries with backoff and wins on the third attempt', async () => {
  // GIVEN
  const throttled = new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: { httpStatusCode: 400 } });
  dynamo.on(PutItemCommand).rejectsOnce(throttled).rejectsOnce(new InternalServerError({ message: 'oops', $metadata: { httpStatusCode: 500 } })).resolves({});
  // WHEN
  const { dedupe, slept } = dedupeWith();
  const response = await dedupe(event({ operation: 'reserve', queue: QUEUE, number: '+14155550123' }));
  // THEN
  expect(response).toEqual({ pending: 'false', result: 'RESERVED' });
  expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(3);
  expect(slept).toEqual([25, 50]);
});

test('GIVEN a table that keeps throttling WHEN the budget runs out THEN it fails open (the callback is created) without throwing', async () => {
  // GIVEN: each attempt takes a second of a 3 s budget
  dynamo.on(PutItemCommand).rejects(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }));
  let clock = NOW_MS;
  const { dedupe } = dedupeWith({ clock: () => (clock += 1000) });
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  // WHEN
  const response = await dedupe(event({ operation: 'reserve', queue: QUEUE, number: '+14155550123' }));
  // THEN
  expect(response).toEqual({ pending: 'false', result: 'ERROR' });
  expect(dynamo.commandCalls(PutItemCommand).length).toBeLessThanOrEqual(3);
  expect(spy.mock.calls[0][0]).toContain('ProvisionedThroughputExceededException');
  expect(spy.mock.calls[0][0]).not.toContain('4155550123');
  spy.mockRestore();
});

test('GIVEN a missing table (not retryable) WHEN reserving THEN one attempt and fail open', async () => {
  dynamo.on(PutItemCommand).rejects(new ResourceNotFoundException({ message: 'no table', $metadata: {} }));
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const response = await dedupeWith().dedupe(event({ operation: 'reserve', queue: QUEUE, number: '+14155550123' }));
  expect(response).toEqual({ pending: 'false', result: 'ERROR' });
  expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(1);
  spy.mockRestore();
});

test('GIVEN a failing delete WHEN clearing THEN the whisper flow still gets a flat answer', async () => {
  dynamo.on(DeleteItemCommand).rejects(new Error('socket hang up'));
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  expect(await dedupeWith().dedupe(event({ operation: 'clear', queue: QUEUE, number: '+14155550123' })))
    .toEqual({ pending: 'false', result: 'ERROR' });
  spy.mockRestore();
});

test.each([
  [{ operation: 'reserve', queue: QUEUE, number: '4155550123' }],
  [{ operation: 'reserve', queue: QUEUE, number: '' }],
  [{ operation: 'reserve', queue: '', number: '+14155550123' }],
  [{ operation: 'delete-all', queue: QUEUE, number: '+14155550123' }],
  [{}],
])('GIVEN bad parameters %p THEN INVALID_INPUT without any call', async (parameters) => {
  expect(await dedupeWith().dedupe(event(parameters as Record<string, string>))).toEqual({ pending: 'false', result: 'INVALID_INPUT' });
  expect(dynamo.calls()).toHaveLength(0);
});

test.each([[undefined], [null], ['text'], [{ Details: 3 }]])('GIVEN a malformed event %p THEN no throw', async (bad) => {
  await expect(dedupeWith().dedupe(bad)).resolves.toEqual({ pending: 'false', result: 'INVALID_INPUT' });
});

test('the bundled handler answers through the same logic (module loads, never throws)', async () => {
  dynamo.on(PutItemCommand).resolves({});
  process.env.TABLE_NAME = 'FromEnv';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/callback-dedupe/index');
  const response = await handler(event({ operation: 'reserve', queue: QUEUE, number: '+14155550123' }));
  expect(response).toEqual({ pending: 'false', result: 'RESERVED' });
  expect(dynamo.commandCalls(PutItemCommand)[0].args[0].input.TableName).toBe('FromEnv');
});
