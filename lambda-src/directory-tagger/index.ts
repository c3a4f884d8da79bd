/**
 * Lambda handler run on a schedule (EventBridge): keeps the directory tags (phonetic name keys,
 * extensions) on every user of the instance. See ./tagger.ts.
 *
 * Environment: `INSTANCE_ID`, `NAME_KEY_PREFIX` (default `NameKey:`), `EXTENSION_TAG_KEY`
 * (default `Extension`), `EXTENSION_LENGTH` (default 0: never assign), `REQUESTS_PER_SECOND` (default 1).
 */
import { ConnectClient } from '@aws-sdk/client-connect';
import type { Context } from 'aws-lambda';
import { createTagger, requestsPerSecond, type TaggerReport } from './tagger';
import { DEFAULT_NAME_KEY_PREFIX } from '../shared/name-keys';

const tagger = createTagger({
  client: new ConnectClient({ maxAttempts: 1 }),
  instanceId: process.env.INSTANCE_ID ?? '',
  nameKeyPrefix: process.env.NAME_KEY_PREFIX || DEFAULT_NAME_KEY_PREFIX,
  extensionTagKey: process.env.EXTENSION_TAG_KEY || 'Extension',
  extensionLength: Number.parseInt(process.env.EXTENSION_LENGTH ?? '0', 10) || 0,
  requestsPerSecond: requestsPerSecond(process.env.REQUESTS_PER_SECOND),
});

export async function handler(_event: unknown, context?: Context): Promise<TaggerReport> {
  // Stop starting calls 20 s before the function times out; the next run continues.
  const left = typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : NaN;
  const remaining = Number.isFinite(left) ? left : 60_000;
  const report = await tagger(Date.now() + Math.max(1000, remaining - 20_000));
  console.log(JSON.stringify({ message: 'directory tags updated', ...report }));
  return report;
}
