import { Duration } from 'aws-cdk-lib';
import {
  CompleteOutboundCall, ContactFlowType, Disconnect, EndFlow, FlowBlock, FlowDefinition, FlowSimulator, FlowValue, InvokeModule,
  Message, PlayPrompt, SetFlowAttributes, SimulationOutcome, StartMediaStreaming, StopMediaStreaming, TagContact,
  SystemField, TransferToAgent, UntagContact, Wait, validateFlow,
} from '../../../src';

function action(block: FlowBlock): any {
  return FlowDefinition.startWith(block).toDocument().Actions[0];
}

const MODULE_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/flow-module/m1';

describe('Wait', () => {
  test('renders TimeLimitSeconds (the spelling the service takes) and WaitCompleted', () => {
    const end = new Disconnect('End');
    expect(action(new Wait('Pause', { timeout: Duration.minutes(2) }).onTimeElapsed(end).onError(end))).toEqual({
      Identifier: 'Pause',
      Type: 'Wait',
      Parameters: { TimeLimitSeconds: '120' },
      Transitions: {
        NextAction: 'End',
        Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['WaitCompleted'] } }],
        Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }],
      },
    });
  });

  test('at most 7 days', () => {
    expect(() => new Wait('Pause', { timeout: Duration.days(8) })).toThrow(/Wait "Pause": invalid timeout .*between 1 and 604800/);
    expect(() => new Wait('Pause', { timeout: Duration.millis(500) })).toThrow(/between 1 and 604800/);
  });

  test('the simulator takes WaitCompleted', () => {
    const after = new PlayPrompt('After', { message: Message.text('done waiting') });
    after.next(new Disconnect('End'));
    const doc = FlowDefinition.startWith(new Wait('Pause', { timeout: Duration.seconds(30) }).onTimeElapsed(after)).toDocument();
    expect(FlowSimulator.fromDocument(doc).simulate().prompts).toEqual(['done waiting']);
  });
});

describe('SetFlowAttributes', () => {
  test('renders { Type: "String", Value } and the NoMatchingError branch the service requires', () => {
    const next = new Disconnect('Next');
    const set = new SetFlowAttributes('Maps', { attributes: { bot: FlowValue.literal('arn:bot'), caller: FlowValue.system(SystemField.CUSTOMER_NUMBER) } });
    set.next(next);
    expect(action(set)).toEqual({
      Identifier: 'Maps',
      Type: 'UpdateFlowAttributes',
      Parameters: { FlowAttributes: { bot: { Type: 'String', Value: 'arn:bot' }, caller: { Type: 'String', Value: '$.CustomerEndpoint.Address' } } },
      Transitions: { NextAction: 'Next', Errors: [{ NextAction: 'Next', ErrorType: 'NoMatchingError' }] },
    });
    const sorry = new Disconnect('Sorry');
    expect(action(set.onError(sorry)).Transitions.Errors).toEqual([{ NextAction: 'Sorry', ErrorType: 'NoMatchingError' }]);
  });

  test('bad keys and values throw', () => {
    expect(() => new SetFlowAttributes('M', { attributes: {} })).toThrow(/SetFlowAttributes "M": invalid attributes .*give at least one entry/);
    expect(() => new SetFlowAttributes('M', { attributes: { 'a.b': FlowValue.literal('x') } })).toThrow(/must not contain "\$" or "\."/);
    expect(() => new SetFlowAttributes('M', { attributes: { a: 'x' as any } })).toThrow(/give a FlowValue/);
  });

  test('the flow reads them with FlowValue.flowAttribute()', () => {
    const say = new PlayPrompt('Say', { message: Message.fromValue(FlowValue.concat(FlowValue.literal('bot '), FlowValue.flowAttribute('bot'))) });
    say.next(new Disconnect('End'));
    const set = new SetFlowAttributes('Maps', { attributes: { bot: FlowValue.literal('B1') } });
    set.next(say);
    expect(FlowSimulator.fromDocument(FlowDefinition.startWith(set).toDocument()).simulate().prompts).toEqual(['bot B1']);
  });
});

describe('InvokeModule', () => {
  test('renders FlowModuleId and Input', () => {
    const next = new Disconnect('Next');
    const m = new InvokeModule('Callback', { moduleArn: MODULE_ARN, inputs: { account: FlowValue.storedInput() } }).onError(next);
    m.next(next);
    expect(action(m)).toEqual({
      Identifier: 'Callback',
      Type: 'InvokeFlowModule',
      Parameters: { FlowModuleId: MODULE_ARN, Input: { account: '$.StoredCustomerInput' } },
      Transitions: { NextAction: 'Next', Errors: [{ NextAction: 'Next', ErrorType: 'NoMatchingError' }] },
    });
    expect(action(new InvokeModule('Plain', { moduleArn: MODULE_ARN })).Parameters).toEqual({ FlowModuleId: MODULE_ARN });
  });

  test('a module ARN, an ID or a reference', () => {
    expect(() => new InvokeModule('M', { moduleArn: 'arn:aws:lambda:us-east-1:1:function:f' })).toThrow(/InvokeModule "M": invalid moduleArn .*flow module ARN/);
    expect(action(new InvokeModule('M', { moduleArn: '$.FlowAttributes.module' })).Parameters.FlowModuleId).toBe('$.FlowAttributes.module');
  });
});

