import {
  Annotations, ArnFormat, Duration, Names, RemovalPolicy, Stack,
  aws_athena as athena, aws_cloudwatch as cloudwatch, aws_glue as glue, aws_iam as iam, aws_kinesis as kinesis,
  aws_kinesisfirehose as firehose, aws_kms as kms, aws_lambda as lambda, aws_logs as logs, aws_s3 as s3,
} from 'aws-cdk-lib';
import { KinesisEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct, IConstruct } from 'constructs';
import { CONTACT_RECORD_COLUMNS, callbackOutcomesSql, contactsPerQueuePerDaySql, latestContactsSql } from './contact-record-queries';
import { ContactRecordConsumerOptions, ContactRecordQueryOptions, ContactRecordStreamProps } from './contact-record-stream-props';
import { StreamingDestination } from './streaming-destination';
import { validateContactRecordStreamProps } from './validate-contact-record-stream';
import { suppressNag } from '../core/private/nag';
import { secureBucketProps } from '../core/private/secure-bucket';
import { fail, validateStringLength } from '../core/private/validate';
import { ACCESS_LOGS_OPT_IN, addStorageConfig, validateCustomerManagedKey } from '../storage/private/connect-storage';

/** S3 key prefix of the archived contact records (Hive-style date partitions follow). */
const RECORDS_PREFIX = 'contact-records/';
/** S3 key prefix of records Firehose could not deliver or process. */
const ERRORS_PREFIX = 'errors/';
/** S3 key prefix of Athena query results. */
const RESULTS_PREFIX = 'athena-results/';

/**
 * Contact records (and optionally agent events) streamed out of an Amazon Connect instance.
 */
export interface IContactRecordStream extends IConstruct {
  /**
   * The Kinesis data stream that receives contact records; undefined when contact records go
   * straight to Firehose (`contactRecordsDestination: KINESIS_FIREHOSE`).
   */
  readonly stream?: kinesis.IStream;

  /** The Kinesis data stream that receives agent events, when enabled. */
  readonly agentEventsStream?: kinesis.IStream;

  /** The customer managed key that encrypts the streams (and the archive). */
  readonly encryptionKey: kms.IKey;

  /**
   * Let a principal consume the stream(s): `kinesis:DescribeStreamSummary`, `kinesis:GetRecords`,
   * `kinesis:GetShardIterator`, `kinesis:ListShards`, `kinesis:SubscribeToShard`,
   * `kinesis:DescribeStream`, `kinesis:ListStreams`, `kinesis:DescribeStreamConsumer` on each
   * stream, and `kms:Decrypt` on the key.
   */
  grantRead(grantee: iam.IGrantable): iam.Grant;
}

/**
 * Contact trace records out of Amazon Connect: a KMS-encrypted Kinesis data stream registered as
 * the instance's `CONTACT_TRACE_RECORDS` storage (optionally a second one for `AGENT_EVENTS`), and
 * by default an archive: Firehose → S3 (date-partitioned, GZIP) → Glue table with partition
 * projection → Athena workgroup with saved queries.
 *
 * With `contactRecordsDestination: KINESIS_FIREHOSE`, Connect writes contact records straight into
 * the archive's Firehose instead (no stream, no real-time consumers).
 *
 * Connect delivers contact records at least once and re-sends them when they change: deduplicate
 * on `ContactId`, keeping the newest `LastUpdateTimestamp` (the saved queries do). The archive's
 * `year`/`month`/`day` partitions are the UTC date a record reached Firehose, not the contact's date.
 *
 * Deploying the storage configs calls Connect's association API, which adds an inline policy to
 * the instance's service-linked role: the deploying role needs `iam:PutRolePolicy` on that role.
 */
export class ContactRecordStream extends Construct implements IContactRecordStream {
  /** The Kinesis data stream that receives contact records; undefined when they go straight to Firehose. */
  public readonly stream?: kinesis.IStream;
  /** The Kinesis data stream that receives agent events, when enabled. */
  public readonly agentEventsStream?: kinesis.IStream;
  /** The customer managed key of the streams, the archive and Athena results. */
  public readonly encryptionKey: kms.IKey;
  /** The archive bucket, when the archive is on. */
  public readonly archiveBucket?: s3.IBucket;
  /** The Firehose delivery stream that archives contact records, when the archive is on. */
  public readonly deliveryStream?: firehose.CfnDeliveryStream;
  /** The Glue database name, when the archive is on. */
  public readonly databaseName?: string;
  /** The Glue table name, when the archive is on. */
  public readonly tableName?: string;
  /** The Athena workgroup name, when the archive is on. */
  public readonly workGroupName?: string;
  /** The saved Athena queries, when the archive is on. */
  public readonly namedQueries: athena.CfnNamedQuery[] = [];

