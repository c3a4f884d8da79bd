import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  ContactCenter, ContactFlow, ContactFlowModule, ContactFlowType, Disconnect, FlowBlock, FlowContent, FlowDefinition,
  FlowModuleContract, FlowModuleParameterType, FlowValue, InvokeModule, PlayPrompt, Message, validateFlow,
} from '../../../src';

const MODULE_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/flow-module/m1';

const contract: FlowModuleContract = {
  inputs: [
    { name: 'tier', required: true },
    { name: 'visits', type: FlowModuleParameterType.NUMBER },
    { name: 'known', type: FlowModuleParameterType.BOOLEAN },
  ],
  outputs: [{ name: 'greeting' }],
  branches: [{ name: 'vip' }, { name: 'standard' }],
};

function action(block: FlowBlock): any {
  return FlowDefinition.startWith(block).toDocument().Actions[0];
}

function setup() {
  const app = new App();
  const stack = new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-test' });
  const module = new ContactFlowModule(stack, 'Lookup', {
    contactCenter,
    name: 'Lookup',
    contract,
    content: FlowContent.fromJson({
      Version: '2019-10-30',
      StartAction: 'Return',
      Actions: [{ Identifier: 'Return', Type: 'EndFlowModuleExecution', Parameters: { Result: 'vip', ResultData: { greeting: 'hi' } }, Transitions: {} }],
    }),
  });
  const imported = ContactFlowModule.fromContactFlowModuleAttributes(stack, 'Imported', { contactFlowModuleArn: MODULE_ARN, contract });
  return { stack, contactCenter, module, imported };
}

