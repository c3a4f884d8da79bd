/**
 * Duplicate-callback check of a queue with callbacks.
 *
 * The customer-queue flow calls `reserve` just before "Create callback": the first call for a
 * (queue, number) pair wins a conditional put and the flow creates the callback; a second call
 * while that entry lives answers `pending: "true"` and the flow tells the caller a callback is
 * already on its way. The outbound whisper flow calls `clear` when the customer answers the
 * callback; otherwise the entry expires (TTL) when Connect would have purged the callback.
 *
 * The table never holds a phone number: its key is a SHA-256 digest of queue and number.
 *
 * Everything here except the store is pure and synchronous, so that the flow simulator can run
 * the same request parsing and responses over an in-memory store.
 */
import { createHash } from 'node:crypto';
import type { FlatResponse } from '../shared/connect-event';
import { withRetry } from '../shared/retry';

/** What the flow asks for (the `operation` parameter). */
export type DedupeOperation = 'reserve' | 'clear';

/** What the flow reads from `$.External`. */
export interface DedupeResponse extends FlatResponse {
  /** "true" when a callback for this number is already waiting in this queue. */
  pending: 'true' | 'false';
  /** RESERVED, ALREADY_PENDING, CLEARED, INVALID_INPUT or ERROR. */
  result: string;
}

/** A request, parsed and checked. */
export type DedupePlan =
  | { kind: 'reserve'; key: string; contactId: string; nowSeconds: number; expiresAt: number }
  | { kind: 'clear'; key: string }
  | { kind: 'invalid'; response: DedupeResponse };

/** E.164: what "Set callback number" accepts, and what stored phone input is converted to. */
export const E164 = /^\+[1-9][0-9]{1,14}$/;

/** Connect purges callbacks that were never answered after 7 days. */
export const CALLBACK_RETENTION_SECONDS = 7 * 24 * 3600;

function parameters(event: unknown): Record<string, unknown> {
  const p = (event as { Details?: { Parameters?: unknown } } | undefined)?.Details?.Parameters;
  return p && typeof p === 'object' ? p as Record<string, unknown> : {};
}

function contactData(event: unknown): Record<string, unknown> {
  const c = (event as { Details?: { ContactData?: unknown } } | undefined)?.Details?.ContactData;
  return c && typeof c === 'object' ? c as Record<string, unknown> : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The table key: a digest, so that no phone number is stored. */
export function dedupeKey(queue: string, number: string): string {
  return createHash('sha256').update(`${queue}\n${number}`).digest('hex');
}

/**
 * Reads a Connect event: parameters `operation` (reserve | clear), `queue` (the callback queue
 * ARN) and `number` (E.164; the whisper flow passes the number it dialled).
 */
export function planRequest(event: unknown, nowMs: number, ttlSeconds: number = CALLBACK_RETENTION_SECONDS): DedupePlan {
  const p = parameters(event);
  const operation = text(p.operation).toLowerCase();
  const queue = text(p.queue);
  const number = text(p.number).replace(/[\s()-]/g, '');
  if ((operation !== 'reserve' && operation !== 'clear') || queue === '' || queue.length > 2048 || !E164.test(number)) {
    return { kind: 'invalid', response: invalidInput() };
  }
  const key = dedupeKey(queue, number);
  if (operation === 'clear') return { kind: 'clear', key };
  const nowSeconds = Math.floor(nowMs / 1000);
  const contactId = text(contactData(event).ContactId).slice(0, 256) || 'unknown';
  return { kind: 'reserve', key, contactId, nowSeconds, expiresAt: nowSeconds + ttlSeconds };
}

/** The answer to `reserve`: `won` is false when an unexpired entry already existed. */
export function reserveResponse(won: boolean): DedupeResponse {
  return won ? { pending: 'false', result: 'RESERVED' } : { pending: 'true', result: 'ALREADY_PENDING' };
}

export function clearResponse(): DedupeResponse {
  return { pending: 'false', result: 'CLEARED' };
}

export function invalidInput(): DedupeResponse {
  return { pending: 'false', result: 'INVALID_INPUT' };
}

/**
 * The answer when the table cannot be reached. Fail open: the caller's callback is created.
 * A duplicate callback costs an agent a short call; refusing one because the table is throttled
 * or down would send a caller who asked for a callback back to waiting (or away) for nothing.
 */
export function errorResponse(): DedupeResponse {
  return { pending: 'false', result: 'ERROR' };
}

/** Where entries live: DynamoDB in the function, a map in the simulator. */
export interface DedupeStore {
  /**
   * Write the entry unless an unexpired one exists (atomically: two concurrent calls cannot both
   * win). Resolves true when this call wrote it.
   */
  reserve(key: string, contactId: string, nowSeconds: number, expiresAt: number): Promise<boolean>;
  /** Remove the entry (no error when there is none). */
  clear(key: string): Promise<void>;
}

export interface DedupeConfig {
  readonly store: DedupeStore;
  /** How long an entry lives, seconds. */
  readonly ttlSeconds: number;
  /** Time budget for the store call, retries included, ms (Connect waits at most 8 s). */
  readonly budgetMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** The handler logic: never throws, always a flat string map. */
export function createDedupe(config: DedupeConfig) {
  const now = config.now ?? Date.now;
  return async function dedupe(event: unknown): Promise<DedupeResponse> {
    const started = now();
    const plan = planRequest(event, started, config.ttlSeconds);
    if (plan.kind === 'invalid') return plan.response;
    const retry = { deadline: started + config.budgetMs, now, sleep: config.sleep, random: config.random };
    try {
      if (plan.kind === 'clear') {
        await withRetry(() => config.store.clear(plan.key), retry);
        return clearResponse();
      }
      const won = await withRetry(() => config.store.reserve(plan.key, plan.contactId, plan.nowSeconds, plan.expiresAt), retry);
      return reserveResponse(won);
    } catch (error) {
      // Never throw at Connect, never hand internal error text to the flow: log, then fail open.
      console.error(JSON.stringify({ message: 'duplicate-callback check failed', operation: plan.kind, error: errorName(error) }));
      return errorResponse();
    }
  };
}

export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : 'Error';
}

