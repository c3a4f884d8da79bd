/**
 * The company directory as Connect's SearchUsers sees it: tag-filtered searches, bounded in
 * pages, retried within the caller's time budget.
 */
import { ConnectClient, SearchUsersCommand, type SearchUsersCommandInput, type TagCondition, type UserSearchSummary } from '@aws-sdk/client-connect';
import { withRetry, type RetryOptions } from './retry';

/** SearchUsers returns at most 100 users per page. */
export const PAGE_SIZE = 100;

/** A user of the instance, as the directory handlers use it. */
export interface DirectoryUser {
  readonly id: string;
  readonly arn: string;
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly tags: Record<string, string>;
}

/** A string field of a SearchUsers answer within Connect's own length limit, else undefined. */
function text(value: unknown, maxLength: number): string | undefined {
  return typeof value === 'string' && value.length <= maxLength ? value : undefined;
}

/**
 * A user of a SearchUsers answer, or undefined when it has no usable ID or ARN. Fields of the
 * wrong type or longer than Connect allows (a malformed answer) are dropped, so what the
 * handlers answer stays a small map of strings.
 */
export function toDirectoryUser(summary: UserSearchSummary): DirectoryUser | undefined {
  const id = text(summary?.Id, 256);
  const arn = text(summary?.Arn, 1024);
  if (!id || !arn) return undefined;
  const identity: unknown = summary.IdentityInfo;
  const names = typeof identity === 'object' && identity !== null ? identity as Record<string, unknown> : {};
  const tags: Record<string, string> = {};
  const rawTags: unknown = summary.Tags;
  if (typeof rawTags === 'object' && rawTags !== null && !Array.isArray(rawTags)) {
    for (const [key, value] of Object.entries(rawTags)) {
      const tagValue = text(value, 256);
      if (key.length <= 128 && tagValue !== undefined) tags[key] = tagValue;
    }
  }
  return {
    id,
    arn,
    username: text(summary.Username, 100) ?? '',
    firstName: text(names.FirstName, 100) ?? '',
    lastName: text(names.LastName, 100) ?? '',
    tags,
  };
}

export interface TagSearch {
  readonly instanceId: string;
  /** Users having ANY of these tags (an OR of single conditions). */
  readonly anyOf: readonly TagCondition[];
  /** Most pages (API calls) to read. */
  readonly maxPages: number;
  /** Continue a previous search. */
  readonly nextToken?: string;
  readonly retry: RetryOptions;
}

export interface SearchResult {
  readonly users: DirectoryUser[];
  /** SearchUsers calls made (pages read). */
  readonly calls: number;
  /** Where the next page starts, when more users matched than the pages read. */
  readonly nextToken?: string;
}

/** The SearchUsers request for users having any of the tag conditions. */
export function tagSearchRequest(instanceId: string, anyOf: readonly TagCondition[], nextToken?: string): SearchUsersCommandInput {
  const tagFilter = anyOf.length === 1
    ? { TagCondition: anyOf[0] }
    : { OrConditions: anyOf.map((condition) => [condition]) };
  return {
    InstanceId: instanceId,
    MaxResults: PAGE_SIZE,
    SearchFilter: { TagFilter: tagFilter },
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

/** Search users by tags, reading at most `maxPages` pages. */
export async function searchUsersByTags(client: ConnectClient, search: TagSearch): Promise<SearchResult> {
  const users: DirectoryUser[] = [];
  let nextToken: string | undefined = search.nextToken;
  let calls = 0;
  do {
    const request = tagSearchRequest(search.instanceId, search.anyOf, nextToken);
    calls++;
    const page = await withRetry(() => client.send(new SearchUsersCommand(request)), search.retry);
    for (const summary of page.Users ?? []) {
      const user = toDirectoryUser(summary);
      if (user) users.push(user);
    }
    nextToken = page.NextToken;
  } while (nextToken && calls < search.maxPages);
  return { users, calls, ...(nextToken ? { nextToken } : {}) };
}
