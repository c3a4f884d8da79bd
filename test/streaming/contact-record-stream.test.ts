import { App, Aspects, Duration, RemovalPolicy, Stack, aws_iam as iam, aws_kinesis as kinesis, aws_kms as kms, aws_lambda as lambda, aws_s3 as s3 } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, NagSuppressions } from 'cdk-nag';
import { ContactCenter } from '../../src/contact-center/contact-center';
import { IContactCenter } from '../../src/core/contact-center';
import { ContactRecordStream, StreamingDestination } from '../../src/streaming';

const INSTANCE_ARN = 'arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555';
const SLR_ARN = 'arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_abc123';

function setup(): { stack: Stack; contactCenter: ContactCenter } {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111122223333', region: 'eu-west-2' } });
  const contactCenter = new ContactCenter(stack, 'ContactCenter', { instanceAlias: 'acme-support' });
  return { stack, contactCenter };
}

function imported(attrs: { serviceLinkedRoleArn?: string } = {}): { stack: Stack; contactCenter: IContactCenter } {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111122223333', region: 'eu-west-2' } });
  const contactCenter = ContactCenter.fromInstanceAttributes(stack, 'Imported', { instanceArn: INSTANCE_ARN, ...attrs });
  return { stack, contactCenter };
}

/** Collapses whitespace so SQL can be matched clause by clause. */
function sql(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

describe('ContactRecordStream defaults', () => {
  const { stack, contactCenter } = setup();
  const records = new ContactRecordStream(stack, 'Records', { contactCenter });
  const template = Template.fromStack(stack);
  const id = (c: { node: { defaultChild?: any } } | any) => stack.getLogicalId(c.node?.defaultChild ?? c);
  const keyArn = { 'Fn::GetAtt': [id(records.encryptionKey), 'Arn'] };
  const streamArn = { 'Fn::GetAtt': [id(records.stream!), 'Arn'] };
  const bucketArn = { 'Fn::GetAtt': [id(records.archiveBucket), 'Arn'] };
  const bucketName = { Ref: id(records.archiveBucket) };

  test('on-demand stream encrypted with the customer managed key, 24 h retention, destroyed with the stack (archive holds the copy)', () => {
    template.hasResource('AWS::Kinesis::Stream', {
      Properties: {
        StreamModeDetails: { StreamMode: 'ON_DEMAND' },
        RetentionPeriodHours: 24,
        StreamEncryption: { EncryptionType: 'KMS', KeyId: keyArn },
      },
      DeletionPolicy: 'Delete',
    });
    template.resourceCountIs('AWS::Kinesis::Stream', 1);
  });

  test('registers CONTACT_TRACE_RECORDS with the stream ARN', () => {
    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 1);
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      InstanceArn: { 'Fn::GetAtt': [stack.getLogicalId(contactCenter.cfnInstance), 'Arn'] },
      ResourceType: 'CONTACT_TRACE_RECORDS',
      StorageType: 'KINESIS_STREAM',
      KinesisStreamConfig: { StreamArn: streamArn },
    });
  });

  test('key: rotation on, retained, and lets the service-linked role generate data keys through Kinesis', () => {
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([{
            Sid: 'AllowConnectServiceLinkedRoleToWriteEncryptedStream',
            Effect: 'Allow',
            Principal: { AWS: { 'Fn::GetAtt': [stack.getLogicalId(contactCenter.cfnInstance), 'ServiceRole'] } },
            Action: 'kms:GenerateDataKey',
            Resource: '*',
            Condition: { StringEquals: { 'kms:ViaService': 'kinesis.eu-west-2.amazonaws.com' } },
          }]),
          Version: '2012-10-17',
        },
      }),
      DeletionPolicy: 'Retain',
    });
  });

  test('archive bucket: SSE-KMS, TLS only, public access blocked, versioned, retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({ Id: 'DeliveryErrors', Prefix: 'errors/', ExpirationInDays: 90 }),
            Match.objectLike({ Id: 'AthenaResults', Prefix: 'athena-results/', ExpirationInDays: 30 }),
          ]),
        },
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  test('Firehose reads the stream and writes date-partitioned, GZIP, KMS-encrypted JSON lines with an error prefix', () => {
    template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      DeliveryStreamType: 'KinesisStreamAsSource',
      KinesisStreamSourceConfiguration: { KinesisStreamARN: streamArn, RoleARN: Match.anyValue() },
      ExtendedS3DestinationConfiguration: Match.objectLike({
        BucketARN: bucketArn,
        Prefix: 'contact-records/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/',
        ErrorOutputPrefix: 'errors/!{firehose:error-output-type}/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/',
        CompressionFormat: 'GZIP',
        BufferingHints: { IntervalInSeconds: 300, SizeInMBs: 64 },
        EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: keyArn } },
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [{ Type: 'AppendDelimiterToRecord', Parameters: [{ ParameterName: 'Delimiter', ParameterValue: '\\n' }] }],
        },
      }),
    });
  });

  test('Firehose role: least privilege, scoped to the stream, the key and two prefixes of the bucket', () => {
    const policies = template.findResources('AWS::IAM::Policy');
    const firehosePolicy = Object.entries(policies).find(([k]) => k.startsWith('RecordsArchiveRole'))![1];
    const statements = firehosePolicy.Properties.PolicyDocument.Statement;
    expect(statements).toEqual([
      {
        Sid: 'ReadContactRecordStream',
        Effect: 'Allow',
        Action: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetShardIterator', 'kinesis:GetRecords', 'kinesis:ListShards'],
        Resource: streamArn,
      },
      {
        Sid: 'WriteArchive',
        Effect: 'Allow',
        Action: ['s3:AbortMultipartUpload', 's3:GetBucketLocation', 's3:GetObject', 's3:ListBucket', 's3:ListBucketMultipartUploads', 's3:PutObject'],
        Resource: [
          bucketArn,
          { 'Fn::Join': ['', [bucketArn, '/contact-records/*']] },
          { 'Fn::Join': ['', [bucketArn, '/errors/*']] },
        ],
      },
      { Sid: 'UseKey', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: keyArn },
      {
        Sid: 'WriteDeliveryErrorLogs',
        Effect: 'Allow',
        Action: 'logs:PutLogEvents',
        Resource: {
          'Fn::Join': ['', [
            'arn:', { Ref: 'AWS::Partition' }, ':logs:eu-west-2:111122223333:log-group:',
            { Ref: id(records.node.findChild('ArchiveLogs')) }, ':log-stream:',
            { Ref: id(records.node.findChild('ArchiveLogs').node.findChild('S3Delivery')) },
          ]],
        },
      },
    ]);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      ExtendedS3DestinationConfiguration: Match.objectLike({
        CloudWatchLoggingOptions: {
          Enabled: true,
          LogGroupName: { Ref: id(records.node.findChild('ArchiveLogs')) },
          LogStreamName: { Ref: id(records.node.findChild('ArchiveLogs').node.findChild('S3Delivery')) },
        },
      }),
    });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'firehose.amazonaws.com' },
          Condition: { StringEquals: { 'sts:ExternalId': '111122223333' } },
        }],
      },
    });
    // the delivery stream waits for its role's policy, which nothing references; the role itself
    // is ordered by the GetAtt of its ARN (no redundant DependsOn, cfn-lint W3005)
    const delivery = Object.values(template.findResources('AWS::KinesisFirehose::DeliveryStream'))[0];
    expect(delivery.DependsOn).toEqual([expect.stringMatching(/^RecordsArchiveRoleDefaultPolicy/)]);
  });

  test('Glue table over the archive: JSON SerDe, CTR columns, partition projection on year/month/day', () => {
    template.hasResourceProperties('AWS::Glue::Database', {
      CatalogId: '111122223333',
      DatabaseInput: { Name: records.databaseName },
    });
    expect(records.databaseName).toMatch(/^[a-z0-9_]+$/);
    const table = Object.values(template.findResources('AWS::Glue::Table'))[0];
    const input = table.Properties.TableInput;
    expect(table.Properties.DatabaseName).toBe(records.databaseName);
    expect(input.Name).toBe('contact_records');
    expect(input.TableType).toBe('EXTERNAL_TABLE');
    expect(input.PartitionKeys.map((k: any) => `${k.Name}:${k.Type}`)).toEqual(['year:string', 'month:string', 'day:string']);
    expect(input.Parameters).toMatchObject({
      'projection.enabled': 'true',
      'projection.year.type': 'date',
      'projection.year.range': '2020,NOW',
      'projection.month.type': 'integer',
      'projection.month.digits': '2',
      'projection.day.type': 'integer',
      'projection.day.range': '1,31',
    });
    expect(input.Parameters['storage.location.template']).toEqual({
      'Fn::Join': ['', ['s3://', bucketName, '/contact-records/year=${year}/month=${month}/day=${day}/']],
    });
    expect(input.StorageDescriptor.Location).toEqual({ 'Fn::Join': ['', ['s3://', bucketName, '/contact-records/']] });
    expect(input.StorageDescriptor.SerdeInfo).toEqual({
      SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
      Parameters: { 'ignore.malformed.json': 'true', 'case.insensitive': 'true' },
    });
    const columns = Object.fromEntries(input.StorageDescriptor.Columns.map((c: any) => [c.Name, c.Type]));
    expect(columns).toMatchObject({
      contactid: 'string',
      initialcontactid: 'string',
      previouscontactid: 'string',
      nextcontactid: 'string',
      channel: 'string',
      initiationmethod: 'string',
      initiationtimestamp: 'string',
      disconnecttimestamp: 'string',
      lastupdatetimestamp: 'string',
      disconnectreason: 'string',
      attributes: 'map<string,string>',
    });
    expect(columns.queue).toMatch(/^struct<arn:string,name:string,enqueuetimestamp:string,dequeuetimestamp:string,duration:int>$/);
    expect(columns.agent).toMatch(/^struct<arn:string,username:string,.*connectedtoagenttimestamp:string/);
    // column names are what Athena shows: lowercase, no duplicates
    const names = input.StorageDescriptor.Columns.map((c: any) => c.Name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z]+$/);
    // no crawler
    template.resourceCountIs('AWS::Glue::Crawler', 0);
    expect(table.DependsOn).toEqual([stack.getLogicalId(records.node.findChild('Database') as any)]);
  });

  test('Athena workgroup: enforced configuration, SSE-KMS results in the archive bucket', () => {
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: records.workGroupName,
      State: 'ENABLED',
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        ResultConfiguration: {
          OutputLocation: { 'Fn::Join': ['', ['s3://', bucketName, '/athena-results/']] },
          EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: keyArn },
        },
      },
    });
  });

  test('Athena workgroup can be deleted once queries have run (RecursiveDeleteOption; results stay in the retained bucket)', () => {
    template.hasResourceProperties('AWS::Athena::WorkGroup', { Name: records.workGroupName, RecursiveDeleteOption: true });
  });

  test('the chain fits together: Firehose writes where the Glue table and its projection read, errors and results stay outside', () => {
    const delivery = Object.values(template.findResources('AWS::KinesisFirehose::DeliveryStream'))[0].Properties.ExtendedS3DestinationConfiguration;
    const table = Object.values(template.findResources('AWS::Glue::Table'))[0].Properties.TableInput;
    const workGroup = Object.values(template.findResources('AWS::Athena::WorkGroup'))[0].Properties.WorkGroupConfiguration;
    // same bucket everywhere
    expect(delivery.BucketARN).toEqual(bucketArn);
    const suffix = (joined: any) => { expect(joined['Fn::Join'][1].slice(0, 2)).toEqual(['s3://', bucketName]); return joined['Fn::Join'][1][2] as string; };
    const template_ = suffix(table.Parameters['storage.location.template']);
    // the Firehose prefix, with its timestamp expressions as projected partition values, is the location template
    const projected = '/' + delivery.Prefix
      .replace('!{timestamp:yyyy}', '${year}').replace('!{timestamp:MM}', '${month}').replace('!{timestamp:dd}', '${day}');
    expect(projected).toBe(template_);
    // every partition key is projected, with the formats Firehose writes (yyyy, MM, dd)
    for (const key of table.PartitionKeys.map((k: any) => k.Name)) expect(template_).toContain(`${key}=\${${key}}`);
    expect(table.Parameters['projection.year.format']).toBe('yyyy');
    // Athena reads only under the table location; error records and query results are elsewhere
    const location = suffix(table.StorageDescriptor.Location);
    expect(template_.startsWith(location)).toBe(true);
    expect(('/' + delivery.ErrorOutputPrefix).startsWith(location)).toBe(false);
    expect(suffix(workGroup.ResultConfiguration.OutputLocation).startsWith(location)).toBe(false);
    // the data is GZIP JSON lines, which the table declares
    expect(delivery.CompressionFormat).toBe('GZIP');
    expect(table.Parameters.compressionType).toBe('gzip');
    expect(table.StorageDescriptor.InputFormat).toBe('org.apache.hadoop.mapred.TextInputFormat');
  });

  describe('named queries', () => {
    const queries = Object.values(template.findResources('AWS::Athena::NamedQuery')).map((q) => q.Properties);
    const byName = Object.fromEntries(queries.map((q) => [q.Name, q]));
    const table = `"${records.databaseName}"."contact_records"`;

    test('three queries in the workgroup and the database', () => {
      expect(Object.keys(byName).sort()).toEqual(['callback-outcomes', 'contacts-per-queue-per-day', 'latest-contact-records'].sort());
      for (const q of queries) {
        expect(q.Database).toBe(records.databaseName);
        expect(q.WorkGroup).toEqual({ Ref: stack.getLogicalId(records.node.findChild('WorkGroup') as any) });
        expect(q.Description).toBeTruthy();
      }
    });

    test.each(['latest-contact-records', 'contacts-per-queue-per-day', 'callback-outcomes'])('%s deduplicates on contactid, newest lastupdatetimestamp', (name) => {
      const q = sql(byName[name].QueryString);
      expect(q).toContain(`ROW_NUMBER() OVER (PARTITION BY contactid ORDER BY lastupdatetimestamp DESC) AS version_rank FROM ${table} r`);
      expect(q).toContain('latest AS ( SELECT * FROM ranked WHERE version_rank = 1 )');
      expect(q).toMatch(/ FROM latest( |$)/);
      expectBalancedParentheses(q);
    });

    test('latest-contact-records returns every column of the newest version', () => {
      expect(sql(byName['latest-contact-records'].QueryString)).toMatch(/\) SELECT \* FROM latest ORDER BY initiationtimestamp DESC$/);
    });

    test('contacts-per-queue-per-day groups by day, queue and channel', () => {
      const q = sql(byName['contacts-per-queue-per-day'].QueryString);
      expect(q).toContain('SELECT date(from_iso8601_timestamp(initiationtimestamp)) AS contact_date, queue.name AS queue_name, channel, count(*) AS contacts');
      expect(q).toContain('WHERE queue.arn IS NOT NULL');
      expect(q).toContain('GROUP BY date(from_iso8601_timestamp(initiationtimestamp)), queue.name, channel');
    });

    test('callback-outcomes filters callbacks and splits connected / not connected', () => {
      const q = sql(byName['callback-outcomes'].QueryString);
      expect(q).toContain("WHERE initiationmethod = 'CALLBACK'");
      expect(q).toContain("CASE WHEN agent.connectedtoagenttimestamp IS NOT NULL THEN 'CONNECTED_TO_AGENT' ELSE 'NOT_CONNECTED' END AS outcome");
      expect(q).toMatch(/GROUP BY .*disconnectreason ORDER BY/);
    });
  });
});

