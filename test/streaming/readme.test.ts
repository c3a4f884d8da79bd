import { App, Duration, Stack, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ContactCenter, ContactRecordStream } from '../../src';
import { readmeExample, testExample } from '../storage/readme-example';

/**
 * The README's "Contact record streaming" example is the code between the README markers below:
 * this test compiles and runs it, and fails when the README and the code drift apart.
 */
test('README example: contact record streaming', () => {
  // README:begin
  const app = new App();
  const stack = new Stack(app, 'StreamingStack');
  const contactCenter = new ContactCenter(stack, 'ContactCenter', { instanceAlias: 'acme-support' });

  const records = new ContactRecordStream(stack, 'ContactRecords', {
    contactCenter,
    retentionPeriod: Duration.days(7),
    agentEvents: true,
  });

  // Analysts run the saved queries (and their own) in the Athena workgroup.
  const analysts = new iam.Role(stack, 'Analysts', { assumedBy: new iam.AccountRootPrincipal() });
  records.grantQuery(analysts);

  // A Lambda function sees every contact record as it arrives.
  const onContact = new lambda.Function(stack, 'OnContact', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (event) => console.log(event.Records.length);'),
  });
  records.addConsumer(onContact);

  // Page someone when records wait in the stream for more than a minute.
  records.metricIteratorAge().createAlarm(stack, 'ContactRecordsLagging', {
    threshold: 60_000,
    evaluationPeriods: 3,
  });
  // README:end

  const template = Template.fromStack(stack);
  template.resourceCountIs('AWS::Connect::InstanceStorageConfig', 2);
  template.resourceCountIs('AWS::Athena::NamedQuery', 3);
  template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
  expect(readmeExample('## Contact record streaming')).toBe(testExample(__filename));
});
