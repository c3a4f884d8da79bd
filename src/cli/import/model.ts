/**
 * The in-memory model of a live Amazon Connect instance that `cdk-contact-center import` reads, live
 * or from a saved snapshot. Plain JSON (no Dates, no SDK types): it is what the app generator
 * consumes. Each resource keeps the fields a construct needs, its ID and ARN, and the value of its
 * CloudFormation primary identifier (`cdk import` resource mapping), as the provider schemas name it.
 * No AWS SDK import here.
 */

/** The version of the snapshot format; a snapshot of another version is refused. */
export const SNAPSHOT_FORMAT_VERSION = 1;

/** A resource's CloudFormation primary identifier: property name to value, for `cdk import`. */
export interface PrimaryIdentifier {
  readonly [property: string]: string;
}

/** Tags of a resource. */
export interface Tags {
  readonly [key: string]: string;
}

/** What every imported resource has. */
export interface ImportedResource {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly description?: string;
  readonly tags?: Tags;
  /** The value of the type's CloudFormation primary identifier (see IMPORT_RESOURCE_TYPES). */
  readonly primaryIdentifier: PrimaryIdentifier;
}

export interface ImportedInstance {
  readonly id: string;
  readonly arn: string;
  readonly alias?: string;
  readonly identityManagementType?: string;
  readonly inboundCallsEnabled?: boolean;
  readonly outboundCallsEnabled?: boolean;
  readonly status?: string;
  readonly serviceRole?: string;
  /** The instance attributes (ListInstanceAttributes): CONTACT_LENS → "true"… */
  readonly attributes: { readonly [attribute: string]: string };
  readonly tags?: Tags;
  readonly primaryIdentifier: PrimaryIdentifier;
}

export interface HoursTime {
  readonly hours: number;
  readonly minutes: number;
}

export interface ImportedHoursOfOperation extends ImportedResource {
  readonly timeZone: string;
  readonly config: Array<{ readonly day: string; readonly start: HoursTime; readonly end: HoursTime }>;
}

export interface ImportedQueue extends ImportedResource {
  readonly hoursOfOperationId?: string;
  readonly maxContacts?: number;
  readonly status?: string;
  readonly outboundCallerIdName?: string;
  readonly outboundCallerIdNumberId?: string;
  readonly outboundFlowId?: string;
  /** The quick connects of the queue (ListQueueQuickConnects), by ID. */
  readonly quickConnectIds: string[];
}

export interface ImportedRoutingProfileQueue {
  readonly queueId: string;
  readonly channel: string;
  readonly priority: number;
  readonly delay: number;
}

export interface ImportedRoutingProfile extends ImportedResource {
  readonly defaultOutboundQueueId?: string;
  readonly mediaConcurrencies: Array<{ readonly channel: string; readonly concurrency: number; readonly crossChannelBehavior?: string }>;
  readonly agentAvailabilityTimer?: string;
  /** The queues (ListRoutingProfileQueues) with channel, priority and delay. */
  readonly queues: ImportedRoutingProfileQueue[];
}

export interface ImportedSecurityProfile extends ImportedResource {
  /** The permissions (ListSecurityProfilePermissions). */
  readonly permissions: string[];
}

export interface ImportedUser extends ImportedResource {
  /** The login name (`name` is the same). The password is never read: Connect does not return it. */
  readonly username: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly routingProfileId?: string;
  readonly securityProfileIds: string[];
  readonly hierarchyGroupId?: string;
  readonly directoryUserId?: string;
  readonly phoneType?: string;
  readonly autoAccept?: boolean;
  readonly afterContactWorkTimeLimit?: number;
  readonly deskPhoneNumber?: string;
}

export interface ImportedHierarchyGroup extends ImportedResource {
  readonly levelId?: string;
  /** The IDs of the groups above it, top first. */
  readonly parentGroupIds: string[];
}

export interface ImportedHierarchyStructure {
  /** The level names, level one first (only the levels defined). */
  readonly levels: Array<{ readonly id: string; readonly arn: string; readonly name: string }>;
  readonly primaryIdentifier: PrimaryIdentifier;
}

