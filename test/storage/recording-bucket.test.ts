import { App, Aspects, Duration, RemovalPolicy, Stack, aws_iam as iam, aws_kms as kms, aws_s3 as s3, aws_s3_notifications as s3n, aws_sqs as sqs } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, NagSuppressions } from 'cdk-nag';
import { ContactCenter } from '../../src/contact-center/contact-center';
import { IContactCenter } from '../../src/core/contact-center';
import { RecordingBucket } from '../../src/storage';

function setup(): { app: App; stack: Stack; contactCenter: ContactCenter } {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111122223333', region: 'eu-west-2' } });
  const contactCenter = new ContactCenter(stack, 'ContactCenter', { instanceAlias: 'acme-support' });
  return { app, stack, contactCenter };
}

const INSTANCE_ARN = 'arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555';

describe('RecordingBucket defaults', () => {
  const { stack, contactCenter } = setup();
  const recordings = new RecordingBucket(stack, 'Recordings', { contactCenter });
  const template = Template.fromStack(stack);
  const keyRef = { 'Fn::GetAtt': [stack.getLogicalId(recordings.encryptionKey.node.defaultChild as kms.CfnKey), 'Arn'] };
  const bucketRef = { Ref: stack.getLogicalId(recordings.bucket.node.defaultChild as s3.CfnBucket) };
  const instanceArn = { 'Fn::GetAtt': [stack.getLogicalId(contactCenter.cfnInstance), 'Arn'] };

  test('registers CALL_RECORDINGS and CHAT_TRANSCRIPTS with their own prefixes and the full key ARN', () => {
    template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 2);
    for (const [type, prefix] of [['CALL_RECORDINGS', 'CallRecordings'], ['CHAT_TRANSCRIPTS', 'ChatTranscripts']]) {
      template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
        InstanceArn: instanceArn,
        ResourceType: type,
        StorageType: 'S3',
        S3Config: {
          BucketName: bucketRef,
          BucketPrefix: prefix,
          EncryptionConfig: { EncryptionType: 'KMS', KeyId: keyRef },
        },
      });
    }
    expect(recordings.callRecordingsPrefix).toBe('CallRecordings');
    expect(recordings.scheduledReportsPrefix).toBeUndefined();
  });

  test('storage configs wait for the bucket policy; the bucket is ordered by its Ref alone (no redundant DependsOn, cfn-lint W3005)', () => {
    const configs = template.findResources('AWS::Connect::InstanceStorageConfig');
    const policyId = Object.keys(template.findResources('AWS::S3::BucketPolicy'))[0];
    expect(Object.keys(configs).length).toBeGreaterThan(0);
    for (const c of Object.values(configs)) {
      expect(c.DependsOn).toEqual([policyId]);
      expect(JSON.stringify(c.Properties)).toContain(Object.keys(template.findResources('AWS::S3::Bucket'))[0]);
    }
  });

  test('customer managed key with rotation, retained', () => {
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({ EnableKeyRotation: true }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('bucket: SSE-KMS with bucket key, versioning, public access blocked, owner enforced, retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyRef },
          }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      }),
    });
    const bucket = Object.values(template.findResources('AWS::S3::Bucket'))[0];
    expect(bucket.Properties.ObjectLockEnabled).toBeUndefined();
  });

  test('bucket policy denies non-TLS and TLS < 1.2', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]),
      },
    });
  });

  test('lifecycle: Glacier Instant Retrieval after 90 days, noncurrent versions after 30, no expiry', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          {
            Id: 'RecordingsLifecycle',
            Status: 'Enabled',
            Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 90 }],
            NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          },
          { Id: 'RemoveExpiredDeleteMarkers', Status: 'Enabled', ExpiredObjectDeleteMarker: true },
        ],
      },
    });
  });
});

