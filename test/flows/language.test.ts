import * as fs from 'fs';
import * as path from 'path';
import { Duration } from 'aws-cdk-lib';
import * as src from '../../src';
import {
  CustomBlock,
  CheckHoursOfOperation, CheckQueueStatus, CheckStaffing, Compare, CompleteOutboundCall, ContactFlowType, CreateCallback,
  DequeueAndTransferToQueue, Disconnect, DistributeByPercentage, EndFlow, EventHook, FlowBlock, FlowCondition, FlowDefinition,
  FlowSimulator, FlowValue, GetCustomerInput, GetQueueMetrics, IAgent, IContactFlow, IHoursOfOperation, IQueue, InvokeLambda,
  InvokeModule, LambdaInvocationType, LambdaResponseType, LexBotAlias, LexBotInput, Loop, LoopPrompts, Message, MetricChannel,
  PhoneNumberFormat, PlayPrompt, QueueStatusMetric, SetAttributes, SetCallbackNumber, SetEventHook, SetFlowAttributes,
  SetLanguage, SetLogging, SetRecordingAndAnalytics, SetRoutingPriority, SetVoice, SetWorkingQueue, StaffingMetric,
  StartMediaStreaming, StopMediaStreaming, StoreCustomerInput, SystemField, TagContact, TargetContact, TransferToAgent,
  TransferToFlow, TransferToPhoneNumber, TransferToQueue, UntagContact, VoiceEngine, VoiceStyle, Wait, renderMermaid,
  validateFlow,
} from '../../src';
import { ACTION_SPECS, ACTION_TYPES, ActionType, Exit, OPERATORS, errorRules } from '../../src/flows/language';
import { HANDLERS } from '../../src/simulator/handlers';

const ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc';
const queue = { queueArn: `${ARN}/queue/q1` } as IQueue;
const agent = { userArn: `${ARN}/agent/a1` } as IAgent;
const hours = { hoursOfOperationArn: `${ARN}/operating-hours/h1` } as IHoursOfOperation;
const flow = { contactFlowArn: `${ARN}/contact-flow/f1` } as IContactFlow;
const fn = { functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f' } as any;
const bot = LexBotAlias.fromBotAliasArn('arn:aws:lex:us-east-1:111122223333:bot-alias/BOT1/ALIAS1');

describe('every action type of the language', () => {
  test('the language knows the action types real flows use', () => {
    expect(ACTION_TYPES.length).toBeGreaterThanOrEqual(57);
    for (const t of ['ShowView', 'UpdateContactMediaStreamingBehavior', 'TagContact', 'UntagContact', 'UpdateContactRoutingCriteria',
      'UpdatePreviousContactParticipantState', 'CompleteOutboundCall', 'TransferContactToAgent', 'GetCase', 'CreateCase', 'UpdateCase',
      'CreateTask', 'CheckVoiceId', 'StartVoiceIdStream', 'GetCustomerProfile', 'CreateCustomerProfile', 'UpdateCustomerProfile',
      'CreateWisdomSession', 'InvokeFlowModule', 'EndFlowModuleExecution', 'Wait', 'UpdateFlowAttributes']) {
      expect(ACTION_TYPES).toContain(t);
    }
    // The documented spellings the service rejects are not action types.
    expect(ACTION_TYPES).not.toContain('UnTagContact');
    expect(ACTION_TYPES).not.toContain('UpdateRoutingCriteria');
  });

  test.each(ACTION_TYPES.map((t) => [t]))('%s has its rules, a simulator handler and a diagram label', (type) => {
    const spec = ACTION_SPECS[type as ActionType];
    // Rules.
    expect(spec.type).toBe(type);
    expect(spec.block.length).toBeGreaterThan(0);
    expect(Object.values(Exit)).toContain(spec.exit);
    const rules = errorRules(spec, {});
    for (const e of [...(rules.required ?? []), ...(rules.expected ?? [])]) expect(rules.allowed).toContain(e);
    if (spec.conditions !== 'none') for (const op of spec.conditions.operators ?? []) expect(OPERATORS).toContain(op);
    // Simulator handler: a one-action flow runs through it.
    expect(typeof HANDLERS[type as ActionType]).toBe('function');
    const action = { Identifier: 'A', Type: type, Parameters: {}, Transitions: spec.exit === Exit.TERMINAL ? {} : { NextAction: 'End' } };
    const doc = { Version: '2019-10-30', StartAction: 'A', Actions: [action, { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] };
    const result = FlowSimulator.fromDocument(doc).simulate();
    expect(result.path[0]).toBe('A');
    expect(result.warnings.filter((w) => /is not simulated/.test(w))).toEqual([]);
    // Diagram label: the node shows the type; terminal actions are rounded.
    const diagram = renderMermaid(doc);
    expect(diagram).toContain(spec.exit === Exit.TERMINAL ? `a0(["<b>A</b><br/>${type}"])` : `a0["<b>A</b><br/>${type}`);
    expect(typeof spec.diagramKey).toBe('function');
  });

  test('the key parameter of a type is shown in diagrams', () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'T',
      Actions: [
        { Identifier: 'T', Type: 'TagContact', Parameters: { Tags: { team: 'billing', tier: 'gold' } }, Transitions: { NextAction: 'W', Errors: [{ NextAction: 'W', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'W', Type: 'Wait', Parameters: { TimeLimitSeconds: '60' }, Transitions: { NextAction: 'X' } },
        { Identifier: 'X', Type: 'TransferContactToAgent', Parameters: {}, Transitions: {} },
      ],
    };
    const text = renderMermaid(doc);
    expect(text).toContain('a0["<b>T</b><br/>TagContact<br/>team, tier"]');
    expect(text).toContain('a1["<b>W</b><br/>Wait<br/>60"]');
    expect(text).toContain('a2["<b>X</b><br/>TransferContactToAgent"]');
  });
});

/** A block of each kind, with each of its options, every branch connected. */
type Case = [name: string, flowType: ContactFlowType, build: (end: FlowBlock) => FlowBlock];

const inbound = ContactFlowType.CONTACT_FLOW;
const CASES: Case[] = [
  ['PlayPrompt text', inbound, (e) => { const b = new PlayPrompt('B', { message: Message.text('Hi') }); b.next(e); return b.onError(e); }],
  ['PlayPrompt SSML', inbound, (e) => { const b = new PlayPrompt('B', { message: Message.ssml('<speak>Hi</speak>') }); b.next(e); return b; }],
  ['PlayPrompt prompt ARN', inbound, (e) => { const b = new PlayPrompt('B', { message: Message.fromPromptArn(`${ARN}/prompt/p1`) }); b.next(e); return b; }],
  ['PlayPrompt S3 audio', inbound, (e) => { const b = new PlayPrompt('B', { message: Message.s3Audio('s3://bucket/hello.wav') }); b.next(e); return b; }],
  ['PlayPrompt interpolated', inbound, (e) => {
    const b = new PlayPrompt('B', { message: Message.fromValue(FlowValue.concat(FlowValue.literal('Hi '), FlowValue.attribute('name'))) });
    b.next(e);
    return b;
  }],
  ['LoopPrompts', ContactFlowType.CUSTOMER_QUEUE, (e) => new LoopPrompts('B', { messages: [Message.text('Hold')], interruptEvery: Duration.seconds(30) }).onInterrupted(e).onError(e)],
  ['LoopPrompts without branches', ContactFlowType.CUSTOMER_HOLD, () => new LoopPrompts('B', { messages: [Message.text('Hold'), Message.text('Still holding')] })],
  ['GetCustomerInput', inbound, (e) => new GetCustomerInput('B', { prompt: Message.text('Press 1'), timeout: Duration.seconds(8) }).onDigit('1', e).onDigit('#', e).onTimeout(e).onNoMatch(e).onError(e)],
  ['GetCustomerInput (error handler only)', inbound, (e) => new GetCustomerInput('B', { prompt: Message.text('Press 1') }).onDigit('1', e).onError(e)],
  ['StoreCustomerInput phone', inbound, (e) => {
    const b = new StoreCustomerInput('B', { prompt: Message.text('Number?'), phoneNumberFormat: PhoneNumberFormat.LOCAL, countryCode: 'US', timeout: Duration.seconds(10) }).onInvalidNumber(e).onError(e);
    b.next(e);
    return b;
  }],
  ['StoreCustomerInput E164', inbound, (e) => { const b = new StoreCustomerInput('B', { prompt: Message.text('Number?'), phoneNumberFormat: PhoneNumberFormat.E164 }).onError(e); b.next(e); return b; }],
  ['StoreCustomerInput custom', inbound, (e) => {
    const b = new StoreCustomerInput('B', { prompt: Message.text('Account?'), maxDigits: 8, terminationSequence: '#', disableCancelKey: true, encryption: { encryptionKeyId: 'key-1', key: 'PEM' } }).onError(e);
    b.next(e);
    return b;
  }],
  ['LexBotInput', inbound, (e) => new LexBotInput('B', { botAlias: bot, prompt: Message.text('How can I help?'), sessionAttributes: { a: FlowValue.literal('b') } }).onIntent('Sales', e).onTimeout(e).onNoMatch(e).onError(e)],
  ['InvokeLambda', inbound, (e) => { const b = new InvokeLambda('B', { lambdaFunction: fn, parameters: { n: FlowValue.system(SystemField.CUSTOMER_NUMBER) } }).onError(e); b.next(e); return b; }],
  ['InvokeLambda async JSON', ContactFlowType.OUTBOUND_WHISPER, (e) => {
    const b = new InvokeLambda('B', { lambdaFunction: fn, invocationType: LambdaInvocationType.ASYNCHRONOUS, responseType: LambdaResponseType.JSON, timeout: Duration.seconds(8) }).onError(e);
    b.next(e);
    return b;
  }],
  ['SetAttributes', inbound, (e) => { const b = new SetAttributes('B', { attributes: { tier: FlowValue.external('tier') } }).onError(e); b.next(e); return b; }],
  ['SetAttributes related', inbound, (e) => { const b = new SetAttributes('B', { attributes: { a: FlowValue.literal('x') }, targetContact: TargetContact.RELATED }); b.next(e); return b; }],
  ['Compare', inbound, (e) => new Compare('B', { value: FlowValue.attribute('tier') }).when(FlowCondition.textEquals('gold'), e).when(FlowCondition.numberGreaterThan(3), e).otherwise(e)],
  ['Compare text operators', inbound, (e) => new Compare('B', { value: FlowValue.external('x') })
    .when(FlowCondition.textStartsWith('a'), e).when(FlowCondition.textEndsWith('b'), e).when(FlowCondition.textContains('c'), e)
    .when(FlowCondition.numberLessThan(1), e).when(FlowCondition.numberLessOrEqualTo(2), e)
    .when(FlowCondition.numberGreaterOrEqualTo(5), e).otherwise(e)],
  ['CheckHoursOfOperation', inbound, (e) => new CheckHoursOfOperation('B', { hoursOfOperation: hours }).onInHours(e).onOutOfHours(e).onError(e)],
  ['CheckHoursOfOperation working queue', inbound, (e) => new CheckHoursOfOperation('B').onInHours(e).onOutOfHours(e)],
  ['CheckStaffing', inbound, (e) => new CheckStaffing('B', { metric: StaffingMetric.AVAILABLE, queue }).onTrue(e).onFalse(e).onError(e)],
  ['CheckStaffing by agent, only true', inbound, (e) => new CheckStaffing('B', { metric: StaffingMetric.ONLINE, agent }).onTrue(e).onFalse(e)],
  ['CheckQueueStatus', inbound, (e) => new CheckQueueStatus('B', { metric: QueueStatusMetric.CONTACTS_IN_QUEUE, queue }).when(FlowCondition.numberGreaterThan(10), e).otherwise(e).onError(e)],
  ['GetQueueMetrics', inbound, (e) => { const b = new GetQueueMetrics('B', { queue, channel: MetricChannel.VOICE }).onError(e); b.next(e); return b; }],
  ['Loop', inbound, (e) => new Loop('B', { loopCount: 3 }).onContinue(e).onDone(e)],
  ['DistributeByPercentage', inbound, (e) => new DistributeByPercentage('B').percentage(30, e).percentage(30, e).otherwise(e)],
  ['SetRecordingAndAnalytics', inbound, (e) => { const b = new SetRecordingAndAnalytics('B', { contactLens: { language: 'en-US', realTime: true } }); b.next(e); return b; }],
  ['SetRecordingAndAnalytics agent only', ContactFlowType.OUTBOUND_WHISPER, (e) => { const b = new SetRecordingAndAnalytics('B', { recordCustomer: false }); b.next(e); return b; }],
  ['SetLogging', inbound, (e) => { const b = new SetLogging('B', { enabled: false }); b.next(e); return b; }],
  ['SetVoice', inbound, (e) => { const b = new SetVoice('B', { voice: 'Joanna', engine: VoiceEngine.NEURAL, style: VoiceStyle.CONVERSATIONAL }).onError(e); b.next(e); return b; }],
  ['SetEventHook', inbound, (e) => { const b = new SetEventHook('B', { hook: EventHook.CUSTOMER_QUEUE, flow }).onError(e); b.next(e); return b; }],
  ['SetLanguage', inbound, (e) => { const b = new SetLanguage('B', { languageCode: 'en-GB' }).onError(e); b.next(e); return b; }],
  ['SetWorkingQueue queue', inbound, (e) => { const b = new SetWorkingQueue('B', { queue }).onError(e); b.next(e); return b; }],
  ['SetWorkingQueue agent', ContactFlowType.AGENT_TRANSFER, (e) => { const b = new SetWorkingQueue('B', { agent }); b.next(e); return b; }],
  ['TransferToQueue', inbound, (e) => new TransferToQueue('B').onAtCapacity(e).onError(e)],
  ['DequeueAndTransferToQueue', ContactFlowType.CUSTOMER_QUEUE, (e) => new DequeueAndTransferToQueue('B', { agent }).onAtCapacity(e).onError(e)],
  ['SetCallbackNumber', inbound, (e) => { const b = new SetCallbackNumber('B', { callbackNumber: FlowValue.storedInput() }).onInvalidNumber(e).onNotDialable(e); b.next(e); return b; }],
  ['CreateCallback', inbound, (e) => { const b = new CreateCallback('B', { queue, maxAttempts: 3, initialDelay: Duration.minutes(1) }).onError(e); b.next(e); return b; }],
  ['CreateCallback agent', ContactFlowType.CUSTOMER_QUEUE, (e) => { const b = new CreateCallback('B', { agent }); b.next(e); return b; }],
  ['TransferToFlow', inbound, (e) => new TransferToFlow('B', { flow }).onError(e)],
  ['TransferToPhoneNumber', inbound, (e) => new TransferToPhoneNumber('B', { phoneNumber: '+15550100' }).onError(e)],
  ['TransferToPhoneNumber resuming', ContactFlowType.QUEUE_TRANSFER, (e) => {
    const b = new TransferToPhoneNumber('B', { phoneNumber: '$.Attributes.forward', resumeAfterDisconnect: true, timeout: Duration.seconds(600), dtmfDigits: '1,2', callerIdNumber: '+15550199', callerIdName: 'Acme' })
      .onCallFailed(e).onTimeout(e).onError(e);
    b.next(e);
    return b;
  }],
  ['SetRoutingPriority priority', inbound, (e) => { const b = new SetRoutingPriority('B', { queuePriority: 1 }); b.next(e); return b; }],
  ['SetRoutingPriority age', inbound, (e) => { const b = new SetRoutingPriority('B', { queueTimeAdjustmentSeconds: -60 }); b.next(e); return b; }],
  ['Disconnect', inbound, () => new Disconnect('B')],
  ['EndFlow', ContactFlowType.AGENT_WHISPER, () => new EndFlow('B')],
  ['Wait', ContactFlowType.CUSTOMER_QUEUE, (e) => new Wait('B', { timeout: Duration.minutes(5) }).onTimeElapsed(e).onError(e)],
  ['Wait 7 days', inbound, (e) => new Wait('B', { timeout: Duration.days(7) }).onTimeElapsed(e)],
  ['SetFlowAttributes', inbound, (e) => { const b = new SetFlowAttributes('B', { attributes: { lexbot: FlowValue.literal('arn:bot'), n: FlowValue.attribute('x') } }); b.next(e); return b; }],
  ['SetFlowAttributes with onError', inbound, (e) => { const b = new SetFlowAttributes('B', { attributes: { a: FlowValue.literal('1') } }).onError(e); b.next(e); return b; }],
  ['InvokeModule', inbound, (e) => { const b = new InvokeModule('B', { moduleArn: `${ARN}/flow-module/m1` }).onError(e); b.next(e); return b; }],
  ['InvokeModule with inputs', inbound, (e) => { const b = new InvokeModule('B', { moduleArn: `${ARN}/flow-module/m1`, inputs: { account: FlowValue.storedInput() } }); b.next(e); return b; }],
  ['StartMediaStreaming', inbound, (e) => { const b = new StartMediaStreaming('B').onError(e); b.next(e); return b; }],
  ['StartMediaStreaming from the customer only', ContactFlowType.CUSTOMER_QUEUE, (e) => { const b = new StartMediaStreaming('B', { toCustomer: false }); b.next(e); return b; }],
  ['StopMediaStreaming', inbound, (e) => { const b = new StopMediaStreaming('B', { fromCustomer: false }).onError(e); b.next(e); return b; }],
  ['TagContact', inbound, (e) => { const b = new TagContact('B', { tags: { team: FlowValue.literal('billing'), tier: FlowValue.external('tier') } }).onError(e); b.next(e); return b; }],
  ['UntagContact', inbound, (e) => { const b = new UntagContact('B', { tagKeys: ['team', 'tier'] }).onError(e); b.next(e); return b; }],
  ['TransferToAgent', ContactFlowType.AGENT_TRANSFER, () => new TransferToAgent('B')],
  ['TransferToAgent with onError', ContactFlowType.AGENT_TRANSFER, (e) => new TransferToAgent('B').onError(e)],
  ['CustomBlock', inbound, (e) => { const b = new CustomBlock('B', { actionType: 'CreateTask', parameters: { Name: 'Call back $.CustomerEndpoint.Address', ContactFlowId: 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/f' } }).onError(e); b.next(e); return b; }],
  ['CompleteOutboundCall', ContactFlowType.OUTBOUND_WHISPER, (e) => { const b = new CompleteOutboundCall('B').onError(e); b.next(e); return b; }],
];

const TERMINAL_FLOWS = [ContactFlowType.CONTACT_FLOW, ContactFlowType.CAMPAIGN, ContactFlowType.AGENT_TRANSFER, ContactFlowType.QUEUE_TRANSFER];

describe('every builder block, rendered with each of its options, passes the validator', () => {
  test.each(CASES)('%s (%s)', (_name, flowType, build) => {
    const end = TERMINAL_FLOWS.includes(flowType) ? new Disconnect('End') : new EndFlow('End');
    const block = build(end);
    const document = FlowDefinition.startWith(block).toDocument();
    const errors = validateFlow(document, { flowType }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    // What the builder emits is what the simulator runs.
    expect(FlowSimulator.fromDocument(document, { type: flowType }).simulate().path[0]).toBe('B');
  });

  test('the builder does not invent a branch: a Compare without otherwise() is a dead end the validator reports', () => {
    const end = new Disconnect('End');
    const doc = FlowDefinition.startWith(new Compare('B', { value: FlowValue.attribute('tier') }).when(FlowCondition.textEquals('gold'), end)).toDocument();
    expect(doc.Actions[0].Transitions.NextAction).toBeUndefined();
    expect(validateFlow(doc).filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([expect.stringMatching(/dead end: Compare must have a NextAction/)]);
  });

  test('every block class of the builder has a case', () => {
    const blockClasses = Object.entries(src)
      .filter(([, v]) => typeof v === 'function' && (v as any).prototype instanceof FlowBlock)
      .map(([k]) => k)
      .sort();
    const covered = new Set(CASES.map(([, flowType, build]) => {
      const end = TERMINAL_FLOWS.includes(flowType) ? new Disconnect('End') : new EndFlow('End');
      return build(end).constructor.name;
    }));
    expect(blockClasses.filter((c) => !covered.has(c))).toEqual([]);
    expect(blockClasses.length).toBeGreaterThanOrEqual(38);
  });

  test('every block renders only error branches its action raises, and the service spellings', () => {
    for (const [, flowType, build] of CASES) {
      const end = TERMINAL_FLOWS.includes(flowType) ? new Disconnect('End') : new EndFlow('End');
      const block = build(end);
      const action = FlowDefinition.startWith(block).toDocument().Actions[0];
      const rules = errorRules(ACTION_SPECS[action.Type as ActionType], action.Parameters);
      for (const e of action.Transitions.Errors ?? []) expect(rules.allowed).toContain(e.ErrorType);
      for (const name of Object.keys(action.Parameters)) {
        const spec = ACTION_SPECS[action.Type as ActionType];
        const rejected = (spec.params ?? []).flatMap((p) => (p.rejects ?? []).map((r) => r.name));
        expect(rejected).not.toContain(name);
      }
    }
  });
});

test('the README lists every known action type', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf-8');
  const section = readme.slice(readme.indexOf('### Validating flows'), readme.indexOf('### Diagrams'));
  expect(section).toContain(`**Known action types** (${ACTION_TYPES.length})`);
  expect(ACTION_TYPES.filter((t) => !section.includes(`\`${t}\``))).toEqual([]);
});
