import { App, Aspects, Stack, aws_sqs as sqs } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NagSuppressions } from 'cdk-nag';
import { exampleStackApps } from './apps';

/**
 * Findings accepted, each with its reason, by construct path (a pattern, so that they apply to every
 * app). The README's "Security" section lists them.
 */
const ACCEPTED: Array<{ path: RegExp; id: string; reason: string }> = [
  {
    path: /^ReferenceContactCenterStack\/LookupCustomer\/ServiceRole$/,
    id: 'AwsSolutions-IAM4',
    reason: 'The example\'s own function uses the basic execution role: CloudWatch Logs access only.',
  },
  {
    path: /^ReferenceContactCenterStack\/LookupCustomer$/,
    id: 'AwsSolutions-L1',
    reason: 'The example pins Node.js 22, the newest runtime of the aws-cdk-lib floor (2.220); newer aws-cdk-lib versions know newer runtimes.',
  },
  {
    path: /\/AWS679f53fac002430cb0da5b7982bd2287$/,
    id: 'CdkNagValidationFailure',
    reason: 'AwsSolutions-L1 cannot read the runtime of the aws-cdk-lib AwsCustomResource provider (a per-region map of the latest Node.js runtime); the runtime is current by construction.',
  },
  {
    path: /^OrderStatusStack\/(UpdateOrderRole|BotRole)\/DefaultPolicy$/,
    id: 'AwsSolutions-IAM5',
    reason: 'Actions on "*" that have no resource ARN here: the order-status example texts the caller\'s number (SNS Publish with PhoneNumber; its table and key permissions are scoped), and its bot speaks with polly:SynthesizeSpeech (no resource-level permissions but lexicons).',
  },
  {
    path: /\/ContactRecords\/Stream$/,
    id: 'AwsSolutions-KDS3',
    reason: 'Contact records are personal data: the stream is encrypted with a customer managed key by design (the warning is about cost).',
  },
];

describe('cdk-nag AwsSolutions over every example app', () => {
  const applied = new Set<string>();
  const apps = exampleStackApps((app) => {
    for (const construct of app.node.findAll()) {
      const accepted = ACCEPTED.filter((a) => a.path.test(construct.node.path));
      accepted.forEach((a) => applied.add(a.id));
      if (accepted.length > 0) NagSuppressions.addResourceSuppressions(construct, accepted.map(({ id, reason }) => ({ id, reason })), true);
    }
    Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  });

  test('checks the reference app and the agent directory', () => {
    expect(apps.map((a) => a.name)).toEqual(expect.arrayContaining(['ReferenceContactCenterStack', 'LiveMediaStreamingStack', 'AgentDirectoryExampleStack']));
  });

  test('every accepted finding applies to a construct of the apps', () => {
    expect([...applied].sort()).toEqual(ACCEPTED.map((a) => a.id).sort());
  });

  test.each(apps.map((a) => [a.name, a] as const))('%s: no unsuppressed finding (errors or warnings)', (_name, app) => {
    const findings = app.assembly.stacksRecursively.flatMap((stack) => stack.messages
      .filter((m) => /AwsSolutions-/.test(String(m.entry.data)) && (m.level === 'error' || m.level === 'warning'))
      .map((m) => `${m.level} ${m.id}: ${String(m.entry.data).split('\n')[0]}`));
    expect(findings).toEqual([]);
    // cdk-nag did run: the app has resources it checks.
    expect(app.assembly.stacksRecursively.length).toBeGreaterThanOrEqual(1);
  });

  test('the same check reports a finding on an unencrypted, non-TLS queue (canary)', () => {
    const app = new App();
    const stack = new Stack(app, 'Canary');
    new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    Aspects.of(app).add(new AwsSolutionsChecks());
    const messages = app.synth().getStackByName('Canary').messages.map((m) => String(m.entry.data));
    expect(messages.some((m) => m.includes('AwsSolutions-SQS4'))).toBe(true);
  });
});
