/**
 * Lambda handler called by a Connect flow with the digits the caller entered as the
 * `extension` parameter. Answers a flat string map: `found` ("true"/"false"), and when found
 * `agentId`, `agentArn`, `firstName`, `lastName`, `extension`; otherwise `reason`.
 *
 * Environment: `INSTANCE_ID`, `EXTENSION_TAG_KEY` (default `Extension`), `CACHE_TTL_SECONDS` (default 60).
 */
import { ConnectClient } from '@aws-sdk/client-connect';
import { createExtensionLookup } from './lookup';
import { parameter, type FlatResponse } from '../shared/connect-event';

const client = new ConnectClient({ maxAttempts: 1 });

const lookup = createExtensionLookup({
  client,
  instanceId: process.env.INSTANCE_ID ?? '',
  tagKey: process.env.EXTENSION_TAG_KEY || 'Extension',
  cacheTtlMs: Number(process.env.CACHE_TTL_SECONDS ?? '60') * 1000,
  // Connect waits at most 8 s for a Lambda and retries it itself; keep well inside.
  budgetMs: 3000,
});

export async function handler(event: unknown): Promise<FlatResponse> {
  return lookup(parameter(event, 'extension'));
}
