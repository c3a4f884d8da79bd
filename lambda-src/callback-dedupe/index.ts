/**
 * Lambda handler of the duplicate-callback check of a queue with callbacks (see ./dedupe.ts).
 * Called by Connect with the parameters `operation` (reserve | clear), `queue` and `number`;
 * answers a flat string map `{ pending: "true" | "false", result }`. Never throws.
 *
 * Environment: `TABLE_NAME`, `TTL_SECONDS` (default 604800: Connect keeps a callback 7 days).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoStore } from './store';
import { CALLBACK_RETENTION_SECONDS, createDedupe, type DedupeResponse } from './dedupe';

const client = new DynamoDBClient({
  // Retries are ours (withRetry), inside the time budget below.
  maxAttempts: 1,
  // A slow request is abandoned and retried rather than waited for.
  requestHandler: { connectionTimeout: 500, requestTimeout: 1000 },
});

const dedupe = createDedupe({
  store: createDynamoStore(client, process.env.TABLE_NAME ?? ''),
  ttlSeconds: Number(process.env.TTL_SECONDS ?? '') || CALLBACK_RETENTION_SECONDS,
  // No attempt starts after 2.5 s, so an answer comes within about 4 s (the last attempt's
  // connection and request timeouts): inside the 5 s (queue flow) and 4 s (whisper flow) the
  // flows give the function, and far inside Connect's 8 s.
  budgetMs: 2500,
});

export async function handler(event: unknown): Promise<DedupeResponse> {
  return dedupe(event);
}
