import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import {
  ContactFlowModule, ContactFlowState, FlowContent, FlowModuleParameterType,
} from '../../src';
import { loadCorpus } from '../flows/corpus';

/** A module that reads its input, then returns a branch and result data. */
function moduleJson(end: object = { Result: 'vip', ResultData: { tier: 'gold', score: 7 } }) {
  return {
    Version: '2019-10-30',
    StartAction: 'Greet',
    Actions: [
      { Identifier: 'Greet', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.Modules.Input.customerName' }, Transitions: { NextAction: 'Return', Errors: [{ NextAction: 'Return', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'Return', Type: 'EndFlowModuleExecution', Parameters: end, Transitions: {} },
    ],
  };
}

const contract = {
  inputs: [{ name: 'customerName', required: true }],
  outputs: [{ name: 'tier' }, { name: 'score', type: FlowModuleParameterType.NUMBER, description: 'Loyalty score' }],
  branches: [{ name: 'vip', description: 'A VIP customer' }, { name: 'standard' }],
};

describe('ContactFlowModule', () => {
  test('renders the contract into the resource Settings and adds the content Settings block', () => {
    const { stack, cc } = baseStack();
    const mod = new ContactFlowModule(stack, 'Lookup', {
      contactCenter: cc,
      name: 'Customer lookup',
      description: 'Looks the caller up',
      content: FlowContent.fromJson(moduleJson()),
      contract,
      state: ContactFlowState.ACTIVE,
      tags: { team: 'ivr' },
    });
    expect(mod.contract).toBe(contract);
    const t = Template.fromStack(stack);
    const res = Object.values(t.findResources('AWS::Connect::ContactFlowModule'))[0];
    expect(res.Properties).toMatchObject({
      InstanceArn: { 'Fn::GetAtt': [expect.stringMatching(/^CC/), 'Arn'] },
      Name: 'Customer lookup',
      Description: 'Looks the caller up',
      State: 'ACTIVE',
      Tags: [{ Key: 'team', Value: 'ivr' }],
    });
    expect(JSON.parse(res.Properties.Settings)).toEqual({
      input: { schema: { type: 'object', properties: { customerName: { type: 'string' } }, required: ['customerName'] } },
      resultData: { schema: { type: 'object', properties: { tier: { type: 'string' }, score: { type: 'number', description: 'Loyalty score' } } } },
      transitions: { results: [{ name: 'vip', description: 'A VIP customer' }, { name: 'standard', description: '' }] },
    });
    const content = JSON.parse(res.Properties.Content);
    expect(content.Settings).toEqual({
      InputParameters: [],
      OutputParameters: [],
      Transitions: [{ DisplayName: 'Success', ReferenceName: 'Success', Description: '' }, { DisplayName: 'Error', ReferenceName: 'Error', Description: '' }],
    });
    expect(content.Actions[1]).toEqual({ Identifier: 'Return', Type: 'EndFlowModuleExecution', Parameters: { Result: 'vip', ResultData: { tier: 'gold', score: 7 } }, Transitions: {} });
  });

  test('without a contract the Settings are {} and an existing content Settings block is kept', () => {
    const { stack, cc } = baseStack();
    const doc = { ...moduleJson({}), Settings: { InputParameters: [], OutputParameters: [], Transitions: [] } };
    new ContactFlowModule(stack, 'Plain', { contactCenter: cc, name: 'Plain', content: FlowContent.fromJson(doc) });
    const res = Object.values(Template.fromStack(stack).findResources('AWS::Connect::ContactFlowModule'))[0];
    expect(res.Properties.Settings).toBe('{}');
    expect(JSON.parse(res.Properties.Content).Settings).toEqual({ InputParameters: [], OutputParameters: [], Transitions: [] });
  });

  test('imports expose the ID and the contract for callers', () => {
    const { stack } = baseStack();
    const imported = ContactFlowModule.fromContactFlowModuleAttributes(stack, 'Imp', {
      contactFlowModuleArn: 'arn:aws:connect:us-east-1:123456789012:instance/abc/flow-module/m-1', contract,
    });
    expect(imported.contactFlowModuleId).toBe('m-1');
    expect(imported.contract?.branches?.map((b) => b.name)).toEqual(['vip', 'standard']);
    const { stack: s2, cc } = baseStack();
    const created = new ContactFlowModule(s2, 'M', { contactCenter: cc, name: 'M', content: FlowContent.fromJson(moduleJson({})) });
    expect(s2.resolve(created.contactFlowModuleId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': [expect.stringMatching(/^M/), 'ContactFlowModuleArn'] }] }] });
  });

  test('checkInvocation: what a caller may pass and branch on', () => {
    expect(ContactFlowModule.checkInvocation(contract, { customerName: '$.Attributes.name' }, ['vip', 'standard'])).toEqual([]);
    expect(ContactFlowModule.checkInvocation(contract, {}, [])).toEqual(['input "customerName" is required by the module']);
    const numeric = { inputs: [{ name: 'count', type: FlowModuleParameterType.NUMBER }] };
    expect(ContactFlowModule.checkInvocation(numeric, { count: 3 })).toEqual([]);
    expect(ContactFlowModule.checkInvocation(numeric, { count: '$.Attributes.count' }))
      .toEqual(['input "count" must be a JSON number (got "$.Attributes.count"); a JSONPath is only allowed for string inputs']);
    expect(ContactFlowModule.checkInvocation(contract, { customerName: 'x', extra: 'y' }, ['gold'])).toEqual([
      'input "extra" is not an input of the module (customerName)',
      'branch "gold" is not a branch of the module (vip, standard)',
    ]);
    expect(ContactFlowModule.checkInvocation({}, {}, ['any'])).toEqual(['branch "any" is not a branch of the module (none declared)']);
  });

  test('the real module of the flow corpus is accepted as is', () => {
    const corpusModule = loadCorpus('gts-callback-module.json');
    const { app, stack, cc } = baseStack();
    new ContactFlowModule(stack, 'Callback', { contactCenter: cc, name: 'Callback', content: FlowContent.fromJson(corpusModule) });
    expect(() => app.synth()).not.toThrow();
    const res = Object.values(Template.fromStack(stack).findResources('AWS::Connect::ContactFlowModule'))[0];
    expect(JSON.parse(res.Properties.Content).Settings).toEqual(corpusModule.Settings);
  });

  describe('bad input', () => {
    test('returns that break the contract fail synthesis', () => {
      const cases: Array<[object, RegExp]> = [
        [{ Result: 'gold' }, /action "Return": Result "gold" is not a branch of the contract \(vip, standard\)/],
        [{ ResultData: { unknown: 'x' } }, /ResultData.unknown is not an output of the contract \(tier, score\)/],
        [{ ResultData: { score: '7' } }, /ResultData.score must be a JSON number \(got "7"\)/],
      ];
      for (const [end, message] of cases) {
        const { app, stack, cc } = baseStack();
        new ContactFlowModule(stack, 'Bad', { contactCenter: cc, name: 'Bad', content: FlowContent.fromJson(moduleJson(end)), contract });
        expect(() => app.synth()).toThrow(message);
      }
      const { app, stack, cc } = baseStack();
      new ContactFlowModule(stack, 'NoOutputs', { contactCenter: cc, name: 'NoOutputs', content: FlowContent.fromJson(moduleJson({ ResultData: { a: 'b' } })) });
      expect(() => app.synth()).toThrow(/ResultData is set but the contract declares no outputs/);
    });

    test('a module that never returns gets a warning; invalid flow language fails synthesis', () => {
      const { stack, cc } = baseStack();
      new ContactFlowModule(stack, 'NoReturn', {
        contactCenter: cc,
        name: 'NoReturn',
        content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'Bye', Actions: [{ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }),
      });
      Annotations.fromStack(stack).hasWarning('/Test/NoReturn', Match.stringLikeRegexp('has no EndFlowModuleExecution action, so it never returns'));
      const b = baseStack();
      new ContactFlowModule(b.stack, 'Broken', { contactCenter: b.cc, name: 'Broken', content: FlowContent.fromJson({ ...moduleJson({}), StartAction: 'Nowhere' }) });
      expect(() => b.app.synth()).toThrow(/flow module "Broken": .*Nowhere/);
    });

    test('contract names, types and duplicates; name, content and ARN', () => {
      const { stack, cc } = baseStack();
      const content = FlowContent.fromJson(moduleJson({}));
      expect(() => new ContactFlowModule(stack, 'A', { contactCenter: cc, name: 'A', content, contract: { inputs: [{ name: 'has space' }] } }))
        .toThrow(/Test\/A: invalid contract.inputs\[0\].name "has space": use 1 to 100 letters, digits and underscores/);
      expect(() => new ContactFlowModule(stack, 'B', { contactCenter: cc, name: 'B', content, contract: { branches: [{ name: 'x' }, { name: 'x' }] } }))
        .toThrow(/Test\/B: invalid contract.branches\[1\].name "x": names must be unique/);
      expect(() => new ContactFlowModule(stack, 'C', { contactCenter: cc, name: 'C', content, contract: { outputs: [{ name: 'o', type: 'date' as any }] } }))
        .toThrow(/Test\/C: invalid contract.outputs\[0\].type "date": must be one of string, number, boolean/);
      expect(() => new ContactFlowModule(stack, 'D', { contactCenter: cc, name: '', content })).toThrow(/Test\/D: invalid name ""/);
      // Name and Description carry the schema pattern .*\S.*: white space alone fails the deploy.
      expect(() => new ContactFlowModule(stack, 'D2', { contactCenter: cc, name: '  ', content })).toThrow(/Test\/D2: invalid name "  ": must contain a character other than white space/);
      expect(() => new ContactFlowModule(stack, 'D3', { contactCenter: cc, name: 'D3', description: '\t', content })).toThrow(/Test\/D3: invalid description "\\t": must contain a character other than white space/);
      expect(() => new ContactFlowModule(stack, 'E', { contactCenter: cc, name: 'E', content: '{}' as any })).toThrow(/Test\/E: invalid content "{}": give FlowContent/);
      expect(() => ContactFlowModule.fromContactFlowModuleArn(stack, 'F', 'arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/f'))
        .toThrow(/Test\/F: invalid contactFlowModuleArn .*flow-module\/<moduleId>/);
    });
  });
});
