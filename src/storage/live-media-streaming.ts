import { Duration, RemovalPolicy, Stack, Token, aws_iam as iam, aws_kms as kms } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { addStorageConfig, validateCustomerManagedKey } from './private/connect-storage';
import { IContactCenter } from '../core/contact-center';
import { fail, validatePattern, validateStringLength } from '../core/private/validate';

/** Live media streaming of an instance, for consumers to find and read the streams. */
export interface ILiveMediaStreaming extends IConstruct {
  /** The prefix of the Kinesis Video Streams Connect creates (one per streamed contact). */
  readonly prefix: string;

  /** The customer managed KMS key that encrypts the streams. */
  readonly encryptionKey: kms.IKey;

  /**
   * Let a consumer (e.g. real-time transcription or analytics) read the live audio: grants
   * `kinesisvideo:GetDataEndpoint`, `kinesisvideo:GetMedia`, `kinesisvideo:DescribeStream`,
   * `kinesisvideo:ListFragments` and `kinesisvideo:GetMediaForFragmentList` on the streams whose
   * name starts with the prefix, and `kms:Decrypt` on the key.
   */
  grantRead(grantee: iam.IGrantable): iam.Grant;
}

/** Properties of {@link LiveMediaStreaming}. */
export interface LiveMediaStreamingProps {
  /** The contact center whose calls are streamed (when a flow starts streaming). */
  readonly contactCenter: IContactCenter;

  /**
   * The name prefix of the Kinesis Video Streams Connect creates, 1–128 letters, digits,
   * `_`, `.` and `-`. Consumers find a contact's stream by it (the stream ARN is also in the
   * contact record and in `$.MediaStreams` attributes).
   *
   * @default "live-media"
   */
  readonly prefix?: string;

  /**
   * How long Kinesis Video Streams keeps the audio, in whole hours (0 = not kept: consumers read
   * only live; at most 87,600 hours, ten years).
   *
   * @default Duration.hours(24) - a consumer that falls behind or restarts can catch up for a day
   */
  readonly retention?: Duration;

  /**
   * The customer managed KMS key that encrypts the streams (its full ARN is given to Connect).
   *
   * @default - a new customer managed key with yearly rotation
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * What happens to the key created here when removed from the stack.
   *
   * @default RemovalPolicy.RETAIN - without the key, retained audio is unreadable
   */
  readonly removalPolicy?: RemovalPolicy;
}

const MAX_RETENTION_HOURS = 87_600;

/**
 * Live media streaming (`AWS::Connect::InstanceStorageConfig` of type `MEDIA_STREAMS`): once a
 * flow starts streaming a call, Connect sends the customer's and agent's audio to a Kinesis Video
 * Stream per contact, named with the prefix and encrypted with a customer managed key.
 *
 * Start and stop streaming in a flow with the "Start/Stop media streaming" blocks
 * (`UpdateContactMediaStreamingBehavior`). Deploying the config calls Connect's association API,
 * which adds a policy to the instance's service-linked role and a grant on the key.
 */
export class LiveMediaStreaming extends Construct implements ILiveMediaStreaming {
  public readonly prefix: string;
  public readonly encryptionKey: kms.IKey;
  /** How long the audio is kept, in hours. */
  public readonly retentionHours: number;
  /** The contact center. */
  public readonly contactCenter: IContactCenter;
  /** ARN pattern of the streams (`arn:…:kinesisvideo:<region>:<account>:stream/<prefix>*`). */
  public readonly streamArnPattern: string;

  constructor(scope: Construct, id: string, props: LiveMediaStreamingProps) {
    super(scope, id);
    const prefix = props.prefix ?? 'live-media';
    validateStringLength(this, 'prefix', prefix, 1, 128);
    validatePattern(this, 'prefix', prefix, /^[a-zA-Z0-9_.-]+$/, 'use letters, digits, "_", "." and "-" (Kinesis Video Streams names)');
    const retention = props.retention ?? Duration.hours(24);
    const hours = retention.toHours({ integral: false });
    if (!Token.isUnresolved(hours) && (!Number.isInteger(hours) || hours < 0 || hours > MAX_RETENTION_HOURS)) {
      fail(this, 'retention', retention, `must be a whole number of hours between 0 and ${MAX_RETENTION_HOURS} (ten years)`);
    }
    validateCustomerManagedKey(this, 'encryptionKey', props.encryptionKey, 'Amazon Connect live media streaming');

    this.prefix = prefix;
    this.retentionHours = hours;
    this.contactCenter = props.contactCenter;
    this.encryptionKey = props.encryptionKey ?? new kms.Key(this, 'Key', {
      description: `Amazon Connect live media streams (${this.node.path})`,
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    addStorageConfig(this, 'StorageConfig', props.contactCenter, 'MEDIA_STREAMS', {
      storageType: 'KINESIS_VIDEO_STREAM',
      kinesisVideoStreamConfig: {
        prefix,
        retentionPeriodHours: hours,
        encryptionConfig: { encryptionType: 'KMS', keyId: this.encryptionKey.keyArn },
      },
    });

    this.streamArnPattern = Stack.of(this).formatArn({ service: 'kinesisvideo', resource: 'stream', resourceName: `${prefix}*` });
  }

  public grantRead(grantee: iam.IGrantable): iam.Grant {
    const grant = iam.Grant.addToPrincipal({
      grantee,
      actions: [
        'kinesisvideo:GetDataEndpoint',
        'kinesisvideo:GetMedia',
        'kinesisvideo:DescribeStream',
        'kinesisvideo:ListFragments',
        'kinesisvideo:GetMediaForFragmentList',
      ],
      resourceArns: [this.streamArnPattern],
    });
    this.encryptionKey.grantDecrypt(grantee);
    return grant;
  }
}
