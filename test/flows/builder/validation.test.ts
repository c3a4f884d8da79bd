import { App, Duration, Stack } from 'aws-cdk-lib';
import {
  ContactCenter, ContactFlow, ContactFlowType, EventHook, FlowContent, SetEventHook, TransferToFlow,
  CheckStaffing, Compare, CreateCallback, Disconnect, DistributeByPercentage, FlowCondition, FlowDefinition, FlowValue,
  GetCustomerInput, IQueue, IAgent, InvokeLambda, LexBotAlias, LexBotInput, Loop, LoopPrompts, Message, PhoneNumberFormat,
  PlayPrompt, SetAttributes, SetCallbackNumber, SetLanguage, SetRoutingPriority, SetVoice, SetWorkingQueue, StoreCustomerInput,
  TransferToPhoneNumber, VoiceEngine, VoiceStyle,
} from '../../../src';

const queue = { queueArn: 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/q1' } as IQueue;
const agent = { userArn: 'arn:aws:connect:us-east-1:111122223333:instance/abc/agent/a1' } as IAgent;
const fn = { functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f' } as any;
const text = Message.text('Hi');

describe('invalid inputs throw, naming the prop', () => {
  test.each<[string, () => unknown, RegExp]>([
    ['id with a space', () => new Disconnect('Hang up'), /invalid id "Hang up": block IDs must be 1 to 50 characters/],
    ['id too long', () => new Disconnect('x'.repeat(51)), /invalid id "x{51}"/],
    ['reserved id', () => new Disconnect('constructor'), /invalid id "constructor".*reserved name/],
    ['menu timeout out of range', () => new GetCustomerInput('M', { prompt: text, timeout: Duration.seconds(181) }), /GetCustomerInput "M": invalid timeout 3 minutes 1 second: must be a whole number of seconds between 1 and 180/],
    ['menu timeout not whole', () => new GetCustomerInput('M', { prompt: text, timeout: Duration.millis(1500) }), /invalid timeout .*whole number of seconds/],
    ['digit not 0-9*#', () => new GetCustomerInput('M', { prompt: text }).onDigit('10', new Disconnect('X')), /invalid digit "10": must be one character of 0-9, \* or #/],
    ['digit twice', () => new GetCustomerInput('M', { prompt: text }).onDigit('1', new Disconnect('X')).onDigit('1', new Disconnect('Y')), /onDigit\('1'\) is already connected \(to "X"\)/],
    ['menu with S3 audio', () => new GetCustomerInput('M', { prompt: Message.s3Audio('s3://b/k.wav') }), /invalid prompt "Media"/],
    ['loop count > 100', () => new Loop('L', { loopCount: 101 }), /Loop "L": invalid loopCount 101: must be an integer between 0 and 100/],
    ['loop count negative', () => new Loop('L', { loopCount: -1 }), /invalid loopCount -1/],
    ['lambda timeout > 8 s', () => new InvokeLambda('F', { lambdaFunction: fn, timeout: Duration.seconds(9) }), /InvokeLambda "F": invalid timeout 9 seconds: must be a whole number of seconds between 1 and 8/],
    ['lambda parameter key with a dot', () => new InvokeLambda('F', { lambdaFunction: fn, parameters: { 'a.b': FlowValue.literal('x') } }), /invalid parameters key "a.b"/],
    ['attribute key with $', () => new SetAttributes('A', { attributes: { $x: FlowValue.literal('1') } }), /SetAttributes "A": invalid attributes key "\$x"/],
    ['no attributes', () => new SetAttributes('A', { attributes: {} }), /invalid attributes \{\}: give at least one attribute/],
    ['attribute value not a FlowValue', () => new SetAttributes('A', { attributes: { x: 'raw' as any } }), /invalid attributes.x "raw": give a FlowValue/],
    ['compare a literal', () => new Compare('C', { value: FlowValue.literal('gold') }), /Compare "C": invalid value "gold": must be a single reference/],
    ['compare interpolated text', () => new Compare('C', { value: FlowValue.text('Hi $.Attributes.x') }), /invalid value "Hi \$.Attributes.x"/],
    ['callback number static', () => new SetCallbackNumber('N', { callbackNumber: FlowValue.literal('+15550100') }), /SetCallbackNumber "N": invalid callbackNumber "\+15550100".*static numbers are not allowed/],
    ['queue and agent', () => new SetWorkingQueue('Q', { queue, agent }), /SetWorkingQueue "Q": invalid queue .*either queue or agent, not both/],
    ['neither queue nor agent', () => new SetWorkingQueue('Q', {}), /SetWorkingQueue "Q": invalid queue undefined: give either queue or agent/],
    ['callback attempts 0', () => new CreateCallback('C', { maxAttempts: 0 }), /CreateCallback "C": invalid maxAttempts 0: must be an integer between 1 and 100/],
    ['callback delay > 3 days', () => new CreateCallback('C', { initialDelay: Duration.days(4) }), /invalid initialDelay 4 days/],
    ['phone number not E.164', () => new TransferToPhoneNumber('T', { phoneNumber: '555-0100' }), /TransferToPhoneNumber "T": invalid phoneNumber "555-0100": must be an E.164 number/],
    ['third-party timeout > 600 s', () => new TransferToPhoneNumber('T', { phoneNumber: '+15550100', timeout: Duration.minutes(11) }), /invalid timeout 11 minutes/],
    ['DTMF digits', () => new TransferToPhoneNumber('T', { phoneNumber: '+15550100', dtmfDigits: 'abc' }), /invalid dtmfDigits "abc"/],
    ['phone validation without country', () => new StoreCustomerInput('S', { prompt: text, phoneNumberFormat: PhoneNumberFormat.LOCAL }), /StoreCustomerInput "S": invalid countryCode undefined: an ISO 3166-1 alpha-2 country code/],
    ['phone validation with UK', () => new StoreCustomerInput('S', { prompt: text, phoneNumberFormat: PhoneNumberFormat.LOCAL, countryCode: 'UK' }), /StoreCustomerInput "S": invalid countryCode "UK": an ISO 3166-1 alpha-2 country code \(e.g. "US"; "GB", not "UK"\)/],
    ['E164 with country', () => new StoreCustomerInput('S', { prompt: text, phoneNumberFormat: PhoneNumberFormat.E164, countryCode: 'US' }), /invalid countryCode "US": only allowed with PhoneNumberFormat.LOCAL/],
    ['encrypted phone number', () => new StoreCustomerInput('S', { prompt: text, phoneNumberFormat: PhoneNumberFormat.E164, encryption: { encryptionKeyId: 'k', key: 'p' } }), /invalid encryption .*only custom input/],
    ['maxDigits 21', () => new StoreCustomerInput('S', { prompt: text, maxDigits: 21 }), /invalid maxDigits 21: must be an integer between 1 and 20/],
    ['termination sequence too long', () => new StoreCustomerInput('S', { prompt: text, terminationSequence: '######' }), /invalid terminationSequence "######": must be 1 to 5 characters/],
    ['intent name', () => new LexBotInput('L', { botAlias: LexBotAlias.fromBotAliasArn('arn:aws:lex:us-east-1:1:bot-alias/B/A'), prompt: text }).onIntent('Sales Intent', new Disconnect('X')), /LexBotInput "L": invalid intentName "Sales Intent"/],
    ['percentages over 100', () => new DistributeByPercentage('D').percentage(60, new Disconnect('A')).percentage(50, new Disconnect('B')), /invalid percent 50: the percentages add up to more than 100/],
    ['percentage 0', () => new DistributeByPercentage('D').percentage(0, new Disconnect('A')), /invalid percent 0: must be an integer between 1 and 100/],
    ['routing priority both', () => new SetRoutingPriority('R', { queuePriority: 1, queueTimeAdjustmentSeconds: 5 }), /give exactly one of queuePriority and queueTimeAdjustmentSeconds/],
    ['routing priority 0', () => new SetRoutingPriority('R', { queuePriority: 0 }), /invalid queuePriority 0/],
    ['language code', () => new SetLanguage('L', { languageCode: 'english' }), /SetLanguage "L": invalid languageCode "english": must be a language code such as "en-US"/],
    ['voice style with standard engine', () => new SetVoice('V', { voice: 'Joanna', engine: VoiceEngine.STANDARD, style: VoiceStyle.NEWSCASTER }), /invalid style "Newscaster": speaking styles need the NEURAL engine/],
    ['loop prompts without messages', () => new LoopPrompts('L', { messages: [] }), /LoopPrompts "L": invalid messages \[\]: give at least one Message/],
    ['next twice', () => { const p = new PlayPrompt('P', { message: text }); p.next(new Disconnect('A')); p.next(new Disconnect('B')); }, /PlayPrompt "P": next\(\) is already connected \(to "A"\)/],
    ['next to a non-block', () => new PlayPrompt('P', { message: text }).next({} as any), /next\(\) needs a flow block/],
    ['staffing onTrue twice', () => new CheckStaffing('S').onTrue(new Disconnect('A')).onTrue(new Disconnect('B')), /onTrue\(\) is already connected/],
    ['attribute name with a dot', () => FlowValue.attribute('a.b'), /FlowValue.attribute: invalid name "a.b"/],
    ['prompt ARN', () => Message.fromPromptArn('prompt-1'), /Message.fromPromptArn: invalid promptArn "prompt-1"/],
    ['empty text', () => Message.text(''), /Message: invalid text "": must be a string of 1 to 6000 characters/],
    ['condition number NaN', () => FlowCondition.numberGreaterThan(NaN), /FlowCondition.numberGreaterThan: invalid n/],
    ['definition without a block', () => new FlowDefinition({ startBlock: undefined as any }), /FlowDefinition: invalid startBlock undefined/],
  ])('%s', (_name, make, message) => {
    expect(make).toThrow(message);
  });
});

describe('the builder rejects what the flow validator would reject', () => {
  test.each<[string, () => unknown, RegExp]>([
    ['reserved id isPrototypeOf', () => new Disconnect('isPrototypeOf'), /invalid id "isPrototypeOf".*reserved name/],
    ['reserved id __defineGetter__', () => new Disconnect('__defineGetter__'), /invalid id "__defineGetter__".*reserved name/],
    ['reserved id toLocaleString', () => new Disconnect('toLocaleString'), /invalid id "toLocaleString".*reserved name/],
    ['loop prompts interrupted less than hourly', () => new LoopPrompts('L', { messages: [text], interruptEvery: Duration.hours(2) }), /LoopPrompts "L": invalid interruptEvery 2 hours: must be a whole number of seconds between 1 and 3600/],
    ['phone number too short for E.164', () => new TransferToPhoneNumber('T', { phoneNumber: '+1234' }), /TransferToPhoneNumber "T": invalid phoneNumber "\+1234": must be an E.164 number/],
    ['phone number reference that is not one JSONPath', () => new TransferToPhoneNumber('T', { phoneNumber: '$.Attributes.forward to' }), /invalid phoneNumber "\$.Attributes.forward to"/],
    ['caller ID number too short for E.164', () => new TransferToPhoneNumber('T', { phoneNumber: '+15555550123', callerIdNumber: '+1234' }), /invalid callerIdNumber "\+1234"/],
    ['attribute reference with a slash', () => FlowValue.attribute('a/b'), /FlowValue.attribute: invalid name "a\/b"/],
    ['external reference with a comma', () => FlowValue.external('a,b'), /FlowValue.external: invalid name "a,b"/],
    ['compare text that is not one JSONPath', () => new Compare('C', { value: FlowValue.text('$.Attributes.a/b') }), /Compare "C": invalid value "\$.Attributes.a\/b": must be a single reference/],
    ['callback number that is not one JSONPath', () => new SetCallbackNumber('N', { callbackNumber: FlowValue.text('$.Attributes.n#') }), /SetCallbackNumber "N": invalid callbackNumber/],
  ])('%s', (_name, make, message) => {
    expect(make).toThrow(message);
  });

  test('valid phone numbers and references are still accepted', () => {
    expect(() => new TransferToPhoneNumber('T', { phoneNumber: '+15550100', callerIdNumber: '$.SystemEndpoint.Address' })).not.toThrow();
    expect(() => new TransferToPhoneNumber('T', { phoneNumber: '$.Attributes.forwardTo' })).not.toThrow();
    expect(() => new LoopPrompts('L', { messages: [text], interruptEvery: Duration.hours(1) })).not.toThrow();
    expect(FlowValue.lexSessionAttribute('x-amz-lex:audio:max-length-ms').isReference).toBe(true);
    expect(FlowValue.attribute('customer_tier-2').isReference).toBe(true);
    expect(FlowValue.text('$.Attributes.tier').isReference).toBe(true);
  });
});

describe('flows of the wrong type are rejected where Connect would fail', () => {
  const ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/contact-flow/f1';
  const flowOf = (type: string) => ({ contactFlowArn: ARN, contactFlowType: type }) as any;

  test('TransferToFlow only into inbound and transfer flows', () => {
    expect(() => new TransferToFlow('T', { flow: flowOf(ContactFlowType.CUSTOMER_QUEUE) }))
      .toThrow(/TransferToFlow "T": invalid flow "CUSTOMER_QUEUE": .*inbound or transfer flow/);
    for (const ok of [ContactFlowType.CONTACT_FLOW, ContactFlowType.AGENT_TRANSFER, ContactFlowType.QUEUE_TRANSFER]) {
      expect(() => new TransferToFlow('T', { flow: flowOf(ok) })).not.toThrow();
    }
    expect(() => new TransferToFlow('T', { flow: { contactFlowArn: ARN } as any })).not.toThrow();
  });

  test('SetEventHook: the queue, hold and whisper hooks need a flow of that type', () => {
    expect(() => new SetEventHook('H', { hook: EventHook.CUSTOMER_QUEUE, flow: flowOf(ContactFlowType.CONTACT_FLOW) }))
      .toThrow(/SetEventHook "H": invalid flow "CONTACT_FLOW": the CustomerQueue hook runs a CUSTOMER_QUEUE flow/);
    expect(() => new SetEventHook('H', { hook: EventHook.AGENT_WHISPER, flow: flowOf(ContactFlowType.CUSTOMER_WHISPER) }))
      .toThrow(/the AgentWhisper hook runs a AGENT_WHISPER flow/);
    expect(() => new SetEventHook('H', { hook: EventHook.CUSTOMER_HOLD, flow: flowOf(ContactFlowType.CUSTOMER_HOLD) })).not.toThrow();
    expect(() => new SetEventHook('H', { hook: EventHook.CUSTOMER_REMAINING, flow: flowOf(ContactFlowType.CONTACT_FLOW) })).not.toThrow();
  });

  test('with a ContactFlow construct', () => {
    const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'us-east-1' } });
    const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    const whisper = new ContactFlow(stack, 'Whisper', {
      contactCenter,
      name: 'Whisper',
      type: ContactFlowType.AGENT_WHISPER,
      content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'End', Actions: [{ Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] }),
    });
    expect(() => new SetEventHook('H', { hook: EventHook.CUSTOMER_QUEUE, flow: whisper })).toThrow(/invalid flow "AGENT_WHISPER"/);
    expect(() => new TransferToFlow('T', { flow: whisper })).toThrow(/invalid flow "AGENT_WHISPER"/);
  });
});
