/**
 * Name lookup: the users whose surname sounds like the heard one. One tag-filtered SearchUsers
 * call over the phonetic keys the directory job stores on every user (a second page only when
 * more than 100 users share the keys), then scoring in process. Never scans the directory.
 */
import type { ConnectClient } from '@aws-sdk/client-connect';
import { TtlCache } from '../shared/cache';
import { searchUsersByTags, type DirectoryUser, type SearchResult } from '../shared/directory';
import { nameKeyConditions } from '../shared/name-keys';
import { decide, queryNameKeys, DEFAULT_MATCH_OPTIONS, type InputMode, type MatchOptions, type MatchResult, type Person } from '../shared/names';

export interface NameLookupConfig {
  readonly client: ConnectClient;
  readonly instanceId: string;
  /** Prefix of the name-key tags. */
  readonly keyPrefix: string;
  /** How long search results stay cached, ms (0: no cache). */
  readonly cacheTtlMs: number;
  /** Time budget of one lookup, retries included, ms. */
  readonly budgetMs: number;
  /** Most SearchUsers pages (API calls) per lookup. @default 2 */
  readonly maxPages?: number;
  readonly matchOptions?: MatchOptions;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** A directory user as a matchable person. */
export interface DirectoryPerson extends Person {
  readonly user: DirectoryUser;
}

export interface NameQuery {
  /** The heard surname first, then alternatives (resolved values, original value). */
  readonly heard: readonly string[];
  readonly firstName?: string;
  readonly mode: InputMode;
}

export interface NameLookupResult extends MatchResult<DirectoryPerson> {
  /** SearchUsers calls this lookup made (0 when answered from the cache). */
  readonly calls: number;
}

export function createNameLookup(config: NameLookupConfig) {
  const now = config.now ?? Date.now;
  const cache = new TtlCache<SearchResult>(config.cacheTtlMs, 200, now);

  async function search(keys: string[], deadline: number, nextToken?: string): Promise<SearchResult> {
    const cacheKey = `${keys.join(',')}#${nextToken ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached) return { ...cached, calls: 0 };
    const result = await searchUsersByTags(config.client, {
      instanceId: config.instanceId,
      anyOf: nameKeyConditions(config.keyPrefix, keys),
      maxPages: 1,
      nextToken,
      retry: { deadline, now, sleep: config.sleep, random: config.random },
    });
    cache.set(cacheKey, result);
    return result;
  }

  /**
   * At most two SearchUsers calls: the near keys first; then the second page of the near keys
   * when more than 100 users share them, or else, when nothing matched, the wide keys.
   */
  async function lookup(query: NameQuery): Promise<NameLookupResult> {
    const keys = queryNameKeys(query.heard, query.mode);
    if (keys.near.length === 0) return { decision: 'NO_MATCH', candidates: [], calls: 0 };
    const options = config.matchOptions ?? DEFAULT_MATCH_OPTIONS;
    const users = new Map<string, DirectoryUser>();
    const decideOver = () => decide(query.heard, query.firstName, [...users.values()]
      .filter((user) => user.lastName)
      .map((user) => ({ id: user.id, firstName: user.firstName, lastName: user.lastName, user })), query.mode, options);

    // One budget for the whole lookup: a second search gets only what the first left.
    const deadline = now() + config.budgetMs;
    const first = await search(keys.near, deadline);
    let calls = first.calls;
    for (const user of first.users) users.set(user.id, user);
    let result = decideOver();
    if (now() >= deadline) {
      // No time left for a second search: answer with what the first found.
    } else if (first.nextToken && (config.maxPages ?? 2) > 1) {
      const second = await search(keys.near, deadline, first.nextToken);
      calls += second.calls;
      for (const user of second.users) users.set(user.id, user);
      result = decideOver();
    } else if (result.decision === 'NO_MATCH' && keys.wide.length > 0 && (config.maxPages ?? 2) > 1) {
      const second = await search(keys.wide, deadline);
      calls += second.calls;
      for (const user of second.users) users.set(user.id, user);
      result = decideOver();
    }
    return { ...result, calls };
  }

  return Object.assign(lookup, { clearCache: () => cache.clear() });
}
