/**
 * The directory job: keeps on every user of the instance the tags the call-time lookups need —
 * the phonetic name keys of the surname, and optionally an extension — including users created
 * outside this library (SAML, SCIM, console). Runs on a schedule, outside the call path, and
 * paces its calls below the account's shared limit for these APIs (2 requests/s).
 */
import { SearchUsersCommand, TagResourceCommand, UntagResourceCommand, type ConnectClient } from '@aws-sdk/client-connect';
import { PAGE_SIZE, toDirectoryUser, type DirectoryUser } from '../shared/directory';
import { nameKeyTags } from '../shared/name-keys';
import { userNameKeys } from '../shared/names';
import { withRetry } from '../shared/retry';

/** Connect allows 50 tags per user. */
const MAX_TAGS = 50;

export interface TaggerConfig {
  readonly client: ConnectClient;
  readonly instanceId: string;
  readonly nameKeyPrefix: string;
  readonly extensionTagKey: string;
  /** Give users without an extension the lowest free one of this many digits; 0 to never assign. */
  readonly extensionLength: number;
  /** Most Connect API calls per second this job makes. */
  readonly requestsPerSecond: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export interface TaggerReport {
  readonly users: number;
  readonly usersTagged: number;
  readonly usersUntagged: number;
  readonly extensionsAssigned: number;
  readonly failures: number;
  readonly apiCalls: number;
  /** False when the time budget ran out first (the next run continues: the job is idempotent). */
  readonly complete: boolean;
}

/** The tag changes that bring one user up to date. */
export interface TagPlan {
  readonly add: Record<string, string>;
  readonly remove: string[];
}

/** Compare a user's tags with the name keys of their surname, leaving room for `reserved` other new tags. */
export function planNameTags(user: DirectoryUser, prefix: string, reserved = 0): TagPlan {
  const desired = user.lastName ? nameKeyTags(prefix, userNameKeys(user.lastName)) : {};
  const current = Object.entries(user.tags).filter(([key]) => key.startsWith(prefix));
  const remove = current.filter(([key]) => !(key in desired)).map(([key]) => key);
  const otherTags = Object.keys(user.tags).filter((key) => !key.startsWith(prefix)).length;
  const room = MAX_TAGS - otherTags - reserved;
  const keep = Object.keys(desired).slice(0, Math.max(0, room));
  const add: Record<string, string> = {};
  for (const key of keep) if (user.tags[key] !== desired[key]) add[key] = desired[key];
  for (const key of Object.keys(desired).slice(Math.max(0, room))) if (key in user.tags) remove.push(key);
  return { add, remove };
}

/** The lowest extension of `length` digits not in use (none left: undefined). */
export function nextFreeExtension(used: Set<string>, length: number): string | undefined {
  const first = length === 1 ? 1 : 10 ** (length - 1);
  for (let n = first; n < 10 ** length; n++) {
    const candidate = String(n);
    if (!used.has(candidate)) return candidate;
  }
  return undefined;
}

/** Connect's rate for SearchUsers, TagResource and UntagResource: 2 requests/s per account and region. */
export const MAX_REQUESTS_PER_SECOND = 2;
/** The slowest pace the job accepts. */
export const MIN_REQUESTS_PER_SECOND = 0.1;
/** The pace when none (or nothing readable) is configured. */
export const DEFAULT_REQUESTS_PER_SECOND = 1;

/**
 * The job's pace from its environment (`REQUESTS_PER_SECOND`): a number of requests per second,
 * kept within Connect's limit; the default when missing or not a positive number.
 */
export function requestsPerSecond(raw: string | undefined): number {
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value <= 0) return DEFAULT_REQUESTS_PER_SECOND;
  return Math.min(MAX_REQUESTS_PER_SECOND, Math.max(MIN_REQUESTS_PER_SECOND, value));
}

export function createTagger(config: TaggerConfig) {
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const interval = 1000 / requestsPerSecond(String(config.requestsPerSecond));

  return async function run(deadline: number): Promise<TaggerReport> {
    let nextSlot = now();
    let apiCalls = 0;
    async function call<T>(send: () => Promise<T>): Promise<T> {
      const wait = nextSlot - now();
      if (wait > 0) await sleep(wait);
      nextSlot = Math.max(now(), nextSlot) + interval;
      apiCalls++;
      return withRetry(send, { deadline, now, sleep, random: config.random, baseDelayMs: 500, maxDelayMs: 5000 });
    }
    const timeLeft = () => deadline - now() > interval;

    // 1. Read the whole directory, page by page (SearchUsers returns names and tags).
    // By ID: a user listed twice (the directory changed while it was read) is planned once, from its latest answer.
    const byId = new Map<string, DirectoryUser>();
    let token: string | undefined;
    const stopped = (failures: number) => ({ users: byId.size, usersTagged: 0, usersUntagged: 0, extensionsAssigned: 0, failures, apiCalls, complete: false });
    do {
      if (!timeLeft()) return stopped(0);
      const request = { InstanceId: config.instanceId, MaxResults: PAGE_SIZE, ...(token ? { NextToken: token } : {}) };
      let page;
      try {
        page = await call(() => config.client.send(new SearchUsersCommand(request)));
      } catch (error) {
        // Tag nothing from a partial directory (free extensions would be wrong); the next run retries.
        console.error(JSON.stringify({ message: 'reading the directory failed', error: errorName(error) }));
        return stopped(1);
      }
      for (const summary of Array.isArray(page?.Users) ? page.Users : []) {
        const user = toDirectoryUser(summary);
        if (user) byId.set(user.id, user);
      }
      token = typeof page?.NextToken === 'string' ? page.NextToken : undefined;
    } while (token);
    const users = [...byId.values()];

    // 2. Bring every user's tags up to date.
    const used = new Set(users.map((u) => u.tags[config.extensionTagKey]).filter((x): x is string => !!x));
    let usersTagged = 0;
    let usersUntagged = 0;
    let extensionsAssigned = 0;
    let failures = 0;
    let complete = true;
    for (const user of users.sort((a, b) => a.id.localeCompare(b.id))) {
      // A new extension takes one of the 50 tags before name keys do; none when other tags fill them all.
      const otherTags = Object.keys(user.tags).filter((key) => !key.startsWith(config.nameKeyPrefix)).length;
      const wantsExtension = config.extensionLength > 0 && !user.tags[config.extensionTagKey] && otherTags < MAX_TAGS;
      const plan = planNameTags(user, config.nameKeyPrefix, wantsExtension ? 1 : 0);
      const add = { ...plan.add };
      if (wantsExtension) {
        const extension = nextFreeExtension(used, config.extensionLength);
        if (extension) {
          add[config.extensionTagKey] = extension;
          used.add(extension);
          extensionsAssigned++;
        }
      }
      try {
        if (plan.remove.length > 0) {
          if (!timeLeft()) { complete = false; break; }
          await call(() => config.client.send(new UntagResourceCommand({ resourceArn: user.arn, tagKeys: plan.remove })));
          usersUntagged++;
        }
        if (Object.keys(add).length > 0) {
          if (!timeLeft()) { complete = false; break; }
          await call(() => config.client.send(new TagResourceCommand({ resourceArn: user.arn, tags: add })));
          usersTagged++;
        }
      } catch (error) {
        failures++;
        console.error(JSON.stringify({ message: 'tagging a user failed', userId: user.id, error: errorName(error) }));
      }
    }
    return { users: users.length, usersTagged, usersUntagged, extensionsAssigned, failures, apiCalls, complete };
  };
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as Error).name : 'Error';
}