export interface ImportedAgentStatus extends ImportedResource {
  readonly type?: string;
  readonly state?: string;
  readonly displayOrder?: number;
}

export interface ImportedQuickConnect extends ImportedResource {
  readonly type: string;
  readonly userId?: string;
  readonly queueId?: string;
  readonly phoneNumber?: string;
  readonly contactFlowId?: string;
}

export interface ImportedPrompt extends ImportedResource {}

export interface ImportedPhoneNumber {
  readonly id: string;
  readonly arn: string;
  readonly phoneNumber: string;
  readonly countryCode?: string;
  readonly type?: string;
  readonly description?: string;
  /** The ID of the flow the number is associated with (ListFlowAssociations), if any. */
  readonly contactFlowId?: string;
  readonly primaryIdentifier: PrimaryIdentifier;
}

export interface ImportedFlow extends ImportedResource {
  readonly type: string;
  readonly state?: string;
  readonly status?: string;
  /** The flow-language document, as the service returns it (JSON text). */
  readonly content: string;
}

export interface ImportedFlowModule extends ImportedResource {
  readonly state?: string;
  readonly status?: string;
  readonly content: string;
}

export interface ImportedLambdaAssociation {
  readonly functionArn: string;
  readonly primaryIdentifier: PrimaryIdentifier;
}

export interface ImportedLexBotAssociation {
  /** LEX_V2 (an alias ARN) or LEX_V1 (a bot name and region). */
  readonly lexVersion: 'V1' | 'V2';
  readonly aliasArn?: string;
  readonly name?: string;
  readonly region?: string;
  readonly primaryIdentifier: PrimaryIdentifier;
}

export interface ImportedStorageConfig {
  readonly associationId: string;
  readonly resourceType: string;
  readonly storageType: string;
  readonly s3?: { readonly bucketName: string; readonly bucketPrefix?: string; readonly kmsKeyArn?: string };
  readonly kinesisStreamArn?: string;
  readonly kinesisFirehoseArn?: string;
  readonly kinesisVideoStream?: { readonly prefix?: string; readonly retentionPeriodHours?: number; readonly kmsKeyArn?: string };
  readonly primaryIdentifier: PrimaryIdentifier;
}

/** A live instance, as `import` read it. */
export interface InstanceSnapshot {
  readonly formatVersion: number;
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly instance: ImportedInstance;
  readonly hoursOfOperations: ImportedHoursOfOperation[];
  readonly queues: ImportedQueue[];
  readonly routingProfiles: ImportedRoutingProfile[];
  readonly securityProfiles: ImportedSecurityProfile[];
  readonly users: ImportedUser[];
  readonly hierarchyGroups: ImportedHierarchyGroup[];
  readonly hierarchyStructure?: ImportedHierarchyStructure;
  readonly agentStatuses: ImportedAgentStatus[];
  readonly quickConnects: ImportedQuickConnect[];
  readonly prompts: ImportedPrompt[];
  readonly phoneNumbers: ImportedPhoneNumber[];
  readonly flows: ImportedFlow[];
  readonly modules: ImportedFlowModule[];
  readonly lambdaFunctions: ImportedLambdaAssociation[];
  readonly lexBots: ImportedLexBotAssociation[];
  readonly storageConfigs: ImportedStorageConfig[];
  /** What the reading left out, for the import report (e.g. prompt audio, storage types the instance refused). */
  readonly notes: string[];
}

/** The collections of a snapshot that hold CloudFormation resources. */
export type SnapshotCollection = Exclude<keyof InstanceSnapshot, 'formatVersion' | 'partition' | 'region' | 'account' | 'notes'>;

/**
 * The CloudFormation type of each collection and its primary identifier's properties (from the
 * CloudFormation provider schemas), in the order `cdk import` expects them.
 */
export interface ImportResourceType {
  readonly cfnType: string;
  readonly primaryIdentifier: readonly string[];
}

