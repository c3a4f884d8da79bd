import { Duration, RemovalPolicy, aws_kinesis as kinesis, aws_kms as kms, aws_lambda as lambda, aws_s3 as s3 } from 'aws-cdk-lib';
import { StreamingDestination } from './streaming-destination';
import { IContactCenter } from '../core/contact-center';

/**
 * Options of a Lambda consumer attached with {@link ContactRecordStream.addConsumer}.
 */
export interface ContactRecordConsumerOptions {
  /**
   * Records per invocation.
   *
   * @default 100
   */
  readonly batchSize?: number;

  /**
   * Where a new consumer starts reading.
   *
   * @default lambda.StartingPosition.TRIM_HORIZON - nothing still in the stream is skipped
   */
  readonly startingPosition?: lambda.StartingPosition;

  /**
   * Wait up to this long to fill a batch.
   *
   * @default - no batching window
   */
  readonly maxBatchingWindow?: Duration;

  /**
   * Retries of a failing batch before it is skipped (and sent to `onFailure`).
   *
   * @default 3 - Lambda's own default retries until the records expire, blocking the shard for
   * up to the retention period
   */
  readonly retryAttempts?: number;

  /**
   * Split a failing batch in two and retry the halves, to isolate a poison record.
   *
   * @default true
   */
  readonly bisectBatchOnError?: boolean;

  /**
   * The handler returns `batchItemFailures` to retry only the failed records.
   *
   * @default false
   */
  readonly reportBatchItemFailures?: boolean;

  /**
   * Where metadata of skipped batches goes (e.g. `new SqsDlq(queue)`).
   *
   * @default - skipped batches are only visible in the function's metrics
   */
  readonly onFailure?: lambda.IEventSourceDlq;

  /**
   * Read agent events instead of contact records. Requires `agentEvents: true`.
   *
   * @default false
   */
  readonly agentEvents?: boolean;
}

/**
 * A saved Athena query added with {@link ContactRecordStream.addNamedQuery}.
 */
export interface ContactRecordQueryOptions {
  /** The query name shown in Athena (1-128 characters). */
  readonly name: string;

  /**
   * The query: Athena (Trino) SQL. Refer to the table as `"<databaseName>"."<tableName>"`, and
   * deduplicate on `contactid` (newest `lastupdatetimestamp`) as the saved queries do.
   */
  readonly sql: string;

  /**
   * What the query answers (1-1024 characters).
   *
   * @default - no description
   */
  readonly description?: string;
}

/**
 * Properties of a {@link ContactRecordStream}.
 */
export interface ContactRecordStreamProps {
  /** The contact center whose contact records are streamed. */
  readonly contactCenter: IContactCenter;

  /**
   * The ARN of the instance's service-linked role
   * (`arn:<partition>:iam::<account>:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_<suffix>`).
   * The stream key's policy lets it call `kms:GenerateDataKey`: without that, Connect cannot
   * write to the encrypted stream and drops records silently. The admin guide documents reusing
   * the recordings key or a KMS grant instead; a missing permission shows no error, so check after
   * a test call that records arrive (the stream's `IncomingRecords` metric).
   *
   * Required for imported contact centers that were imported without it.
   *
   * @default - contactCenter.serviceLinkedRoleArn
   */
  readonly serviceLinkedRoleArn?: string;

  /**
   * The customer managed key for the streams, the archive bucket and Athena results. Must be a
   * key, not an alias, and not an AWS managed key. A key created in this app gets the policy
   * statement for the service-linked role; for an imported key you must add it yourself (a
   * warning says so).
   *
   * @default - a new customer managed key with yearly rotation
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Where Connect sends contact records.
   *
   * - `KINESIS_DATA_STREAM`: a Kinesis data stream, read by the archive's Firehose and by any
   *   consumers you add (`addConsumer`): real-time processing plus the archive.
   * - `KINESIS_FIREHOSE`: straight into the archive's Firehose delivery stream (Direct PUT,
   *   encrypted with the key): cheaper and simpler, but no stream to consume in real time.
   *   Requires the archive.
   *
   * @default StreamingDestination.KINESIS_DATA_STREAM
   */
  readonly contactRecordsDestination?: StreamingDestination;

  /**
   * Capacity mode of the stream(s).
   *
   * @default kinesis.StreamMode.ON_DEMAND - contact volume is spiky and no one has to size shards
   */
  readonly streamMode?: kinesis.StreamMode;

  /**
   * Shards per stream. Only with `StreamMode.PROVISIONED`.
   *
   * @default - 1 with StreamMode.PROVISIONED
   */
  readonly shardCount?: number;

  /**
   * How long records stay in the stream(s): 24 to 8760 hours.
   *
   * @default Duration.hours(24) - the archive keeps the durable copy
   */
  readonly retentionPeriod?: Duration;

  /**
   * Also stream agent events (LOGIN, LOGOUT, STATE_CHANGE, HEART_BEAT) into a separate stream.
   *
   * @default false
   */
  readonly agentEvents?: boolean;

  /**
   * Where agent events go. Connect supports only Kinesis Data Streams for agent events;
   * `KINESIS_FIREHOSE` is rejected.
   *
   * @default StreamingDestination.KINESIS_DATA_STREAM
   */
  readonly agentEventsDestination?: StreamingDestination;

  /**
   * What happens to the stream(s) when removed from the stack.
   *
   * A stream is a buffer of at most `retentionPeriod`; with the archive on, S3 holds the durable
   * copy, so the stream is destroyed. Without the archive the stream is the only copy: RETAIN.
   *
   * @default - RemovalPolicy.DESTROY with the archive, RemovalPolicy.RETAIN without
   */
  readonly streamRemovalPolicy?: RemovalPolicy;

  /**
   * Archive contact records to S3 through Firehose, with a Glue table and an Athena workgroup
   * with saved queries.
   *
   * @default true
   */
  readonly archive?: boolean;

  /**
   * How long Firehose buffers records before writing an object (0-900 seconds).
   *
   * @default Duration.minutes(5)
   */
  readonly archiveBufferInterval?: Duration;

  /**
   * How much Firehose buffers before writing an object, in MiB (1-128).
   *
   * @default 64 - fewer, larger objects are cheaper and faster to query
   */
  readonly archiveBufferSizeMiB?: number;

  /**
   * Delete archived contact records this long after they are written.
   *
   * @default - kept until deleted (Connect itself keeps contact records for 24 months only)
   */
  readonly archiveExpireAfter?: Duration;

  /**
   * Write S3 server access logs of the archive bucket to this bucket.
   *
   * Without it, the bucket carries a cdk-nag `AwsSolutions-S1` suppression saying logging is opt-in.
   *
   * @default - no server access logs
   */
  readonly serverAccessLogsBucket?: s3.IBucket;

  /**
   * The Glue database name.
   *
   * @default - derived from the construct path, lowercase
   */
  readonly databaseName?: string;

  /**
   * The Glue table name.
   *
   * @default "contact_records"
   */
  readonly tableName?: string;

  /**
   * The Athena workgroup name.
   *
   * @default - derived from the construct path
   */
  readonly workGroupName?: string;

  /**
   * What happens to the key and the archive bucket created here when removed from the stack.
   *
   * @default RemovalPolicy.RETAIN - contact records outlive Connect's own 24-month retention only here
   */
  readonly removalPolicy?: RemovalPolicy;
}
