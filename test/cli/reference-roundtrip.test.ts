import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { runCli as cli } from './run-cli';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';

const ROOT = path.join(__dirname, '..', '..');
const HOURS_ARN = 'arn:aws:connect:us-east-1:444455556666:instance/prod-1/operating-hours/hours-1';
const QUEUE_ARN = 'arn:aws:connect:us-east-1:444455556666:instance/prod-1/queue/billing-1';

test('the README\'s exported directory-billing test case runs back through test with the same ARN options', () => {
  const template = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
  const ids = Object.keys(template.Resources);
  const hoursId = ids.find((id) => id.startsWith('ContactCenterBusinessHours'))!;
  const queueId = ids.find((id) => id.startsWith('BillingQueue') && template.Resources[id].Type === 'AWS::Connect::Queue')!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-roundtrip-'));
  const t = path.join(dir, 'ReferenceContactCenter.template.json');
  fs.writeFileSync(t, JSON.stringify(template));
  const arns = ['--hours', `${hoursId}=${HOURS_ARN}`, '--queue', `${queueId}=${QUEUE_ARN}`];
  const exported = cli(['export-test', path.join(ROOT, 'examples/scenarios/directory-billing.json'), '--template', t, ...arns,
    '--utterance', 'Billing=billing', '--leave-out', 'expect.lambdaCalls', '--out', path.join(dir, 'tc.json')]);
  expect(exported.err).toBe('');
  expect(exported.code).toBe(0);
  const tc = path.join(dir, 'directory-billing.test-case.json');
  fs.writeFileSync(tc, JSON.stringify(JSON.parse(exported.written[path.join(dir, 'tc.json')])));
  const back = cli(['test', tc, '--template', t, '--flow', 'Company directory', '--utterance', 'Billing=billing', ...arns]);
  expect(back.out).toBe(`PASS ${tc}\n1 passed, 0 failed\n`);
  expect(back.code).toBe(0);
});
