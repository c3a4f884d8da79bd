/**
 * Retries of throttled and failed AWS calls with full-jitter exponential backoff, inside a time
 * budget: a handler called by Connect or Lex must answer in time, so the last retry is the one
 * that still fits before the deadline.
 */

export interface RetryOptions {
  /** Epoch milliseconds after which no new attempt starts. */
  readonly deadline: number;
  /** First backoff ceiling in ms. @default 50 */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling in ms. @default 1000 */
  readonly maxDelayMs?: number;
  /** Most attempts in all. @default 5 */
  readonly maxAttempts?: number;
  /** Clock (tests). */
  readonly now?: () => number;
  /** Random in [0, 1) (tests). */
  readonly random?: () => number;
  /** Sleep (tests). */
  readonly sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE_NAMES = new Set([
  'ThrottlingException', 'TooManyRequestsException', 'LimitExceededException', 'RequestLimitExceeded',
  'ServiceUnavailableException', 'InternalServiceException', 'InternalServerException', 'TimeoutError',
  // DynamoDB: throttling (on-demand tables too, past twice the previous peak) and its 500.
  'ProvisionedThroughputExceededException', 'InternalServerError',
]);

/** Whether an error from the AWS SDK is worth another attempt (throttling, 5xx, network). */
export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number }; code?: string };
  if (e.name && RETRYABLE_NAMES.has(e.name)) return true;
  if (e.$retryable) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  return e.code === 'ECONNRESET' || e.code === 'ETIMEDOUT' || e.code === 'EPIPE';
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Run `call`, retrying retryable errors with full-jitter backoff while the next attempt can
 * still start before the deadline. Rethrows the last error otherwise.
 */
export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const base = options.baseDelayMs ?? 50;
  const cap = options.maxDelayMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRetryable(error) || attempt >= maxAttempts) throw error;
      const delay = Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1)));
      if (now() + delay >= options.deadline) throw error;
      await sleep(delay);
    }
  }
}
