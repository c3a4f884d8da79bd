import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { ContactCenter, ContactFlow, ContactFlowTest } from '../../src';

/**
 * cfn-lint on a stack with a test case. cfn-lint 1.51's resource schemas do not include
 * AWS::Connect::TestCase (E3006 "Resource type ... does not exist"): that one finding, on the test
 * case only, is tolerated; every other finding fails, and once cfn-lint knows the type its property
 * checks apply in full.
 */
test('cfn-lint reports nothing else on a stack with a ContactFlowTest', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-tc-lint-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'TestCaseLint', { env: { account: '123456789012', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-tests' });
  const flow = ContactFlow.fromContactFlowArn(stack, 'Flow', 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/contact-flow/ffffffff-2222-3333-4444-555555555555');
  const test = new ContactFlowTest(stack, 'PressOne', {
    contactCenter,
    flow,
    scenario: { description: 'press 1', contact: { customerNumber: '+15555550123' }, inputs: [{ digits: '1' }], expect: { attributes: { a: 'b' } } },
    tags: { team: 'ivr' },
  });
  const template = path.join(app.synth().directory, 'TestCaseLint.template.json');
  const r = spawnSync('cfn-lint', ['--format', 'json', '--', template], { encoding: 'utf-8' });
  if (r.error) throw r.error;
  const findings: any[] = JSON.parse(r.stdout || '[]');
  const testCaseId = stack.getLogicalId(test.resource);
  const rest = findings.filter((f) => !(f.Rule.Id === 'E3006' && f.Location.Path[1] === testCaseId && /AWS::Connect::TestCase/.test(f.Message)));
  expect(rest.map((f) => `${f.Rule.Id} at ${f.Location.Path.join('/')}: ${f.Message}`)).toEqual([]);
});