describe('InvokeModule.fromModule', () => {
  test('renders the module ID, inputs in their declared JSON type and one condition per result branch', () => {
    const { imported } = setup();
    const vip = new Disconnect('Vip');
    const standard = new Disconnect('Standard');
    const block = InvokeModule.fromModule('Lookup', {
      module: imported,
      inputs: { tier: FlowValue.attribute('tier'), visits: FlowValue.literal('12'), known: FlowValue.literal('True') },
    }).onResult('vip', vip).onResult('standard', standard).onError(standard);
    block.next(standard);
    expect(action(block)).toEqual({
      Identifier: 'Lookup',
      Type: 'InvokeFlowModule',
      Parameters: { FlowModuleId: 'm1', Input: { tier: '$.Attributes.tier', visits: 12, known: true } },
      Transitions: {
        NextAction: 'Standard',
        Conditions: [
          { NextAction: 'Vip', Condition: { Operator: 'Equals', Operands: ['vip'] } },
          { NextAction: 'Standard', Condition: { Operator: 'Equals', Operands: ['standard'] } },
        ],
        Errors: [{ NextAction: 'Standard', ErrorType: 'NoMatchingError' }],
      },
    });
    expect(validateFlow(FlowDefinition.startWith(block).toDocument(), { flowType: ContactFlowType.CONTACT_FLOW }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('only inbound flows may invoke a module: a customer queue flow is rejected with the reason', () => {
    const { imported } = setup();
    const end = new Disconnect('End');
    const block = InvokeModule.fromModule('Lookup', { module: imported, inputs: { tier: FlowValue.literal('gold') } }).onError(end);
    block.next(end);
    const doc = FlowDefinition.startWith(block).toDocument();
    const errors = validateFlow(doc, { flowType: ContactFlowType.CUSTOMER_QUEUE }).filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.message)).toEqual([
      'InvokeFlowModule is not allowed in a CUSTOMER_QUEUE flow (allowed in CONTACT_FLOW, CAMPAIGN): the Invoke module block exists only in inbound flows',
    ]);
    expect(validateFlow(doc, { flowType: ContactFlowType.CAMPAIGN }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('a module of the same stack: FlowModuleId is the ID taken from its ARN token', () => {
    const { stack, contactCenter, module } = setup();
    const end = new Disconnect('End');
    const block = InvokeModule.fromModule('Lookup', { module, inputs: { tier: FlowValue.literal('gold') } }).onResult('vip', end);
    block.next(end);
    new ContactFlow(stack, 'Inbound', {
      contactCenter, name: 'Inbound', type: ContactFlowType.CONTACT_FLOW, content: FlowContent.fromDefinition(FlowDefinition.startWith(block)),
    });
    const flow = Object.values<any>(Template.fromStack(stack).findResources('AWS::Connect::ContactFlow'))[0];
    const content = JSON.stringify(flow.Properties.Content);
    const id = stack.getLogicalId(module.cfnContactFlowModule);
    expect(content).toContain(JSON.stringify({ 'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': [id, 'ContactFlowModuleArn'] }] }] }));
  });

  test('inputs are checked against the contract, naming the block and the prop', () => {
    const { imported } = setup();
    expect(() => InvokeModule.fromModule('M', { module: imported })).toThrow(/InvokeModule "M": invalid inputs .*input "tier" is required by the module/);
    expect(() => InvokeModule.fromModule('M', { module: imported, inputs: { tier: FlowValue.literal('a'), colour: FlowValue.literal('red') } }))
      .toThrow(/InvokeModule "M": invalid inputs .*input "colour" is not an input of the module \(tier, visits, known\)/);
    expect(() => InvokeModule.fromModule('M', { module: imported, inputs: { tier: FlowValue.literal('a'), visits: FlowValue.attribute('visits') } }))
      .toThrow(/InvokeModule "M": invalid inputs.visits "\$\.Attributes\.visits": the module declares a number input, and a reference .* only allowed for string inputs/);
    expect(() => InvokeModule.fromModule('M', { module: imported, inputs: { tier: FlowValue.literal('a'), visits: FlowValue.literal('many') } }))
      .toThrow(/InvokeModule "M": invalid inputs.visits "many": the module declares a number input/);
    expect(() => InvokeModule.fromModule('M', { module: imported, inputs: { tier: FlowValue.literal('a'), known: FlowValue.literal('yes') } }))
      .toThrow(/InvokeModule "M": invalid inputs.known "yes": the module declares a boolean input/);
    expect(() => InvokeModule.fromModule('M', { module: undefined as any })).toThrow(/InvokeModule "M": invalid module .*IContactFlowModule/);
  });

  test('a branch the module does not declare fails, naming it and the declared ones', () => {
    const { imported } = setup();
    const block = InvokeModule.fromModule('M', { module: imported, inputs: { tier: FlowValue.literal('a') } });
    expect(() => block.onResult('gold', new Disconnect('End'))).toThrow(/InvokeModule "M": invalid onResult name "gold": branch "gold" is not a branch of the module \(vip, standard\)/);
    block.onResult('vip', new Disconnect('End'));
    expect(() => block.onResult('vip', new Disconnect('Other'))).toThrow(/InvokeModule "M": onResult\("vip"\) is already connected/);
  });

  test('a module without a known contract is not checked', () => {
    const { stack } = setup();
    const bare = ContactFlowModule.fromContactFlowModuleArn(stack, 'Bare', MODULE_ARN);
    const block = InvokeModule.fromModule('M', { module: bare, inputs: { anything: FlowValue.literal('7') } }).onResult('whatever', new Disconnect('End'));
    expect(action(block).Parameters).toEqual({ FlowModuleId: 'm1', Input: { anything: '7' } });
  });
});

describe('InvokeModule from an ARN', () => {
  test('still renders strings, and takes result branches by name', () => {
    const end = new Disconnect('End');
    const block = new InvokeModule('M', { moduleArn: MODULE_ARN, inputs: { n: FlowValue.literal('3') } }).onResult('done', end);
    block.next(new PlayPrompt('Bye', { message: Message.text('Bye') }));
    const a = action(block);
    expect(a.Parameters).toEqual({ FlowModuleId: MODULE_ARN, Input: { n: '3' } });
    expect(a.Transitions.Conditions).toEqual([{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['done'] } }]);
    expect(() => new InvokeModule('M', { moduleArn: MODULE_ARN }).onResult('no spaces', end)).toThrow(/InvokeModule "M": invalid onResult name "no spaces": branch names are 1 to 100 letters/);
  });
});
