/**
 * `import`: reads a live instance with the AWS SDK. The reading itself (which APIs, paging, the
 * model) is src/cli/import/read.ts, shared with `--from-snapshot`; here are the SDK calls, the
 * retries with backoff on throttling, the call count and the record of every response.
 */
import {
  ConnectClient, DescribeContactFlowCommand, DescribeContactFlowModuleCommand, DescribeInstanceCommand, DescribeUserHierarchyStructureCommand,
  ListBotsCommand, ListFlowAssociationsCommand, ListInstanceAttributesCommand, ListInstanceStorageConfigsCommand, ListLambdaFunctionsCommand,
  ListPhoneNumbersV2Command, ListQueueQuickConnectsCommand, ListRoutingProfileQueuesCommand, ListSecurityProfilePermissionsCommand,
  SearchAgentStatusesCommand, SearchContactFlowModulesCommand, SearchContactFlowsCommand, SearchHoursOfOperationsCommand, SearchPromptsCommand,
  SearchQueuesCommand, SearchQuickConnectsCommand, SearchRoutingProfilesCommand, SearchSecurityProfilesCommand, SearchUserHierarchyGroupsCommand,
  SearchUsersCommand,
} from '@aws-sdk/client-connect';
import { awsCallError } from './diff-deployed';
import type { ImportReadRequest, ImportReadResult, RecordedCall } from '../src/cli/import/model';
import { ApiObject, CallFailure, IMPORT_APIS, ImportProgress, readInstance } from '../src/cli/import/read';

type ImportApi = typeof IMPORT_APIS[number];

/** The SDK command of each API the import calls (the tests' mocked instance answers the same). */
export const IMPORT_COMMANDS: { [api in ImportApi]: new (input: any) => any } = {
  DescribeInstance: DescribeInstanceCommand,
  ListInstanceAttributes: ListInstanceAttributesCommand,
  SearchHoursOfOperations: SearchHoursOfOperationsCommand,
  SearchQueues: SearchQueuesCommand,
  ListQueueQuickConnects: ListQueueQuickConnectsCommand,
  SearchRoutingProfiles: SearchRoutingProfilesCommand,
  ListRoutingProfileQueues: ListRoutingProfileQueuesCommand,
  SearchSecurityProfiles: SearchSecurityProfilesCommand,
  ListSecurityProfilePermissions: ListSecurityProfilePermissionsCommand,
  DescribeUserHierarchyStructure: DescribeUserHierarchyStructureCommand,
  SearchUserHierarchyGroups: SearchUserHierarchyGroupsCommand,
  SearchUsers: SearchUsersCommand,
  SearchAgentStatuses: SearchAgentStatusesCommand,
  SearchQuickConnects: SearchQuickConnectsCommand,
  SearchPrompts: SearchPromptsCommand,
  ListPhoneNumbersV2: ListPhoneNumbersV2Command,
  ListFlowAssociations: ListFlowAssociationsCommand,
  SearchContactFlows: SearchContactFlowsCommand,
  DescribeContactFlow: DescribeContactFlowCommand,
  SearchContactFlowModules: SearchContactFlowModulesCommand,
  DescribeContactFlowModule: DescribeContactFlowModuleCommand,
  ListLambdaFunctions: ListLambdaFunctionsCommand,
  ListBots: ListBotsCommand,
  ListInstanceStorageConfigs: ListInstanceStorageConfigsCommand,
};

/** How the live read retries and reports. */
export interface LiveReadOptions {
  /** Attempts per call when throttled (or the service is briefly unavailable); default 8. */
  readonly maxAttempts?: number;
  /** The first backoff in milliseconds, doubled each retry (with full jitter, at most 20 s); default 250. */
  readonly baseDelayMs?: number;
  /** Waits; tests pass one that does not. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly progress?: ImportProgress;
}

/** Whether a failed call is worth retrying after a pause: throttling, or a 5xx. */
export function isRetryable(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: { throttling?: boolean } };
  if (err?.$retryable?.throttling) return true;
  if (/Throttl|TooManyRequests|ServiceUnavailable|InternalService/.test(err?.name ?? '')) return true;
  const status = err?.$metadata?.httpStatusCode;
  return status === 429 || (status !== undefined && status >= 500);
}

/**
 * Reads the instance with `client` (the caller creates it with the SDK's standard configuration and
 * without SDK retries: the retries here are counted and tested).
 */
export async function readLiveInstance(request: ImportReadRequest, client: ConnectClient, options: LiveReadOptions = {}): Promise<ImportReadResult> {
  const maxAttempts = options.maxAttempts ?? 8;
  const baseDelay = options.baseDelayMs ?? 250;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const responses: RecordedCall[] = [];
  const callsByApi: { [api: string]: number } = {};
  let apiCalls = 0;
  const target = `instance ${request.instanceId}`;
  const call = async (api: string, input: ApiObject): Promise<ApiObject> => {
    const Command = IMPORT_COMMANDS[api as ImportApi];
    if (Command === undefined) throw new Error(`connect:${api} is not an API the import calls`);
    for (let attempt = 1; ; attempt++) {
      apiCalls++;
      callsByApi[api] = (callsByApi[api] ?? 0) + 1;
      try {
        const output: ApiObject = await client.send(new Command(input));
        // Plain JSON, as a snapshot holds it: no SDK metadata, dates as ISO strings.
        const { $metadata: _metadata, ...rest } = output ?? {};
        const plain = JSON.parse(JSON.stringify(rest));
        responses.push({ api, input: JSON.parse(JSON.stringify(input)), output: plain });
        return plain;
      } catch (e) {
        if (isRetryable(e) && attempt < maxAttempts) {
          await sleep(Math.random() * Math.min(20_000, baseDelay * 2 ** (attempt - 1)));
          continue;
        }
        const name = (e as { name?: string })?.name ?? 'Error';
        if (api === 'DescribeInstance' && /ResourceNotFound/.test(name)) {
          const region = await client.config.region().catch(() => undefined);
          throw new CallFailure(`connect:DescribeInstance (${target}) failed: instance "${request.instanceId}" does not exist${region ? ` in ${region}` : ''} (ResourceNotFoundException); check --instance-id and --region`, api, name);
        }
        const failure = awsCallError(`connect:${api}`, target, e);
        const message = isRetryable(e) ? `${failure.message} [${attempt} attempts]` : failure.message;
        // Recorded so that a snapshot answers the same: the reader may go on without this call.
        responses.push({ api, input: JSON.parse(JSON.stringify(input)), error: { name, message } });
        throw new CallFailure(message, api, name);
      }
    }
  };
  const snapshot = await readInstance(call, request.instanceId, (what, count) => options.progress?.(what, count, apiCalls));
  return { snapshot, responses, apiCalls, callsByApi };
}