function expectBalancedParentheses(q: string): void {
  let depth = 0;
  let inString = false;
  for (const ch of q) {
    if (ch === "'") inString = !inString;
    if (inString) continue;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(inString).toBe(false);
  expect(depth).toBe(0);
}

describe('ContactRecordStream options', () => {
  test('provisioned stream, longer retention, agent events stream with its own storage config', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', {
      contactCenter,
      streamMode: kinesis.StreamMode.PROVISIONED,
      shardCount: 2,
      retentionPeriod: Duration.days(7),
      agentEvents: true,
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Kinesis::Stream', 2);
    template.allResourcesProperties('AWS::Kinesis::Stream', {
      ShardCount: 2,
      RetentionPeriodHours: 168,
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      StreamEncryption: { EncryptionType: 'KMS', KeyId: Match.anyValue() },
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'AGENT_EVENTS',
      StorageType: 'KINESIS_STREAM',
      KinesisStreamConfig: { StreamArn: { 'Fn::GetAtt': [stack.getLogicalId(records.agentEventsStream!.node.defaultChild as any), 'Arn'] } },
    });
    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 2);
    // Each config references its stream's ARN and the stream its key's ARN: no DependsOn (cfn-lint W3005).
    for (const config of Object.values(template.findResources('AWS::Connect::InstanceStorageConfig'))) {
      expect(config.DependsOn).toBeUndefined();
    }
  });

  test('contact records straight to Firehose: Direct PUT encrypted with the key, no stream, Firehose storage config', () => {
    const { stack, contactCenter } = imported();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter, contactRecordsDestination: StreamingDestination.KINESIS_FIREHOSE });
    const template = Template.fromStack(stack);
    const keyArn = { 'Fn::GetAtt': [stack.getLogicalId(records.encryptionKey.node.defaultChild as any), 'Arn'] };
    template.resourceCountIs('AWS::Kinesis::Stream', 0);
    expect(records.stream).toBeUndefined();
    template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      DeliveryStreamType: 'DirectPut',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn },
      KinesisStreamSourceConfiguration: Match.absent(),
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      InstanceArn: INSTANCE_ARN,
      ResourceType: 'CONTACT_TRACE_RECORDS',
      StorageType: 'KINESIS_FIREHOSE',
      KinesisFirehoseConfig: { FirehoseArn: { 'Fn::GetAtt': [stack.getLogicalId(records.deliveryStream!), 'Arn'] } },
    });
    // no stream read permissions, no service-linked role needed in the key policy
    const firehosePolicy = Object.entries(template.findResources('AWS::IAM::Policy')).find(([k]) => k.startsWith('RecordsArchiveRole'))![1];
    expect(firehosePolicy.Properties.PolicyDocument.Statement.map((x: any) => x.Sid)).toEqual(['WriteArchive', 'UseKey', 'WriteDeliveryErrorLogs']);
    expect(JSON.stringify(template.findResources('AWS::KMS::Key'))).not.toContain('AllowConnectServiceLinkedRole');
    // stream-only features explain themselves
    expect(() => records.metricIteratorAge()).toThrow(/metricIteratorAge needs the contact record stream, and contact records go straight to Firehose/);
    expect(() => records.grantRead(new iam.Role(stack, 'R', { assumedBy: new iam.AccountRootPrincipal() }))).toThrow(/nothing to read \(use grantQuery/);
    expect(records.metricIncomingRecords().namespace).toBe('AWS/Firehose');
    expect(records.metricIncomingRecords().metricName).toBe('IncomingRecords');
  });

  test('Firehose for contact records with a Kinesis stream for agent events', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', {
      contactCenter, contactRecordsDestination: StreamingDestination.KINESIS_FIREHOSE, agentEvents: true, retentionPeriod: Duration.days(2),
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Kinesis::Stream', 1);
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', { ResourceType: 'AGENT_EVENTS', StorageType: 'KINESIS_STREAM' });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', { ResourceType: 'CONTACT_TRACE_RECORDS', StorageType: 'KINESIS_FIREHOSE' });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowConnectServiceLinkedRoleToWriteEncryptedStream' })]) },
    });
    records.grantRead(new iam.Role(stack, 'R', { assumedBy: new iam.AccountRootPrincipal() }));
  });

  test('archive off: only the stream and its storage config, stream retained', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter, archive: false });
    const template = Template.fromStack(stack);
    template.hasResource('AWS::Kinesis::Stream', { DeletionPolicy: 'Retain' });
    for (const type of ['AWS::KinesisFirehose::DeliveryStream', 'AWS::S3::Bucket', 'AWS::Glue::Table', 'AWS::Athena::WorkGroup', 'AWS::Athena::NamedQuery']) {
      template.resourceCountIs(type, 0);
    }
    expect(records.archiveBucket).toBeUndefined();
    expect(() => records.addNamedQuery('Q', { name: 'q', sql: 'SELECT 1' })).toThrow(/named queries need the archive/);
    expect(() => records.metricArchiveDataFreshness()).toThrow(/there is no archive/);
  });

  test('no warnings with defaults', () => {
    const { stack, contactCenter } = setup();
    new ContactRecordStream(stack, 'Records', { contactCenter, agentEvents: true });
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  test('imported contact center with an explicit service-linked role', () => {
    const { stack, contactCenter } = imported();
    new ContactRecordStream(stack, 'Records', { contactCenter, serviceLinkedRoleArn: SLR_ARN });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { AWS: SLR_ARN }, Action: 'kms:GenerateDataKey' })]) },
    });
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', { InstanceArn: INSTANCE_ARN, ResourceType: 'CONTACT_TRACE_RECORDS' });
  });

  test('imported contact center that knows its service-linked role', () => {
    const { stack, contactCenter } = imported({ serviceLinkedRoleArn: SLR_ARN });
    new ContactRecordStream(stack, 'Records', { contactCenter });
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { AWS: SLR_ARN } })]) },
    });
  });

  test('imported key: used as is, with a warning that its policy must allow the service-linked role', () => {
    const { stack, contactCenter } = imported({ serviceLinkedRoleArn: SLR_ARN });
    const keyArn = 'arn:aws:kms:eu-west-2:111122223333:key/0c5d6a71-3c4a-4a9e-9d0e-1f2a3b4c5d6e';
    new ContactRecordStream(stack, 'Records', { contactCenter, encryptionKey: kms.Key.fromKeyArn(stack, 'Key', keyArn) });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::KMS::Key', 0);
    template.hasResourceProperties('AWS::Kinesis::Stream', { StreamEncryption: { EncryptionType: 'KMS', KeyId: keyArn } });
    Annotations.fromStack(stack).hasWarning('/Stack/Records', Match.stringLikeRegexp(`add a statement allowing ${SLR_ARN.replace(/[/.]/g, '.')} kms:GenerateDataKey`));
  });

  test('imported key and unknown service-linked role: accepted with a warning', () => {
    const { stack, contactCenter } = imported();
    const keyArn = 'arn:aws:kms:eu-west-2:111122223333:key/0c5d6a71-3c4a-4a9e-9d0e-1f2a3b4c5d6e';
    new ContactRecordStream(stack, 'Records', { contactCenter, encryptionKey: kms.Key.fromKeyArn(stack, 'Key', keyArn) });
    Annotations.fromStack(stack).hasWarning('/Stack/Records', Match.stringLikeRegexp("make sure it allows the instance's service-linked role kms:GenerateDataKey"));
  });

  test('custom names, buffering, expiry; removal policies', () => {
    const { stack, contactCenter } = setup();
    new ContactRecordStream(stack, 'Records', {
      contactCenter,
      databaseName: 'connect_archive',
      tableName: 'ctr',
      workGroupName: 'connect-analytics',
      archiveBufferInterval: Duration.seconds(60),
      archiveBufferSizeMiB: 128,
      archiveExpireAfter: Duration.days(3650),
      removalPolicy: RemovalPolicy.DESTROY,
      streamRemovalPolicy: RemovalPolicy.RETAIN,
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Glue::Table', { DatabaseName: 'connect_archive', TableInput: Match.objectLike({ Name: 'ctr' }) });
    template.hasResourceProperties('AWS::Athena::WorkGroup', { Name: 'connect-analytics' });
    template.hasResourceProperties('AWS::Athena::NamedQuery', { QueryString: Match.stringLikeRegexp('FROM "connect_archive"."ctr" r') });
    template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      ExtendedS3DestinationConfiguration: Match.objectLike({ BufferingHints: { IntervalInSeconds: 60, SizeInMBs: 128 } }),
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Id: 'ContactRecords', Prefix: 'contact-records/', ExpirationInDays: 3650 })]) },
    });
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
    template.hasResource('AWS::Kinesis::Stream', { DeletionPolicy: 'Retain' });
  });

  test('addNamedQuery saves more queries in the workgroup', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter });
    records.addNamedQuery('Abandoned', {
      name: 'abandoned',
      description: 'Contacts that never reached an agent',
      sql: `SELECT contactid FROM "${records.databaseName}"."${records.tableName}" WHERE agent IS NULL`,
    });
    expect(records.namedQueries).toHaveLength(4);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Athena::NamedQuery', 4);
    template.hasResourceProperties('AWS::Athena::NamedQuery', { Name: 'abandoned', Database: records.databaseName, QueryString: Match.stringLikeRegexp('WHERE agent IS NULL') });
    expect(() => records.addNamedQuery('Empty', { name: '', sql: 'SELECT 1' })).toThrow(/invalid options.name "": must be between 1 and 128 characters/);
  });
});

