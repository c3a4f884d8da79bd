import { Annotations, Duration, RemovalPolicy, Token, aws_s3 as s3 } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { StorageResourceType } from './private/connect-storage';
import type { RecordingBucketProps } from './recording-bucket-props';
import { fail, isToken, validatePattern } from '../core/private/validate';

/** One storage config the bucket can register, as the construct resolved it. */
export interface ResolvedStorageType {
  readonly resourceType: StorageResourceType;
  readonly prop: string;
  readonly enabled: boolean;
  readonly prefix: string;
}

/** Storage classes that S3 lets a lifecycle rule move objects into only after 30 days. */
const THIRTY_DAY_MINIMUM = new Set([s3.StorageClass.INFREQUENT_ACCESS.value, s3.StorageClass.ONE_ZONE_INFREQUENT_ACCESS.value]);
/** Storage classes with a 90-day minimum storage duration (early deletion is charged). */
const NINETY_DAY_MINIMUM = new Set([s3.StorageClass.GLACIER.value, s3.StorageClass.GLACIER_INSTANT_RETRIEVAL.value]);

const BUCKET_NAME = /^(?!xn--)(?!sthree-)(?!.*-s3alias$)(?!.*--ol-s3$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX = /^[A-Za-z0-9!_.*'()\-][A-Za-z0-9!_.*'()\-/]*$/;

function days(d: Duration | undefined): number | undefined {
  if (d === undefined || Token.isUnresolved(d.toDays({ integral: false }))) return undefined;
  return d.toDays({ integral: false });
}

/** A synth-time rule: returns a message when the props break it. */
interface Rule {
  readonly prop: string;
  readonly value: (p: RecordingBucketProps) => unknown;
  readonly check: (p: RecordingBucketProps) => string | undefined;
}

/**
 * The rules of RecordingBucket's props, checked in order. Each names the prop, the value and
 * what is allowed (see STYLE.md, "Validation in three tiers").
 */
const RULES: Rule[] = [
  {
    prop: 'screenRecordings',
    value: (p) => p.screenRecordings,
    check: (p) => p.screenRecordings === true
      ? 'AWS::Connect::InstanceStorageConfig does not accept the SCREEN_RECORDINGS resource type (only CHAT_TRANSCRIPTS, CALL_RECORDINGS, SCHEDULED_REPORTS, MEDIA_STREAMS, CONTACT_TRACE_RECORDS and AGENT_EVENTS), '
        + 'so the deployment would fail; leave screenRecordings off and associate screen-recording storage with the AssociateInstanceStorageConfig API or the Connect console'
      : undefined,
  },
  {
    prop: 'objectLockDefaultRetention',
    value: (p) => p.objectLockDefaultRetention?.mode,
    check: (p) => p.objectLockDefaultRetention?.mode === s3.ObjectLockMode.COMPLIANCE
      ? 'Amazon Connect does not support S3 Object Lock in COMPLIANCE mode for recordings; use s3.ObjectLockRetention.governance(...)'
      : undefined,
  },
  {
    prop: 'objectLockDefaultRetention',
    value: (p) => p.objectLockDefaultRetention?.duration.toHumanString(),
    check: (p) => {
      const d = days(p.objectLockDefaultRetention?.duration);
      return d !== undefined && (!Number.isInteger(d) || d < 1 || d > 36500)
        ? 'the default retention must be a whole number of days between 1 and 36500'
        : undefined;
    },
  },
  {
    prop: 'transitionAfter',
    value: (p) => p.transitionAfter?.toHumanString(),
    check: (p) => {
      const d = days(p.transitionAfter);
      if (d === undefined) return undefined;
      if (!Number.isInteger(d) || d < 1) return 'must be a whole number of days, at least 1';
      const cls = p.transitionStorageClass?.value;
      if (cls && THIRTY_DAY_MINIMUM.has(cls) && d < 30) return `S3 moves objects to ${cls} only after at least 30 days`;
      return undefined;
    },
  },
  {
    prop: 'expireAfter',
    value: (p) => p.expireAfter?.toHumanString(),
    check: (p) => {
      const d = days(p.expireAfter);
      if (d === undefined) return undefined;
      if (!Number.isInteger(d) || d < 1) return 'must be a whole number of days, at least 1';
      const t = days(p.transitionAfter ?? Duration.days(90));
      if (t !== undefined && d <= t) {
        return `recordings must expire after they are moved to the colder storage class (transitionAfter is ${t} days): expireAfter must be more than ${t} days, or lower transitionAfter`;
      }
      return undefined;
    },
  },
  {
    prop: 'noncurrentVersionExpiration',
    value: (p) => p.noncurrentVersionExpiration?.toHumanString(),
    check: (p) => {
      const d = days(p.noncurrentVersionExpiration);
      return d !== undefined && (!Number.isInteger(d) || d < 1) ? 'must be a whole number of days, at least 1' : undefined;
    },
  },
  {
    prop: 'serverAccessLogsPrefix',
    value: (p) => p.serverAccessLogsPrefix,
    check: (p) => p.serverAccessLogsPrefix !== undefined && !p.serverAccessLogsBucket
      ? 'only allowed together with serverAccessLogsBucket'
      : undefined,
  },
];

/** Tier 1: throws on the first prop that breaks a rule. */
export function validateRecordingBucketProps(scope: IConstruct, props: RecordingBucketProps, types: ResolvedStorageType[]): void {
  for (const rule of RULES) {
    const message = rule.check(props);
    if (message) fail(scope, rule.prop, rule.value(props), message);
  }
  validatePattern(scope, 'bucketName', props.bucketName, BUCKET_NAME,
    '3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit (S3 bucket naming rules)');

  const enabled = types.filter((t) => t.enabled);
  if (enabled.length === 0) {
    fail(scope, 'callRecordings', false, 'enable at least one of callRecordings, chatTranscripts, scheduledReports (a recording bucket that stores nothing is a mistake)');
  }
  for (const t of types.filter((x) => !x.enabled)) {
    const given = (props as unknown as { [prop: string]: string | undefined })[`${t.prop}Prefix`];
    if (given !== undefined) {
      fail(scope, `${t.prop}Prefix`, given, `only used when ${t.prop} is true, and ${t.prop} is off: turn it on or drop the prefix`);
    }
  }
  for (const t of enabled) {
    if (isToken(t.prefix)) continue;
    if (t.prefix.length < 1 || t.prefix.length > 128) fail(scope, `${t.prop}Prefix`, t.prefix, 'must be 1 to 128 characters long');
    if (!PREFIX.test(t.prefix) || t.prefix.endsWith('/')) {
      fail(scope, `${t.prop}Prefix`, t.prefix, 'use letters, digits, "/", "!", "-", "_", ".", "*", "\'", "(" and ")"; no leading or trailing "/" (Connect adds the separator)');
    }
  }
  for (const a of enabled) {
    for (const b of enabled) {
      if (a === b || isToken(a.prefix) || isToken(b.prefix)) continue;
      if (a.prefix === b.prefix || b.prefix.startsWith(`${a.prefix}/`)) {
        fail(scope, `${b.prop}Prefix`, b.prefix,
          `each storage type needs its own prefix, and it overlaps ${a.prop}Prefix ${JSON.stringify(a.prefix)} (lifecycle, notifications and grants by prefix would mix them)`);
      }
    }
  }
}

/** Tier 2: input that is valid but probably not what the user meant. */
export function warnRecordingBucketProps(scope: IConstruct, props: RecordingBucketProps): void {
  const t = days(props.transitionAfter ?? Duration.days(90));
  const e = days(props.expireAfter);
  const cls = (props.transitionStorageClass ?? s3.StorageClass.GLACIER_INSTANT_RETRIEVAL).value;
  if (t !== undefined && e !== undefined && NINETY_DAY_MINIMUM.has(cls) && e - t < 90) {
    Annotations.of(scope).addWarningV2('cdk-contact-center:recordingEarlyDeletion',
      `expireAfter (${e} days) deletes recordings less than 90 days after they move to ${cls}, which charges the 90-day minimum storage duration anyway; consider a later expiry or a later transition`);
  }
  if (props.objectLockDefaultRetention && props.removalPolicy === RemovalPolicy.DESTROY) {
    Annotations.of(scope).addWarningV2('cdk-contact-center:recordingLockedBucketDestroy',
      'removalPolicy DESTROY with Object Lock: CloudFormation cannot delete the bucket while locked object versions remain, so stack deletion will fail until their retention ends');
  }
  const lock = days(props.objectLockDefaultRetention?.duration);
  if (lock !== undefined && e !== undefined && lock > e) {
    Annotations.of(scope).addWarningV2('cdk-contact-center:recordingLockOutlivesExpiry',
      `objectLockDefaultRetention (${lock} days) is longer than expireAfter (${e} days): expired recordings stay as locked noncurrent versions until their retention ends`);
  }
}
