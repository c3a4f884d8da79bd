import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  Compare, ContactCenter, ContactFlow, ContactFlowModule, ContactFlowType, Disconnect, FlowCondition, FlowContent, FlowDefinition,
  FlowModuleContract, FlowModuleParameterType, FlowSimulator, FlowValue, IContactFlowModule, InvokeModule, Message, PlayPrompt,
  SimulationOutcome,
} from '../../src';

const contract: FlowModuleContract = {
  inputs: [{ name: 'tier', required: true }, { name: 'visits', type: FlowModuleParameterType.NUMBER }],
  outputs: [{ name: 'greeting' }, { name: 'visits', type: FlowModuleParameterType.NUMBER }],
  branches: [{ name: 'vip' }, { name: 'standard' }],
};

/** A module that greets by tier: gold returns through "vip", silver through "standard", anything else without a branch. */
const moduleContent = {
  Version: '2019-10-30',
  StartAction: 'Greet',
  Actions: [
    {
      Identifier: 'Greet',
      Type: 'MessageParticipant',
      Parameters: { Text: 'Checking your $.Modules.Input.tier account' },
      Transitions: { NextAction: 'Tier', Errors: [{ NextAction: 'Tier', ErrorType: 'NoMatchingError' }] },
    },
    {
      Identifier: 'Tier',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Modules.Input.tier' },
      Transitions: {
        NextAction: 'Plain',
        Conditions: [
          { NextAction: 'Vip', Condition: { Operator: 'Equals', Operands: ['gold'] } },
          { NextAction: 'Standard', Condition: { Operator: 'Equals', Operands: ['silver'] } },
        ],
        Errors: [{ NextAction: 'Plain', ErrorType: 'NoMatchingCondition' }],
      },
    },
    { Identifier: 'Vip', Type: 'EndFlowModuleExecution', Parameters: { Result: 'vip', ResultData: { greeting: 'Welcome back, $.Modules.Input.tier member', visits: 3 } }, Transitions: {} },
    { Identifier: 'Standard', Type: 'EndFlowModuleExecution', Parameters: { Result: 'standard' }, Transitions: {} },
    { Identifier: 'Plain', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
  ],
};

/** An inbound flow that invokes `module` and says which branch it came back through. */
function stackWith(moduleOf: (stack: Stack, cc: ContactCenter) => IContactFlowModule) {
  const app = new App();
  const stack = new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-test' });
  const module = moduleOf(stack, contactCenter);
  const bye = new Disconnect('Bye');
  const say = (id: string, text: string) => {
    const p = new PlayPrompt(id, { message: Message.text(text) });
    p.next(bye);
    return p;
  };
  const invoke = InvokeModule.fromModule('Lookup', { module, inputs: { tier: FlowValue.attribute('tier'), visits: FlowValue.literal('2') } })
    .onResult('vip', say('Vip', '$.Modules.ResultData.greeting ($.Modules.ResultData.visits visits, branch $.Modules.Result)'))
    .onResult('standard', say('Standard', 'Standard service'))
    .onError(say('Failed', 'The lookup failed'));
  const afterPlain = new Compare('AfterPlain', { value: FlowValue.text('$.Modules.Result') })
    .when(FlowCondition.textEquals('vip'), bye)
    .otherwise(say('Plain', 'Hello'));
  invoke.next(afterPlain);
  new ContactFlow(stack, 'Inbound', {
    contactCenter, name: 'Inbound', type: ContactFlowType.CONTACT_FLOW, content: FlowContent.fromDefinition(FlowDefinition.startWith(invoke)),
  });
  return FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());
}

describe('a module of the same template', () => {
  const simulator = stackWith((stack, contactCenter) => new ContactFlowModule(stack, 'TierModule', {
    contactCenter, name: 'Tier lookup', contract, content: FlowContent.fromJson(moduleContent),
  }));

  test('runs with the inputs, then the caller takes the branch the module returned through and reads its result data', () => {
    const r = simulator.simulate({ flow: 'Inbound', contact: { attributes: { tier: 'gold' } } });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.flows).toEqual(['Inbound', 'Tier lookup']);
    expect(r.path).toEqual(['Lookup', 'Greet', 'Tier', 'Vip', 'Vip', 'Bye']);
    expect(r.prompts).toEqual(['Checking your gold account', 'Welcome back, gold member (3 visits, branch vip)']);
    expect(r.events.map((e) => e.text)).toContain('returned from module "Tier lookup" to flow "Inbound" through branch "vip"');
    expect(r.warnings).toEqual([]);
  });

  test('another branch', () => {
    const r = simulator.simulate({ flow: 'Inbound', contact: { attributes: { tier: 'silver' } } });
    expect(r.prompts).toEqual(['Checking your silver account', 'Standard service']);
  });

  test('a return without Result takes the NextAction; $.Modules.Result is then unset', () => {
    const r = simulator.simulate({ flow: 'Inbound', contact: { attributes: { tier: 'bronze' } } });
    expect(r.path).toEqual(['Lookup', 'Greet', 'Tier', 'Plain', 'AfterPlain', 'Plain', 'Bye']);
    expect(r.prompts).toEqual(['Checking your bronze account', 'Hello']);
  });

  test('$.Modules.Input is the module\'s own: unset in the caller', () => {
    const r = simulator.simulate({ flow: 'Tier lookup', contact: { attributes: { tier: 'gold' } } });
    expect(r.prompts).toEqual(['Checking your  account']);
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
  });
});