/** The CloudFormation type and primary identifier of each collection of a snapshot. */
export const IMPORT_RESOURCE_TYPES: { readonly [C in SnapshotCollection]: ImportResourceType } = {
  instance: { cfnType: 'AWS::Connect::Instance', primaryIdentifier: ['Arn'] },
  hoursOfOperations: { cfnType: 'AWS::Connect::HoursOfOperation', primaryIdentifier: ['HoursOfOperationArn'] },
  queues: { cfnType: 'AWS::Connect::Queue', primaryIdentifier: ['QueueArn'] },
  routingProfiles: { cfnType: 'AWS::Connect::RoutingProfile', primaryIdentifier: ['RoutingProfileArn'] },
  securityProfiles: { cfnType: 'AWS::Connect::SecurityProfile', primaryIdentifier: ['SecurityProfileArn'] },
  users: { cfnType: 'AWS::Connect::User', primaryIdentifier: ['UserArn'] },
  hierarchyGroups: { cfnType: 'AWS::Connect::UserHierarchyGroup', primaryIdentifier: ['UserHierarchyGroupArn'] },
  hierarchyStructure: { cfnType: 'AWS::Connect::UserHierarchyStructure', primaryIdentifier: ['UserHierarchyStructureArn'] },
  agentStatuses: { cfnType: 'AWS::Connect::AgentStatus', primaryIdentifier: ['AgentStatusArn'] },
  quickConnects: { cfnType: 'AWS::Connect::QuickConnect', primaryIdentifier: ['QuickConnectArn'] },
  prompts: { cfnType: 'AWS::Connect::Prompt', primaryIdentifier: ['PromptArn'] },
  phoneNumbers: { cfnType: 'AWS::Connect::PhoneNumber', primaryIdentifier: ['PhoneNumberArn'] },
  flows: { cfnType: 'AWS::Connect::ContactFlow', primaryIdentifier: ['ContactFlowArn'] },
  modules: { cfnType: 'AWS::Connect::ContactFlowModule', primaryIdentifier: ['ContactFlowModuleArn'] },
  lambdaFunctions: { cfnType: 'AWS::Connect::IntegrationAssociation', primaryIdentifier: ['InstanceId', 'IntegrationType', 'IntegrationArn'] },
  lexBots: { cfnType: 'AWS::Connect::IntegrationAssociation', primaryIdentifier: ['InstanceId', 'IntegrationType', 'IntegrationArn'] },
  storageConfigs: { cfnType: 'AWS::Connect::InstanceStorageConfig', primaryIdentifier: ['InstanceArn', 'AssociationId', 'ResourceType'] },
};

/**
 * The storage resource types AWS::Connect::InstanceStorageConfig takes (its provider schema); a
 * storage config of another type is read, but `cdk import` cannot adopt it.
 */
export const CFN_STORAGE_RESOURCE_TYPES: readonly string[] = [
  'CHAT_TRANSCRIPTS', 'CALL_RECORDINGS', 'SCHEDULED_REPORTS', 'MEDIA_STREAMS', 'CONTACT_TRACE_RECORDS', 'AGENT_EVENTS',
];

/** What `import` asks the AWS-facing code to read. */
export interface ImportReadRequest {
  readonly instanceId: string;
  readonly region?: string;
}

/** One API response, as read (SDK metadata removed). */
export interface RecordedCall {
  /** The API, e.g. "SearchQueues". */
  readonly api: string;
  readonly input: { readonly [k: string]: unknown };
  /** The response (SDK metadata removed), or… */
  readonly output?: { readonly [k: string]: unknown };
  /** …the error the service answered, when the import went on without it (e.g. a storage type the instance refuses). */
  readonly error?: { readonly name: string; readonly message: string };
}

/** What reading an instance gives: the model, the responses it read and how many calls it made. */
export interface ImportReadResult {
  readonly snapshot: InstanceSnapshot;
  readonly responses: RecordedCall[];
  /** API calls made, retries included. */
  readonly apiCalls: number;
  /** Calls per API, retries included. */
  readonly callsByApi: { readonly [api: string]: number };
}