describe('media streaming', () => {
  test('start and stop render UpdateContactMediaStreamingBehavior', () => {
    const next = new Disconnect('Next');
    const start = new StartMediaStreaming('Start');
    start.next(next);
    expect(action(start)).toEqual({
      Identifier: 'Start',
      Type: 'UpdateContactMediaStreamingBehavior',
      Parameters: { MediaStreamingState: 'Enabled', Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From', 'To'] }], MediaStreamType: 'Audio' },
      Transitions: { NextAction: 'Next' },
    });
    expect(action(new StopMediaStreaming('Stop', { toCustomer: false })).Parameters).toEqual({
      MediaStreamingState: 'Disabled', Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From'] }], MediaStreamType: 'Audio',
    });
    expect(() => new StartMediaStreaming('S', { fromCustomer: false, toCustomer: false })).toThrow(/stream at least one direction/);
  });

  test('not in hold flows', () => {
    const start = new StartMediaStreaming('Start');
    start.next(new EndFlow('End'));
    const found = validateFlow(FlowDefinition.startWith(start).toDocument(), { flowType: ContactFlowType.CUSTOMER_HOLD });
    expect(found.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([expect.stringMatching(/UpdateContactMediaStreamingBehavior is not allowed in a CUSTOMER_HOLD flow/)]);
  });
});

describe('contact tags', () => {
  test('TagContact and UntagContact (the spelling the service takes)', () => {
    const next = new Disconnect('Next');
    const tag = new TagContact('Tag', { tags: { team: FlowValue.literal('billing') } });
    const untag = new UntagContact('Untag', { tagKeys: ['team'] });
    tag.next(untag);
    untag.next(next);
    const doc = FlowDefinition.startWith(tag).toDocument();
    expect(doc.Actions.map((a: any) => [a.Type, a.Parameters])).toEqual([
      ['TagContact', { Tags: { team: 'billing' } }],
      ['UntagContact', { TagKeys: ['team'] }],
      ['DisconnectParticipant', {}],
    ]);
    const r = FlowSimulator.fromDocument(doc).simulate();
    expect(r.contactTags).toEqual({});
    expect(r.recordedActions.map((a) => `${a.actionType} ${a.parameters.Tags ?? a.parameters.TagKeys}`)).toEqual(['TagContact {"team":"billing"}', 'UntagContact ["team"]']);
  });

  test('at most 6 tags, no aws: keys, at least one key to remove', () => {
    const seven: { [k: string]: FlowValue } = {};
    for (let i = 0; i < 7; i++) seven[`k${i}`] = FlowValue.literal('v');
    expect(() => new TagContact('T', { tags: seven })).toThrow(/TagContact "T": invalid tags "7 entries": at most 6 are allowed/);
    expect(() => new TagContact('T', { tags: { 'aws:x': FlowValue.literal('v') } })).toThrow(/reserved/);
    expect(() => new UntagContact('U', { tagKeys: [] })).toThrow(/give at least one tag key/);
  });
});

describe('TransferToAgent and CompleteOutboundCall', () => {
  test('TransferToAgent has no transitions unless onError() is connected; the simulator transfers to the agent', () => {
    expect(action(new TransferToAgent('ToAgent'))).toEqual({ Identifier: 'ToAgent', Type: 'TransferContactToAgent', Parameters: {}, Transitions: {} });
    const sorry = new Disconnect('Sorry');
    expect(action(new TransferToAgent('ToAgent').onError(sorry)).Transitions).toEqual({ NextAction: 'Sorry', Errors: [{ NextAction: 'Sorry', ErrorType: 'NoMatchingError' }] });
    const r = FlowSimulator.fromDocument(FlowDefinition.startWith(new TransferToAgent('ToAgent')).toDocument(), { type: ContactFlowType.AGENT_TRANSFER }).simulate();
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_AGENT);
  });

  test('CompleteOutboundCall belongs in outbound whisper flows', () => {
    const call = new CompleteOutboundCall('Call');
    call.next(new EndFlow('End'));
    const doc = FlowDefinition.startWith(call).toDocument();
    expect(validateFlow(doc, { flowType: ContactFlowType.OUTBOUND_WHISPER }).filter((d) => d.severity === 'error')).toEqual([]);
    expect(validateFlow(doc, { flowType: ContactFlowType.CONTACT_FLOW }).map((d) => d.message)).toContainEqual(expect.stringMatching(/CompleteOutboundCall is not allowed in a CONTACT_FLOW flow/));
  });
});
