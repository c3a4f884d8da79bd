import { App, Duration, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import {
  CheckHoursOfOperation, CheckQueueStatus, CheckStaffing, Compare, CreateCallback, DequeueAndTransferToQueue, Disconnect,
  DistributeByPercentage, EndFlow, EventHook, FlowBlock, FlowCondition, FlowDefinition, FlowValue, GetCustomerInput,
  GetQueueMetrics, IAgent, IContactFlow, IHoursOfOperation, IQueue, InvokeLambda, LambdaInvocationType, LambdaResponseType,
  LexBotAlias, LexBotInput, Loop, LoopPrompts, Message, MetricChannel, PhoneNumberFormat, PlayPrompt, QueueStatusMetric,
  RedactionResults, SetAttributes, SetCallbackNumber, SetEventHook, SetLanguage, SetLogging, SetRecordingAndAnalytics,
  SetRoutingPriority, SetVoice, SetWorkingQueue, StaffingMetric, StoreCustomerInput, SystemField, TargetContact,
  TransferToFlow, TransferToPhoneNumber, TransferToQueue, VoiceEngine, VoiceStyle,
} from '../../../src';

/** Renders the first action of a flow starting with `block`. */
function action(block: FlowBlock): any {
  return FlowDefinition.startWith(block).toDocument().Actions[0];
}

const QUEUE_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/q1';
const AGENT_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/agent/a1';
const HOURS_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/operating-hours/h1';
const FLOW_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/contact-flow/f1';
const PROMPT_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/prompt/p1';
const BOT_ARN = 'arn:aws:lex:us-east-1:111122223333:bot-alias/BOT1/ALIAS1';
const queue = { queueArn: QUEUE_ARN } as IQueue;
const agent = { userArn: AGENT_ARN } as IAgent;
const hours = { hoursOfOperationArn: HOURS_ARN } as IHoursOfOperation;
const flow = { contactFlowArn: FLOW_ARN } as IContactFlow;

function fn(): lambda.IFunction {
  const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  return lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:111122223333:function:lookup');
}

describe('interaction blocks', () => {
  test('PlayPrompt with text, SSML, prompt ARN, S3 audio', () => {
    const end = new Disconnect('End');
    const p = new PlayPrompt('Welcome', { message: Message.text('Hello') });
    p.next(end);
    p.onError(end);
    expect(action(p)).toEqual({
      Identifier: 'Welcome',
      Type: 'MessageParticipant',
      Parameters: { Text: 'Hello' },
      Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
    });
    expect(action(new PlayPrompt('A', { message: Message.ssml('<speak>Hi</speak>') })).Parameters).toEqual({ SSML: '<speak>Hi</speak>' });
    expect(action(new PlayPrompt('B', { message: Message.fromPromptArn(PROMPT_ARN) })).Parameters).toEqual({ PromptId: PROMPT_ARN });
    expect(action(new PlayPrompt('C', { message: Message.s3Audio('s3://bucket/hello.wav') })).Parameters)
      .toEqual({ Media: { Uri: 's3://bucket/hello.wav', SourceType: 'S3', MediaType: 'Audio' } });
    expect(action(new PlayPrompt('D', { message: Message.fromValue(FlowValue.concat(FlowValue.literal('Hello '), FlowValue.attribute('name'))) })).Parameters)
      .toEqual({ Text: 'Hello $.Attributes.name' });
  });

  test('unconnected branches are left out', () => {
    expect(action(new PlayPrompt('Lonely', { message: Message.text('Hi') })).Transitions).toEqual({});
  });

  test('LoopPrompts', () => {
    const offer = new Disconnect('Offer');
    const end = new Disconnect('End');
    const loop = new LoopPrompts('Hold', {
      messages: [Message.text('Please hold.'), Message.fromPromptArn(PROMPT_ARN)],
      interruptEvery: Duration.seconds(60),
    }).onInterrupted(offer).onError(end);
    expect(action(loop)).toEqual({
      Identifier: 'Hold',
      Type: 'MessageParticipantIteratively',
      Parameters: { Messages: [{ Text: 'Please hold.' }, { PromptId: PROMPT_ARN }], InterruptFrequencySeconds: '60' },
      Transitions: {
        NextAction: 'End',
        Conditions: [{ NextAction: 'Offer', Condition: { Operator: 'Equals', Operands: ['MessagesInterrupted'] } }],
        Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }],
      },
    });
    expect(() => new LoopPrompts('NoInterrupt', { messages: [Message.text('x')] }).onInterrupted(end)).toThrow(/onInterrupted\(\) needs the interruptEvery prop/);
  });

  test('GetCustomerInput menu', () => {
    const sales = new Disconnect('Sales');
    const support = new Disconnect('Support');
    const retry = new Disconnect('Retry');
    const menu = new GetCustomerInput('Menu', { prompt: Message.text('Press 1 or 2'), timeout: Duration.seconds(8) })
      .onDigit('1', sales).onDigit('2', support).onDigit('#', support)
      .onTimeout(retry).onNoMatch(retry).onError(retry);
    expect(action(menu)).toEqual({
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 or 2', InputTimeLimitSeconds: '8', StoreInput: 'False' },
      Transitions: {
        // The service needs a NextAction: it mirrors the NoMatchingError branch, as exports do.
        NextAction: 'Retry',
        Conditions: [
          { NextAction: 'Sales', Condition: { Operator: 'Equals', Operands: ['1'] } },
          { NextAction: 'Support', Condition: { Operator: 'Equals', Operands: ['2'] } },
          { NextAction: 'Support', Condition: { Operator: 'Equals', Operands: ['#'] } },
        ],
        Errors: [
          { NextAction: 'Retry', ErrorType: 'InputTimeLimitExceeded' },
          { NextAction: 'Retry', ErrorType: 'NoMatchingCondition' },
          { NextAction: 'Retry', ErrorType: 'NoMatchingError' },
        ],
      },
    });
  });

  test('StoreCustomerInput with phone validation', () => {
    const next = new Disconnect('Next');
    const bad = new Disconnect('Bad');
    const store = new StoreCustomerInput('AskNumber', {
      prompt: Message.text('Enter your number'),
      phoneNumberFormat: PhoneNumberFormat.LOCAL,
      countryCode: 'US',
      timeout: Duration.seconds(10),
    });
    store.next(next);
    store.onInvalidNumber(bad).onError(bad);
    expect(action(store)).toEqual({
      Identifier: 'AskNumber',
      Type: 'GetParticipantInput',
      Parameters: {
        Text: 'Enter your number',
        StoreInput: 'True',
        InputTimeLimitSeconds: '10',
        InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'US' } },
      },
      Transitions: {
        NextAction: 'Next',
        Errors: [{ NextAction: 'Bad', ErrorType: 'NoMatchingError' }, { NextAction: 'Bad', ErrorType: 'InvalidPhoneNumber' }],
      },
    });
  });

  test('StoreCustomerInput custom, encrypted, with DTMF settings', () => {
    const store = new StoreCustomerInput('Account', {
      prompt: Message.text('Account number, then #'),
      maxDigits: 12,
      encryption: { encryptionKeyId: 'key-1', key: '-----BEGIN CERTIFICATE-----x' },
      terminationSequence: '#',
      disableCancelKey: true,
    });
    expect(action(store).Parameters).toEqual({
      Text: 'Account number, then #',
      StoreInput: 'True',
      InputTimeLimitSeconds: '5',
      InputValidation: { CustomValidation: { MaximumLength: '12' } },
      InputEncryption: { EncryptionKeyId: 'key-1', Key: '-----BEGIN CERTIFICATE-----x' },
      DTMFConfiguration: { InputTerminationSequence: '#', DisableCancelKey: 'True' },
    });
    expect(() => store.onInvalidNumber(new Disconnect('X'))).toThrow(/onInvalidNumber\(\) needs the phoneNumberFormat prop/);
  });

  test('LexBotInput', () => {
    const sales = new Disconnect('Sales');
    const fallback = new Disconnect('Fallback');
    const lex = new LexBotInput('Intent', {
      botAlias: LexBotAlias.fromBotAliasArn(BOT_ARN),
      prompt: Message.text('How can I help?'),
      sessionAttributes: { caller: FlowValue.system(SystemField.CUSTOMER_NUMBER) },
    }).onIntent('Sales', sales).onNoMatch(fallback).onError(fallback);
    expect(action(new LexBotInput('Quiet', { botAlias: LexBotAlias.fromBotAliasArn(BOT_ARN), prompt: Message.text('Hi') })
      .onTimeout(fallback)).Transitions.Errors).toEqual([{ NextAction: 'Fallback', ErrorType: 'InputTimeLimitExceeded' }]);
    expect(action(lex)).toEqual({
      Identifier: 'Intent',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: {
        Text: 'How can I help?',
        LexV2Bot: { AliasArn: BOT_ARN },
        LexSessionAttributes: { caller: '$.CustomerEndpoint.Address' },
      },
      Transitions: {
        NextAction: 'Fallback',
        Conditions: [{ NextAction: 'Sales', Condition: { Operator: 'Equals', Operands: ['Sales'] } }],
        Errors: [{ NextAction: 'Fallback', ErrorType: 'NoMatchingCondition' }, { NextAction: 'Fallback', ErrorType: 'NoMatchingError' }],
      },
    });
  });
});

