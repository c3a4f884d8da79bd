/**
 * A mocked Amazon Connect instance for the `import` tests: aws-sdk-client-mock answers each API with
 * responses shaped as the API reference gives them, paged with NextToken. `pageCap` makes the mock
 * return fewer items than MaxResults per page (the service may), so every list pages.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConnectClient, InvalidRequestException, ResourceNotFoundException } from '@aws-sdk/client-connect';
import { AwsClientStub } from 'aws-sdk-client-mock';
import { aws, createConnectClient } from '../../cli-aws';
import { IMPORT_COMMANDS, readLiveInstance } from '../../cli-aws/import-read';
import type { AwsModule } from '../../src/cli/aws';

export const REGION = 'eu-west-2';
export const ACCOUNT = '111122223333';
export const INSTANCE_ID = '0000aaaa-1111-2222-3333-444455556666';
export const INSTANCE_ARN = `arn:aws:connect:${REGION}:${ACCOUNT}:instance/${INSTANCE_ID}`;

/** The size of the mocked instance. */
export interface InstanceShape {
  readonly queues: number;
  readonly users: number;
  readonly flows: number;
  readonly modules: number;
  /** At most this many items per page (the service may return fewer than MaxResults). */
  readonly pageCap: number;
}

export const REALISTIC: InstanceShape = { queues: 24, users: 200, flows: 30, modules: 2, pageCap: 7 };

function uuid(kind: number, i: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'flow-corpus');

/** Real flows of the corpus for the mocked flows' Content, by flow type (a small flow where the corpus has none). */
const CORPUS_BY_TYPE: { [type: string]: string[] } = {
  CONTACT_FLOW: ['acme-main-lex-lambda.json', 'cdkconstructs-inbound-eventhooks-recording.json'],
  CUSTOMER_QUEUE: ['acme-customer-queue.json'],
  AGENT_WHISPER: ['acme-agent-whisper.json', 'callbackmgmt-agent-whisper.json'],
  QUEUE_TRANSFER: ['acme-queue-transfer.json'],
  OUTBOUND_WHISPER: ['acme-outbound-whisper-recording.json'],
};

/** The Content of the i-th flow of a type: a corpus flow, or a small one. */
function flowContent(type: string, i: number): string {
  const files = CORPUS_BY_TYPE[type] ?? [];
  const file = files.length > 0 ? path.join(CORPUS, files[i % files.length]) : undefined;
  if (file && fs.existsSync(file)) return fs.readFileSync(file, 'utf-8');
  const end = type === 'AGENT_TRANSFER' || type === 'CONTACT_FLOW' ? 'DisconnectParticipant' : 'EndFlowExecution';
  return JSON.stringify({ Version: '2019-10-30', StartAction: 'End', Metadata: { entryPointPosition: { x: 40, y: 40 } }, Actions: [{ Identifier: 'End', Type: end, Parameters: {}, Transitions: {} }] });
}

/**
 * The ARNs of a corpus flow (placeholders or another instance's) made the ARNs of the mocked
 * instance's resources, as an export of that instance holds them: each source ARN becomes one
 * resource of its kind; a flow reference becomes a flow of the type its name says.
 */