describe('a module outside the template', () => {
  const simulator = stackWith((stack) => ContactFlowModule.fromContactFlowModuleAttributes(stack, 'Imported', {
    contactFlowModuleArn: 'arn:aws:connect:us-east-1:123456789012:instance/abc/flow-module/m-1', contract,
  }));

  test('is a recorded action that succeeds by default', () => {
    const r = simulator.simulate({ flow: 'Inbound', contact: { attributes: { tier: 'gold' } } });
    expect(r.path).toEqual(['Lookup', 'AfterPlain', 'Plain', 'Bye']);
    expect(r.recordedActions).toEqual([{
      actionType: 'InvokeFlowModule',
      actionIdentifier: 'Lookup',
      result: 'success',
      parameters: { FlowModuleId: 'm-1', Input: JSON.stringify({ tier: 'gold', visits: 2 }) },
    }]);
  });

  test('takes its branch from actionResults, by Identifier or by type', () => {
    expect(simulator.simulate({ flow: 'Inbound', actionResults: { Lookup: ['vip'] } }).path).toEqual(['Lookup', 'Vip', 'Bye']);
    expect(simulator.simulate({ flow: 'Inbound', actionResults: { InvokeFlowModule: ['standard'] } }).prompts).toEqual(['Standard service']);
    expect(simulator.simulate({ flow: 'Inbound', actionResults: { Lookup: ['NoMatchingError'] } }).prompts).toEqual(['The lookup failed']);
  });

  test('a branch the caller has no condition for continues with NextAction, with a warning', () => {
    const r = simulator.simulate({ flow: 'Inbound', actionResults: { Lookup: ['gold'] } });
    expect(r.path).toEqual(['Lookup', 'AfterPlain', 'Plain', 'Bye']);
    expect(r.warnings).toEqual([expect.stringMatching(/"Lookup" \(InvokeFlowModule\): the module returned through branch "gold", which this block has no condition for/)]);
  });
});

describe('module references as console exports write them', () => {
  const module = {
    Version: '2019-10-30',
    StartAction: 'Return',
    Settings: { InputParameters: [], OutputParameters: [], Transitions: [] },
    Actions: [{ Identifier: 'Return', Type: 'EndFlowModuleExecution', Parameters: { Result: 'done' }, Transitions: {} }],
  };
  const flow = (moduleId: string) => ({
    Version: '2019-10-30',
    StartAction: 'Invoke',
    Actions: [
      {
        Identifier: 'Invoke',
        Type: 'InvokeFlowModule',
        Parameters: { FlowModuleId: moduleId },
        Transitions: {
          NextAction: 'Bye',
          Conditions: [{ NextAction: 'Done', Condition: { Operator: 'Equals', Operands: ['done'] } }],
          Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingCondition' }, { NextAction: 'Bye', ErrorType: 'NoMatchingError' }],
        },
      },
      { Identifier: 'Done', Type: 'MessageParticipant', Parameters: { Text: 'Done' }, Transitions: { NextAction: 'Bye' } },
      { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });
  const template = (moduleId: any) => ({
    Resources: {
      Instance: { Type: 'AWS::Connect::Instance', Properties: {} },
      Mod: { Type: 'AWS::Connect::ContactFlowModule', Properties: { InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Name: 'Mod', Content: JSON.stringify(module) } },
      Other: { Type: 'AWS::Connect::ContactFlow', Properties: { InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Name: 'Other', Type: 'CONTACT_FLOW', Content: JSON.stringify(flow('x')) } },
      Flow: {
        Type: 'AWS::Connect::ContactFlow',
        Properties: { InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Name: 'Main', Type: 'CONTACT_FLOW', Content: { 'Fn::Join': ['', [JSON.stringify(flow('@@')).split('@@')[0], moduleId, JSON.stringify(flow('@@')).split('@@')[1]]] } },
      },
    },
  });

  test.each([
    ['the ARN', { 'Fn::GetAtt': ['Mod', 'ContactFlowModuleArn'] }],
    ['the ID with a version suffix', { 'Fn::Join': ['', [{ 'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Mod', 'ContactFlowModuleArn'] }] }] }, ':$LATEST']] }],
  ])('%s', (_name, moduleId) => {
    const r = FlowSimulator.fromTemplate(template(moduleId)).simulate({ flow: 'Main' });
    expect(r.flows).toEqual(['Main', 'Mod']);
    expect(r.prompts).toEqual(['Done']);
  });

  test('a flow that is not a module takes the error branch', () => {
    const r = FlowSimulator.fromTemplate(template({ 'Fn::GetAtt': ['Other', 'ContactFlowArn'] })).simulate({ flow: 'Main' });
    expect(r.path).toEqual(['Invoke', 'Bye']);
    expect(r.events.map((e) => e.text)).toContain('NoMatchingError: "Other" is a flow, not a flow module');
  });
});