describe('RecordingBucket options', () => {
  test('retention, colder class, object lock in governance mode, access logs and reports', () => {
    const { stack, contactCenter } = setup();
    const logs = new s3.Bucket(stack, 'Logs');
    new RecordingBucket(stack, 'Recordings', {
      contactCenter,
      transitionAfter: Duration.days(30),
      transitionStorageClass: s3.StorageClass.GLACIER,
      expireAfter: Duration.days(2555),
      noncurrentVersionExpiration: Duration.days(7),
      objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(365)),
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'recordings/',
      chatTranscripts: false,
      scheduledReports: true,
      scheduledReportsPrefix: 'connect/reports',
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 365 } } },
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.anyValue() }, LogFilePrefix: 'recordings/' },
      LifecycleConfiguration: {
        Rules: [{
          Id: 'RecordingsLifecycle',
          Status: 'Enabled',
          Transitions: [{ StorageClass: 'GLACIER', TransitionInDays: 30 }],
          ExpirationInDays: 2555,
          NoncurrentVersionExpiration: { NoncurrentDays: 7 },
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        }],
      },
    });
    const types = Object.values(template.findResources('AWS::Connect::InstanceStorageConfig'))
      .map((r) => `${r.Properties.ResourceType}=${r.Properties.S3Config.BucketPrefix}`).sort();
    expect(types).toEqual(['CALL_RECORDINGS=CallRecordings', 'SCHEDULED_REPORTS=connect/reports']);
  });

  test('a given customer managed key is used as is (full ARN in the storage config), no key is created', () => {
    const { stack, contactCenter } = setup();
    const keyArn = 'arn:aws:kms:eu-west-2:111122223333:key/0c5d6a71-3c4a-4a9e-9d0e-1f2a3b4c5d6e';
    new RecordingBucket(stack, 'Recordings', { contactCenter, encryptionKey: kms.Key.fromKeyArn(stack, 'Key', keyArn) });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::KMS::Key', 0);
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      S3Config: Match.objectLike({ EncryptionConfig: { EncryptionType: 'KMS', KeyId: keyArn } }),
    });
  });

  test('removalPolicy DESTROY applies to bucket and key', () => {
    const { stack, contactCenter } = setup();
    new RecordingBucket(stack, 'Recordings', { contactCenter, removalPolicy: RemovalPolicy.DESTROY });
    const template = Template.fromStack(stack);
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
  });

  test('works with an imported contact center', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env: { account: '111122223333', region: 'eu-west-2' } });
    const contactCenter: IContactCenter = ContactCenter.fromInstanceArn(stack, 'Imported', INSTANCE_ARN);
    new RecordingBucket(stack, 'Recordings', { contactCenter });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      InstanceArn: INSTANCE_ARN, ResourceType: 'CALL_RECORDINGS',
    });
  });
});

describe('RecordingBucket grants and notifications', () => {
  test('grantRead gives object read and key decrypt', () => {
    const { stack, contactCenter } = setup();
    const recordings = new RecordingBucket(stack, 'Recordings', { contactCenter });
    const role = new iam.Role(stack, 'QaTool', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    recordings.grantRead(role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['s3:GetObject*', 's3:List*']), Effect: 'Allow' }),
          Match.objectLike({ Action: ['kms:Decrypt', 'kms:DescribeKey'], Effect: 'Allow' }),
        ]),
      },
    });
  });

  test('grantRead also works with an imported key', () => {
    const { stack, contactCenter } = setup();
    const keyArn = 'arn:aws:kms:eu-west-2:111122223333:key/0c5d6a71-3c4a-4a9e-9d0e-1f2a3b4c5d6e';
    const recordings = new RecordingBucket(stack, 'Recordings', { contactCenter, encryptionKey: kms.Key.fromKeyArn(stack, 'Key', keyArn) });
    const role = new iam.Role(stack, 'QaTool', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    recordings.grantRead(role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: keyArn })]) },
    });
  });

  test('onRecordingCreated subscribes to Put and CompleteMultipartUpload under the recordings prefix', () => {
    const { stack, contactCenter } = setup();
    const recordings = new RecordingBucket(stack, 'Recordings', { contactCenter });
    const queue = new sqs.Queue(stack, 'NewRecordings');
    recordings.onRecordingCreated(new s3n.SqsDestination(queue), { suffix: '.wav' });
    const filter = { Key: { FilterRules: [{ Name: 'suffix', Value: '.wav' }, { Name: 'prefix', Value: 'CallRecordings/' }] } };
    Template.fromStack(stack).hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          { Events: ['s3:ObjectCreated:Put'], Filter: filter, QueueArn: Match.anyValue() },
          { Events: ['s3:ObjectCreated:CompleteMultipartUpload'], Filter: filter, QueueArn: Match.anyValue() },
        ],
      },
    });
  });

  test('onRecordingCreated without call recordings needs a prefix', () => {
    const { stack, contactCenter } = setup();
    const recordings = new RecordingBucket(stack, 'Recordings', { contactCenter, callRecordings: false });
    const queue = new sqs.Queue(stack, 'NewTranscripts');
    expect(() => recordings.onRecordingCreated(new s3n.SqsDestination(queue)))
      .toThrow(/Stack\/Recordings: invalid options.prefix undefined: call recordings are not stored/);
    recordings.onRecordingCreated(new s3n.SqsDestination(queue), { prefix: 'ChatTranscripts/' });
  });
});

