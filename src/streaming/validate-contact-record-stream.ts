import { Duration, Token, aws_kinesis as kinesis } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { ContactRecordStreamProps } from './contact-record-stream-props';
import { StreamingDestination } from './streaming-destination';
import { fail, validatePattern } from '../core/private/validate';

function whole(d: Duration | undefined, unit: 'hours' | 'seconds' | 'days'): number | undefined {
  if (d === undefined) return undefined;
  const value = unit === 'hours' ? d.toHours({ integral: false }) : unit === 'seconds' ? d.toSeconds({ integral: false }) : d.toDays({ integral: false });
  return Token.isUnresolved(value) ? undefined : value;
}

/** Why a value is not a member of an enum (members named as in code), or undefined when it is one or not given. */
function oneOf(value: unknown, members: { [name: string]: string }, enumName: string): string | undefined {
  if (value === undefined || Token.isUnresolved(value) || Object.values(members).includes(value as string)) return undefined;
  return `must be one of ${Object.keys(members).map((m) => `${enumName}.${m}`).join(', ')}`;
}

interface Rule {
  readonly prop: string;
  readonly value: (p: ContactRecordStreamProps) => unknown;
  readonly check: (p: ContactRecordStreamProps) => string | undefined;
}

const GLUE_NAME = /^[a-z0-9_]{1,255}$/;
const WORKGROUP_NAME = /^[a-zA-Z0-9._-]{1,128}$/;

/** The rules of ContactRecordStream's props, checked in order (see STYLE.md, "Validation in three tiers"). */
const RULES: Rule[] = [
  {
    prop: 'contactRecordsDestination',
    value: (p) => p.contactRecordsDestination,
    check: (p) => oneOf(p.contactRecordsDestination, StreamingDestination, 'StreamingDestination'),
  },
  {
    prop: 'agentEventsDestination',
    value: (p) => p.agentEventsDestination,
    check: (p) => oneOf(p.agentEventsDestination, StreamingDestination, 'StreamingDestination'),
  },
  {
    prop: 'streamMode',
    value: (p) => p.streamMode,
    check: (p) => oneOf(p.streamMode, kinesis.StreamMode, 'kinesis.StreamMode'),
  },
  {
    prop: 'agentEventsDestination',
    value: (p) => p.agentEventsDestination,
    check: (p) => p.agentEventsDestination === StreamingDestination.KINESIS_FIREHOSE
      ? 'Amazon Connect streams agent events to Kinesis Data Streams only (AGENT_EVENTS has no Firehose storage type); use StreamingDestination.KINESIS_DATA_STREAM'
      : undefined,
  },
  {
    prop: 'agentEventsDestination',
    value: (p) => p.agentEventsDestination,
    check: (p) => p.agentEventsDestination !== undefined && !p.agentEvents
      ? 'only meaningful with agentEvents: true'
      : undefined,
  },
  {
    prop: 'archive',
    value: (p) => p.archive,
    check: (p) => p.contactRecordsDestination === StreamingDestination.KINESIS_FIREHOSE && p.archive === false
      ? 'contactRecordsDestination KINESIS_FIREHOSE delivers into the archive\'s Firehose: keep the archive on, or use KINESIS_DATA_STREAM'
      : undefined,
  },
  {
    prop: 'retentionPeriod',
    value: (p) => p.retentionPeriod?.toHumanString(),
    check: (p) => {
      const h = whole(p.retentionPeriod, 'hours');
      return h !== undefined && (!Number.isInteger(h) || h < 24 || h > 8760)
        ? 'Kinesis Data Streams retain records for a whole number of hours between 24 (1 day) and 8760 (365 days)'
        : undefined;
    },
  },
  {
    prop: 'shardCount',
    value: (p) => p.shardCount,
    check: (p) => p.shardCount !== undefined && (p.streamMode ?? kinesis.StreamMode.ON_DEMAND) !== kinesis.StreamMode.PROVISIONED
      ? 'a shard count is only allowed with streamMode StreamMode.PROVISIONED (on-demand streams scale their shards themselves)'
      : undefined,
  },
  {
    prop: 'shardCount',
    value: (p) => p.shardCount,
    check: (p) => p.shardCount !== undefined && !Token.isUnresolved(p.shardCount) && (!Number.isInteger(p.shardCount) || p.shardCount < 1)
      ? 'must be a whole number, at least 1'
      : undefined,
  },
  {
    prop: 'archiveBufferInterval',
    value: (p) => p.archiveBufferInterval?.toHumanString(),
    check: (p) => {
      const s = whole(p.archiveBufferInterval, 'seconds');
      return s !== undefined && (!Number.isInteger(s) || s < 0 || s > 900) ? 'Firehose buffers between 0 and 900 whole seconds' : undefined;
    },
  },
  {
    prop: 'archiveBufferSizeMiB',
    value: (p) => p.archiveBufferSizeMiB,
    check: (p) => p.archiveBufferSizeMiB !== undefined && !Token.isUnresolved(p.archiveBufferSizeMiB)
      && (!Number.isInteger(p.archiveBufferSizeMiB) || p.archiveBufferSizeMiB < 1 || p.archiveBufferSizeMiB > 128)
      ? 'Firehose buffers between 1 and 128 MiB (a whole number)'
      : undefined,
  },
  {
    prop: 'archiveExpireAfter',
    value: (p) => p.archiveExpireAfter?.toHumanString(),
    check: (p) => {
      const d = whole(p.archiveExpireAfter, 'days');
      return d !== undefined && (!Number.isInteger(d) || d < 1) ? 'must be a whole number of days, at least 1' : undefined;
    },
  },
];