  private readonly workGroup?: athena.CfnWorkGroup;

  constructor(scope: Construct, id: string, props: ContactRecordStreamProps) {
    super(scope, id);
    validateContactRecordStreamProps(this, props);
    validateCustomerManagedKey(this, 'encryptionKey', props.encryptionKey, 'an encrypted stream Connect writes to');

    const stack = Stack.of(this);
    const archive = props.archive ?? true;
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.encryptionKey = props.encryptionKey ?? new kms.Key(this, 'Key', {
      description: `Amazon Connect contact records (${this.node.path})`,
      enableKeyRotation: true,
      removalPolicy,
    });
    const viaFirehose = props.contactRecordsDestination === StreamingDestination.KINESIS_FIREHOSE;
    // Only Kinesis data streams need the service-linked role in the key policy: Firehose
    // (Direct PUT) encrypts with its own grant.
    if (!viaFirehose || props.agentEvents) this.allowServiceLinkedRole(props);

    const streamMode = props.streamMode ?? kinesis.StreamMode.ON_DEMAND;
    const streamProps: kinesis.StreamProps = {
      streamMode,
      shardCount: streamMode === kinesis.StreamMode.PROVISIONED ? props.shardCount ?? 1 : undefined,
      retentionPeriod: props.retentionPeriod ?? Duration.hours(24),
      encryption: kinesis.StreamEncryption.KMS,
      encryptionKey: this.encryptionKey,
      removalPolicy: props.streamRemovalPolicy ?? (archive ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN),
    };
    let stream: kinesis.Stream | undefined;
    // A storage config references its stream's ARN, and the stream its key's ARN, so
    // CloudFormation creates the key (with the service-linked role's statement in its policy)
    // and the stream before the config: no DependsOn is needed.
    if (!viaFirehose) {
      stream = new kinesis.Stream(this, 'Stream', streamProps);
      this.stream = stream;
      addStorageConfig(this, 'ContactRecordsStorageConfig', props.contactCenter, 'CONTACT_TRACE_RECORDS', {
        storageType: 'KINESIS_STREAM',
        kinesisStreamConfig: { streamArn: stream.streamArn },
      });
    }

    if (props.agentEvents) {
      const agentEvents = new kinesis.Stream(this, 'AgentEventsStream', streamProps);
      this.agentEventsStream = agentEvents;
      addStorageConfig(this, 'AgentEventsStorageConfig', props.contactCenter, 'AGENT_EVENTS', {
        storageType: 'KINESIS_STREAM',
        kinesisStreamConfig: { streamArn: agentEvents.streamArn },
      });
    }

    if (!archive) return;

    // ---- S3 archive ----
    const bucket = new s3.Bucket(this, 'ArchiveBucket', {
      ...secureBucketProps(this.encryptionKey),
      serverAccessLogsBucket: props.serverAccessLogsBucket,
      removalPolicy,
      lifecycleRules: [
        { id: 'ContactRecords', prefix: RECORDS_PREFIX, expiration: props.archiveExpireAfter, noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) },
        { id: 'DeliveryErrors', prefix: ERRORS_PREFIX, expiration: Duration.days(90), noncurrentVersionExpiration: Duration.days(1) },
        { id: 'AthenaResults', prefix: RESULTS_PREFIX, expiration: Duration.days(30), noncurrentVersionExpiration: Duration.days(1) },
      ],
    });
    this.archiveBucket = bucket;
    if (!props.serverAccessLogsBucket) suppressNag(bucket, [ACCESS_LOGS_OPT_IN]);

