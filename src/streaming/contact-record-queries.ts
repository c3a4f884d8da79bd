/**
 * The Athena (Trino/Presto SQL) queries saved with a ContactRecordStream archive.
 *
 * Contact records arrive at least once and are re-sent whenever a contact changes, so every
 * query starts from the latest version of each contact: one row per `ContactId`, the one with
 * the newest `LastUpdateTimestamp`. Timestamps are ISO-8601 strings in UTC.
 */

/** Quotes an identifier for Athena. */
function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The fully qualified, quoted table. */
function table(database: string, tableName: string): string {
  return `${ident(database)}.${ident(tableName)}`;
}

/** A CTE named `latest` with one row per contact, its newest version. */
function latestCte(database: string, tableName: string): string {
  return [
    'WITH ranked AS (',
    '  SELECT r.*,',
    '         ROW_NUMBER() OVER (PARTITION BY contactid ORDER BY lastupdatetimestamp DESC) AS version_rank',
    `  FROM ${table(database, tableName)} r`,
    '),',
    'latest AS (',
    '  SELECT * FROM ranked WHERE version_rank = 1',
    ')',
  ].join('\n');
}

/** The latest version of each contact (deduplicated contact records). */
export function latestContactsSql(database: string, tableName: string): string {
  return [
    latestCte(database, tableName),
    'SELECT *',
    'FROM latest',
    'ORDER BY initiationtimestamp DESC',
  ].join('\n');
}

/** Contacts per queue per day (UTC), by channel. */
export function contactsPerQueuePerDaySql(database: string, tableName: string): string {
  return [
    latestCte(database, tableName),
    'SELECT date(from_iso8601_timestamp(initiationtimestamp)) AS contact_date,',
    '       queue.name AS queue_name,',
    '       channel,',
    '       count(*) AS contacts,',
    '       count_if(agent.connectedtoagenttimestamp IS NOT NULL) AS handled_by_agent,',
    '       avg(queue.duration) AS avg_queue_seconds',
    'FROM latest',
    'WHERE queue.arn IS NOT NULL',
    'GROUP BY date(from_iso8601_timestamp(initiationtimestamp)), queue.name, channel',
    'ORDER BY contact_date DESC, queue_name, channel',
  ].join('\n');
}

/** Queued callbacks per day and queue: connected to an agent or not, and how they ended. */
export function callbackOutcomesSql(database: string, tableName: string): string {
  return [
    latestCte(database, tableName),
    'SELECT date(from_iso8601_timestamp(initiationtimestamp)) AS callback_date,',
    '       queue.name AS queue_name,',
    "       CASE WHEN agent.connectedtoagenttimestamp IS NOT NULL THEN 'CONNECTED_TO_AGENT' ELSE 'NOT_CONNECTED' END AS outcome,",
    '       disconnectreason,',
    '       count(*) AS callbacks',
    'FROM latest',
    "WHERE initiationmethod = 'CALLBACK'",
    'GROUP BY date(from_iso8601_timestamp(initiationtimestamp)), queue.name,',
    "         CASE WHEN agent.connectedtoagenttimestamp IS NOT NULL THEN 'CONNECTED_TO_AGENT' ELSE 'NOT_CONNECTED' END,",
    '         disconnectreason',
    'ORDER BY callback_date DESC, queue_name, outcome, disconnectreason',
  ].join('\n');
}

/** The columns of the contact record table (Athena lowercases names; the JSON SerDe matches case-insensitively). */
export const CONTACT_RECORD_COLUMNS: ReadonlyArray<{ readonly name: string; readonly type: string; readonly comment: string }> = [
  { name: 'awsaccountid', type: 'string', comment: 'AWSAccountId' },
  { name: 'awscontacttracerecordformatversion', type: 'string', comment: 'AWSContactTraceRecordFormatVersion' },
  { name: 'instancearn', type: 'string', comment: 'InstanceARN' },
  { name: 'contactid', type: 'string', comment: 'ContactId' },
  { name: 'initialcontactid', type: 'string', comment: 'InitialContactId' },
  { name: 'previouscontactid', type: 'string', comment: 'PreviousContactId' },
  { name: 'nextcontactid', type: 'string', comment: 'NextContactId' },
  { name: 'relatedcontactid', type: 'string', comment: 'RelatedContactId' },
  { name: 'channel', type: 'string', comment: 'Channel: VOICE, CHAT, TASK, ...' },
  { name: 'initiationmethod', type: 'string', comment: 'InitiationMethod: INBOUND, OUTBOUND, TRANSFER, CALLBACK, API, QUEUE_TRANSFER, ...' },
  { name: 'initiationtimestamp', type: 'string', comment: 'InitiationTimestamp (ISO-8601, UTC)' },
  { name: 'connectedtosystemtimestamp', type: 'string', comment: 'ConnectedToSystemTimestamp' },
  { name: 'disconnecttimestamp', type: 'string', comment: 'DisconnectTimestamp' },
  { name: 'lastupdatetimestamp', type: 'string', comment: 'LastUpdateTimestamp: newest version wins' },
  { name: 'scheduledtimestamp', type: 'string', comment: 'ScheduledTimestamp' },
  { name: 'transfercompletedtimestamp', type: 'string', comment: 'TransferCompletedTimestamp' },
  { name: 'disconnectreason', type: 'string', comment: 'DisconnectReason' },
  { name: 'agentconnectionattempts', type: 'int', comment: 'AgentConnectionAttempts' },
  {
    name: 'agent',
    type: 'struct<arn:string,username:string,routingprofile:struct<arn:string,name:string>,'
      + 'connectedtoagenttimestamp:string,agentinteractionduration:int,customerholdduration:int,'
      + 'agentpauseduration:int,longestholdduration:int,numberofholds:int,aftercontactworkduration:int,'
      + 'aftercontactworkstarttimestamp:string,aftercontactworkendtimestamp:string>',
    comment: 'Agent',
  },
  { name: 'queue', type: 'struct<arn:string,name:string,enqueuetimestamp:string,dequeuetimestamp:string,duration:int>', comment: 'Queue' },
  { name: 'customerendpoint', type: 'struct<address:string,type:string>', comment: 'CustomerEndpoint' },
  { name: 'systemendpoint', type: 'struct<address:string,type:string>', comment: 'SystemEndpoint' },
  { name: 'transferredtoendpoint', type: 'struct<address:string,type:string>', comment: 'TransferredToEndpoint' },
  { name: 'attributes', type: 'map<string,string>', comment: 'Attributes (contact attributes, up to 32 KB)' },
  { name: 'recording', type: 'struct<deletionreason:string,location:string,status:string,type:string>', comment: 'Recording' },
  {
    name: 'recordings',
    type: 'array<struct<deletionreason:string,fragmentstartnumber:string,fragmentstopnumber:string,location:string,'
      + 'mediastreamtype:string,participanttype:string,starttimestamp:string,status:string,stoptimestamp:string,storagetype:string>>',
    comment: 'Recordings',
  },
  { name: 'mediastreams', type: 'array<struct<type:string>>', comment: 'MediaStreams' },
  { name: 'answeringmachinedetectionstatus', type: 'string', comment: 'AnsweringMachineDetectionStatus' },
  { name: 'tags', type: 'map<string,string>', comment: 'Tags' },
];
