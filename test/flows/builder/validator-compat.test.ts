import { Duration } from 'aws-cdk-lib';
import {
  ContactFlowType,
  CheckHoursOfOperation, CheckQueueStatus, CheckStaffing, Compare, CreateCallback, DequeueAndTransferToQueue, Disconnect,
  DistributeByPercentage, EndFlow, EventHook, FlowCondition, FlowDefinition, FlowValue, GetCustomerInput, GetQueueMetrics,
  IAgent, IContactFlow, IHoursOfOperation, IQueue, InvokeLambda, LexBotAlias, LexBotInput, Loop, LoopPrompts, Message,
  PhoneNumberFormat, PlayPrompt, QueueStatusMetric, SetAttributes, SetCallbackNumber, SetEventHook, SetLanguage, SetLogging,
  SetRecordingAndAnalytics, SetRoutingPriority, SetVoice, SetWorkingQueue, StoreCustomerInput, SystemField, TransferToFlow,
  TransferToPhoneNumber, TransferToQueue, validateFlow,
} from '../../../src';

const ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc';
const queue = { queueArn: `${ARN}/queue/q1` } as IQueue;
const agent = { userArn: `${ARN}/agent/a1` } as IAgent;
const hours = { hoursOfOperationArn: `${ARN}/operating-hours/h1` } as IHoursOfOperation;
const flow = { contactFlowArn: `${ARN}/contact-flow/f1` } as IContactFlow;
const fn = { functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f' } as any;
const bot = LexBotAlias.fromBotAliasArn('arn:aws:lex:us-east-1:111122223333:bot-alias/BOT1/ALIAS1');

/** Errors (and, separately, warnings) of the validator, as readable strings. */
function findings(definition: FlowDefinition, flowType: ContactFlowType) {
  const all = validateFlow(definition.toDocument(), { flowType });
  const show = (d: any) => `${d.actionIdentifier ?? '$'}: ${d.message}`;
  return {
    errors: all.filter((d) => d.severity === 'error').map(show),
    warnings: all.filter((d) => d.severity === 'warning').map(show),
  };
}

describe('flows using every block pass the flow validator', () => {
  test('inbound flow with every inbound block', () => {
    const bye = new Disconnect('Bye');
    const sorry = new PlayPrompt('Sorry', { message: Message.text('Sorry, something went wrong.') });
    sorry.next(bye);

    const toQueue = new TransferToQueue('ToQueue').onAtCapacity(sorry);
    const priority = new SetRoutingPriority('Priority', { queuePriority: 2 });
    priority.next(toQueue);
    const hook = new SetEventHook('QueueHook', { hook: EventHook.CUSTOMER_QUEUE, flow });
    hook.next(priority);
    const setQueue = new SetWorkingQueue('SetQueue', { queue });
    setQueue.next(hook);
    const setAgent = new SetWorkingQueue('SetAgent', { agent });
    setAgent.next(toQueue);

    const callback = new CreateCallback('Callback', { queue });
    callback.next(bye);
    const callbackNumber = new SetCallbackNumber('CallbackNumber', { callbackNumber: FlowValue.storedInput() }).onInvalidNumber(sorry).onNotDialable(sorry);
    callbackNumber.next(callback);
    const askNumber = new StoreCustomerInput('AskNumber', {
      prompt: Message.text('Enter your phone number.'), phoneNumberFormat: PhoneNumberFormat.LOCAL, countryCode: 'US',
    }).onInvalidNumber(sorry);
    askNumber.next(callbackNumber);

    const external = new TransferToPhoneNumber('External', { phoneNumber: '+15550100' }).onError(sorry);
    const toFlow = new TransferToFlow('ToFlow', { flow });

    const queueStatus = new CheckQueueStatus('QueueStatus', { metric: QueueStatusMetric.OLDEST_CONTACT_AGE, queue })
      .when(FlowCondition.numberGreaterThan(600), askNumber).otherwise(setQueue);
    const staffing = new CheckStaffing('Staffing', { queue }).onTrue(queueStatus).onFalse(askNumber);
    const size = new Compare('QueueSize', { value: FlowValue.system(SystemField.QUEUE_SIZE) })
      .when(FlowCondition.numberGreaterThan(20), askNumber).otherwise(staffing);
    const metrics = new GetQueueMetrics('Metrics', { queue });
    metrics.next(size);

    const menuLoop = new Loop('MenuLoop', { loopCount: 2 });
    const menu = new GetCustomerInput('Menu', { prompt: Message.text('1 queue, 2 agent, 3 phone, 4 flow') })
      .onDigit('1', metrics).onDigit('2', setAgent).onDigit('3', external).onDigit('4', toFlow)
      .onTimeout(menuLoop).onNoMatch(menuLoop);
    menuLoop.onContinue(menu).onDone(bye);

    const lex = new LexBotInput('Lex', { botAlias: bot, prompt: Message.text('How can I help?') })
      .onIntent('Menu', menu).onNoMatch(menu);
    const split = new DistributeByPercentage('Split').percentage(50, lex).otherwise(menu);
    const hoursCheck = new CheckHoursOfOperation('Hours', { hoursOfOperation: hours }).onInHours(split).onOutOfHours(bye);
    const attrs = new SetAttributes('Attrs', { attributes: { tier: FlowValue.external('tier') } });
    attrs.next(hoursCheck);
    const invoke = new InvokeLambda('Lookup', { lambdaFunction: fn, timeout: Duration.seconds(5) });
    invoke.next(attrs);
    const lang = new SetLanguage('Language', { languageCode: 'en-US' });
    lang.next(invoke);
    const voice = new SetVoice('Voice', { voice: 'Joanna' });
    voice.next(lang);
    const record = new SetRecordingAndAnalytics('Record', { contactLens: { language: 'en-US' } });
    record.next(voice);
    const welcome = new PlayPrompt('Welcome', { message: Message.text('Welcome') });
    welcome.next(record);
    const logging = new SetLogging('Logging');
    logging.next(welcome);

    const definition = FlowDefinition.startWith(logging, { errorHandler: sorry });
    expect(definition.blocks).toHaveLength(28);
    const { errors, warnings } = findings(definition, ContactFlowType.CONTACT_FLOW);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('customer queue flow', () => {
    const end = new EndFlow('End');
    const move = new DequeueAndTransferToQueue('Move', { queue }).onAtCapacity(end).onError(end);
    const offer = new GetCustomerInput('Offer', { prompt: Message.text('Press 1 to move queues') })
      .onDigit('1', move).onTimeout(end).onNoMatch(end).onError(end);
    const loop = new LoopPrompts('Hold', { messages: [Message.text('Please hold')], interruptEvery: Duration.seconds(60) })
      .onInterrupted(offer).onError(end);
    const { errors, warnings } = findings(FlowDefinition.startWith(loop), ContactFlowType.CUSTOMER_QUEUE);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('agent whisper flow', () => {
    const end = new EndFlow('End');
    const say = new PlayPrompt('Say', { message: Message.fromValue(FlowValue.concat(FlowValue.literal('Queue '), FlowValue.system(SystemField.QUEUE_NAME))) });
    say.next(end);
    say.onError(end);
    const { errors, warnings } = findings(FlowDefinition.startWith(say), ContactFlowType.AGENT_WHISPER);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('conditions the builder offers pass the flow validator', () => {
  test('CheckQueueStatus with textEquals (Equals on a contact metric)', () => {
    const end = new Disconnect('End');
    const status = new CheckQueueStatus('Status', { metric: QueueStatusMetric.CONTACTS_IN_QUEUE })
      .when(FlowCondition.textEquals('0'), end)
      .when(FlowCondition.numberGreaterThan(10), end)
      .otherwise(end)
      .onError(end);
    const { errors } = findings(FlowDefinition.startWith(status), ContactFlowType.CONTACT_FLOW);
    expect(errors).toEqual([]);
  });
});

test('the simplest customer queue flow (one loop of prompts) has no validation errors', () => {
  const { errors } = findings(FlowDefinition.startWith(new LoopPrompts('Hold', { messages: [Message.text('Please hold')] })), ContactFlowType.CUSTOMER_QUEUE);
  expect(errors).toEqual([]);
});