describe('logic blocks', () => {
  test('InvokeLambda', () => {
    const f = fn();
    const end = new Disconnect('End');
    const invoke = new InvokeLambda('Lookup', {
      lambdaFunction: f,
      timeout: Duration.seconds(8),
      parameters: { input: FlowValue.storedInput(), caller: FlowValue.system(SystemField.CUSTOMER_NUMBER) },
      responseType: LambdaResponseType.JSON,
      invocationType: LambdaInvocationType.SYNCHRONOUS,
    });
    invoke.next(end);
    invoke.onError(end);
    expect(action(invoke)).toEqual({
      Identifier: 'Lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: {
        LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookup',
        InvocationTimeLimitSeconds: '8',
        InvocationType: 'SYNCHRONOUS',
        LambdaInvocationAttributes: { input: '$.StoredCustomerInput', caller: '$.CustomerEndpoint.Address' },
        ResponseValidation: { ResponseType: 'JSON' },
      },
      Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
    });
    expect(action(new InvokeLambda('Default', { lambdaFunction: f })).Parameters).toEqual({
      LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookup',
      InvocationTimeLimitSeconds: '3',
      ResponseValidation: { ResponseType: 'STRING_MAP' },
    });
  });

  test('SetAttributes', () => {
    const set = new SetAttributes('Remember', {
      attributes: {
        tier: FlowValue.external('tier'),
        greeting: FlowValue.text('Hi $.Attributes.name'),
        queue: FlowValue.literal(QUEUE_ARN),
        slot: FlowValue.lexSlot('account'),
        session: FlowValue.lexSessionAttribute('s'),
        intent: FlowValue.lexIntentName(),
        fa: FlowValue.flowAttribute('x'),
      },
      targetContact: TargetContact.RELATED,
    });
    expect(action(set)).toEqual({
      Identifier: 'Remember',
      Type: 'UpdateContactAttributes',
      Parameters: {
        Attributes: {
          tier: '$.External.tier',
          greeting: 'Hi $.Attributes.name',
          queue: QUEUE_ARN,
          slot: '$.Lex.Slots.account',
          session: '$.Lex.SessionAttributes.s',
          intent: '$.Lex.IntentName',
          fa: '$.FlowAttributes.x',
        },
        TargetContact: 'Related',
      },
      Transitions: {},
    });
  });

  test('Compare with every operator, in order', () => {
    const t = (id: string) => new Disconnect(id);
    const cmp = new Compare('Tier', { value: FlowValue.attribute('tier') })
      .when(FlowCondition.textEquals('gold'), t('A'))
      .when(FlowCondition.textStartsWith('pl'), t('B'))
      .when(FlowCondition.textEndsWith('um'), t('C'))
      .when(FlowCondition.textContains('il'), t('D'))
      .when(FlowCondition.numberGreaterThan(10), t('E'))
      .when(FlowCondition.numberGreaterOrEqualTo(5), t('F'))
      .when(FlowCondition.numberLessThan(2.5), t('G'))
      .when(FlowCondition.numberLessOrEqualTo(0), t('H'))
      .otherwise(t('Other'));
    expect(action(cmp)).toEqual({
      Identifier: 'Tier',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Attributes.tier' },
      Transitions: {
        NextAction: 'Other',
        Conditions: [
          ['A', 'Equals', 'gold'], ['B', 'TextStartsWith', 'pl'], ['C', 'TextEndsWith', 'um'], ['D', 'TextContains', 'il'],
          ['E', 'NumberGreaterThan', '10'], ['F', 'NumberGreaterOrEqualTo', '5'], ['G', 'NumberLessThan', '2.5'],
          ['H', 'NumberLessOrEqualTo', '0'],
        ].map(([n, o, v]) => ({ NextAction: n, Condition: { Operator: o, Operands: [v] } })),
        Errors: [{ NextAction: 'Other', ErrorType: 'NoMatchingCondition' }],
      },
    });
  });

  test('CheckHoursOfOperation', () => {
    const open = new Disconnect('Open');
    const closed = new Disconnect('Closed');
    const check = new CheckHoursOfOperation('Hours', { hoursOfOperation: hours }).onInHours(open).onOutOfHours(closed).onError(closed);
    expect(action(check)).toEqual({
      Identifier: 'Hours',
      Type: 'CheckHoursOfOperation',
      Parameters: { HoursOfOperationId: HOURS_ARN },
      Transitions: {
        NextAction: 'Closed',
        Conditions: [
          { NextAction: 'Open', Condition: { Operator: 'Equals', Operands: ['True'] } },
          { NextAction: 'Closed', Condition: { Operator: 'Equals', Operands: ['False'] } },
        ],
        Errors: [{ NextAction: 'Closed', ErrorType: 'NoMatchingError' }],
      },
    });
    expect(action(new CheckHoursOfOperation('WorkingQueueHours')).Parameters).toEqual({});
  });

  test('CheckStaffing', () => {
    const yes = new Disconnect('Yes');
    const no = new Disconnect('No');
    const check = new CheckStaffing('Staffed', { metric: StaffingMetric.AVAILABLE, queue }).onTrue(yes).onFalse(no).onError(no);
    expect(action(check)).toEqual({
      Identifier: 'Staffed',
      Type: 'CheckMetricData',
      Parameters: { MetricType: 'NumberOfAgentsAvailable', QueueId: QUEUE_ARN },
      Transitions: {
        NextAction: 'No',
        Conditions: [{ NextAction: 'Yes', Condition: { Operator: 'NumberGreaterThan', Operands: ['0'] } }],
        // The service requires NoMatchingCondition, agent metrics included: it takes the "false" branch.
        Errors: [{ NextAction: 'No', ErrorType: 'NoMatchingError' }, { NextAction: 'No', ErrorType: 'NoMatchingCondition' }],
      },
    });
    expect(action(new CheckStaffing('ByAgent', { agent })).Parameters).toEqual({ MetricType: 'NumberOfAgentsStaffed', AgentId: AGENT_ARN });
  });

  test('CheckQueueStatus', () => {
    const busy = new Disconnect('Busy');
    const ok = new Disconnect('Ok');
    const check = new CheckQueueStatus('Waiting', { metric: QueueStatusMetric.CONTACTS_IN_QUEUE })
      .when(FlowCondition.numberGreaterThan(10), busy).otherwise(ok).onError(ok);
    expect(action(check)).toEqual({
      Identifier: 'Waiting',
      Type: 'CheckMetricData',
      Parameters: { MetricType: 'NumberOfContactsInQueue' },
      Transitions: {
        NextAction: 'Ok',
        Conditions: [{ NextAction: 'Busy', Condition: { Operator: 'NumberGreaterThan', Operands: ['10'] } }],
        Errors: [{ NextAction: 'Ok', ErrorType: 'NoMatchingCondition' }, { NextAction: 'Ok', ErrorType: 'NoMatchingError' }],
      },
    });
    expect(() => check.when(FlowCondition.textContains('x'), busy)).toThrow(/invalid condition "TextContains"/);
  });

  test('GetQueueMetrics', () => {
    const cmp = new Compare('Size', { value: FlowValue.system(SystemField.QUEUE_SIZE) });
    const get = new GetQueueMetrics('Metrics', { queue, channel: MetricChannel.VOICE });
    get.next(cmp);
    expect(action(get)).toEqual({
      Identifier: 'Metrics',
      Type: 'GetMetricData',
      Parameters: { QueueId: QUEUE_ARN, QueueChannel: 'Voice' },
      Transitions: { NextAction: 'Size' },
    });
  });

  test('Loop', () => {
    const again = new Disconnect('Again');
    const done = new Disconnect('Done');
    const loop = new Loop('Retry', { loopCount: 3 }).onContinue(again).onDone(done);
    expect(action(loop)).toEqual({
      Identifier: 'Retry',
      Type: 'Loop',
      Parameters: { LoopCount: '3' },
      Transitions: {
        NextAction: 'Done',
        Conditions: [
          { NextAction: 'Again', Condition: { Operator: 'Equals', Operands: ['ContinueLooping'] } },
          { NextAction: 'Done', Condition: { Operator: 'Equals', Operands: ['DoneLooping'] } },
        ],
      },
    });
  });

  test('DistributeByPercentage renders a cumulative NumberLessThan chain', () => {
    const a = new Disconnect('A');
    const b = new Disconnect('B');
    const rest = new Disconnect('Rest');
    const split = new DistributeByPercentage('Split').percentage(20, a).percentage(30, b).otherwise(rest);
    expect(action(split)).toEqual({
      Identifier: 'Split',
      Type: 'DistributeByPercentage',
      Parameters: {},
      Transitions: {
        NextAction: 'Rest',
        Conditions: [
          { NextAction: 'A', Condition: { Operator: 'NumberLessThan', Operands: ['21'] } },
          { NextAction: 'B', Condition: { Operator: 'NumberLessThan', Operands: ['51'] } },
        ],
        Errors: [{ NextAction: 'Rest', ErrorType: 'NoMatchingCondition' }],
      },
    });
    expect(() => split.percentage(51, a)).toThrow(/invalid percent 51: the percentages add up to more than 100 \(already 50\)/);
  });
});

