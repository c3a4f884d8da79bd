import { App, Duration, Stack, aws_iam as iam, aws_kms as kms } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ContactCenter, LiveMediaStreaming, RecordingBucket } from '../../src';

function setup() {
  const app = new App();
  const stack = new Stack(app, 'Media', { env: { account: '123456789012', region: 'eu-west-2' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-media' });
  return { app, stack, contactCenter };
}

describe('LiveMediaStreaming', () => {
  test('MEDIA_STREAMS storage config with prefix, retention and a rotated customer managed key', () => {
    const { stack, contactCenter } = setup();
    const media = new LiveMediaStreaming(stack, 'Live', { contactCenter, prefix: 'acme-calls', retention: Duration.hours(48) });
    expect(media.prefix).toBe('acme-calls');
    expect(media.retentionHours).toBe(48);
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
      ResourceType: 'MEDIA_STREAMS',
      StorageType: 'KINESIS_VIDEO_STREAM',
      KinesisVideoStreamConfig: {
        Prefix: 'acme-calls',
        RetentionPeriodHours: 48,
        EncryptionConfig: { EncryptionType: 'KMS', KeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LiveKey'), 'Arn'] } },
      },
    });
    t.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ EnableKeyRotation: true }) });
  });

  test('defaults: prefix "live-media", 24 hours; coexists with recordings storage', () => {
    const { stack, contactCenter } = setup();
    new LiveMediaStreaming(stack, 'Live', { contactCenter });
    new RecordingBucket(stack, 'Recordings', { contactCenter });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'MEDIA_STREAMS',
      KinesisVideoStreamConfig: Match.objectLike({ Prefix: 'live-media', RetentionPeriodHours: 24 }),
    });
    t.resourceCountIs('AWS::Connect::InstanceStorageConfig', 3);
  });

  test('grantRead: Kinesis Video read actions scoped to the prefix, and decrypt on the key', () => {
    const { stack, contactCenter } = setup();
    const media = new LiveMediaStreaming(stack, 'Live', { contactCenter, prefix: 'acme-calls' });
    const consumer = new iam.Role(stack, 'Transcriber', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    media.grantRead(consumer);
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Transcriber') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Action: ['kinesisvideo:GetDataEndpoint', 'kinesisvideo:GetMedia', 'kinesisvideo:DescribeStream', 'kinesisvideo:ListFragments', 'kinesisvideo:GetMediaForFragmentList'],
            Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kinesisvideo:eu-west-2:123456789012:stream/acme-calls*']] },
          },
          { Effect: 'Allow', Action: 'kms:Decrypt', Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LiveKey'), 'Arn'] } },
        ]),
      },
    });
  });

  test('an existing customer managed key given by ARN is used as is', () => {
    const { stack, contactCenter } = setup();
    const key = kms.Key.fromKeyArn(stack, 'Existing', 'arn:aws:kms:eu-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    new LiveMediaStreaming(stack, 'Live', { contactCenter, encryptionKey: key, retention: Duration.hours(0) });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::KMS::Key', 0);
    t.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      KinesisVideoStreamConfig: Match.objectLike({ RetentionPeriodHours: 0, EncryptionConfig: { EncryptionType: 'KMS', KeyId: 'arn:aws:kms:eu-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }),
    });
  });

  describe('bad input', () => {
    test('prefix, retention, key and a second MEDIA_STREAMS config', () => {
      const { stack, contactCenter } = setup();
      expect(() => new LiveMediaStreaming(stack, 'P', { contactCenter, prefix: 'has space' })).toThrow(/Media\/P: invalid prefix "has space": use letters, digits/);
      expect(() => new LiveMediaStreaming(stack, 'L', { contactCenter, prefix: 'x'.repeat(129) })).toThrow(/Media\/L: invalid prefix .*between 1 and 128/);
      expect(() => new LiveMediaStreaming(stack, 'R', { contactCenter, retention: Duration.minutes(90) })).toThrow(/Media\/R: invalid retention 1 hour 30 minutes: must be a whole number of hours between 0 and 87600/);
      expect(() => new LiveMediaStreaming(stack, 'R2', { contactCenter, retention: Duration.days(3651) })).toThrow(/Media\/R2: invalid retention/);
      const alias = kms.Alias.fromAliasName(stack, 'Aws', 'alias/aws/kinesisvideo');
      expect(() => new LiveMediaStreaming(stack, 'K', { contactCenter, encryptionKey: alias })).toThrow(/Media\/K: invalid encryptionKey "alias\/aws\/kinesisvideo": .*AWS managed key/);
      new LiveMediaStreaming(stack, 'First', { contactCenter });
      expect(() => new LiveMediaStreaming(stack, 'Second', { contactCenter }))
        .toThrow(/Media\/Second: invalid contactCenter "Media\/CC": Amazon Connect allows one MEDIA_STREAMS storage config per instance and Media\/First already registers one/);
    });
  });
});
