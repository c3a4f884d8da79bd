import { App, Fn, Lazy, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ContactCenter, ContactFlow, ContactFlowType, DayOfWeek, FlowContent, FlowSimulator, HoursState, SimulationOutcome } from '../../src';

function setup() {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
  const hours = contactCenter.addHoursOfOperation('Hours', {
    name: 'Office', timeZone: 'Europe/London', schedule: [{ day: DayOfWeek.MONDAY, start: '09:00', end: '17:00' }],
  });
  const queue = contactCenter.addQueue('Sales', { name: 'Sales', hoursOfOperation: hours });
  return { app, stack, contactCenter, hours, queue };
}

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const doc = (...actions: any[]) => ({ Version: '2019-10-30', StartAction: actions[0].Identifier, Actions: [...actions, END] });

describe('ContactFlow validation at synth', () => {
  test('a dangling branch fails synth with the flow name, action, path and problem', () => {
    const { app, stack, contactCenter } = setup();
    new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main menu',
      content: FlowContent.fromJson(doc({ Identifier: 'Hello', Type: 'MessageParticipant', Parameters: { Text: 'Hi' }, Transitions: { NextAction: 'Menu' } })),
    });
    expect(() => app.synth()).toThrow(/flow "Main menu" \(CONTACT_FLOW\), action "Hello" at \$\.Actions\[0\]\.Transitions\.NextAction: NextAction "Menu" does not exist/);
  });

  test('an unknown action type fails synth unless the context allows action types newer than the library', () => {
    const teleport = doc({ Identifier: 'Beam', Type: 'TeleportCaller', Parameters: {}, Transitions: { NextAction: 'End' } });
    const strict = setup();
    new ContactFlow(strict.stack, 'Main', { contactCenter: strict.contactCenter, name: 'Main', content: FlowContent.fromJson(teleport) });
    expect(() => strict.app.synth()).toThrow(/flow "Main" \(CONTACT_FLOW\), action "Beam" at \$\.Actions\[0\]\.Type: unknown action type "TeleportCaller"/);

    const app = new App({ context: { 'cdk-contact-center:allowUnknownActions': true } });
    const stack = new Stack(app, 'Stack');
    const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    new ContactFlow(stack, 'Main', { contactCenter, name: 'Main', content: FlowContent.fromJson(teleport) });
    expect(() => app.synth()).not.toThrow();
  });

  test('an unknown parameter fails synth unless the context allows parameters newer than the library', () => {
    const voice = doc({ Identifier: 'Hello', Type: 'MessageParticipant', Parameters: { Text: 'Hi', Voice: 'Joanna' }, Transitions: { NextAction: 'End' } });
    const strict = setup();
    new ContactFlow(strict.stack, 'Main', { contactCenter: strict.contactCenter, name: 'Main', content: FlowContent.fromJson(voice) });
    expect(() => strict.app.synth()).toThrow(/action "Hello" at \$\.Actions\[0\]\.Parameters\.Voice: .*context key cdk-contact-center:allowUnknownParameters/);

    const app = new App({ context: { 'cdk-contact-center:allowUnknownParameters': true } });
    const stack = new Stack(app, 'Stack');
    const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    new ContactFlow(stack, 'Main', { contactCenter, name: 'Main', content: FlowContent.fromJson(voice) });
    expect(() => app.synth()).not.toThrow();
  });

  test('a misspelled type names the spelling the service takes', () => {
    const { app, stack, contactCenter } = setup();
    new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main',
      content: FlowContent.fromJson(doc({ Identifier: 'Untag', Type: 'UnTagContact', Parameters: { TagKeys: ['team'] }, Transitions: { NextAction: 'End' } })),
    });
    expect(() => app.synth()).toThrow(/action "Untag" at \$\.Actions\[0\]\.Type: unknown action type "UnTagContact": the service rejects it; write "UntagContact"/);
  });

  test('an out-of-range timeout fails synth', () => {
    const { app, stack, contactCenter } = setup();
    new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Lookup',
      content: FlowContent.fromJson(doc({
        Identifier: 'Call',
        Type: 'InvokeLambdaFunction',
        Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:f', InvocationTimeLimitSeconds: '20' },
        Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
      })),
    });
    expect(() => Template.fromStack(stack)).toThrow(/flow "Lookup" \(CONTACT_FLOW\), action "Call" at \$\.Actions\[0\]\.Parameters\.InvocationTimeLimitSeconds: InvocationTimeLimitSeconds must be between 1 and 8/);
    void app;
  });

  test('an action not allowed in the flow type fails synth', () => {
    const { app, stack, contactCenter } = setup();
    new ContactFlow(stack, 'Whisper', {
      contactCenter,
      name: 'Outbound whisper',
      type: ContactFlowType.OUTBOUND_WHISPER,
      content: FlowContent.fromJson({
        Version: '2019-10-30',
        StartAction: 'Call',
        Actions: [{
          Identifier: 'Call',
          Type: 'InvokeLambdaFunction',
          Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:f', InvocationTimeLimitSeconds: '3' },
          Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
        }, { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
      }),
    });
    expect(() => app.synth()).toThrow(/flow "Outbound whisper" \(OUTBOUND_WHISPER\), action "End" at \$\.Actions\[1\]\.Type: DisconnectParticipant is not allowed in a OUTBOUND_WHISPER flow .*EndFlowExecution/);
  });

  test('content over 256,000 characters fails synth', () => {
    const { app, stack, contactCenter } = setup();
    new ContactFlow(stack, 'Big', {
      contactCenter,
      name: 'Big',
      content: FlowContent.fromJson(doc({ Identifier: 'Hello', Type: 'MessageParticipant', Parameters: { Text: 'x'.repeat(260_000) }, Transitions: { NextAction: 'End' } })),
    });
    expect(() => app.synth()).toThrow(/flow "Big" \(CONTACT_FLOW\), at \$: the flow is \d+ characters long; AWS::Connect::ContactFlow Content allows at most 256000/);
  });

  test('the legacy format fails synth', () => {
    const { app, stack, contactCenter } = setup();
    new ContactFlow(stack, 'Old', { contactCenter, name: 'Old', content: FlowContent.fromJson({ modules: [], version: '1', start: 'x' }) });
    expect(() => app.synth()).toThrow(/legacy console export format/);
  });

  test('a valid flow with tokens synthesizes (warnings do not fail synth)', () => {
    const { stack, contactCenter, queue } = setup();
    new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main',
      content: FlowContent.fromJson(doc(
        { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: { NextAction: 'Transfer' } },
        { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }] } },
      )),
    });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});

