import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, CfnWaitConditionHandle, NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Agent, AgentDirectory, AgentOptions } from '../../src';
import { baseStack } from '../contact-center/helpers';

type Base = ReturnType<typeof baseStack>;

function agent(base: Base, i: number): AgentOptions {
  return {
    username: `agent${i}`,
    firstName: 'Agent',
    lastName: String(i),
    extension: String(10_000 + i),
    routingProfile: base.routingProfile,
    securityProfiles: [base.securityProfile],
  };
}

/** Stack number of every agent, by ID. */
function placement(directory: AgentDirectory): Map<string, string> {
  return new Map(directory.agents.map((a) => [a.node.id, Stack.of(a).node.id]));
}

function resourcesIn(stack: Stack): number {
  return stack.node.findAll().filter((c) => CfnResource.isCfnResource(c)).length;
}

describe('AgentDirectory', () => {
  describe('1,000 agents', () => {
    const base = baseStack();
    const directory = new AgentDirectory(base.stack, 'Directory', { contactCenter: base.cc, maxAgents: 1000 });
    for (let i = 0; i < 1000; i++) directory.addAgent(`Agent${i}`, agent(base, i));
    const assembly = base.app.synth();

    test('spread over ceil(maxAgents / 150) nested stacks, none empty', () => {
      expect(directory.stackCount).toBe(7);
      expect(directory.stacks.map((s) => s.node.id)).toEqual(['Agents0', 'Agents1', 'Agents2', 'Agents3', 'Agents4', 'Agents5', 'Agents6']);
      const counts = directory.stacks.map((s) => directory.agents.filter((a) => Stack.of(a) === s).length);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
      for (const n of counts) expect(n).toBeGreaterThan(100);
      Template.fromStack(base.stack).resourceCountIs('AWS::CloudFormation::Stack', 7);
      Template.fromStack(base.stack).resourceCountIs('AWS::Connect::User', 0);
    });

    test('every template within 500 resources and 1 MB', () => {
      const templates = [base.stack, ...directory.stacks].map((s) => Template.fromStack(s).toJSON());
      let users = 0;
      for (const t of templates) {
        expect(Object.keys(t.Resources).length).toBeLessThanOrEqual(500);
        expect(Buffer.byteLength(JSON.stringify(t))).toBeLessThanOrEqual(1024 * 1024);
        users += Object.values<any>(t.Resources).filter((r) => r.Type === 'AWS::Connect::User').length;
      }
      expect(users).toBe(1000);
      // The nested templates are files of the cloud assembly.
      const files = fs.readdirSync(assembly.directory).filter((f) => f.endsWith('.nested.template.json'));
      expect(files.length).toBe(7);
      for (const f of files) expect(fs.statSync(path.join(assembly.directory, f)).size).toBeLessThanOrEqual(1024 * 1024);
    });

    test('references to the instance and the profiles resolve through nested-stack parameters', () => {
      const nested = directory.stacks[0];
      const template = Template.fromStack(nested).toJSON();
      const user = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::Connect::User');
      for (const prop of ['InstanceArn', 'RoutingProfileArn']) {
        const ref = user.Properties[prop].Ref;
        expect(template.Parameters[ref]).toBeDefined();
      }
      expect(template.Parameters[user.Properties.SecurityProfileArns[0].Ref]).toBeDefined();
      // The parent passes the parameters from its own resources.
      const parent = Template.fromStack(base.stack).toJSON();
      const nestedResource = parent.Resources[base.stack.getLogicalId(nested.nestedStackResource as CfnResource)];
      const passed = JSON.stringify(nestedResource.Properties.Parameters);
      for (const cfn of [base.cc.node.defaultChild, base.routingProfile.node.defaultChild, base.securityProfile.node.defaultChild]) {
        expect(passed).toContain(base.stack.getLogicalId(cfn as CfnResource));
      }
      // The password is a dynamic reference to the agent's secret in the same nested stack.
      expect(JSON.stringify(user.Properties.Password)).toContain('{{resolve:secretsmanager:');
    });
  });

  test('adding or removing agents never moves another agent to another stack', () => {
    const build = (ids: number[]) => {
      const base = baseStack();
      const directory = new AgentDirectory(base.stack, 'Directory', { contactCenter: base.cc, maxAgents: 3000 });
      for (const i of ids) directory.addAgent(`Agent${i}`, agent(base, i));
      return placement(directory);
    };
    const before = build([...Array(300).keys()]);
    const after = build([...Array(600).keys()].filter((i) => i % 7 !== 0));
    let compared = 0;
    for (const [id, stack] of after) {
      if (!before.has(id)) continue;
      expect(`${id} in ${stack}`).toEqual(`${id} in ${before.get(id)}`);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });

  test('raising maxAgents by one stack moves only about 1/(stacks) of the agents', () => {
    const build = (maxAgents: number) => {
      const base = baseStack();
      const directory = new AgentDirectory(base.stack, 'Directory', { contactCenter: base.cc, maxAgents });
      for (let i = 0; i < 1000; i++) directory.addAgent(`Agent${i}`, agent(base, i));
      return placement(directory);
    };
    const ten = build(1500); // 10 stacks
    const eleven = build(1650); // 11 stacks
    const moved = [...ten].filter(([id, stack]) => eleven.get(id) !== stack);
    expect(moved.length).toBeGreaterThan(40);
    expect(moved.length).toBeLessThan(150); // ~1000 / 11
    for (const [id] of moved) expect(eleven.get(id)).toBe('Agents10');
  });

  test('extensions are unique across nested stacks and the parent stack', () => {
    const base = baseStack();
    const directory = new AgentDirectory(base.stack, 'Directory', { contactCenter: base.cc, maxAgents: 3000 });
    for (let i = 0; i < 100; i++) directory.addAgent(`Agent${i}`, agent(base, i));
    const first = directory.agents[0];
    // An ID that lands in another stack than Agent0 (found in a throwaway directory of the same size).
    const probeBase = baseStack();
    const probe = new AgentDirectory(probeBase.stack, 'Directory', { contactCenter: probeBase.cc, maxAgents: 3000 });
    const dupId = [...Array(20).keys()].map((i) => `Dup${i}`).find((id) => {
      const a = probe.addAgent(id, { ...agent(probeBase, 0), extension: undefined });
      return Stack.of(a).node.id !== Stack.of(first).node.id;
    })!;
    expect(dupId).toBeDefined();
    expect(() => directory.addAgent(dupId, { ...agent(base, 100), extension: first.extension }))
      .toThrow(/invalid extension "10000": already used by Test\/Directory\/Agents\d+\/Agent0; extensions must be unique/);
    // Also against an agent created directly in the parent stack.
    new Agent(base.stack, 'Direct', { contactCenter: base.cc, ...agent(base, 500) });
    expect(() => directory.addAgent('Dup2', { ...agent(base, 101), extension: '10500' }))
      .toThrow(/invalid extension "10500": already used by Test\/Direct/);
  });

  test('more than 500 resources in a nested stack fails at synth, naming the stack', () => {
    const base = baseStack();
    const directory = new AgentDirectory(base.stack, 'Directory', { contactCenter: base.cc, maxAgents: 240, agentsPerStack: 240 });
    for (let i = 0; i < 240; i++) directory.addAgent(`Agent${i}`, agent(base, i));
    const nested: NestedStack = directory.stacks[0];
    expect(resourcesIn(nested)).toBe(480);
    expect(() => base.app.synth()).not.toThrow();

    const base2 = baseStack();
    const full = new AgentDirectory(base2.stack, 'Directory', { contactCenter: base2.cc, maxAgents: 240, agentsPerStack: 240 });
    for (let i = 0; i < 240; i++) full.addAgent(`Agent${i}`, agent(base2, i));
    for (let i = 0; i < 21; i++) new CfnWaitConditionHandle(full.stacks[0], `Extra${i}`);
    expect(() => base2.app.synth()).toThrow(/Test\/Directory\/Agents0: 501 resources, CloudFormation allows 500 per template/);
  });

  test('invalid input fails naming the construct, the prop and the value', () => {
    const base = baseStack();
    expect(() => new AgentDirectory(base.stack, 'D1', { contactCenter: base.cc, maxAgents: 0 }))
      .toThrow('Test/D1: invalid maxAgents 0: must be an integer between 1 and 100000');
    expect(() => new AgentDirectory(base.stack, 'D2', { contactCenter: base.cc, maxAgents: 10, agentsPerStack: 241 }))
      .toThrow('Test/D2: invalid agentsPerStack 241: must be an integer between 1 and 240');
    const directory = new AgentDirectory(base.stack, 'D3', { contactCenter: base.cc, maxAgents: 2 });
    directory.addAgent('A', agent(base, 1));
    expect(() => directory.addAgent('A', agent(base, 2))).toThrow('Test/D3: invalid id "A": already used by another agent');
    directory.addAgent('B', agent(base, 2));
    expect(() => directory.addAgent('C', agent(base, 3))).toThrow('Test/D3: invalid maxAgents 2: the directory is full');
  });

  test('works with a contact center in another stack (exports and imports)', () => {
    const base = baseStack();
    const other = new Stack(base.app, 'People', { env: { account: '123456789012', region: 'us-east-1' } });
    const directory = new AgentDirectory(other, 'Directory', { contactCenter: base.cc, maxAgents: 10 });
    directory.addAgent('Jane', agent(base, 1));
    const assembly = base.app.synth();
    expect(Object.keys(assembly.getStackByName('Test').template.Outputs ?? {}).length).toBeGreaterThanOrEqual(1);
    const nested = JSON.stringify(Template.fromStack(directory.stacks[0]).toJSON());
    expect(nested).toContain('Fn::ImportValue');
  });
});
