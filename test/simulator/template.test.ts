import { FlowSimulator, SimulationOutcome } from '../../src';
import { IntrinsicResolver, indexTemplate, isTemplate } from '../../src/simulator';

const CONTENT = JSON.stringify({
  Version: '2019-10-30',
  StartAction: 'Call',
  Actions: [
    { Identifier: 'Call', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: '@FN@', InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: 'Queue', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: '@QUEUE@' }, Transitions: { NextAction: 'Go', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Go', Type: 'TransferToFlow', Parameters: { ContactFlowId: '@FLOW@' }, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
});

/** Content as CDK renders it: an Fn::Join around GetAtt tokens. */
function joined(parts: { [marker: string]: any }): any {
  let pieces: any[] = [CONTENT];
  for (const [marker, value] of Object.entries(parts)) {
    pieces = pieces.flatMap((p) => typeof p !== 'string' ? [p] : p.split(marker).flatMap((s: string, i: number) => i === 0 ? [s] : [value, s]));
  }
  return { 'Fn::Join': ['', pieces] };
}

const TEMPLATE = {
  Parameters: { Stage: { Type: 'String', Default: 'prod' } },
  Resources: {
    Instance: { Type: 'AWS::Connect::Instance', Properties: { InstanceAlias: 'acme' } },
    SalesQueue: { Type: 'AWS::Connect::Queue', Properties: { Name: 'Sales', InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] } } },
    Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
    Main: {
      Type: 'AWS::Connect::ContactFlow',
      Properties: {
        Name: { 'Fn::Sub': 'Main-${Stage}' },
        Type: 'CONTACT_FLOW',
        InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] },
        Content: joined({ '@FN@': { 'Fn::GetAtt': ['Fn', 'Arn'] }, '@QUEUE@': { 'Fn::GetAtt': ['SalesQueue', 'QueueArn'] }, '@FLOW@': { Ref: 'External' } }),
      },
    },
    External: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Not JSON', Type: 'CONTACT_FLOW', InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Content: 'nope' } },
  },
};