describe('ContactFlow dependencies', () => {
  test('the content references every resource it uses, which orders the flow after them without a DependsOn (cfn-lint W3005)', () => {
    const { stack, contactCenter, queue, hours } = setup();
    const fn = new lambda.Function(stack, 'Lookup', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({});'),
    });
    new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main',
      content: FlowContent.fromJson(doc(
        { Identifier: 'Call', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: fn.functionArn, InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: 'Hours', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Hours', Type: 'CheckHoursOfOperation', Parameters: { HoursOfOperationId: hours.hoursOfOperationArn }, Transitions: { NextAction: 'End', Conditions: [{ NextAction: 'Queue', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['False'] } }], Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: { NextAction: 'Transfer', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
      )),
    });
    const resources = Template.fromStack(stack).toJSON().Resources;
    const id = (type: string) => Object.keys(resources).find((k) => resources[k].Type === type)!;
    const flowId = id('AWS::Connect::ContactFlow');
    const content = JSON.stringify(resources[flowId].Properties.Content);
    for (const type of ['AWS::Connect::Queue', 'AWS::Connect::HoursOfOperation', 'AWS::Lambda::Function']) {
      expect(content).toContain(`{"Fn::GetAtt":["${id(type)}",`);
    }
    expect(resources[flowId].DependsOn).toBeUndefined();
  });

  test('tokens other than plain references (Fn::Select, Lazy) also render as references in the content', () => {
    const { stack, contactCenter, queue, hours } = setup();
    new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main',
      content: FlowContent.fromJson(doc(
        { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: Fn.select(0, [queue.queueArn, 'x']) }, Transitions: { NextAction: 'Hours', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
        {
          Identifier: 'Hours',
          Type: 'CheckHoursOfOperation',
          Parameters: { HoursOfOperationId: Lazy.string({ produce: () => hours.hoursOfOperationArn }) },
          Transitions: { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['False'] } }], Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
        },
      )),
    });
    const resources = Template.fromStack(stack).toJSON().Resources;
    const id = (type: string) => Object.keys(resources).find((k) => resources[k].Type === type)!;
    const flow = resources[id('AWS::Connect::ContactFlow')];
    const content = JSON.stringify(flow.Properties.Content);
    for (const type of ['AWS::Connect::Queue', 'AWS::Connect::HoursOfOperation']) expect(content).toContain(`{"Fn::GetAtt":["${id(type)}",`);
    expect(flow.DependsOn).toBeUndefined();
  });

  test('resources of another stack are left to the cross-stack reference', () => {
    const { app, stack: queueStack, queue, contactCenter } = setup();
    const flowStack = new Stack(app, 'Flows', { env: { account: '111122223333', region: 'us-east-1' } });
    new ContactFlow(flowStack, 'Main', {
      contactCenter,
      name: 'Main',
      content: FlowContent.fromJson(doc(
        { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
      )),
    });
    const flow = Object.values<any>(Template.fromStack(flowStack).toJSON().Resources).find((r) => r.Type === 'AWS::Connect::ContactFlow');
    expect(flow.DependsOn).toBeUndefined();
    expect(flowStack.dependencies).toContain(queueStack);
  });

  test('a flow without references gets no DependsOn', () => {
    const { stack, contactCenter } = setup();
    new ContactFlow(stack, 'Plain', {
      contactCenter,
      name: 'Plain',
      content: FlowContent.fromJson(doc({ Identifier: 'Hi', Type: 'MessageParticipant', Parameters: { Text: 'Hi' }, Transitions: { NextAction: 'End' } })),
    });
    const resources = Template.fromStack(stack).toJSON().Resources;
    const flow = Object.values<any>(resources).find((r) => r.Type === 'AWS::Connect::ContactFlow');
    expect(flow.DependsOn).toBeUndefined();
  });
});

