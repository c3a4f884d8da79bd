import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';
import { FlowSimulator, SimulationOutcome } from '../../src';
import { CliIo, main } from '../../src/cli';

const ROOT = path.join(__dirname, '..', '..');
const template = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
const scenario = (name: string) => FlowSimulator.parseScenario(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'scenarios', `${name}.json`), 'utf-8')));

describe('reference app inbound flow', () => {
  const simulator = FlowSimulator.fromTemplate(template);

  test('a VIP caller in hours gets priority 1 and the support queue', () => {
    const r = simulator.simulate(scenario('vip-caller'));
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.queue).toMatch(/^ContactCenterSupportQueue/);
    expect(r.path).toEqual(['Welcome', 'CheckHours', 'LookupCustomer', 'IsVip', 'VipPriority', 'SetSupportQueue', 'ToQueue']);
    expect(r.lambdaCalls).toHaveLength(1);
    expect(r.lambdaCalls[0].parameters).toEqual({ caller: '+15555550100' });
  });

  test('after hours the goodbye module says the closed message, returns through "done" and the caller is disconnected', () => {
    const r = simulator.simulate(scenario('after-hours'));
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.prompts).toEqual([
      'Thank you for calling Acme.',
      'We are closed. Please call again between 8 AM and 6 PM, Monday to Friday. Thank you for calling Acme. Goodbye.',
    ]);
    expect(r.flows).toEqual(['Main menu', 'Goodbye']);
    expect(r.path).toEqual(['Welcome', 'CheckHours', 'Closed', 'Say', 'Return', 'Goodbye']);
    expect(r.lambdaCalls).toHaveLength(0);
    expect(r.warnings).toEqual([]);
  });

  test('a full queue invokes the same module with another reason', () => {
    const r = simulator.simulate({ ...scenario('vip-caller'), queueAtCapacity: true });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.path.slice(-5)).toEqual(['ToQueue', 'Busy', 'Say', 'Return', 'Goodbye']);
    expect(r.prompts[r.prompts.length - 1]).toBe('All our agents are busy. Please call again later. Thank you for calling Acme. Goodbye.');
  });

  test('the module is invoked by its ID, taken from its ARN, with its input as the contract declares it', () => {
    const flow = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::Connect::ContactFlow' && r.Properties.Name === 'Main menu');
    const moduleId = Object.keys(template.Resources).find((k) => template.Resources[k].Type === 'AWS::Connect::ContactFlowModule');
    const parts: any[] = flow.Properties.Content['Fn::Join'][1];
    expect(parts).toContainEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': [moduleId, 'ContactFlowModuleArn'] }] }] });
    const doc = JSON.parse(parts.map((p) => (typeof p === 'string' ? p : '<token>')).join(''));
    expect(doc.Actions.find((a: any) => a.Identifier === 'Busy').Parameters)
      .toEqual({ FlowModuleId: '<token>', Input: { reason: 'All our agents are busy. Please call again later.' } });
  });

  test('a failing lookup still reaches the support queue, without VIP priority', () => {
    const r = simulator.simulate(scenario('lookup-fails'));
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.path).toEqual(['Welcome', 'CheckHours', 'LookupCustomer', 'SetSupportQueue', 'ToQueue']);
  });

  test('the README shows the diagram and the transcript the code produces', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
    const flow = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::Connect::ContactFlow' && r.Properties.Name === 'Main menu');
    expect(flow).toBeDefined();
    const file = 'cdk.out/ReferenceContactCenter.template.json';
    let out = '';
    const io: CliIo = {
      out: (t) => { out += t; },
      err: (t) => { throw new Error(t); },
      readFile: (p) => (p === file ? JSON.stringify(template) : fs.readFileSync(p, 'utf-8')),
      writeFile: () => { throw new Error('no files are written'); },
    };
    expect(main(['diagram', file, '--flow', 'Main menu'], io)).toBe(0);
    expect(readme).toContain('```mermaid\n' + out.trimEnd() + '\n```');
    out = '';
    expect(main(['simulate', file, '--scenario', path.join(ROOT, 'examples', 'scenarios', 'vip-caller.json')], io)).toBe(0);
    expect(readme).toContain('```\n' + out.trimEnd() + '\n```');
    expect(out).toContain('Outcome: TRANSFERRED_TO_QUEUE');
  });
});
