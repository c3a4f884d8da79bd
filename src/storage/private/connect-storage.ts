import { Token, aws_connect as connect, aws_kms as kms } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { IContactCenter } from '../../core/contact-center';
import { NagSuppression } from '../../core/private/nag';
import { fail } from '../../core/private/validate';

/**
 * Helpers shared by RecordingBucket and ContactRecordStream. Not part of the public API.
 */

/** Storage config resource types this library registers. */
export type StorageResourceType =
  | 'CALL_RECORDINGS'
  | 'CHAT_TRANSCRIPTS'
  | 'SCHEDULED_REPORTS'
  | 'SCREEN_RECORDINGS'
  | 'CONTACT_TRACE_RECORDS'
  | 'AGENT_EVENTS'
  | 'MEDIA_STREAMS';

/**
 * Connect accepts one storage config per resource type and instance. Remember which construct
 * registered which type on which contact center (keyed by the contact center object, so nothing
 * leaks across apps), to fail at synth instead of at deploy time.
 */
const registered = new WeakMap<IContactCenter, Map<string, string>>();

/** Creates an instance storage config, failing when the type is already registered on the contact center. */
export function addStorageConfig(
  scope: Construct,
  id: string,
  contactCenter: IContactCenter,
  resourceType: StorageResourceType,
  config: Omit<connect.CfnInstanceStorageConfigProps, 'instanceArn' | 'resourceType'>,
): connect.CfnInstanceStorageConfig {
  const seen = registered.get(contactCenter) ?? new Map<string, string>();
  registered.set(contactCenter, seen);
  const owner = seen.get(resourceType);
  if (owner !== undefined) {
    fail(scope, 'contactCenter', contactCenter.node.path,
      `Amazon Connect allows one ${resourceType} storage config per instance and ${owner} already registers one; disable it there or here`);
  }
  seen.set(resourceType, scope.node.path);
  return new connect.CfnInstanceStorageConfig(scope, id, {
    instanceArn: contactCenter.instanceArn,
    resourceType,
    ...config,
  });
}

/**
 * Fails when a key cannot be a customer managed key given by full key ARN: aliases (including
 * AWS managed keys such as `alias/aws/s3`) and ARNs of aliases. Keys whose ARN is an unresolved
 * token are accepted (they cannot be checked at synth).
 */
export function validateCustomerManagedKey(scope: IConstruct, prop: string, key: kms.IKey | undefined, why: string): void {
  if (!key) return;
  const aliasName: unknown = (key as unknown as { aliasName?: unknown }).aliasName;
  if (typeof aliasName === 'string') {
    if (!Token.isUnresolved(aliasName) && aliasName.startsWith('alias/aws/')) {
      fail(scope, prop, aliasName, `${aliasName} is an AWS managed key; ${why} needs a customer managed key (e.g. new kms.Key(...) or kms.Key.fromKeyArn() with the key's full ARN)`);
    }
    fail(scope, prop, Token.isUnresolved(aliasName) ? 'a kms alias' : aliasName,
      `an alias is not accepted: ${why} needs the full ARN of a customer managed key (use kms.Key.fromKeyArn() with arn:<partition>:kms:<region>:<account>:key/<key-id>)`);
  }
  const arn = key.keyArn;
  if (Token.isUnresolved(arn)) return;
  if (/:alias\/aws\//.test(arn)) {
    fail(scope, prop, arn, `this is an AWS managed key; ${why} needs a customer managed key`);
  }
  if (!/^arn:[\w-]+:kms:[\w-]*:\d{12}:key\/[\w-]+$/.test(arn)) {
    fail(scope, prop, arn, `${why} needs the full ARN of a customer managed key: arn:<partition>:kms:<region>:<account>:key/<key-id> (aliases and bare key IDs are not accepted)`);
  }
}

/** Justification recorded when a bucket is created without server access logs. */
export const ACCESS_LOGS_OPT_IN: NagSuppression = {
  id: 'AwsSolutions-S1',
  reason: 'Server access logging is opt-in (serverAccessLogsBucket) because it needs a separate log bucket; CloudTrail S3 data events are the alternative audit trail.',
};