/** Props that only make sense with the archive. */
const ARCHIVE_ONLY: Array<keyof ContactRecordStreamProps> = [
  'archiveBufferInterval', 'archiveBufferSizeMiB', 'archiveExpireAfter', 'databaseName', 'tableName', 'workGroupName', 'serverAccessLogsBucket',
];

/** Props that configure Kinesis data streams, of which there are none with Firehose and no agent events. */
const STREAM_ONLY: Array<keyof ContactRecordStreamProps> = ['streamMode', 'shardCount', 'retentionPeriod', 'streamRemovalPolicy'];

/** Tier 1: throws on the first prop that breaks a rule. */
export function validateContactRecordStreamProps(scope: IConstruct, props: ContactRecordStreamProps): void {
  for (const rule of RULES) {
    const message = rule.check(props);
    if (message) fail(scope, rule.prop, rule.value(props), message);
  }
  if (props.contactRecordsDestination === StreamingDestination.KINESIS_FIREHOSE && !props.agentEvents) {
    for (const prop of STREAM_ONLY) {
      if (props[prop] !== undefined) {
        const v = props[prop];
        fail(scope, prop, typeof v === 'object' && v !== null && 'toHumanString' in v ? (v as Duration).toHumanString() : v,
          'there is no Kinesis data stream to configure: contact records go straight to Firehose and agentEvents is off');
      }
    }
  }
  if (props.archive === false) {
    for (const prop of ARCHIVE_ONLY) {
      const v = props[prop];
      if (v === undefined) continue;
      const shown = v instanceof Duration ? v.toHumanString() : typeof v !== 'object' || v === null ? v : (v as IConstruct).node?.path ?? '(object)';
      fail(scope, prop, shown, 'only allowed when archive is on (archive: false was given)');
    }
  }
  validatePattern(scope, 'databaseName', props.databaseName, GLUE_NAME, 'Glue/Athena database names are 1-255 lowercase letters, digits and underscores');
  validatePattern(scope, 'tableName', props.tableName, GLUE_NAME, 'Glue/Athena table names are 1-255 lowercase letters, digits and underscores');
  validatePattern(scope, 'workGroupName', props.workGroupName, WORKGROUP_NAME, 'Athena workgroup names are 1-128 letters, digits, ".", "_" and "-"');
  if (props.serviceLinkedRoleArn !== undefined && !Token.isUnresolved(props.serviceLinkedRoleArn)
    && !/^arn:[\w-]+:iam::\d{12}:role\/aws-service-role\/connect\.amazonaws\.com\/AWSServiceRoleForAmazonConnect_[\w+=,.@-]+$/.test(props.serviceLinkedRoleArn)) {
    fail(scope, 'serviceLinkedRoleArn', props.serviceLinkedRoleArn,
      'expected the instance\'s service-linked role: arn:<partition>:iam::<account>:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_<suffix> (see the instance overview in the Connect console, or the ServiceRole attribute of AWS::Connect::Instance)');
  }
}