describe('routing blocks', () => {
  test('SetWorkingQueue by queue or by agent', () => {
    const go = new TransferToQueue('Go');
    const byQueue = new SetWorkingQueue('Q', { queue });
    byQueue.next(go);
    expect(action(byQueue)).toEqual({
      Identifier: 'Q',
      Type: 'UpdateContactTargetQueue',
      Parameters: { QueueId: QUEUE_ARN },
      Transitions: { NextAction: 'Go' },
    });
    expect(action(new SetWorkingQueue('A', { agent })).Parameters).toEqual({ AgentId: AGENT_ARN });
  });

  test('TransferToQueue mirrors the error branch in NextAction', () => {
    const full = new Disconnect('Full');
    const oops = new Disconnect('Oops');
    expect(action(new TransferToQueue('Queue').onAtCapacity(full).onError(oops))).toEqual({
      Identifier: 'Queue',
      Type: 'TransferContactToQueue',
      Parameters: {},
      Transitions: {
        NextAction: 'Oops',
        Errors: [{ NextAction: 'Full', ErrorType: 'QueueAtCapacity' }, { NextAction: 'Oops', ErrorType: 'NoMatchingError' }],
      },
    });
  });

  test('DequeueAndTransferToQueue', () => {
    const end = new EndFlow('End');
    expect(action(new DequeueAndTransferToQueue('Move', { queue }).onAtCapacity(end).onError(end))).toEqual({
      Identifier: 'Move',
      Type: 'DequeueContactAndTransferToQueue',
      Parameters: { QueueId: QUEUE_ARN },
      Transitions: {
        NextAction: 'End',
        Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }],
      },
    });
  });

  test('SetCallbackNumber and CreateCallback', () => {
    const create = new CreateCallback('Callback', {
      queue, initialDelay: Duration.seconds(10), maxAttempts: 3, retryDelay: Duration.minutes(5),
    });
    const bad = new Disconnect('Bad');
    const number = new SetCallbackNumber('Number', { callbackNumber: FlowValue.storedInput() }).onInvalidNumber(bad).onNotDialable(bad);
    number.next(create);
    expect(action(number)).toEqual({
      Identifier: 'Number',
      Type: 'UpdateContactCallbackNumber',
      Parameters: { CallbackNumber: '$.StoredCustomerInput' },
      Transitions: {
        NextAction: 'Callback',
        Errors: [{ NextAction: 'Bad', ErrorType: 'InvalidCallbackNumber' }, { NextAction: 'Bad', ErrorType: 'CallbackNumberNotDialable' }],
      },
    });
    create.next(bad);
    expect(action(create)).toEqual({
      Identifier: 'Callback',
      Type: 'CreateCallbackContact',
      Parameters: { QueueId: QUEUE_ARN, InitialCallDelaySeconds: '10', MaximumConnectionAttempts: '3', RetryDelaySeconds: '300' },
      Transitions: { NextAction: 'Bad' },
    });
  });

  test('TransferToFlow', () => {
    const end = new Disconnect('End');
    expect(action(new TransferToFlow('ToFlow', { flow }).onError(end))).toEqual({
      Identifier: 'ToFlow',
      Type: 'TransferToFlow',
      Parameters: { ContactFlowId: FLOW_ARN },
      Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
    });
  });

  test('TransferToPhoneNumber', () => {
    const end = new Disconnect('End');
    const failed = new Disconnect('Failed');
    const t = new TransferToPhoneNumber('External', {
      phoneNumber: '+15550100',
      timeout: Duration.seconds(20),
      resumeAfterDisconnect: true,
      dtmfDigits: '1,2#',
      callerIdNumber: '+15550199',
      callerIdName: 'Acme',
    });
    t.next(end);
    t.onCallFailed(failed).onTimeout(failed).onError(failed);
    expect(action(t)).toEqual({
      Identifier: 'External',
      Type: 'TransferParticipantToThirdParty',
      Parameters: {
        ThirdPartyPhoneNumber: '+15550100',
        ThirdPartyConnectionTimeLimitSeconds: '20',
        ContinueFlowExecution: 'True',
        ThirdPartyDTMFDigits: '1,2#',
        CallerId: { Number: '+15550199', Name: 'Acme' },
      },
      Transitions: {
        NextAction: 'End',
        Errors: [
          { NextAction: 'Failed', ErrorType: 'CallFailed' },
          { NextAction: 'Failed', ErrorType: 'ConnectionTimeLimitExceeded' },
          { NextAction: 'Failed', ErrorType: 'NoMatchingError' },
        ],
      },
    });
    const noResume = new TransferToPhoneNumber('Fire', { phoneNumber: '+15550100' });
    expect(() => noResume.next(end)).toThrow(/next\(\) needs resumeAfterDisconnect: true/);
    expect(action(noResume.onError(end)).Parameters).toEqual({
      ThirdPartyPhoneNumber: '+15550100', ThirdPartyConnectionTimeLimitSeconds: '30', ContinueFlowExecution: 'False',
    });
    expect(action(noResume).Transitions.NextAction).toBe('End');
    // Without resuming, the service takes only the NoMatchingError branch.
    expect(() => noResume.onCallFailed(failed)).toThrow(/onCallFailed\(\) needs resumeAfterDisconnect: true/);
    expect(() => noResume.onTimeout(failed)).toThrow(/onTimeout\(\) needs resumeAfterDisconnect: true/);
    expect(action(noResume).Transitions.Errors).toEqual([{ NextAction: 'End', ErrorType: 'NoMatchingError' }]);
  });

  test('SetRoutingPriority', () => {
    expect(action(new SetRoutingPriority('Vip', { queuePriority: 1 }))).toEqual({
      Identifier: 'Vip', Type: 'UpdateContactRoutingBehavior', Parameters: { QueuePriority: '1' }, Transitions: {},
    });
    expect(action(new SetRoutingPriority('Older', { queueTimeAdjustmentSeconds: -30 })).Parameters).toEqual({ QueueTimeAdjustmentSeconds: '-30' });
  });

  test('Disconnect and EndFlow are terminal', () => {
    expect(action(new Disconnect('Bye'))).toEqual({ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
    expect(action(new EndFlow('Done'))).toEqual({ Identifier: 'Done', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} });
    expect((new Disconnect('X') as any).next).toBeUndefined();
  });
});

