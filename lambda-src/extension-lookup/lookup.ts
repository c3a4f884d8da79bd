/**
 * Extension lookup: the user whose extension tag holds the digits the caller entered.
 * One tag-filtered SearchUsers call; answers cached for a short time in a warm container.
 */
import type { ConnectClient } from '@aws-sdk/client-connect';
import { TtlCache } from '../shared/cache';
import { flat, type FlatResponse } from '../shared/connect-event';
import { searchUsersByTags, type DirectoryUser } from '../shared/directory';

export interface ExtensionLookupConfig {
  readonly client: ConnectClient;
  readonly instanceId: string;
  /** The user tag holding the extension. */
  readonly tagKey: string;
  /** How long answers stay cached, ms (0: no cache). */
  readonly cacheTtlMs: number;
  /** Time budget for the lookup, retries included, ms. */
  readonly budgetMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** What the flow reads from `$.External`. */
export type ExtensionLookupResult =
  | { found: 'true'; agentId: string; agentArn: string; firstName: string; lastName: string; extension: string }
  | { found: 'false'; reason: 'INVALID_INPUT' | 'NOT_FOUND' | 'AMBIGUOUS' | 'ERROR' };

/** Extensions are 1 to 10 digits. */
export const EXTENSION_PATTERN = /^[0-9]{1,10}$/;

export function createExtensionLookup(config: ExtensionLookupConfig) {
  const now = config.now ?? Date.now;
  const cache = new TtlCache<DirectoryUser[]>(config.cacheTtlMs, 500, now);

  return async function lookup(rawDigits: string | undefined): Promise<FlatResponse> {
    const digits = (rawDigits ?? '').replace(/#$/, '').trim();
    if (!EXTENSION_PATTERN.test(digits)) return flat({ found: 'false', reason: 'INVALID_INPUT' });
    try {
      let users = cache.get(digits);
      if (!users) {
        const result = await searchUsersByTags(config.client, {
          instanceId: config.instanceId,
          anyOf: [{ TagKey: config.tagKey, TagValue: digits }],
          maxPages: 1,
          retry: { deadline: now() + config.budgetMs, now, sleep: config.sleep, random: config.random },
        });
        users = result.users;
        cache.set(digits, users);
      }
      if (users.length === 0) return flat({ found: 'false', reason: 'NOT_FOUND' });
      // Two users with one extension is a directory error: never guess, let the flow fall back.
      if (users.length > 1) return flat({ found: 'false', reason: 'AMBIGUOUS' });
      const [user] = users;
      return flat({
        found: 'true',
        agentId: user.id,
        agentArn: user.arn,
        firstName: user.firstName,
        lastName: user.lastName,
        extension: digits,
      });
    } catch (error) {
      // Never throw at Connect and never hand internal error text to the flow: log, then fall back.
      console.error(JSON.stringify({ message: 'extension lookup failed', error: errorName(error) }));
      return flat({ found: 'false', reason: 'ERROR' });
    }
  };
}

export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : 'Error';
}