describe('ContactRecordStream grants, consumers and metrics', () => {
  test('grantRead covers both streams and the key', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter, agentEvents: true });
    const role = new iam.Role(stack, 'Analytics', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    records.grantRead(role);
    const policy = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy')).find(([k]) => k.startsWith('AnalyticsDefaultPolicy'))![1];
    const statements = policy.Properties.PolicyDocument.Statement;
    const kinesisResources = statements.filter((s: any) => ([] as unknown[]).concat(s.Action).includes('kinesis:GetRecords')).flatMap((s: any) => ([] as unknown[]).concat(s.Resource));
    expect(kinesisResources).toEqual(expect.arrayContaining([
      { 'Fn::GetAtt': [stack.getLogicalId(records.stream!.node.defaultChild as any), 'Arn'] },
      { 'Fn::GetAtt': [stack.getLogicalId(records.agentEventsStream!.node.defaultChild as any), 'Arn'] },
    ]));
    expect(statements).toEqual(expect.arrayContaining([expect.objectContaining({ Action: 'kms:Decrypt' })]));
  });

  test('grantQuery: workgroup, catalog, read records, read/write results, key', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter, workGroupName: 'connect-analytics', databaseName: 'connect_archive' });
    const analyst = new iam.Role(stack, 'Analyst', { assumedBy: new iam.AccountRootPrincipal() });
    records.grantQuery(analyst);
    const policy = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::Policy')).find(([k]) => k.startsWith('AnalystDefaultPolicy'))![1];
    const statements: any[] = policy.Properties.PolicyDocument.Statement;
    const json = JSON.stringify(stack.resolve(statements));
    expect(statements[0]).toMatchObject({
      Action: expect.arrayContaining(['athena:StartQueryExecution', 'athena:GetQueryResults']),
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':athena:eu-west-2:111122223333:workgroup/connect-analytics']] },
    });
    expect(statements[1].Action).toEqual(expect.arrayContaining(['glue:GetTable', 'glue:GetPartitions']));
    expect(json).toContain(':glue:eu-west-2:111122223333:table/connect_archive/*');
    expect(json).toContain('/contact-records/*');
    expect(json).toContain('/athena-results/*');
    expect(json).toContain('s3:PutObject');
    expect(json).toContain('kms:GenerateDataKey*');
    expect(json).not.toContain('"Resource":"*"');
  });

  test('grantQuery needs the archive', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter, archive: false });
    expect(() => records.grantQuery(new iam.Role(stack, 'Analyst', { assumedBy: new iam.AccountRootPrincipal() })))
      .toThrow(/nothing to query without the archive/);
  });

  test('addConsumer attaches a Lambda with safe retry defaults', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter, agentEvents: true });
    const fn = new lambda.Function(stack, 'Consumer', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}'),
    });
    records.addConsumer(fn);
    records.addConsumer(fn, { agentEvents: true, batchSize: 10 });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [stack.getLogicalId(records.stream!.node.defaultChild as any), 'Arn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      MaximumRetryAttempts: 3,
      BisectBatchOnFunctionError: true,
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [stack.getLogicalId(records.agentEventsStream!.node.defaultChild as any), 'Arn'] },
      BatchSize: 10,
    });
  });

  test('addConsumer for agent events needs the agent events stream', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter });
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:eu-west-2:111122223333:function:consumer');
    expect(() => records.addConsumer(fn, { agentEvents: true })).toThrow(/Stack\/Records: invalid options.agentEvents true: this ContactRecordStream has no agent events stream/);
    expect(() => records.metricIncomingAgentEvents()).toThrow(/no agent events stream/);
  });

  test('metrics: namespaces, dimensions, statistics; caller options kept, dimensions pinned', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter, agentEvents: true });
    const age = records.metricIteratorAge({ period: Duration.minutes(1) });
    expect(age.namespace).toBe('AWS/Kinesis');
    expect(age.metricName).toBe('GetRecords.IteratorAgeMilliseconds');
    expect(age.statistic).toBe('Maximum');
    expect(age.period.toMinutes()).toBe(1);
    expect(stack.resolve(age.dimensions)).toEqual({ StreamName: { Ref: stack.getLogicalId(records.stream!.node.defaultChild as any) } });
    const incoming = records.metricIncomingRecords();
    expect(incoming.metricName).toBe('IncomingRecords');
    expect(incoming.statistic).toBe('Sum');
    expect(records.metricIncomingAgentEvents().metricName).toBe('IncomingRecords');
    expect(records.metricWriteThrottles().metricName).toBe('WriteProvisionedThroughputExceeded');
    const freshness = records.metricArchiveDataFreshness({ dimensionsMap: { DeliveryStreamName: 'other' }, statistic: 'Average' });
    expect(freshness.namespace).toBe('AWS/Firehose');
    expect(freshness.metricName).toBe('DeliveryToS3.DataFreshness');
    expect(freshness.statistic).toBe('Average');
    expect(stack.resolve(freshness.dimensions)).toEqual({ DeliveryStreamName: { Ref: stack.getLogicalId(records.deliveryStream!) } });
  });
});