interface Targets { queues: any[]; flows: any[]; modules: any[]; prompts: any[]; hours: any[]; lambdas: string[]; lexV2: any[] }
function remapArns(content: string, d: Targets): string {
  const seen = new Map<string, string>();
  const next = new Map<string, number>();
  const pick = (kind: string, items: string[]) => {
    const i = next.get(kind) ?? 0;
    next.set(kind, i + 1);
    return items[i % items.length];
  };
  return content.replace(/arn:aws:(connect|lambda|lex):[^"\s]*/g, (arn) => {
    if (seen.has(arn)) return seen.get(arn)!;
    let to = arn;
    const connect = /:instance\/[^/]+\/([a-z-]+)\/(.+)$/.exec(arn);
    if (connect) {
      const [, kind, name] = connect;
      if (kind === 'queue') {to = pick(kind, d.queues.slice(1).map((q) => q.QueueArn));} else if (kind === 'prompt') {to = pick(kind, d.prompts.map((p) => p.PromptARN));} else if (kind === 'flow-module') {to = pick(kind, d.modules.map((m) => m.Arn));} else if (kind === 'operating-hours') {to = pick(kind, d.hours.map((h) => h.HoursOfOperationArn));} else if (kind === 'contact-flow') {
        const type = ['customer_queue', 'queue_transfer', 'agent_whisper', 'customer_whisper', 'agent_transfer'].find((t) => name.toLowerCase().includes(t));
        const flows = d.flows.filter((f) => !type || f.Type === type.toUpperCase());
        to = pick(`flow:${type}`, flows.map((f) => f.Arn));
      }
    } else if (arn.startsWith('arn:aws:lambda:')) {
      to = pick('lambda', d.lambdas);
    } else if (arn.startsWith('arn:aws:lex:')) {
      to = pick('lex', d.lexV2.map((b) => b.LexV2Bot.AliasArn));
    }
    seen.set(arn, to);
    return to;
  });
}

/** One page of `items`: the token is the offset of the next page. */
function page(items: unknown[], input: any, key: string, cap: number): any {
  const start = input.NextToken ? Number(input.NextToken) : 0;
  const size = Math.min(input.MaxResults ?? 100, cap);
  const next = start + size;
  return { [key]: items.slice(start, next), ...(next < items.length ? { NextToken: String(next) } : {}) };
}

const ids = (kind: number, n: number) => Array.from({ length: n }, (_, i) => uuid(kind, i + 1));

