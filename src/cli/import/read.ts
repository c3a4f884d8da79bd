/**
 * Reads an Amazon Connect instance into an InstanceSnapshot through a `ConnectCall`: the AWS SDK
 * live (cli-aws/import-read.ts) or a saved snapshot's responses (./snapshot-dir.ts), so both give
 * the same model. Whole objects come from the Search* APIs, 100 per page; a List* or Describe* call
 * is made only for what no Search returns (queue quick connects, routing profile queues, security
 * profile permissions, the hierarchy structure, phone numbers, Lambda and Lex associations, storage
 * configs, and the content of a flow the search returned without it). No AWS SDK import here.
 */
import {
  ImportedFlow, ImportedFlowModule, ImportedHierarchyGroup, ImportedHoursOfOperation, ImportedInstance, ImportedLexBotAssociation,
  CFN_STORAGE_RESOURCE_TYPES, ImportedQueue, ImportedRoutingProfile, ImportedSecurityProfile, ImportedStorageConfig, ImportedUser, InstanceSnapshot,
  SNAPSHOT_FORMAT_VERSION, Tags,
} from './model';

/** A JSON object of an API request or response. */
export interface ApiObject {
  readonly [k: string]: any;
}

/** Calls one Connect API (e.g. "SearchQueues") and returns its response; throws a CallFailure. */
export type ConnectCall = (api: string, input: ApiObject) => Promise<ApiObject>;

/** A failed call: the message names the IAM action; `errorName` is the service's error code. */
export class CallFailure extends Error {
  constructor(message: string, readonly api: string, readonly errorName: string) {
    super(message);
  }
}

/** Reports progress: what was read, how many, and the API calls made so far (when known). */
export type ImportProgress = (what: string, count: number, apiCalls?: number) => void;

/** Every API the import may call, in the order it calls them. The README's IAM policy is built from this. */
export const IMPORT_APIS = [
  'DescribeInstance',
  'ListInstanceAttributes',
  'SearchHoursOfOperations',
  'SearchQueues',
  'ListQueueQuickConnects',
  'SearchRoutingProfiles',
  'ListRoutingProfileQueues',
  'SearchSecurityProfiles',
  'ListSecurityProfilePermissions',
  'DescribeUserHierarchyStructure',
  'SearchUserHierarchyGroups',
  'SearchUsers',
  'SearchAgentStatuses',
  'SearchQuickConnects',
  'SearchPrompts',
  'ListPhoneNumbersV2',
  'ListFlowAssociations',
  'SearchContactFlows',
  'DescribeContactFlow',
  'SearchContactFlowModules',
  'DescribeContactFlowModule',
  'ListLambdaFunctions',
  'ListBots',
  'ListInstanceStorageConfigs',
] as const;

/** The IAM actions the import needs (read-only). */
export const IMPORT_IAM_ACTIONS: string[] = IMPORT_APIS.map((api) => `connect:${api}`);

/** The largest page each paged API allows (API reference, MaxResults). */
const PAGE_SIZE: { [api: string]: number } = {
  ListInstanceAttributes: 7,
  ListQueueQuickConnects: 100,
  ListRoutingProfileQueues: 100,
  ListSecurityProfilePermissions: 1000,
  ListPhoneNumbersV2: 1000,
  ListFlowAssociations: 1000,
  ListLambdaFunctions: 25,
  ListBots: 25,
  ListInstanceStorageConfigs: 10,
};

/** The storage configurations the import reads, one ListInstanceStorageConfigs per type. */
export const STORAGE_RESOURCE_TYPES = [
  'CALL_RECORDINGS', 'CHAT_TRANSCRIPTS', 'SCHEDULED_REPORTS', 'MEDIA_STREAMS', 'CONTACT_TRACE_RECORDS', 'AGENT_EVENTS',
  'SCREEN_RECORDINGS', 'ATTACHMENTS', 'CONTACT_EVALUATIONS', 'EMAIL_MESSAGES',
  'REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS', 'REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS',
];

const INSTANCE_ARN = /^arn:([^:]+):connect:([^:]+):(\d+):instance\/([^/]+)$/;

/** All items of a paged API: Search* at 100 a page, List* at their largest page. */
async function readAll(call: ConnectCall, api: string, input: ApiObject, key: string): Promise<any[]> {
  const items: any[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call(api, { ...input, MaxResults: PAGE_SIZE[api] ?? 100, ...(nextToken ? { NextToken: nextToken } : {}) });
    const list = page[key];
    if (list !== undefined && !Array.isArray(list)) throw new CallFailure(`connect:${api} returned "${key}" that is not a list`, api, 'MalformedResponse');
    items.push(...(list ?? []));
    const next = typeof page.NextToken === 'string' && page.NextToken !== '' ? page.NextToken : undefined;
    if (next !== undefined && next === nextToken) throw new CallFailure(`connect:${api} returned the same NextToken twice: stopped paging`, api, 'MalformedResponse');
    nextToken = next;
  } while (nextToken);
  return items;
}