describe('ContactRecordStream bad input', () => {
  const cases: Array<[string, (stack: Stack) => object, RegExp]> = [
    ['agent events on Firehose', () => ({ agentEvents: true, agentEventsDestination: StreamingDestination.KINESIS_FIREHOSE }),
      /invalid agentEventsDestination "KINESIS_FIREHOSE": Amazon Connect streams agent events to Kinesis Data Streams only/],
    ['agent events destination without agent events', () => ({ agentEvents: false, agentEventsDestination: StreamingDestination.KINESIS_DATA_STREAM }),
      /invalid agentEventsDestination "KINESIS_STREAM": only meaningful with agentEvents: true/],
    ['Firehose for contact records without the archive', () => ({ contactRecordsDestination: StreamingDestination.KINESIS_FIREHOSE, archive: false }),
      /invalid archive false: contactRecordsDestination KINESIS_FIREHOSE delivers into the archive's Firehose/],
    ['stream options without a stream', () => ({ contactRecordsDestination: StreamingDestination.KINESIS_FIREHOSE, retentionPeriod: Duration.days(2) }),
      /invalid retentionPeriod "2 days": there is no Kinesis data stream to configure/],
    ['agent events destination with agent events unset', () => ({ agentEventsDestination: StreamingDestination.KINESIS_DATA_STREAM }),
      /invalid agentEventsDestination "KINESIS_STREAM": only meaningful with agentEvents: true/],
    ['retention below 24 hours', () => ({ retentionPeriod: Duration.hours(12) }),
      /invalid retentionPeriod "12 hours": Kinesis Data Streams retain records for a whole number of hours between 24 \(1 day\) and 8760 \(365 days\)/],
    ['retention above 365 days', () => ({ retentionPeriod: Duration.days(366) }), /invalid retentionPeriod "366 days"/],
    ['fractional retention', () => ({ retentionPeriod: Duration.minutes(24 * 60 + 30) }), /invalid retentionPeriod/],
    ['shard count with on-demand (default) mode', () => ({ shardCount: 4 }),
      /invalid shardCount 4: a shard count is only allowed with streamMode StreamMode.PROVISIONED/],
    ['zero shards', () => ({ streamMode: kinesis.StreamMode.PROVISIONED, shardCount: 0 }), /invalid shardCount 0: must be a whole number, at least 1/],
    ['buffer interval too long', () => ({ archiveBufferInterval: Duration.minutes(20) }), /invalid archiveBufferInterval "20 minutes": Firehose buffers between 0 and 900/],
    ['buffer size too big', () => ({ archiveBufferSizeMiB: 256 }), /invalid archiveBufferSizeMiB 256: Firehose buffers between 1 and 128 MiB/],
    ['archive option without archive', () => ({ archive: false, databaseName: 'x' }), /invalid databaseName "x": only allowed when archive is on/],
    ['archive expiry without archive, shown as a duration', () => ({ archive: false, archiveExpireAfter: Duration.days(30) }),
      /Stack\/Records: invalid archiveExpireAfter "30 days": only allowed when archive is on/],
    ['access logs without archive, shown by path', (stack) => ({ archive: false, serverAccessLogsBucket: new s3.Bucket(stack, 'Logs') }),
      /invalid serverAccessLogsBucket "Stack\/Logs": only allowed when archive is on/],
    ['a destination outside the enum', () => ({ contactRecordsDestination: 'S3' as StreamingDestination }),
      /Stack\/Records: invalid contactRecordsDestination "S3": must be one of StreamingDestination.KINESIS_DATA_STREAM, StreamingDestination.KINESIS_FIREHOSE/],
    ['an agent events destination outside the enum', () => ({ agentEvents: true, agentEventsDestination: 'FIREHOSE' as StreamingDestination }),
      /invalid agentEventsDestination "FIREHOSE": must be one of StreamingDestination/],
    ['a stream mode outside the enum', () => ({ streamMode: 'FAST' as kinesis.StreamMode }),
      /Stack\/Records: invalid streamMode "FAST": must be one of kinesis.StreamMode.PROVISIONED, kinesis.StreamMode.ON_DEMAND/],
    ['bad database name', () => ({ databaseName: 'Contact-Records' }), /invalid databaseName "Contact-Records": Glue\/Athena database names/],
    ['bad workgroup name', () => ({ workGroupName: 'has space' }), /invalid workGroupName "has space"/],
    ['not a service-linked role', () => ({ serviceLinkedRoleArn: 'arn:aws:iam::111122223333:role/MyRole' }),
      /invalid serviceLinkedRoleArn "arn:aws:iam::111122223333:role\/MyRole": expected the instance's service-linked role/],
    ['AWS managed key', (stack) => ({ encryptionKey: kms.Alias.fromAliasName(stack, 'AwsKinesis', 'alias/aws/kinesis') }),
      /invalid encryptionKey "alias\/aws\/kinesis": alias\/aws\/kinesis is an AWS managed key; an encrypted stream Connect writes to needs a customer managed key/],
    ['AWS managed key by alias ARN', (stack) => ({ encryptionKey: kms.Key.fromKeyArn(stack, 'A', 'arn:aws:kms:eu-west-2:111122223333:alias/aws/kinesis') }),
      /invalid encryptionKey "arn:aws:kms:eu-west-2:111122223333:alias\/aws\/kinesis": this is an AWS managed key/],
    ['alias ARN', (stack) => ({ encryptionKey: kms.Key.fromKeyArn(stack, 'A', 'arn:aws:kms:eu-west-2:111122223333:alias/ctr') }),
      /invalid encryptionKey "arn:aws:kms:eu-west-2:111122223333:alias\/ctr"/],
  ];
  test.each(cases)('%s', (_name, props, error) => {
    const { stack, contactCenter } = setup();
    expect(() => new ContactRecordStream(stack, 'Records', { contactCenter, ...props(stack) })).toThrow(error);
  });

  test('imported contact center without a known service-linked role fails clearly', () => {
    const { stack, contactCenter } = imported();
    expect(() => new ContactRecordStream(stack, 'Records', { contactCenter }))
      .toThrow(/Stack\/Records: invalid serviceLinkedRoleArn undefined: the instance's service-linked role is unknown .* Connect drops contact records silently/);
  });

  test('two streams cannot both take contact records of one instance', () => {
    const { stack, contactCenter } = setup();
    new ContactRecordStream(stack, 'Records', { contactCenter });
    expect(() => new ContactRecordStream(stack, 'More', { contactCenter }))
      .toThrow(/allows one CONTACT_TRACE_RECORDS storage config per instance and Stack\/Records already registers one/);
  });
});

describe('ContactRecordStream cdk-nag', () => {
  test('AwsSolutions finds nothing with contact records straight to Firehose', () => {
    const { stack, contactCenter } = setup();
    const logs = new s3.Bucket(stack, 'AccessLogs', { encryption: s3.BucketEncryption.S3_MANAGED, enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
    NagSuppressions.addResourceSuppressions(logs, [{ id: 'AwsSolutions-S1', reason: 'This is the access-log bucket itself.' }]);
    new ContactRecordStream(stack, 'Records', { contactCenter, contactRecordsDestination: StreamingDestination.KINESIS_FIREHOSE, serverAccessLogsBucket: logs });
    Aspects.of(stack).add(new AwsSolutionsChecks());
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors.map((e) => `${e.id}: ${e.entry.data}`)).toEqual([]);
  });

  test('AwsSolutions finds nothing (access logs on; Firehose suppressions are built in and justified)', () => {
    const { stack, contactCenter } = setup();
    const logs = new s3.Bucket(stack, 'AccessLogs', { encryption: s3.BucketEncryption.S3_MANAGED, enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
    NagSuppressions.addResourceSuppressions(logs, [{ id: 'AwsSolutions-S1', reason: 'This is the access-log bucket itself.' }]);
    new ContactRecordStream(stack, 'Records', { contactCenter, agentEvents: true, serverAccessLogsBucket: logs });
    Aspects.of(stack).add(new AwsSolutionsChecks());
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors.map((e) => `${e.id}: ${e.entry.data}`)).toEqual([]);
  });

  test('AwsSolutions finds nothing with defaults', () => {
    const { stack, contactCenter } = setup();
    new ContactRecordStream(stack, 'Records', { contactCenter });
    Aspects.of(stack).add(new AwsSolutionsChecks());
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  });

  test('the built-in suppressions are exactly the justified ones', () => {
    const { stack, contactCenter } = setup();
    const records = new ContactRecordStream(stack, 'Records', { contactCenter });
    const template = Template.fromStack(stack);
    const suppressed = Object.values(template.toJSON().Resources as Record<string, any>)
      .flatMap((r) => r.Metadata?.cdk_nag?.rules_to_suppress ?? [])
      .map((s: any) => s.id).sort();
    expect(suppressed).toEqual(['AwsSolutions-IAM5', 'AwsSolutions-KDF1', 'AwsSolutions-S1']);
    expect(records.deliveryStream).toBeDefined();
  });
});
