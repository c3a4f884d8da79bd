import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { checkShape } from './shape';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';
import { CliIo, main } from '../../src/cli';

const ROOT = path.join(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
const INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';
const SCENARIO = 'examples/scenarios/directory-billing.json';
const TEMPLATE = 'cdk.out/ReferenceContactCenter.template.json';

/** Runs the CLI in-process against the reference app's synthesized template; returns its output. */
function cli(args: string[]): string {
  const template = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
  let out = '';
  const io: CliIo = {
    out: (t) => { out += t; },
    err: (t) => { throw new Error(t); },
    readFile: (p) => (p === TEMPLATE ? JSON.stringify(template) : fs.readFileSync(path.join(ROOT, p), 'utf-8')),
    writeFile: () => { throw new Error('no files are written'); },
  };
  expect(main(args, io)).toBe(0);
  return out;
}

test('the README shows a reference scenario, its offline transcript and its test case as the code produces them', () => {
  const start = README.indexOf('### One scenario, two runs: a native Connect test case');
  expect(start).toBeGreaterThan(0);
  const section = README.slice(start, README.indexOf('\n## ', start));
  const blocks = [...section.matchAll(/```(json|)\n([\s\S]*?)```/g)].map((m) => m[2]);
  const [scenario, transcript, testCase] = blocks;
  expect(scenario).toBe(fs.readFileSync(path.join(ROOT, SCENARIO), 'utf-8'));
  expect(section).toContain(`\`npx cdk-contact-center simulate ${TEMPLATE} --scenario ${SCENARIO}\``);
  expect(transcript).toBe(cli(['simulate', TEMPLATE, '--scenario', SCENARIO]));
  const exported = cli([
    'export-test', SCENARIO, '--template', TEMPLATE,
    '--hours', `ContactCenterBusinessHours15FFB5FA=${INSTANCE}/operating-hours/hhhh`,
    '--queue', `BillingQueue8B703BAB=${INSTANCE}/queue/qqqq`,
    '--utterance', 'Billing=billing',
    '--leave-out', 'expect.lambdaCalls',
  ]);
  expect(section).toContain('`npx cdk-contact-center export-test examples/scenarios/directory-billing.json --template cdk.out/ReferenceContactCenter.template.json '
    + '--hours ContactCenterBusinessHours15FFB5FA=<hours ARN> --queue BillingQueue8B703BAB=<queue ARN> --utterance Billing=billing --leave-out expect.lambdaCalls`');
  expect(testCase).toBe(exported);
  checkShape(JSON.parse(testCase));
  // The reference app deploys that same content, with the deployed ARNs.
  expect(fs.readFileSync(path.join(ROOT, 'examples', 'reference-stack.ts'), 'utf-8')).toContain("'directory-billing': ['expect.lambdaCalls']");
});
