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

export function toDirectoryUser(summary: UserSearchSummary): DirectoryUser | undefined {
  if (!summary.Id || !summary.Arn) return undefined;
  return {
    id: summary.Id,
    arn: summary.Arn,
    username: summary.Username ?? '',
    firstName: summary.IdentityInfo?.FirstName ?? '',
    lastName: summary.IdentityInfo?.LastName ?? '',
    tags: summary.Tags ?? {},
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