describe('RecordingBucket bad input', () => {
  const cases: Array<[string, (cc: IContactCenter, stack: Stack) => any, RegExp]> = [
    ['COMPLIANCE object lock', (cc) => ({ contactCenter: cc, objectLockDefaultRetention: s3.ObjectLockRetention.compliance(Duration.days(365)) }),
      /invalid objectLockDefaultRetention "COMPLIANCE": Amazon Connect does not support S3 Object Lock in COMPLIANCE mode/],
    ['expiry before transition', (cc) => ({ contactCenter: cc, expireAfter: Duration.days(30) }),
      /invalid expireAfter "30 days": .*expireAfter must be more than 90 days/],
    ['expiry equal to transition', (cc) => ({ contactCenter: cc, transitionAfter: Duration.days(60), expireAfter: Duration.days(60) }),
      /invalid expireAfter "60 days"/],
    ['fractional transition', (cc) => ({ contactCenter: cc, transitionAfter: Duration.hours(36) }),
      /invalid transitionAfter "1 day 12 hours": must be a whole number of days/],
    ['IA before 30 days', (cc) => ({ contactCenter: cc, transitionAfter: Duration.days(10), transitionStorageClass: s3.StorageClass.INFREQUENT_ACCESS }),
      /invalid transitionAfter "10 days": S3 moves objects to STANDARD_IA only after at least 30 days/],
    ['screen recordings (not a resource type AWS::Connect::InstanceStorageConfig accepts)', (cc) => ({ contactCenter: cc, screenRecordings: true }),
      /Stack\/Recordings: invalid screenRecordings true: AWS::Connect::InstanceStorageConfig does not accept the SCREEN_RECORDINGS resource type/],
    ['nothing stored', (cc) => ({ contactCenter: cc, callRecordings: false, chatTranscripts: false }),
      /invalid callRecordings false: enable at least one/],
    ['same prefix twice', (cc) => ({ contactCenter: cc, chatTranscriptsPrefix: 'CallRecordings' }),
      /invalid chatTranscriptsPrefix "CallRecordings": each storage type needs its own prefix/],
    ['nested prefix', (cc) => ({ contactCenter: cc, chatTranscriptsPrefix: 'CallRecordings/chat' }),
      /invalid chatTranscriptsPrefix "CallRecordings\/chat": each storage type needs its own prefix/],
    ['trailing slash', (cc) => ({ contactCenter: cc, callRecordingsPrefix: 'recordings/' }),
      /invalid callRecordingsPrefix "recordings\/": .*no leading or trailing/],
    ['bad bucket name', (cc) => ({ contactCenter: cc, bucketName: 'Recordings_Bucket' }),
      /invalid bucketName "Recordings_Bucket"/],
    ['a prefix for reports, which are off by default', (cc) => ({ contactCenter: cc, scheduledReportsPrefix: 'reports' }),
      /Stack\/Recordings: invalid scheduledReportsPrefix "reports": only used when scheduledReports is true, and scheduledReports is off/],
    ['a prefix for chat transcripts turned off', (cc) => ({ contactCenter: cc, chatTranscripts: false, chatTranscriptsPrefix: 'chats' }),
      /invalid chatTranscriptsPrefix "chats": only used when chatTranscripts is true/],
    ['log prefix without log bucket', (cc) => ({ contactCenter: cc, serverAccessLogsPrefix: 'x/' }),
      /invalid serverAccessLogsPrefix "x\/": only allowed together with serverAccessLogsBucket/],
    ['AWS managed key by alias', (cc, stack) => ({ contactCenter: cc, encryptionKey: kms.Alias.fromAliasName(stack, 'S3Key', 'alias/aws/s3') }),
      /invalid encryptionKey "alias\/aws\/s3": alias\/aws\/s3 is an AWS managed key; Amazon Connect storage encryption needs a customer managed key/],
    ['customer alias', (cc, stack) => ({ contactCenter: cc, encryptionKey: new kms.Key(stack, 'K').addAlias('alias/recordings') }),
      /invalid encryptionKey "a kms alias": an alias is not accepted/],
    ['alias ARN', (cc, stack) => ({ contactCenter: cc, encryptionKey: kms.Key.fromKeyArn(stack, 'AliasArn', 'arn:aws:kms:eu-west-2:111122223333:alias/recordings') }),
      /invalid encryptionKey "arn:aws:kms:eu-west-2:111122223333:alias\/recordings": .*needs the full ARN of a customer managed key/],
  ];
  test.each(cases)('%s', (_name, props, error) => {
    const { stack, contactCenter } = setup();
    expect(() => new RecordingBucket(stack, 'Recordings', props(contactCenter, stack))).toThrow(error);
  });

  test('two buckets cannot both store call recordings for one instance', () => {
    const { stack, contactCenter } = setup();
    new RecordingBucket(stack, 'Recordings', { contactCenter });
    expect(() => new RecordingBucket(stack, 'More', { contactCenter, chatTranscripts: false }))
      .toThrow(/Stack\/More: invalid contactCenter "Stack\/ContactCenter": Amazon Connect allows one CALL_RECORDINGS storage config per instance and Stack\/Recordings already registers one/);
    // a second bucket for another type is fine
    new RecordingBucket(stack, 'Reports', { contactCenter, callRecordings: false, chatTranscripts: false, scheduledReports: true });
  });

  test('warns when recordings expire soon after moving to Glacier', () => {
    const { stack, contactCenter } = setup();
    new RecordingBucket(stack, 'Recordings', { contactCenter, expireAfter: Duration.days(120) });
    Annotations.fromStack(stack).hasWarning('/Stack/Recordings', Match.stringLikeRegexp('charges the 90-day minimum storage duration'));
  });

  test('warns when a bucket with Object Lock is to be destroyed', () => {
    const { stack, contactCenter } = setup();
    new RecordingBucket(stack, 'Recordings', {
      contactCenter,
      removalPolicy: RemovalPolicy.DESTROY,
      objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(30)),
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Recordings', Match.stringLikeRegexp('cannot delete the bucket while locked object versions remain'));
  });

  test('no warnings with defaults', () => {
    const { stack, contactCenter } = setup();
    new RecordingBucket(stack, 'Recordings', { contactCenter });
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  test('warns when object lock outlives expiry', () => {
    const { stack, contactCenter } = setup();
    new RecordingBucket(stack, 'Recordings', {
      contactCenter,
      expireAfter: Duration.days(365),
      objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(730)),
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Recordings', Match.stringLikeRegexp('longer than expireAfter'));
  });
});

describe('RecordingBucket cdk-nag', () => {
  test('AwsSolutions finds nothing with server access logs on', () => {
    const { stack, contactCenter } = setup();
    const logs = new s3.Bucket(stack, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED, enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    });
    NagSuppressions.addResourceSuppressions(logs, [{ id: 'AwsSolutions-S1', reason: 'This is the access-log bucket itself.' }]);
    new RecordingBucket(stack, 'Recordings', { contactCenter, serverAccessLogsBucket: logs });
    Aspects.of(stack).add(new AwsSolutionsChecks());
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors.map((e) => `${e.id}: ${e.entry.data}`)).toEqual([]);
  });

  test('without access logs: clean, S1 suppressed on the bucket with a reason that says how to turn logging on', () => {
    const { stack, contactCenter } = setup();
    const recordings = new RecordingBucket(stack, 'Recordings', { contactCenter });
    Aspects.of(stack).add(new AwsSolutionsChecks());
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors).toEqual([]);
    const metadata = (recordings.bucket.node.defaultChild as s3.CfnBucket).getMetadata('cdk_nag');
    expect(metadata.rules_to_suppress).toEqual([{ id: 'AwsSolutions-S1', reason: expect.stringMatching(/opt-in \(serverAccessLogsBucket\)/) }]);
  });

  test('with access logs there is no S1 suppression', () => {
    const { stack, contactCenter } = setup();
    const recordings = new RecordingBucket(stack, 'Recordings', { contactCenter, serverAccessLogsBucket: new s3.Bucket(stack, 'Logs') });
    expect((recordings.bucket.node.defaultChild as s3.CfnBucket).getMetadata('cdk_nag')).toBeUndefined();
  });
});