    // ---- Firehose: stream (or Connect directly) -> S3 ----
    const role = new iam.Role(this, 'ArchiveRole', {
      assumedBy: new iam.ServicePrincipal('firehose.amazonaws.com', {
        conditions: { StringEquals: { 'sts:ExternalId': stack.account } },
      }),
      description: 'Firehose writes Amazon Connect contact records to the archive bucket',
    });
    if (stream) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({
        sid: 'ReadContactRecordStream',
        actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetShardIterator', 'kinesis:GetRecords', 'kinesis:ListShards'],
        resources: [stream.streamArn],
      }));
    }
    const recordsObjects = bucket.arnForObjects(`${RECORDS_PREFIX}*`);
    const errorObjects = bucket.arnForObjects(`${ERRORS_PREFIX}*`);
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'WriteArchive',
      actions: ['s3:AbortMultipartUpload', 's3:GetBucketLocation', 's3:GetObject', 's3:ListBucket', 's3:ListBucketMultipartUploads', 's3:PutObject'],
      resources: [bucket.bucketArn, recordsObjects, errorObjects],
    }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'UseKey',
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: [this.encryptionKey.keyArn],
    }));
    suppressNag(role.node.findChild('DefaultPolicy'), [{
      id: 'AwsSolutions-IAM5',
      reason: 'Firehose writes objects with generated names under two fixed prefixes of the archive bucket (contact-records/ and errors/); the wildcard is limited to those prefixes.',
      appliesTo: [{ regex: `/^Resource::.*\\/(${RECORDS_PREFIX}|${ERRORS_PREFIX})\\*$/g` }],
    }]);

    // Delivery errors (S3 or KMS access denied, throttling) are only visible in these logs.
    const logGroup = new logs.LogGroup(this, 'ArchiveLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const logStream = new logs.LogStream(logGroup, 'S3Delivery', { logGroup, removalPolicy: RemovalPolicy.DESTROY });
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'WriteDeliveryErrorLogs',
      actions: ['logs:PutLogEvents'],
      resources: [stack.formatArn({
        service: 'logs',
        resource: 'log-group',
        resourceName: `${logGroup.logGroupName}:log-stream:${logStream.logStreamName}`,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      })],
    }));

    const datePath = 'year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/';
    const delivery = new firehose.CfnDeliveryStream(this, 'Archive', {
      ...(stream
        ? {
          deliveryStreamType: 'KinesisStreamAsSource',
          kinesisStreamSourceConfiguration: { kinesisStreamArn: stream.streamArn, roleArn: role.roleArn },
        }
        : {
          deliveryStreamType: 'DirectPut',
          deliveryStreamEncryptionConfigurationInput: { keyType: 'CUSTOMER_MANAGED_CMK', keyArn: this.encryptionKey.keyArn },
        }),
      extendedS3DestinationConfiguration: {
        bucketArn: bucket.bucketArn,
        roleArn: role.roleArn,
        prefix: `${RECORDS_PREFIX}${datePath}`,
        errorOutputPrefix: `${ERRORS_PREFIX}!{firehose:error-output-type}/${datePath}`,
        compressionFormat: 'GZIP',
        bufferingHints: {
          intervalInSeconds: (props.archiveBufferInterval ?? Duration.minutes(5)).toSeconds(),
          sizeInMBs: props.archiveBufferSizeMiB ?? 64,
        },
        encryptionConfiguration: { kmsEncryptionConfig: { awskmsKeyArn: this.encryptionKey.keyArn } },
        cloudWatchLoggingOptions: { enabled: true, logGroupName: logGroup.logGroupName, logStreamName: logStream.logStreamName },
        // Connect writes one JSON object per record without a separator: add newlines so the
        // objects are JSON Lines, which the JSON SerDe reads one row per line.
        processingConfiguration: {
          enabled: true,
          processors: [{ type: 'AppendDelimiterToRecord', parameters: [{ parameterName: 'Delimiter', parameterValue: '\\n' }] }],
        },
      },
    });
    // Firehose checks at creation that the role can read the source and write the bucket, and the
    // role's permissions are in its default policy, which nothing here references (the role's
    // ARN is referenced, so the role itself comes first without DependsOn).
    delivery.node.addDependency(role.node.findChild('DefaultPolicy'));
    if (stream) {
      suppressNag(delivery, [{
        id: 'AwsSolutions-KDF1',
        reason: 'The source is a Kinesis data stream encrypted with a customer managed key; Firehose does not accept server-side encryption settings with a Kinesis stream source. Objects are SSE-KMS encrypted in S3.',
      }]);
    } else {
      addStorageConfig(this, 'ContactRecordsStorageConfig', props.contactCenter, 'CONTACT_TRACE_RECORDS', {
        storageType: 'KINESIS_FIREHOSE',
        kinesisFirehoseConfig: { firehoseArn: delivery.attrArn },
      });
    }
    this.deliveryStream = delivery;

    // ---- Glue database and table (partition projection, no crawler) ----
    const databaseName = props.databaseName ?? Names.uniqueResourceName(this, { maxLength: 64, separator: '_' }).toLowerCase().replace(/[^a-z0-9_]/g, '_');
    const tableName = props.tableName ?? 'contact_records';
    const database = new glue.CfnDatabase(this, 'Database', {
      catalogId: stack.account,
      databaseInput: { name: databaseName, description: 'Amazon Connect contact records archive' },
    });
    const location = `s3://${bucket.bucketName}/${RECORDS_PREFIX}`;
    const table = new glue.CfnTable(this, 'Table', {
      catalogId: stack.account,
      databaseName,
      tableInput: {
        name: tableName,
        description: 'Amazon Connect contact trace records (at least once: deduplicate on contactid, newest lastupdatetimestamp)',
        tableType: 'EXTERNAL_TABLE',
        parameters: {
          'classification': 'json',
          'compressionType': 'gzip',
          'projection.enabled': 'true',
          'projection.year.type': 'date',
          'projection.year.format': 'yyyy',
          'projection.year.range': '2020,NOW',
          'projection.year.interval': '1',
          'projection.year.interval.unit': 'YEARS',
          'projection.month.type': 'integer',
          'projection.month.range': '1,12',
          'projection.month.digits': '2',
          'projection.day.type': 'integer',
          'projection.day.range': '1,31',
          'projection.day.digits': '2',
          'storage.location.template': location + 'year=${year}/month=${month}/day=${day}/',
        },
        partitionKeys: [
          { name: 'year', type: 'string', comment: 'UTC year the record reached Firehose' },
          { name: 'month', type: 'string', comment: 'UTC month, 01-12' },
          { name: 'day', type: 'string', comment: 'UTC day of month, 01-31' },
        ],
        storageDescriptor: {
          location,
          inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          compressed: true,
          serdeInfo: {
            serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
            parameters: { 'ignore.malformed.json': 'true', 'case.insensitive': 'true' },
          },
          columns: CONTACT_RECORD_COLUMNS.map((c) => ({ name: c.name, type: c.type, comment: c.comment })),
        },
      },
    });
    // node.addDependency: CfnResource#addDependency is deprecated in newer aws-cdk-lib.
    table.node.addDependency(database);
    this.databaseName = databaseName;
    this.tableName = tableName;

    // ---- Athena workgroup with encrypted, enforced results ----
    const workGroupName = props.workGroupName ?? Names.uniqueResourceName(this, { maxLength: 128, separator: '-' });
    this.workGroup = new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: workGroupName,
      description: 'Queries over the Amazon Connect contact records archive',
      state: 'ENABLED',
      // Without it, deleting or replacing the workgroup fails as soon as anyone has run a query in it.
      // Query results are objects in the archive bucket, which keeps its own removal policy.
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        resultConfiguration: {
          outputLocation: `s3://${bucket.bucketName}/${RESULTS_PREFIX}`,
          encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: this.encryptionKey.keyArn },
        },
      },
    });
    this.workGroupName = workGroupName;

    this.addNamedQuery('LatestContacts', {
      name: 'latest-contact-records',
      description: 'The latest version of each contact (one row per ContactId, newest LastUpdateTimestamp)',
      sql: latestContactsSql(databaseName, tableName),
    });
    this.addNamedQuery('ContactsPerQueuePerDay', {
      name: 'contacts-per-queue-per-day',
      description: 'Contacts per queue per day (UTC) and channel, deduplicated',
      sql: contactsPerQueuePerDaySql(databaseName, tableName),
    });
    this.addNamedQuery('CallbackOutcomes', {
      name: 'callback-outcomes',
      description: 'Queued callbacks per day and queue: connected to an agent or not, and the disconnect reason',
      sql: callbackOutcomesSql(databaseName, tableName),
    });
  }

  /**
   * Save another Athena query in the workgroup, over the archive's database.
   *
   * @param id construct id
   */
  public addNamedQuery(id: string, options: ContactRecordQueryOptions): athena.CfnNamedQuery {
    if (!this.workGroup || !this.databaseName) {
      fail(this, 'archive', false, 'named queries need the archive (archive: true)');
    }
    validateStringLength(this, 'options.name', options.name, 1, 128);
    validateStringLength(this, 'options.description', options.description, 1, 1024);
    validateStringLength(this, 'options.sql', options.sql, 1, 262144);
    const query = new athena.CfnNamedQuery(this, id, {
      name: options.name,
      description: options.description,
      database: this.databaseName,
      workGroup: this.workGroup.ref,
      queryString: options.sql,
    });
    // workGroup.ref above already orders the query after the workgroup.
    this.namedQueries.push(query);
    return query;
  }

  /**
   * Let a principal consume the stream(s) (the contact record stream and, when enabled, the agent
   * events stream): Kinesis read actions on each stream and `kms:Decrypt` on the key.
   */
  public grantRead(grantee: iam.IGrantable): iam.Grant {
    const streams = [this.stream, this.agentEventsStream].filter((x): x is kinesis.IStream => x !== undefined);
    if (streams.length === 0) {
      fail(this, 'contactRecordsDestination', StreamingDestination.KINESIS_FIREHOSE,
        'contact records go straight to Firehose and there is no agent events stream: nothing to read (use grantQuery for the archive)');
    }
    return streams.map((x) => x.grantRead(grantee)).reduce((a, b) => a.combine(b));
  }

  /**
   * Let a principal (an analyst role, a BI tool) run queries over the archive in the workgroup:
   *
   * - `athena:StartQueryExecution`, `athena:StopQueryExecution`, `athena:GetQueryExecution`,
   *   `athena:GetQueryResults`, `athena:GetQueryResultsStream`, `athena:GetWorkGroup`,
   *   `athena:ListNamedQueries`, `athena:GetNamedQuery`, `athena:BatchGetNamedQuery` on the workgroup;
   * - `glue:GetDatabase`, `glue:GetTable`, `glue:GetTables`, `glue:GetPartition`,
   *   `glue:GetPartitions` on the catalog, the database and its tables;
   * - S3 read on `contact-records/`, read and write on `athena-results/` of the archive bucket,
   *   and the matching KMS permissions on the key.
   */
  public grantQuery(grantee: iam.IGrantable): iam.Grant {
    if (!this.workGroupName || !this.databaseName || !this.archiveBucket) {
      fail(this, 'archive', false, 'there is nothing to query without the archive (archive: true)');
    }
    const stack = Stack.of(this);
    const athenaGrant = iam.Grant.addToPrincipal({
      grantee,
      actions: [
        'athena:StartQueryExecution', 'athena:StopQueryExecution', 'athena:GetQueryExecution', 'athena:GetQueryResults',
        'athena:GetQueryResultsStream', 'athena:GetWorkGroup', 'athena:ListNamedQueries', 'athena:GetNamedQuery', 'athena:BatchGetNamedQuery',
      ],
      resourceArns: [stack.formatArn({ service: 'athena', resource: 'workgroup', resourceName: this.workGroupName })],
    });
    const glueGrant = iam.Grant.addToPrincipal({
      grantee,
      actions: ['glue:GetDatabase', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions'],
      resourceArns: [
        stack.formatArn({ service: 'glue', resource: 'catalog' }),
        stack.formatArn({ service: 'glue', resource: 'database', resourceName: this.databaseName }),
        stack.formatArn({ service: 'glue', resource: 'table', resourceName: `${this.databaseName}/*` }),
      ],
    });
    return athenaGrant
      .combine(glueGrant)
      .combine(this.archiveBucket.grantRead(grantee, `${RECORDS_PREFIX}*`))
      .combine(this.archiveBucket.grantReadWrite(grantee, `${RESULTS_PREFIX}*`));
  }

  /**
   * Attach a Lambda function that consumes contact records (or, with `agentEvents: true`, agent
   * events) through an event source mapping, and grant it read access.
   */
  public addConsumer(fn: lambda.IFunction, options: ContactRecordConsumerOptions = {}): void {
    let source: kinesis.IStream;
    if (options.agentEvents) {
      if (!this.agentEventsStream) fail(this, 'options.agentEvents', true, 'this ContactRecordStream has no agent events stream (set agentEvents: true)');
      source = this.agentEventsStream;
    } else {
      source = this.contactRecordsStream('addConsumer');
    }
    fn.addEventSource(new KinesisEventSource(source, {
      startingPosition: options.startingPosition ?? lambda.StartingPosition.TRIM_HORIZON,
      batchSize: options.batchSize ?? 100,
      maxBatchingWindow: options.maxBatchingWindow,
      retryAttempts: options.retryAttempts ?? 3,
      bisectBatchOnError: options.bisectBatchOnError ?? true,
      reportBatchItemFailures: options.reportBatchItemFailures ?? false,
      onFailure: options.onFailure,
    }));
  }

  /**
   * Age of the oldest record read from the contact record stream (`GetRecords.IteratorAgeMilliseconds`,
   * maximum over 5 minutes). Rising values mean consumers (Firehose, Lambda) fall behind; records
   * older than the retention period are lost.
   */
  public metricIteratorAge(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.contactRecordsStream('metricIteratorAge').metricGetRecordsIteratorAgeMilliseconds({ statistic: 'Maximum', ...props });
  }

  /**
   * Contact records written by Connect (`IncomingRecords`, sum over 5 minutes): of the stream, or
   * of the Firehose delivery stream when contact records go straight to Firehose.
   */
  public metricIncomingRecords(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    if (!this.stream && this.deliveryStream) return this.firehoseMetric('IncomingRecords', { statistic: 'Sum', ...props });
    return this.contactRecordsStream('metricIncomingRecords').metricIncomingRecords({ statistic: 'Sum', ...props });
  }

  /** Agent events written by Connect (`IncomingRecords` of the agent events stream, sum over 5 minutes). */
  public metricIncomingAgentEvents(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    if (!this.agentEventsStream) fail(this, 'agentEvents', false, 'there is no agent events stream to measure (set agentEvents: true)');
    return this.agentEventsStream.metricIncomingRecords({ statistic: 'Sum', ...props });
  }

  /**
   * Writes rejected for lack of throughput (`WriteProvisionedThroughputExceeded`, sum over 5
   * minutes). Connect retries, but sustained throttling delays or loses records.
   */
  public metricWriteThrottles(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.contactRecordsStream('metricWriteThrottles').metricWriteProvisionedThroughputExceeded({ statistic: 'Sum', ...props });
  }

  /**
   * Age of the oldest record not yet delivered to S3 by Firehose (`DeliveryToS3.DataFreshness`,
   * maximum, seconds).
   */
  public metricArchiveDataFreshness(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.firehoseMetric('DeliveryToS3.DataFreshness', { statistic: 'Maximum', ...props });
  }

  /** A metric of the archive's Firehose delivery stream. */
  private firehoseMetric(metricName: string, props: cloudwatch.MetricOptions): cloudwatch.Metric {
    if (!this.deliveryStream) fail(this, 'archive', false, 'there is no archive to measure (archive: true)');
    return new cloudwatch.Metric({
      period: Duration.minutes(5),
      ...props,
      namespace: 'AWS/Firehose',
      metricName,
      dimensionsMap: { ...props.dimensionsMap, DeliveryStreamName: this.deliveryStream.ref },
    });
  }

  /** The contact record stream, or a clear error when contact records go straight to Firehose. */
  private contactRecordsStream(what: string): kinesis.IStream {
    if (!this.stream) {
      fail(this, 'contactRecordsDestination', StreamingDestination.KINESIS_FIREHOSE,
        `${what} needs the contact record stream, and contact records go straight to Firehose (use StreamingDestination.KINESIS_DATA_STREAM)`);
    }
    return this.stream;
  }

  /** Lets the service-linked role generate data keys for Kinesis, or says what is missing. */
  private allowServiceLinkedRole(props: ContactRecordStreamProps): void {
    const slrArn = props.serviceLinkedRoleArn ?? props.contactCenter.serviceLinkedRoleArn;
    const region = Stack.of(this).region;
    if (slrArn === undefined) {
      if (props.encryptionKey && !(props.encryptionKey instanceof kms.Key)) {
        Annotations.of(this).addWarningV2('cdk-contact-center:streamKeyPolicy',
          'the imported encryptionKey\'s policy cannot be changed here: make sure it allows the instance\'s service-linked role kms:GenerateDataKey, or Connect drops contact records silently');
        return;
      }
      fail(this, 'serviceLinkedRoleArn', undefined,
        'the instance\'s service-linked role is unknown (the contact center was imported without serviceLinkedRoleArn); the stream key must allow it kms:GenerateDataKey or Connect drops contact records silently. '
        + 'Give serviceLinkedRoleArn (arn:<partition>:iam::<account>:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_<suffix>) here or in ContactCenter.fromInstanceAttributes()');
    }
    const result = this.encryptionKey.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowConnectServiceLinkedRoleToWriteEncryptedStream',
      principals: [new iam.ArnPrincipal(slrArn)],
      actions: ['kms:GenerateDataKey'],
      resources: ['*'],
      conditions: { StringEquals: { 'kms:ViaService': `kinesis.${region}.amazonaws.com` } },
    }));
    if (!result.statementAdded) {
      Annotations.of(this).addWarningV2('cdk-contact-center:streamKeyPolicy',
        `the imported encryptionKey's policy cannot be changed here: add a statement allowing ${slrArn} kms:GenerateDataKey (via kinesis.${region}.amazonaws.com), or Connect drops contact records silently`);
    }
  }
}
