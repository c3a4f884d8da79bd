import {
  Duration, RemovalPolicy,
  aws_iam as iam, aws_kms as kms, aws_s3 as s3,
} from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { ACCESS_LOGS_OPT_IN, addStorageConfig, validateCustomerManagedKey } from './private/connect-storage';
import { RecordingBucketProps, RecordingNotificationOptions } from './recording-bucket-props';
import { ResolvedStorageType, validateRecordingBucketProps, warnRecordingBucketProps } from './validate-recording-bucket';
import { IContactCenter } from '../core/contact-center';
import { suppressNag } from '../core/private/nag';
import { secureBucketProps } from '../core/private/secure-bucket';
import { fail } from '../core/private/validate';

/**
 * Encrypted storage for call recordings and chat transcripts.
 */
export interface IRecordingBucket extends IConstruct {
  /** The S3 bucket that holds the recordings. */
  readonly bucket: s3.IBucket;

  /** The customer managed KMS key that encrypts the objects (SSE-KMS). */
  readonly encryptionKey: kms.IKey;

  /**
   * Let a principal (a QA, speech-analytics or data tool) read recordings and transcripts.
   *
   * Grants `s3:GetObject*`, `s3:GetBucket*` and `s3:List*` on the bucket and its objects, and
   * `kms:Decrypt` and `kms:DescribeKey` on the key.
   */
  grantRead(grantee: iam.IGrantable): iam.Grant;
}

/**
 * Encrypted S3 storage for an Amazon Connect instance's call recordings and chat transcripts
 * (optionally scheduled reports), registered with the instance through
 * `AWS::Connect::InstanceStorageConfig`.
 *
 * The bucket blocks public access, accepts only TLS 1.2+ requests, is versioned, enforces bucket
 * ownership, and encrypts with SSE-KMS under a customer managed key with an S3 bucket key.
 * Objects move to a colder storage class after 90 days by default.
 *
 * Deploying the storage configs calls Connect's association API, which adds an inline policy to
 * the instance's service-linked role and a grant on the key: the deploying role needs
 * `iam:PutRolePolicy` on that role and `kms:CreateGrant`/`kms:DescribeKey` on the key.
 */
export class RecordingBucket extends Construct implements IRecordingBucket {
  /** The S3 bucket that holds the recordings. */
  public readonly bucket: s3.IBucket;
  /** The customer managed KMS key that encrypts the objects (SSE-KMS); its full ARN is in the storage configs. */
  public readonly encryptionKey: kms.IKey;
  /** The contact center the storage configs are registered with. */
  public readonly contactCenter: IContactCenter;
  /** The call recordings prefix, or undefined when call recordings are not stored here. */
  public readonly callRecordingsPrefix?: string;
  /** The chat transcripts prefix, or undefined when chat transcripts are not stored here. */
  public readonly chatTranscriptsPrefix?: string;
  /** The scheduled reports prefix, or undefined when scheduled reports are not stored here. */
  public readonly scheduledReportsPrefix?: string;
  /** The screen recordings prefix, or undefined when screen recordings are not stored here. */
  public readonly screenRecordingsPrefix?: string;

