import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FlowSimulator, SimulationOutcome } from '../../src';

const ROOT = path.join(__dirname, '..', '..');

/** Runs the README's flow module and streaming program as written; returns its synthesized template. */
function readmeModulesTemplate(): any {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const block = [...readme.matchAll(/```ts[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes("'ModulesAndStreaming'"));
  expect(block).toBeDefined();
  const code = block!
    .replace(/from 'cdk-contact-center'/g, `from ${JSON.stringify(path.join(ROOT, 'src', 'index'))}`)
    .replace(/from '(aws-cdk-lib|constructs)(\/[^']*)?'/g, (_, pkg, sub) => `from ${JSON.stringify(require.resolve(`${pkg}${sub ?? ''}`))}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-modules-'));
  const file = path.join(dir, 'app.ts');
  fs.writeFileSync(file, code);
  process.env.CDK_OUTDIR = path.join(dir, 'cdk.out');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  } finally {
    delete process.env.CDK_OUTDIR;
  }
  return JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'ModulesAndStreaming.template.json'), 'utf-8'));
}

describe('README: a flow module invoked with the contract check, and live media streaming', () => {
  const template = readmeModulesTemplate();
  const simulator = FlowSimulator.fromTemplate(template);

  test('the module sends its number input as a number and is invoked by its ID', () => {
    const flow = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::Connect::ContactFlow');
    const parts: any[] = flow.Properties.Content['Fn::Join'][1];
    const doc = JSON.parse(parts.map((p) => (typeof p === 'string' ? p : '<token>')).join(''));
    const invoke = doc.Actions.find((a: any) => a.Type === 'InvokeFlowModule');
    expect(invoke.Parameters).toEqual({ FlowModuleId: '<token>', Input: { accountNumber: '$.Attributes.accountNumber', attempts: 1 } });
    const moduleId = Object.keys(template.Resources).find((k) => template.Resources[k].Type === 'AWS::Connect::ContactFlowModule');
    expect(parts).toContainEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': [moduleId, 'ContactFlowModuleArn'] }] }] });
  });

  test('the call is streamed, runs the module, keeps its result data and reaches the queue', () => {
    const r = simulator.simulate({ flow: 'Checked and streamed', contact: { attributes: { accountNumber: '123' } } });
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.path).toEqual(['StartStreaming', 'CheckAccount', 'Return', 'RememberTier', 'SetQueue', 'ToQueue']);
    expect(r.attributes.tier).toBe('silver');
    expect(r.mediaStreaming).toBe(true);
  });

  test('a full queue stops streaming before hanging up', () => {
    const r = simulator.simulate({ flow: 'Checked and streamed', queueAtCapacity: true });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.path.slice(-2)).toEqual(['StopStreaming', 'HangUp']);
    expect(r.mediaStreaming).toBe(false);
  });
});