/** The resources of the mocked instance (what the API reference says each API returns). */
export function instanceData(shape: InstanceShape) {
  const hours = ids(1, 4).map((id, i) => ({
    HoursOfOperationId: id,
    HoursOfOperationArn: `${INSTANCE_ARN}/operating-hours/${id}`,
    Name: ['Basic Hours', 'Support hours', 'Sales hours', 'Weekend'][i],
    Description: 'Opening hours',
    TimeZone: 'Europe/London',
    Config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((Day) => ({ Day, StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 30 } })),
    Tags: {},
    LastModifiedTime: new Date('2026-01-01T00:00:00Z'),
    LastModifiedRegion: REGION,
  }));
  const quickConnectIds = ids(9, 8);
  const queues = ids(2, shape.queues).map((id, i) => ({
    QueueId: id,
    QueueArn: `${INSTANCE_ARN}/queue/${id}`,
    Name: i === 0 ? 'BasicQueue' : `Queue ${i}`,
    Description: `Queue number ${i}`,
    HoursOfOperationId: hours[i % hours.length].HoursOfOperationId,
    MaxContacts: i % 3 === 0 ? 50 : undefined,
    Status: 'ENABLED',
    OutboundCallerConfig: { OutboundCallerIdName: 'Acme' },
    Tags: { team: `t${i % 4}` },
    LastModifiedTime: new Date('2026-01-01T00:00:00Z'),
  }));
  const queueQuickConnects = new Map(queues.map((q, i) => [q.QueueId, quickConnectIds.slice(0, i % 4)]));
  const routingProfiles = ids(3, 6).map((id, i) => ({
    InstanceId: INSTANCE_ID,
    RoutingProfileId: id,
    RoutingProfileArn: `${INSTANCE_ARN}/routing-profile/${id}`,
    Name: i === 0 ? 'Basic Routing Profile' : `Profile ${i}`,
    Description: 'Routing',
    DefaultOutboundQueueId: queues[0].QueueId,
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } }],
    NumberOfAssociatedQueues: 8,
    NumberOfAssociatedUsers: 0,
    Tags: {},
  }));
  const profileQueues = new Map(routingProfiles.map((p, i) => [p.RoutingProfileId, Array.from({ length: 8 }, (_, j) => {
    const q = queues[(i * 3 + j) % queues.length];
    return { QueueId: q.QueueId, QueueArn: q.QueueArn, QueueName: q.Name, Priority: 1 + (j % 3), Delay: j % 2 === 0 ? 0 : 30, Channel: j % 2 === 0 ? 'VOICE' : 'CHAT' };
  })]));
  const securityProfiles = ids(4, 4).map((id, i) => ({
    Id: id,
    Arn: `${INSTANCE_ARN}/security-profile/${id}`,
    SecurityProfileName: ['Admin', 'Agent', 'CallCenterManager', 'QualityAnalyst'][i],
    Description: 'Profile',
    OrganizationResourceId: INSTANCE_ID,
    Tags: {},
  }));
  const permissions = ['BasicAgentAccess', 'OutboundCallAccess', 'AccessMetrics', 'Queues.View', 'Queues.Edit', 'Users.View', 'Users.Edit',
    'RoutingPolicies.View', 'ContactFlows.View', 'ContactFlows.Edit', 'Prompts.View', 'HoursOfOperation.View'];
  const levels = { LevelOne: { Id: uuid(5, 1), Arn: `${INSTANCE_ARN}/agent-group-level/1`, Name: 'Region' }, LevelTwo: { Id: uuid(5, 2), Arn: `${INSTANCE_ARN}/agent-group-level/2`, Name: 'Site' }, LevelThree: { Id: uuid(5, 3), Arn: `${INSTANCE_ARN}/agent-group-level/3`, Name: 'Team' } };
  const groups: any[] = [];
  const group = (id: string, name: string, level: 'LevelOne' | 'LevelTwo' | 'LevelThree', above: any) => {
    const g = { Id: id, Arn: `${INSTANCE_ARN}/agent-group/${id}`, Name: name, LevelId: levels[level].Id, HierarchyPath: { ...above, [level]: { Id: id, Arn: `${INSTANCE_ARN}/agent-group/${id}`, Name: name } }, Tags: {} };
    groups.push(g);
    return g;
  };
  let n = 0;
  for (const r of ['North', 'South']) {
    const region = group(uuid(6, ++n), r, 'LevelOne', {});
    for (const s of ['Leeds', 'York']) {
      const site = group(uuid(6, ++n), `${r} ${s}`, 'LevelTwo', { LevelOne: region.HierarchyPath.LevelOne });
      group(uuid(6, ++n), `${r} ${s} A`, 'LevelThree', { LevelOne: region.HierarchyPath.LevelOne, LevelTwo: site.HierarchyPath.LevelTwo });
    }
  }
  const teams = groups.filter((g) => g.HierarchyPath.LevelThree);
  const users = ids(7, shape.users).map((id, i) => ({
    Id: id,
    Arn: `${INSTANCE_ARN}/agent/${id}`,
    Username: `agent${i}`,
    IdentityInfo: { FirstName: `First${i}`, LastName: `Last${i}` },
    PhoneConfig: { PhoneType: i % 5 === 0 ? 'DESK_PHONE' : 'SOFT_PHONE', AutoAccept: false, AfterContactWorkTimeLimit: 30, ...(i % 5 === 0 ? { DeskPhoneNumber: '+441130000000' } : {}) },
    RoutingProfileId: routingProfiles[i % routingProfiles.length].RoutingProfileId,
    SecurityProfileIds: [securityProfiles[1].Id],
    HierarchyGroupId: teams[i % teams.length].Id,
    Tags: {},
  }));
  const agentStatuses = ['Available', 'Offline', 'Lunch', 'Training', 'Meeting'].map((Name, i) => ({
    AgentStatusId: uuid(8, i + 1),
    AgentStatusARN: `${INSTANCE_ARN}/agent-state/${uuid(8, i + 1)}`,
    Name,
    Type: i < 2 ? (i === 0 ? 'ROUTABLE' : 'OFFLINE') : 'CUSTOM',
    State: 'ENABLED',
    DisplayOrder: i + 1,
    Tags: {},
  }));
  // Every fifth flow from the first is inbound, from the fifth a queue transfer; the last is an agent transfer.
  const flows = ids(10, shape.flows).map((id, i) => {
    const Type = i === shape.flows - 1 && i % 5 !== 0 ? 'AGENT_TRANSFER' : ['CONTACT_FLOW', 'CUSTOMER_QUEUE', 'AGENT_WHISPER', 'CUSTOMER_WHISPER', 'QUEUE_TRANSFER'][i % 5];
    return { Id: id, Arn: `${INSTANCE_ARN}/contact-flow/${id}`, Name: `Flow ${i}`, Type, State: 'ACTIVE', Status: 'PUBLISHED', Description: 'A flow', Content: flowContent(Type, Math.floor(i / 5)), Tags: {} };
  });
  const moduleContent = JSON.stringify({ Version: '2019-10-30', StartAction: 'Say', Actions: [{ Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Goodbye.' }, Transitions: { NextAction: 'Back' } }, { Identifier: 'Back', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} }] });
  const modules = ids(11, shape.modules).map((id, i) => ({
    Id: id, Arn: `${INSTANCE_ARN}/flow-module/${id}`, Name: `Module ${i}`, Description: 'A module', State: 'ACTIVE', Status: 'PUBLISHED', Content: moduleContent, Tags: {},
  }));
  const quickConnects = quickConnectIds.map((id, i) => ({
    QuickConnectId: id,
    QuickConnectARN: `${INSTANCE_ARN}/transfer-destination/${id}`,
    Name: `Quick connect ${i}`,
    QuickConnectConfig: i % 3 === 0 ? { QuickConnectType: 'USER', UserConfig: { UserId: users[i].Id, ContactFlowId: flows[flows.length - 1].Id } }
      : i % 3 === 1 ? { QuickConnectType: 'QUEUE', QueueConfig: { QueueId: queues[i].QueueId, ContactFlowId: flows[4].Id } }
        : { QuickConnectType: 'PHONE_NUMBER', PhoneConfig: { PhoneNumber: '+441130000001' } },
    Tags: {},
  }));
  const prompts = ids(12, 6).map((id, i) => ({ PromptId: id, PromptARN: `${INSTANCE_ARN}/prompt/${id}`, Name: `Prompt ${i}`, Description: 'Audio', Tags: {} }));
  const phoneNumbers = ids(13, 5).map((id, i) => ({
    PhoneNumberId: id,
    PhoneNumberArn: `arn:aws:connect:${REGION}:${ACCOUNT}:phone-number/${id}`,
    PhoneNumber: `+4420700000${i}0`,
    PhoneNumberCountryCode: 'GB',
    PhoneNumberType: i === 4 ? 'TOLL_FREE' : 'DID',
    TargetArn: INSTANCE_ARN,
    InstanceId: INSTANCE_ID,
    PhoneNumberDescription: `Line ${i}`,
  }));
  const flowAssociations = phoneNumbers.slice(0, 4).map((p, i) => ({ ResourceId: p.PhoneNumberArn, FlowId: flows[i * 5].Arn, ResourceType: 'VOICE_PHONE_NUMBER' }));
  const lambdas = [1, 2, 3].map((i) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:acme-lookup-${i}`);
  const lexV2 = [1, 2].map((i) => ({ LexV2Bot: { AliasArn: `arn:aws:lex:${REGION}:${ACCOUNT}:bot-alias/BOT${i}/ALIAS${i}` } }));
  const lexV1 = [{ LexBot: { Name: 'OrderBot', LexRegion: REGION } }];
  const storage: { [type: string]: any[] } = {
    CALL_RECORDINGS: [{ AssociationId: 'a1', StorageType: 'S3', S3Config: { BucketName: 'acme-connect-recordings', BucketPrefix: 'connect/acme/CallRecordings', EncryptionConfig: { EncryptionType: 'KMS', KeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1` } } }],
    CHAT_TRANSCRIPTS: [{ AssociationId: 'a2', StorageType: 'S3', S3Config: { BucketName: 'acme-connect-recordings', BucketPrefix: 'connect/acme/ChatTranscripts' } }],
    CONTACT_TRACE_RECORDS: [{ AssociationId: 'a3', StorageType: 'KINESIS_STREAM', KinesisStreamConfig: { StreamArn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/ctr` } }],
    SCREEN_RECORDINGS: [{ AssociationId: 'a5', StorageType: 'S3', S3Config: { BucketName: 'acme-connect-recordings', BucketPrefix: 'connect/acme/ScreenRecordings' } }],
    MEDIA_STREAMS: [{ AssociationId: 'a4', StorageType: 'KINESIS_VIDEO_STREAM', KinesisVideoStreamConfig: { Prefix: 'acme', RetentionPeriodHours: 24, EncryptionConfig: { EncryptionType: 'KMS', KeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1` } } }],
  };
  const attributes = ['INBOUND_CALLS', 'OUTBOUND_CALLS', 'CONTACTFLOW_LOGS', 'CONTACT_LENS', 'AUTO_RESOLVE_BEST_VOICES', 'USE_CUSTOM_TTS_VOICES',
    'EARLY_MEDIA', 'MULTI_PARTY_CONFERENCE', 'HIGH_VOLUME_OUTBOUND', 'ENHANCED_CONTACT_MONITORING']
    .map((AttributeType, i) => ({ AttributeType, Value: i % 4 === 3 ? 'false' : 'true' }));
  for (const f of flows) f.Content = remapArns(f.Content, { queues, flows, modules, prompts, hours, lambdas, lexV2 });
  return {
    hours,
    queues,
    queueQuickConnects,
    routingProfiles,
    profileQueues,
    securityProfiles,
    permissions,
    levels,
    groups,
    users,
    agentStatuses,
    flows,
    modules,
    quickConnects,
    prompts,
    phoneNumbers,
    flowAssociations,
    lambdas,
    lexV2,
    lexV1,
    storage,
    attributes,
  };
}