  constructor(scope: Construct, id: string, props: RecordingBucketProps) {
    super(scope, id);
    const types: ResolvedStorageType[] = [
      { resourceType: 'CALL_RECORDINGS', prop: 'callRecordings', enabled: props.callRecordings ?? true, prefix: props.callRecordingsPrefix ?? 'CallRecordings' },
      { resourceType: 'CHAT_TRANSCRIPTS', prop: 'chatTranscripts', enabled: props.chatTranscripts ?? true, prefix: props.chatTranscriptsPrefix ?? 'ChatTranscripts' },
      { resourceType: 'SCHEDULED_REPORTS', prop: 'scheduledReports', enabled: props.scheduledReports ?? false, prefix: props.scheduledReportsPrefix ?? 'Reports' },
      { resourceType: 'SCREEN_RECORDINGS', prop: 'screenRecordings', enabled: props.screenRecordings ?? false, prefix: props.screenRecordingsPrefix ?? 'ScreenRecordings' },
    ];
    validateRecordingBucketProps(this, props, types);
    validateCustomerManagedKey(this, 'encryptionKey', props.encryptionKey, 'Amazon Connect storage encryption');
    warnRecordingBucketProps(this, props);

    this.contactCenter = props.contactCenter;
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.encryptionKey = props.encryptionKey ?? new kms.Key(this, 'Key', {
      description: `Amazon Connect recordings and transcripts (${this.node.path})`,
      enableKeyRotation: true,
      removalPolicy,
    });

    const lock = props.objectLockDefaultRetention;
    const bucket = new s3.Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      ...secureBucketProps(this.encryptionKey),
      objectLockEnabled: lock ? true : undefined,
      objectLockDefaultRetention: lock,
      serverAccessLogsBucket: props.serverAccessLogsBucket,
      serverAccessLogsPrefix: props.serverAccessLogsPrefix,
      removalPolicy,
      lifecycleRules: [
        {
          id: 'RecordingsLifecycle',
          transitions: [{
            storageClass: props.transitionStorageClass ?? s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
            transitionAfter: props.transitionAfter ?? Duration.days(90),
          }],
          expiration: props.expireAfter,
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        // S3 removes expired delete markers itself when a rule expires current versions.
        ...(props.expireAfter ? [] : [{ id: 'RemoveExpiredDeleteMarkers', expiredObjectDeleteMarker: true }]),
      ],
    });
    this.bucket = bucket;
    if (!props.serverAccessLogsBucket) suppressNag(bucket, [ACCESS_LOGS_OPT_IN]);

    for (const t of types.filter((x) => x.enabled)) {
      const config = addStorageConfig(this, `${pascal(t.prop)}StorageConfig`, props.contactCenter, t.resourceType, {
        storageType: 'S3',
        s3Config: {
          bucketName: bucket.bucketName,
          bucketPrefix: t.prefix,
          encryptionConfig: { encryptionType: 'KMS', keyId: this.encryptionKey.keyArn },
        },
      });
      // Connect checks the bucket when the config is associated: deploy its policy first. The
      // bucket itself (and its key) come first anyway, through the references above; nothing
      // references the policy, so only it is named in DependsOn.
      if (bucket.policy) config.node.addDependency(bucket.policy);
    }

    this.callRecordingsPrefix = types[0].enabled ? types[0].prefix : undefined;
    this.chatTranscriptsPrefix = types[1].enabled ? types[1].prefix : undefined;
    this.scheduledReportsPrefix = types[2].enabled ? types[2].prefix : undefined;
    this.screenRecordingsPrefix = types[3].enabled ? types[3].prefix : undefined;
  }

  /**
   * Let a principal (a QA, speech-analytics or data tool) read recordings and transcripts:
   * `s3:GetObject*`, `s3:GetBucket*` and `s3:List*` on the bucket and its objects, and
   * `kms:Decrypt` and `kms:DescribeKey` on the key.
   */
  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.bucket.grantRead(grantee);
  }

  /**
   * React to new call recordings: sends S3 event notifications for both `s3:ObjectCreated:Put`
   * and `s3:ObjectCreated:CompleteMultipartUpload` (Connect uploads recordings both ways, so
   * subscribing to one of them misses recordings).
   *
   * @param destination e.g. `new s3n.LambdaDestination(fn)` or `new s3n.SqsDestination(queue)`
   */
  public onRecordingCreated(destination: s3.IBucketNotificationDestination, options: RecordingNotificationOptions = {}): void {
    let prefix = options.prefix;
    if (prefix === undefined) {
      if (this.callRecordingsPrefix === undefined) {
        fail(this, 'options.prefix', undefined, 'call recordings are not stored in this bucket (callRecordings is false): give a prefix explicitly');
      }
      prefix = `${this.callRecordingsPrefix}/`;
    }
    const filter: s3.NotificationKeyFilter = { prefix, suffix: options.suffix };
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED_PUT, destination, filter);
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD, destination, filter);
  }
}

function pascal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