describe('template intrinsics', () => {
  test('fake ARNs contain the logical IDs', () => {
    const r = new IntrinsicResolver(TEMPLATE);
    expect(r.resolve({ 'Fn::GetAtt': ['SalesQueue', 'QueueArn'] })).toBe('arn:aws:connect:us-east-1:123456789012:instance/Instance/queue/SalesQueue');
    expect(r.resolve({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toBe('arn:aws:lambda:us-east-1:123456789012:function:Fn');
    expect(r.resolve({ Ref: 'Fn' })).toBe('Fn');
    expect(r.resolve({ Ref: 'Main' })).toBe('arn:aws:connect:us-east-1:123456789012:instance/Instance/contact-flow/Main');
    expect(r.resolve({ 'Fn::GetAtt': 'SalesQueue.QueueId' })).toBe('SalesQueue');
    expect(r.resolve({ 'Fn::Sub': ['${AWS::Region}/${X}/${SalesQueue.QueueArn}/${!Literal}', { X: 'x' }] }))
      .toBe('us-east-1/x/arn:aws:connect:us-east-1:123456789012:instance/Instance/queue/SalesQueue/${Literal}');
    expect(r.resolve({ 'Fn::Select': [1, { 'Fn::Split': ['/', 'a/b/c'] }] })).toBe('b');
    expect(r.resolve({ Ref: 'Stage' })).toBe('prod');
    expect(r.resolve({ 'Fn::ImportValue': 'Shared-Queue' })).toBe('imported:Shared-Queue');
  });

  test('flows are found with their resolved name, type and content', () => {
    expect(isTemplate(TEMPLATE)).toBe(true);
    expect(isTemplate({ Version: '2019-10-30', Actions: [] })).toBe(false);
    const index = indexTemplate(TEMPLATE);
    expect(index.flows.map((f) => [f.logicalId, f.name, f.type])).toEqual([['External', 'Not JSON', 'CONTACT_FLOW'], ['Main', 'Main-prod', 'CONTACT_FLOW']]);
    expect(index.flows[0].contentError).toMatch(/not valid JSON/);
    expect(index.flows[1].document.Actions[1].Parameters.QueueId).toBe('arn:aws:connect:us-east-1:123456789012:instance/Instance/queue/SalesQueue');
  });

  test('simulation reports logical IDs; a flow whose content is broken is an ERROR when entered', () => {
    const sim = FlowSimulator.fromTemplate(TEMPLATE);
    const r = sim.simulate({ flow: 'Main-prod', lambdas: { Fn: [{ response: { ok: 'yes' } }] } });
    expect(r.lambdaCalls.map((c) => [c.functionName, c.response])).toEqual([['Fn', { ok: 'yes' }]]);
    expect(r.queue).toBe('SalesQueue');
    expect(r.flows).toEqual(['Main-prod', 'Not JSON']);
    expect(r.outcome).toBe(SimulationOutcome.ERROR);
    expect(r.detail).toMatch(/Content is not valid JSON/);
  });

  test('contact.queue by name or logical ID: $.Queue.Name and the result use the template queue', () => {
    const whisper = {
      Version: '2019-10-30',
      StartAction: 'Say',
      Actions: [
        { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Call from $.Queue.Name' }, Transitions: { NextAction: 'End' } },
        { Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      ],
    };
    const template = {
      Resources: {
        ...TEMPLATE.Resources,
        Whisper: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Whisper', Type: 'AGENT_WHISPER', InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Content: JSON.stringify(whisper) } },
      },
    };
    const sim = FlowSimulator.fromTemplate(template);
    for (const queue of ['Sales', 'SalesQueue', 'arn:aws:connect:us-east-1:123456789012:instance/Instance/queue/SalesQueue']) {
      const r = sim.simulate({ flow: 'Whisper', contact: { queue } });
      expect(r.prompts).toEqual(['Call from Sales']);
      expect(r.queue).toBe('SalesQueue');
      expect(r.outcome).toBe(SimulationOutcome.ENDED);
    }
  });

  test('the start flow: by name or logical ID; ambiguous without one', () => {
    const sim = FlowSimulator.fromTemplate(TEMPLATE);
    expect(() => sim.simulate({ flow: 'Nope' })).toThrow(/no flow named "Nope"/);
    expect(sim.simulate({ flow: 'Main' }).flows[0]).toBe('Main-prod');
    // two CONTACT_FLOWs: the first (by logical ID) is the default
    expect(sim.simulate().flows[0]).toBe('Not JSON');
  });
});

describe('flow modules of the template', () => {
  test('InvokeFlowModule runs the module and EndFlowModuleExecution returns to the caller', () => {
    const module = {
      Version: '2019-10-30',
      StartAction: 'Tag',
      Settings: { InputParameters: [], OutputParameters: [], Transitions: [] },
      Actions: [
        { Identifier: 'Tag', Type: 'UpdateContactAttributes', Parameters: { Attributes: { fromModule: 'yes' } }, Transitions: { NextAction: 'Done' } },
        { Identifier: 'Done', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
      ],
    };
    const main = {
      Version: '2019-10-30',
      StartAction: 'Run',
      Actions: [
        { Identifier: 'Run', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: '@MODULE@' }, Transitions: { NextAction: 'Say', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'module said $.Attributes.fromModule' }, Transitions: { NextAction: 'Bye' } },
        { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    };
    const [before, after] = JSON.stringify(main).split('@MODULE@');
    const template = {
      Resources: {
        Instance: { Type: 'AWS::Connect::Instance', Properties: {} },
        Module: { Type: 'AWS::Connect::ContactFlowModule', Properties: { Name: 'Tagger', InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Content: JSON.stringify(module) } },
        Main: {
          Type: 'AWS::Connect::ContactFlow',
          Properties: { Name: 'Main', Type: 'CONTACT_FLOW', InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Content: { 'Fn::Join': ['', [before, { 'Fn::GetAtt': ['Module', 'ContactFlowModuleArn'] }, after]] } },
        },
      },
    };
    const sim = FlowSimulator.fromTemplate(template);
    expect(sim.listFlows()).toEqual([
      { name: 'Main', logicalId: 'Main', type: 'CONTACT_FLOW', module: false },
      { name: 'Tagger', logicalId: 'Module', type: undefined, module: true },
    ]);
    const r = sim.simulate();
    expect(r.flows).toEqual(['Main', 'Tagger']);
    expect(r.path).toEqual(['Run', 'Tag', 'Done', 'Say', 'Bye']);
    expect(r.prompts).toEqual(['module said yes']);
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
  });
});

describe('TransferToFlow follows only inbound and transfer flows', () => {
  const main = JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'Go',
    Actions: [
      { Identifier: 'Go', Type: 'TransferToFlow', Parameters: { ContactFlowId: '${Target}' }, Transitions: { NextAction: 'Failed', Errors: [{ NextAction: 'Failed', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'Failed', Type: 'MessageParticipant', Parameters: { Text: 'transfer failed' }, Transitions: { NextAction: 'End' } },
      { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });
  const target = JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'Hi',
    Actions: [
      { Identifier: 'Hi', Type: 'MessageParticipant', Parameters: { Text: 'target flow' }, Transitions: { NextAction: 'End' } },
      { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });
  const template = (resource: any) => ({
    Resources: {
      Instance: { Type: 'AWS::Connect::Instance', Properties: { InstanceAlias: 'acme' } },
      Main: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Main', Type: 'CONTACT_FLOW', InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Content: { 'Fn::Sub': main } } },
      Target: resource,
    },
  });
  const flowOfType = (type: string) => ({ Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Target', Type: type, InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Content: target } });

  test.each(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER'])('into a %s flow: followed', (type) => {
    const r = FlowSimulator.fromTemplate(template(flowOfType(type))).simulate({ flow: 'Main' });
    expect(r.prompts).toEqual(['target flow']);
    expect(r.flows).toEqual(['Main', 'Target']);
  });

  test.each(['CUSTOMER_QUEUE', 'CUSTOMER_WHISPER', 'AGENT_HOLD'])('into a %s flow: the error branch', (type) => {
    const r = FlowSimulator.fromTemplate(template(flowOfType(type))).simulate({ flow: 'Main' });
    expect(r.prompts).toEqual(['transfer failed']);
    expect(r.flows).toEqual(['Main']);
  });

  test('into a flow module: the error branch', () => {
    const module = { Type: 'AWS::Connect::ContactFlowModule', Properties: { Name: 'Target', InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] }, Content: target } };
    const r = FlowSimulator.fromTemplate(template(module)).simulate({ flow: 'Main' });
    expect(r.prompts).toEqual(['transfer failed']);
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
  });
});