/** An API's answer to a request (the SDK's output shape); throws the service's error. */
export type ApiHandler = (input: any) => any;

/**
 * How the mocked instance answers every API of the import. Flows listed in `withoutContent` come
 * back from SearchContactFlows without Content (read with DescribeContactFlow); the modules always
 * do (read with DescribeContactFlowModule).
 */
export function instanceHandlers(shape: InstanceShape, withoutContent: number[] = [3, 17]): { [api: string]: ApiHandler } {
  const d = instanceData(shape);
  const cap = shape.pageCap;
  return {
    DescribeInstance: (input) => {
      if (input.InstanceId !== INSTANCE_ID && input.InstanceId !== INSTANCE_ARN) {
        throw new ResourceNotFoundException({ message: `Instance ${input.InstanceId} not found`, $metadata: { httpStatusCode: 404 } });
      }
      return {
        Instance: {
          Id: INSTANCE_ID,
          Arn: INSTANCE_ARN,
          IdentityManagementType: 'CONNECT_MANAGED',
          InstanceAlias: 'acme-support',
          CreatedTime: new Date('2024-03-01T00:00:00Z'),
          ServiceRole: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_abc`,
          InstanceStatus: 'ACTIVE',
          InboundCallsEnabled: true,
          OutboundCallsEnabled: true,
          InstanceAccessUrl: 'https://acme-support.my.connect.aws',
          Tags: { env: 'prod' },
        },
      };
    },
    ListInstanceAttributes: (i) => page(d.attributes, i, 'Attributes', cap),
    SearchHoursOfOperations: (i) => page(d.hours, i, 'HoursOfOperations', cap),
    SearchQueues: (i) => page(d.queues, i, 'Queues', cap),
    ListQueueQuickConnects: (i) => {
      const list = (d.queueQuickConnects.get(i.QueueId) ?? []).map((id) => d.quickConnects.find((c) => c.QuickConnectId === id)!)
        .map((c) => ({ Id: c.QuickConnectId, Arn: c.QuickConnectARN, Name: c.Name, QuickConnectType: c.QuickConnectConfig.QuickConnectType }));
      return page(list, i, 'QuickConnectSummaryList', 2);
    },
    SearchRoutingProfiles: (i) => page(d.routingProfiles, i, 'RoutingProfiles', cap),
    ListRoutingProfileQueues: (i) => page(d.profileQueues.get(i.RoutingProfileId) ?? [], i, 'RoutingProfileQueueConfigSummaryList', 5),
    SearchSecurityProfiles: (i) => page(d.securityProfiles, i, 'SecurityProfiles', cap),
    ListSecurityProfilePermissions: (i) => page(d.permissions, i, 'Permissions', cap),
    DescribeUserHierarchyStructure: () => ({ HierarchyStructure: d.levels }),
    SearchUserHierarchyGroups: (i) => page(d.groups, i, 'UserHierarchyGroups', cap),
    SearchUsers: (i) => page(d.users, i, 'Users', cap),
    SearchAgentStatuses: (i) => page(d.agentStatuses, i, 'AgentStatuses', 3),
    SearchQuickConnects: (i) => page(d.quickConnects, i, 'QuickConnects', 3),
    SearchPrompts: (i) => page(d.prompts, i, 'Prompts', 4),
    ListPhoneNumbersV2: (i) => page(d.phoneNumbers, i, 'ListPhoneNumbersSummaryList', 3),
    ListFlowAssociations: (i) => page(d.flowAssociations, i, 'FlowAssociationSummaryList', 3),
    SearchContactFlows: (i) => page(d.flows.map((f, n) => (withoutContent.includes(n) ? { ...f, Content: undefined } : f)), i, 'ContactFlows', cap),
    DescribeContactFlow: (i) => ({ ContactFlow: d.flows.find((f) => f.Id === i.ContactFlowId) }),
    SearchContactFlowModules: (i) => page(d.modules.map((m) => ({ ...m, Content: undefined })), i, 'ContactFlowModules', 1),
    DescribeContactFlowModule: (i) => ({ ContactFlowModule: d.modules.find((m) => m.Id === i.ContactFlowModuleId) }),
    ListLambdaFunctions: (i) => page(d.lambdas, i, 'LambdaFunctions', 2),
    ListBots: (i) => page(i.LexVersion === 'V2' ? d.lexV2 : d.lexV1, i, 'LexBots', 1),
    ListInstanceStorageConfigs: (i) => {
      if (i.ResourceType === 'EMAIL_MESSAGES') throw new InvalidRequestException({ message: 'Email is not enabled for this instance', $metadata: { httpStatusCode: 400 } });
      return page(d.storage[i.ResourceType] ?? [], i, 'StorageConfigs', cap);
    },
  };
}


/** Answers every API of the import on `connect` for an instance of `shape`; returns its data. */
export function mockInstance(connect: AwsClientStub<ConnectClient>, shape: InstanceShape, withoutContent?: number[]) {
  const handlers = instanceHandlers(shape, withoutContent);
  for (const [api, handler] of Object.entries(handlers)) {
    const command = IMPORT_COMMANDS[api as keyof typeof IMPORT_COMMANDS];
    connect.on(command).callsFake((input: any) => ({ ...handler(input), $metadata: { httpStatusCode: 200 } }));
  }
  return instanceData(shape);
}

/** The AWS module as the CLI loads it, but with retries that do not wait; `sleeps` records the backoffs. */
export function fastAws(sleeps: number[] = []): AwsModule {
  return {
    ...aws,
    readInstance: (request, progress) => readLiveInstance(request, createConnectClient({ region: request.region ?? REGION, maxAttempts: 1 }), {
      progress,
      sleep: async (ms) => { sleeps.push(ms); },
    }),
  };
}
