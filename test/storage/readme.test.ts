import { App, Duration, Stack, aws_iam as iam, aws_s3 as s3, aws_s3_notifications as s3n, aws_sqs as sqs } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readmeExample, testExample } from './readme-example';
import { ContactCenter, RecordingBucket } from '../../src';

/**
 * The README's "Recording storage" example is the code between the README markers below: this
 * test compiles and runs it, and fails when the README and the code drift apart.
 */
test('README example: recording storage', () => {
  // README:begin
  const app = new App();
  const stack = new Stack(app, 'RecordingsStack');
  const contactCenter = new ContactCenter(stack, 'ContactCenter', { instanceAlias: 'acme-support' });

  const recordings = new RecordingBucket(stack, 'Recordings', {
    contactCenter,
    expireAfter: Duration.days(7 * 365), // keep recordings for seven years
    objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(365)),
  });

  // A QA tool reads recordings and transcripts (objects and key).
  const qaTool = new iam.Role(stack, 'QaTool', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  recordings.grantRead(qaTool);

  // Every new call recording, uploaded in one piece or in parts, lands in a queue.
  const newRecordings = new sqs.Queue(stack, 'NewRecordings', { enforceSSL: true });
  recordings.onRecordingCreated(new s3n.SqsDestination(newRecordings), { suffix: '.wav' });
  // README:end

  const template = Template.fromStack(stack);
  template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 2);
  template.hasResourceProperties('AWS::S3::Bucket', { ObjectLockEnabled: true });
  expect(readmeExample('## Recording storage')).toBe(testExample(__filename));
});