describe('settings blocks', () => {
  test('SetRecordingAndAnalytics', () => {
    expect(action(new SetRecordingAndAnalytics('Record', {
      ivrRecording: true,
      contactLens: { language: 'en-US', realTime: true, chat: true, redactionResults: RedactionResults.REDACTED_ONLY, sentiment: true },
    }))).toEqual({
      Identifier: 'Record',
      Type: 'UpdateContactRecordingBehavior',
      Parameters: {
        RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'], IVRRecordingBehavior: 'Enabled' },
        AnalyticsBehavior: {
          Enabled: 'True',
          AnalyticsLanguage: 'en-US',
          AnalyticsRedactionBehavior: 'Enabled',
          AnalyticsRedactionResults: 'RedactedOnly',
          ChannelConfiguration: { Chat: { AnalyticsModes: ['ContactLens'] }, Voice: { AnalyticsModes: ['RealTime'] } },
          SentimentConfiguration: { Enabled: 'True' },
        },
      },
      Transitions: {},
    });
    expect(action(new SetRecordingAndAnalytics('AgentOnly', { recordCustomer: false })).Parameters)
      .toEqual({ RecordingBehavior: { RecordedParticipants: ['Agent'] } });
  });

  test('SetLogging', () => {
    const next = new Disconnect('Next');
    const log = new SetLogging('Log');
    log.next(next);
    expect(action(log)).toEqual({
      Identifier: 'Log', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'Next' },
    });
    expect(action(new SetLogging('Off', { enabled: false })).Parameters).toEqual({ FlowLoggingBehavior: 'Disabled' });
  });

  test('SetVoice', () => {
    expect(action(new SetVoice('Voice', { voice: 'Joanna', engine: VoiceEngine.NEURAL, style: VoiceStyle.CONVERSATIONAL }))).toEqual({
      Identifier: 'Voice',
      Type: 'UpdateContactTextToSpeechVoice',
      Parameters: { TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Neural', TextToSpeechStyle: 'Conversational' },
      Transitions: {},
    });
  });

  test('SetEventHook: one key per action', () => {
    const next = new Disconnect('Next');
    const hook = new SetEventHook('QueueFlow', { hook: EventHook.CUSTOMER_QUEUE, flow });
    hook.next(next);
    hook.onError(next);
    expect(action(hook)).toEqual({
      Identifier: 'QueueFlow',
      Type: 'UpdateContactEventHooks',
      Parameters: { EventHooks: { CustomerQueue: FLOW_ARN } },
      Transitions: { NextAction: 'Next', Errors: [{ NextAction: 'Next', ErrorType: 'NoMatchingError' }] },
    });
    expect(action(new SetEventHook('Whisper', { hook: EventHook.AGENT_WHISPER, flow })).Parameters).toEqual({ EventHooks: { AgentWhisper: FLOW_ARN } });
  });

  test('SetLanguage', () => {
    expect(action(new SetLanguage('Lang', { languageCode: 'es-US' }))).toEqual({
      Identifier: 'Lang', Type: 'UpdateContactData', Parameters: { LanguageCode: 'es-US' }, Transitions: {},
    });
  });
});

describe('DistributeByPercentage thresholds stay within the 1-100 draw', () => {
  test('percentages adding up to 100 leave no share for otherwise(): an error naming otherwise()', () => {
    const split = new DistributeByPercentage('Split').percentage(50, new Disconnect('A'));
    expect(() => split.percentage(50, new Disconnect('B'))).toThrow(/invalid percent 50: the percentages add up to 100: .*give the last share with otherwise\(\)/);
    expect(() => new DistributeByPercentage('All').percentage(100, new Disconnect('A'))).toThrow(/invalid percent 100/);
  });

  test('the largest threshold rendered is 100', () => {
    const split = new DistributeByPercentage('Split').percentage(99, new Disconnect('A')).otherwise(new Disconnect('B'));
    expect(action(split).Transitions.Conditions).toEqual([{ NextAction: 'A', Condition: { Operator: 'NumberLessThan', Operands: ['100'] } }]);
  });
});