describe('simulating a synthesized template', () => {
  test('by flow name: the working queue is the queue logical ID; TransferToFlow into another flow of the template is followed', () => {
    const { stack, contactCenter, queue } = setup();
    const transfer = new ContactFlow(stack, 'ToSales', {
      contactCenter,
      name: 'To sales',
      content: FlowContent.fromJson(doc(
        { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Transferring to $.Queue.Name' }, Transitions: { NextAction: 'Transfer' } },
        { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
      )),
    });
    new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main menu',
      content: FlowContent.fromJson(doc(
        { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: { NextAction: 'Hours', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Hours', Type: 'CheckHoursOfOperation', Parameters: {}, Transitions: { NextAction: 'End', Conditions: [{ NextAction: 'Go', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'Closed', Condition: { Operator: 'Equals', Operands: ['False'] } }], Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Go', Type: 'TransferToFlow', Parameters: { ContactFlowId: transfer.contactFlowArn }, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Closed', Type: 'MessageParticipant', Parameters: { Text: 'Closed' }, Transitions: { NextAction: 'End' } },
      )),
    });
    const template = Template.fromStack(stack).toJSON();
    const resources = template.Resources;
    const queueId = Object.keys(resources).find((k) => resources[k].Type === 'AWS::Connect::Queue')!;
    const hoursId = Object.keys(resources).find((k) => resources[k].Type === 'AWS::Connect::HoursOfOperation')!;
    const sim = FlowSimulator.fromTemplate(template);
    expect(sim.listFlows().map((f) => f.name).sort()).toEqual(['Main menu', 'To sales']);

    const r = sim.simulate({ flow: 'Main menu' });
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.queue).toBe(queueId);
    expect(r.flows).toEqual(['Main menu', 'To sales']);
    expect(r.prompts).toEqual(['Transferring to Sales']);

    // hours by the queue's hours (name or logical ID)
    expect(sim.simulate({ flow: 'Main menu', hoursByName: { Office: HoursState.CLOSED } }).prompts).toEqual(['Closed']);
    expect(sim.simulate({ flow: 'Main menu', hoursByName: { [hoursId]: HoursState.CLOSED } }).prompts).toEqual(['Closed']);
    // by logical ID too
    const mainId = Object.keys(resources).find((k) => resources[k].Type === 'AWS::Connect::ContactFlow' && resources[k].Properties.Name === 'Main menu')!;
    expect(sim.simulate({ flow: mainId }).outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
  });
});
