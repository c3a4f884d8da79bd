import { isRetryable, withRetry } from '../../lambda-src/shared/retry';

const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException' });

test('GIVEN throttling WHEN retried THEN jittered backoff grows and the call succeeds', async () => {
  const delays: number[] = [];
  let calls = 0;
  const result = await withRetry(async () => {
    calls++;
    if (calls < 3) throw throttled;
    return 'ok';
  }, { deadline: Number.MAX_SAFE_INTEGER, sleep: async (ms) => { delays.push(ms); }, random: () => 0.99, baseDelayMs: 100 });
  expect(result).toBe('ok');
  expect(delays).toEqual([99, 198]);
});

test('GIVEN the next backoff would pass the deadline THEN the error is rethrown without waiting', async () => {
  const sleep = jest.fn(async () => {});
  const options = { deadline: 1050, now: () => 1000, random: () => 0.99, baseDelayMs: 100, sleep };
  await expect(withRetry(async () => { throw throttled; }, options)).rejects.toBe(throttled);
  expect(sleep).not.toHaveBeenCalled();
});

test('GIVEN a non-retryable error THEN it is not retried', async () => {
  let calls = 0;
  await expect(withRetry(async () => { calls++; throw Object.assign(new Error('no'), { name: 'AccessDeniedException' }); }, { deadline: Number.MAX_SAFE_INTEGER, sleep: async () => {} })).rejects.toThrow('no');
  expect(calls).toBe(1);
});

test('retryable errors: throttling, 429/5xx, network', () => {
  expect(isRetryable(throttled)).toBe(true);
  expect(isRetryable({ name: 'X', $metadata: { httpStatusCode: 503 } })).toBe(true);
  expect(isRetryable({ name: 'X', $metadata: { httpStatusCode: 429 } })).toBe(true);
  expect(isRetryable({ code: 'ECONNRESET' })).toBe(true);
  expect(isRetryable({ name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } })).toBe(false);
  expect(isRetryable('boom')).toBe(false);
});