function tags(value: unknown): Tags | undefined {
  return value && typeof value === 'object' && Object.keys(value).length > 0 ? { ...(value as Tags) } : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The ID at the end of an ARN (or the ID itself). */
function lastSegment(idOrArn: string): string {
  return idOrArn.split('/').pop() ?? idOrArn;
}

/** Drops undefined fields so that a model read live and one read back from JSON are equal. */
function clean<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

/** Reads the whole instance. `progress` is told of each kind of resource as it is read. */
export async function readInstance(call: ConnectCall, instanceId: string, progress: ImportProgress = () => undefined): Promise<InstanceSnapshot> {
  const described = (await call('DescribeInstance', { InstanceId: instanceId })).Instance ?? {};
  const arn = str(described.Arn) ?? '';
  const m = INSTANCE_ARN.exec(arn);
  if (!m) throw new CallFailure(`connect:DescribeInstance returned no instance ARN for "${instanceId}"`, 'DescribeInstance', 'MalformedResponse');
  const [, partition, region, account, id] = m;
  const InstanceId = id;
  const attributes: { [k: string]: string } = {};
  for (const a of await readAll(call, 'ListInstanceAttributes', { InstanceId }, 'Attributes')) {
    if (typeof a.AttributeType === 'string') attributes[a.AttributeType] = String(a.Value ?? '');
  }
  const instance: ImportedInstance = {
    id,
    arn,
    alias: str(described.InstanceAlias),
    identityManagementType: str(described.IdentityManagementType),
    inboundCallsEnabled: described.InboundCallsEnabled,
    outboundCallsEnabled: described.OutboundCallsEnabled,
    status: str(described.InstanceStatus),
    serviceRole: str(described.ServiceRole),
    attributes,
    tags: tags(described.Tags),
    primaryIdentifier: { Arn: arn },
  };
  progress('instance', 1);

  const hoursOfOperations: ImportedHoursOfOperation[] = (await readAll(call, 'SearchHoursOfOperations', { InstanceId }, 'HoursOfOperations')).map((h) => ({
    id: h.HoursOfOperationId,
    arn: h.HoursOfOperationArn,
    name: h.Name,
    description: str(h.Description),
    tags: tags(h.Tags),
    timeZone: h.TimeZone,
    config: (h.Config ?? []).map((c: any) => ({
      day: c.Day,
      start: { hours: c.StartTime?.Hours ?? 0, minutes: c.StartTime?.Minutes ?? 0 },
      end: { hours: c.EndTime?.Hours ?? 0, minutes: c.EndTime?.Minutes ?? 0 },
    })),
    primaryIdentifier: { HoursOfOperationArn: h.HoursOfOperationArn },
  }));
  progress('hours of operation', hoursOfOperations.length);

  // Standard queues only: every agent has an agent queue, which is not a resource of its own.
  const queues: ImportedQueue[] = [];
  for (const q of await readAll(call, 'SearchQueues', { InstanceId, SearchCriteria: { QueueTypeCondition: 'STANDARD' } }, 'Queues')) {
    const quickConnects = await readAll(call, 'ListQueueQuickConnects', { InstanceId, QueueId: q.QueueId }, 'QuickConnectSummaryList');
    queues.push({
      id: q.QueueId,
      arn: q.QueueArn,
      name: q.Name,
      description: str(q.Description),
      tags: tags(q.Tags),
      hoursOfOperationId: str(q.HoursOfOperationId),
      maxContacts: typeof q.MaxContacts === 'number' ? q.MaxContacts : undefined,
      status: str(q.Status),
      outboundCallerIdName: str(q.OutboundCallerConfig?.OutboundCallerIdName),
      outboundCallerIdNumberId: str(q.OutboundCallerConfig?.OutboundCallerIdNumberId),
      outboundFlowId: str(q.OutboundCallerConfig?.OutboundFlowId),
      quickConnectIds: quickConnects.map((c) => c.Id),
      primaryIdentifier: { QueueArn: q.QueueArn },
    });
  }
  progress('queues', queues.length);

  const routingProfiles: ImportedRoutingProfile[] = [];
  for (const p of await readAll(call, 'SearchRoutingProfiles', { InstanceId }, 'RoutingProfiles')) {
    const profileQueues = await readAll(call, 'ListRoutingProfileQueues', { InstanceId, RoutingProfileId: p.RoutingProfileId }, 'RoutingProfileQueueConfigSummaryList');
    routingProfiles.push({
      id: p.RoutingProfileId,
      arn: p.RoutingProfileArn,
      name: p.Name,
      description: str(p.Description),
      tags: tags(p.Tags),
      defaultOutboundQueueId: str(p.DefaultOutboundQueueId),
      mediaConcurrencies: (p.MediaConcurrencies ?? []).map((c: any) => ({
        channel: c.Channel,
        concurrency: c.Concurrency,
        crossChannelBehavior: str(c.CrossChannelBehavior?.BehaviorType),
      })),
      agentAvailabilityTimer: str(p.AgentAvailabilityTimer),
      queues: profileQueues.map((c) => ({ queueId: c.QueueId, channel: c.Channel, priority: c.Priority, delay: c.Delay })),
      primaryIdentifier: { RoutingProfileArn: p.RoutingProfileArn },
    });
  }
  progress('routing profiles', routingProfiles.length);

  const securityProfiles: ImportedSecurityProfile[] = [];
  for (const p of await readAll(call, 'SearchSecurityProfiles', { InstanceId }, 'SecurityProfiles')) {
    const permissions = await readAll(call, 'ListSecurityProfilePermissions', { InstanceId, SecurityProfileId: p.Id }, 'Permissions');
    securityProfiles.push({
      id: p.Id,
      arn: p.Arn,
      name: p.SecurityProfileName,
      description: str(p.Description),
      tags: tags(p.Tags),
      permissions: permissions.map(String),
      primaryIdentifier: { SecurityProfileArn: p.Arn },
    });
  }
  progress('security profiles', securityProfiles.length);

  const structure = (await call('DescribeUserHierarchyStructure', { InstanceId })).HierarchyStructure ?? {};
  const levels = ['LevelOne', 'LevelTwo', 'LevelThree', 'LevelFour', 'LevelFive']
    .map((l) => structure[l])
    .filter((l: any) => l && typeof l.Name === 'string')
    .map((l: any) => ({ id: l.Id, arn: l.Arn, name: l.Name }));
  const hierarchyStructure = levels.length > 0 ? { levels, primaryIdentifier: { UserHierarchyStructureArn: `${arn}/user-hierarchy-structure` } } : undefined;
  const hierarchyGroups: ImportedHierarchyGroup[] = (await readAll(call, 'SearchUserHierarchyGroups', { InstanceId }, 'UserHierarchyGroups')).map((g) => ({
    id: g.Id,
    arn: g.Arn,
    name: g.Name,
    tags: tags(g.Tags),
    levelId: str(g.LevelId),
    parentGroupIds: ['LevelOne', 'LevelTwo', 'LevelThree', 'LevelFour', 'LevelFive']
      .map((l) => g.HierarchyPath?.[l]?.Id)
      .filter((p: unknown): p is string => typeof p === 'string' && p !== g.Id),
    primaryIdentifier: { UserHierarchyGroupArn: g.Arn },
  }));
  progress('hierarchy groups', hierarchyGroups.length);

  const users: ImportedUser[] = (await readAll(call, 'SearchUsers', { InstanceId }, 'Users')).map((u) => ({
    id: u.Id,
    arn: u.Arn,
    name: u.Username,
    tags: tags(u.Tags),
    username: u.Username,
    firstName: str(u.IdentityInfo?.FirstName),
    lastName: str(u.IdentityInfo?.LastName),
    routingProfileId: str(u.RoutingProfileId),
    securityProfileIds: [...(u.SecurityProfileIds ?? [])],
    hierarchyGroupId: str(u.HierarchyGroupId),
    directoryUserId: str(u.DirectoryUserId),
    phoneType: str(u.PhoneConfig?.PhoneType),
    autoAccept: typeof u.PhoneConfig?.AutoAccept === 'boolean' ? u.PhoneConfig.AutoAccept : undefined,
    afterContactWorkTimeLimit: typeof u.PhoneConfig?.AfterContactWorkTimeLimit === 'number' ? u.PhoneConfig.AfterContactWorkTimeLimit : undefined,
    deskPhoneNumber: str(u.PhoneConfig?.DeskPhoneNumber),
    primaryIdentifier: { UserArn: u.Arn },
  }));
  progress('users', users.length);

  const agentStatuses = (await readAll(call, 'SearchAgentStatuses', { InstanceId }, 'AgentStatuses')).map((s) => ({
    id: s.AgentStatusId,
    arn: s.AgentStatusARN,
    name: s.Name,
    description: str(s.Description),
    tags: tags(s.Tags),
    type: str(s.Type),
    state: str(s.State),
    displayOrder: typeof s.DisplayOrder === 'number' ? s.DisplayOrder : undefined,
    primaryIdentifier: { AgentStatusArn: s.AgentStatusARN },
  }));
  progress('agent statuses', agentStatuses.length);

  const quickConnects = (await readAll(call, 'SearchQuickConnects', { InstanceId }, 'QuickConnects')).map((c) => {
    const config = c.QuickConnectConfig ?? {};
    return {
      id: c.QuickConnectId,
      arn: c.QuickConnectARN,
      name: c.Name,
      description: str(c.Description),
      tags: tags(c.Tags),
      type: config.QuickConnectType,
      userId: str(config.UserConfig?.UserId),
      queueId: str(config.QueueConfig?.QueueId),
      phoneNumber: str(config.PhoneConfig?.PhoneNumber),
      contactFlowId: str(config.UserConfig?.ContactFlowId ?? config.QueueConfig?.ContactFlowId ?? config.FlowConfig?.ContactFlowId),
      primaryIdentifier: { QuickConnectArn: c.QuickConnectARN },
    };
  });
  progress('quick connects', quickConnects.length);

  const prompts = (await readAll(call, 'SearchPrompts', { InstanceId }, 'Prompts')).map((p) => ({
    id: p.PromptId,
    arn: p.PromptARN,
    name: p.Name,
    description: str(p.Description),
    tags: tags(p.Tags),
    primaryIdentifier: { PromptArn: p.PromptARN },
  }));
  progress('prompts', prompts.length);

  const numberFlows = new Map<string, string>();
  for (const a of await readAll(call, 'ListFlowAssociations', { InstanceId, ResourceType: 'VOICE_PHONE_NUMBER' }, 'FlowAssociationSummaryList')) {
    // ResourceId and FlowId may be IDs or ARNs: keyed by both, the flow kept as its ID.
    if (typeof a.ResourceId === 'string' && typeof a.FlowId === 'string') numberFlows.set(lastSegment(a.ResourceId), lastSegment(a.FlowId));
  }
  const phoneNumbers = (await readAll(call, 'ListPhoneNumbersV2', { TargetArn: arn }, 'ListPhoneNumbersSummaryList')).map((n) => ({
    id: n.PhoneNumberId,
    arn: n.PhoneNumberArn,
    phoneNumber: n.PhoneNumber,
    countryCode: str(n.PhoneNumberCountryCode),
    type: str(n.PhoneNumberType),
    description: str(n.PhoneNumberDescription),
    contactFlowId: numberFlows.get(n.PhoneNumberId) ?? numberFlows.get(lastSegment(String(n.PhoneNumberArn))),
    primaryIdentifier: { PhoneNumberArn: n.PhoneNumberArn },
  }));
  progress('phone numbers', phoneNumbers.length);

  const flows: ImportedFlow[] = [];
  for (const f of await readAll(call, 'SearchContactFlows', { InstanceId }, 'ContactFlows')) {
    let content = str(f.Content);
    if (content === undefined) {
      content = str((await call('DescribeContactFlow', { InstanceId, ContactFlowId: f.Id })).ContactFlow?.Content);
      if (content === undefined) throw new CallFailure(`connect:DescribeContactFlow returned no Content for flow "${f.Name}" (${f.Id})`, 'DescribeContactFlow', 'MalformedResponse');
    }
    flows.push({
      id: f.Id,
      arn: f.Arn,
      name: f.Name,
      description: str(f.Description),
      tags: tags(f.Tags),
      type: f.Type,
      state: str(f.State),
      status: str(f.Status),
      content,
      primaryIdentifier: { ContactFlowArn: f.Arn },
    });
  }
  progress('flows', flows.length);

  const modules: ImportedFlowModule[] = [];
  for (const f of await readAll(call, 'SearchContactFlowModules', { InstanceId }, 'ContactFlowModules')) {
    let content = str(f.Content);
    if (content === undefined) {
      content = str((await call('DescribeContactFlowModule', { InstanceId, ContactFlowModuleId: f.Id })).ContactFlowModule?.Content);
      if (content === undefined) throw new CallFailure(`connect:DescribeContactFlowModule returned no Content for module "${f.Name}" (${f.Id})`, 'DescribeContactFlowModule', 'MalformedResponse');
    }
    modules.push({
      id: f.Id,
      arn: f.Arn,
      name: f.Name,
      description: str(f.Description),
      tags: tags(f.Tags),
      state: str(f.State),
      status: str(f.Status),
      content,
      primaryIdentifier: { ContactFlowModuleArn: f.Arn },
    });
  }
  progress('flow modules', modules.length);

  const lambdaFunctions = (await readAll(call, 'ListLambdaFunctions', { InstanceId }, 'LambdaFunctions')).map((functionArn: string) => ({
    functionArn,
    primaryIdentifier: { InstanceId: arn, IntegrationType: 'LAMBDA_FUNCTION', IntegrationArn: functionArn },
  }));
  progress('Lambda functions', lambdaFunctions.length);

  const lexBots: ImportedLexBotAssociation[] = [];
  for (const b of await readAll(call, 'ListBots', { InstanceId, LexVersion: 'V2' }, 'LexBots')) {
    const aliasArn = str(b.LexV2Bot?.AliasArn);
    if (aliasArn) lexBots.push({ lexVersion: 'V2', aliasArn, primaryIdentifier: { InstanceId: arn, IntegrationType: 'LEX_BOT', IntegrationArn: aliasArn } });
  }
  for (const b of await readAll(call, 'ListBots', { InstanceId, LexVersion: 'V1' }, 'LexBots')) {
    const name = str(b.LexBot?.Name);
    const botRegion = str(b.LexBot?.LexRegion);
    if (name) {
      const botArn = `arn:${partition}:lex:${botRegion ?? region}:${account}:bot:${name}`;
      lexBots.push({ lexVersion: 'V1', name, region: botRegion, primaryIdentifier: { InstanceId: arn, IntegrationType: 'LEX_BOT', IntegrationArn: botArn } });
    }
  }
  progress('Lex bots', lexBots.length);

  const storageConfigs: ImportedStorageConfig[] = [];
  const notes: string[] = [
    'prompt audio is not read (Connect returns prompt metadata only); the app must supply each prompt\'s S3 object',
    'user emails are not read: SearchUsers returns first and last names only, and one DescribeUser per user would cost a call per user',
  ];
  for (const resourceType of STORAGE_RESOURCE_TYPES) {
    let configs: any[];
    try {
      configs = await readAll(call, 'ListInstanceStorageConfigs', { InstanceId, ResourceType: resourceType }, 'StorageConfigs');
    } catch (e) {
      // An instance without a feature (email, screen recording…) refuses its storage type.
      if (e instanceof CallFailure && /InvalidRequest|InvalidParameter/.test(e.errorName)) {
        notes.push(`storage config ${resourceType}: not read (${e.errorName})`);
        continue;
      }
      throw e;
    }
    if (configs.length > 0 && !CFN_STORAGE_RESOURCE_TYPES.includes(resourceType)) {
      notes.push(`storage config ${resourceType}: read, but AWS::Connect::InstanceStorageConfig does not take this resource type, so cdk import cannot adopt it`);
    }
    for (const c of configs) {
      const encryption = (e: any) => (e?.KeyId ? String(e.KeyId) : undefined);
      storageConfigs.push({
        associationId: c.AssociationId,
        resourceType,
        storageType: c.StorageType,
        s3: c.S3Config ? {
          bucketName: c.S3Config.BucketName,
          bucketPrefix: str(c.S3Config.BucketPrefix),
          kmsKeyArn: encryption(c.S3Config.EncryptionConfig),
        } : undefined,
        kinesisStreamArn: str(c.KinesisStreamConfig?.StreamArn),
        kinesisFirehoseArn: str(c.KinesisFirehoseConfig?.FirehoseArn),
        kinesisVideoStream: c.KinesisVideoStreamConfig ? {
          prefix: str(c.KinesisVideoStreamConfig.Prefix),
          retentionPeriodHours: c.KinesisVideoStreamConfig.RetentionPeriodHours,
          kmsKeyArn: encryption(c.KinesisVideoStreamConfig.EncryptionConfig),
        } : undefined,
        primaryIdentifier: { InstanceArn: arn, AssociationId: c.AssociationId, ResourceType: resourceType },
      });
    }
  }
  progress('storage configs', storageConfigs.length);

  return clean({
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    partition,
    region,
    account,
    instance,
    hoursOfOperations,
    queues,
    routingProfiles,
    securityProfiles,
    users,
    hierarchyGroups,
    hierarchyStructure,
    agentStatuses,
    quickConnects,
    prompts,
    phoneNumbers,
    flows,
    modules,
    lambdaFunctions,
    lexBots,
    storageConfigs,
    notes,
  });
}
