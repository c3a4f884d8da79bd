/**
 * The three flows of a queue with callbacks, built with the flow builder. Not exported from the
 * library: QueueWithCallback creates them.
 */
import { Duration, aws_lambda as lambda } from 'aws-cdk-lib';
import { ClosedBehavior, QueueFullBehavior } from './behaviors';
import { IContactFlow } from '../core/contact-flow';
import { IHoursOfOperation } from '../core/hours-of-operation';
import { IQueue } from '../core/queue';
import { FlowBlock } from '../flows/builder/block';
import { FlowDefinition } from '../flows/builder/definition';
import { GetCustomerInput, LoopPrompts, PhoneNumberFormat, PlayPrompt, StoreCustomerInput } from '../flows/builder/interaction';
import { CheckHoursOfOperation, Compare, InvokeLambda, Loop, SetAttributes } from '../flows/builder/logic';
import { CreateCallback, Disconnect, EndFlow, SetCallbackNumber, SetWorkingQueue, TransferToQueue } from '../flows/builder/routing';
import { EventHook, SetEventHook, SetLogging, SetRecordingAndAnalytics } from '../flows/builder/settings';
import { FlowCondition, FlowValue, Message, SystemField } from '../flows/builder/values';

/** The contact attribute holding the number the callback will dial. */
export const CALLBACK_NUMBER_ATTRIBUTE = 'callbackNumber';

/** What the whisper flow needs to know. */
export interface WhisperFlowSettings {
  /** The duplicate check, when on. */
  readonly dedupeFunction?: lambda.IFunction;
  /** The `queue` parameter of the duplicate check: the same in the queue and whisper flows. */
  readonly dedupeScope: string;
  readonly whisperMessage: string;
}

/** What the entry and queue flows need to know. */
export interface CallbackFlowSettings extends WhisperFlowSettings {
  readonly queue: IQueue;
  /** Where callbacks are queued (the queue itself, or a separate callback queue). */
  readonly callbackQueue: IQueue;
  readonly hoursOfOperation: IHoursOfOperation;
  readonly holdMessages: Message[];
  readonly holdInterrupt: Duration;
  /** The offer comes at this interruption of the hold loop (1 = the first). */
  readonly offerAtInterrupt: number;
  readonly initialCallDelay: Duration;
  readonly retryDelay: Duration;
  readonly maxAttempts: number;
  /** Local entry in this country; E.164 entry when absent. */
  readonly countryCode?: string;
  readonly whenClosed: ClosedBehavior;
  readonly whenFull: QueueFullBehavior;
  readonly closedMessage: string;
}

const number = FlowValue.attribute(CALLBACK_NUMBER_ATTRIBUTE);

function say(id: string, text: string): PlayPrompt {
  return new PlayPrompt(id, { message: Message.text(text) });
}

/** SSML that reads a phone number digit by digit. */
function sayNumber(id: string, before: string, path: string, after: string): PlayPrompt {
  return new PlayPrompt(id, {
    message: Message.ssml(`<speak>${before} <say-as interpret-as="telephone">${path}</say-as> ${after}</speak>`),
  });
}

/**
 * The callback request, from the offer to the confirmation: the caller's own number (confirmed)
 * or another one (validated, re-prompted once), the callback number, the duplicate check and the
 * callback. `back` is where a caller who gets no callback goes; `hangUp` ends the call.
 */
function callbackRequest(prefix: string, s: CallbackFlowSettings, offerText: string, back: FlowBlock, hangUp: FlowBlock): GetCustomerInput {
  const id = (name: string) => `${prefix}${name}`;
  const offer = new GetCustomerInput(id('OfferCallback'), { prompt: Message.text(offerText), timeout: Duration.seconds(5) });
  const confirm = new GetCustomerInput(id('ConfirmNumber'), {
    prompt: Message.ssml(`<speak>We can call you back at <say-as interpret-as="telephone">${SystemField.CUSTOMER_NUMBER}</say-as>. `
      + 'Press 1 to use this number, or 2 to enter another one.</speak>'),
    timeout: Duration.seconds(8),
  });
  const entry = (name: string) => new StoreCustomerInput(id(name), {
    prompt: Message.text(s.countryCode
      ? 'Please enter the number to call back, with its area code, followed by the pound key.'
      : 'Please enter the number to call back, starting with the country code, followed by the pound key.'),
    timeout: Duration.seconds(10),
    phoneNumberFormat: s.countryCode ? PhoneNumberFormat.LOCAL : PhoneNumberFormat.E164,
    countryCode: s.countryCode,
    terminationSequence: '#',
  });
  const enter = entry('EnterNumber');
  const enterAgain = entry('EnterNumberAgain');

  const useCallerId = new SetAttributes(id('UseCallerId'), { attributes: { [CALLBACK_NUMBER_ATTRIBUTE]: FlowValue.system(SystemField.CUSTOMER_NUMBER) } });
  const useEntered = new SetAttributes(id('UseEnteredNumber'), { attributes: { [CALLBACK_NUMBER_ATTRIBUTE]: FlowValue.storedInput() } });
  const useEnteredAgain = new SetAttributes(id('UseEnteredNumberAgain'), { attributes: { [CALLBACK_NUMBER_ATTRIBUTE]: FlowValue.storedInput() } });
  const setCallerId = new SetCallbackNumber(id('SetCallerIdNumber'), { callbackNumber: number });
  const setEntered = new SetCallbackNumber(id('SetEnteredNumber'), { callbackNumber: number });
  const setEnteredAgain = new SetCallbackNumber(id('SetEnteredNumberAgain'), { callbackNumber: number });

  const callerIdUnusable = say(id('CallerIdUnusable'), 'We cannot call you back at the number you are calling from.');
  const invalid = say(id('InvalidNumber'), 'That is not a valid phone number. Please try again.');
  const invalidAgain = say(id('InvalidNumberAgain'), 'That is not a valid phone number either. You keep your place in line.');
  const notDialable = say(id('NotDialable'), 'Sorry, we cannot place calls to that number. You keep your place in line.');
  const notBooked = say(id('NotBooked'), 'Sorry, we could not book your callback.');
  const booked = sayNumber(id('Booked'), 'Thank you. We will call you back at', `$.Attributes.${CALLBACK_NUMBER_ATTRIBUTE}`,
    'as soon as an agent is free. Goodbye.');

  const create = new CreateCallback(id('CreateCallback'), {
    queue: s.callbackQueue,
    initialDelay: s.initialCallDelay,
    maxAttempts: s.maxAttempts,
    retryDelay: s.retryDelay,
  });
  create.next(booked).next(hangUp);

  let request: FlowBlock = create;
  if (s.dedupeFunction) {
    const parameters = (operation: string) => ({
      operation: FlowValue.literal(operation),
      queue: FlowValue.literal(s.dedupeScope),
      number,
    });
    const check = new InvokeLambda(id('CheckPending'), { lambdaFunction: s.dedupeFunction, parameters: parameters('reserve'), timeout: Duration.seconds(5) });
    const pending = new Compare(id('IsPending'), { value: FlowValue.external('pending') });
    const alreadyPending = say(id('AlreadyPending'), 'A callback to this number is already booked: we will call you as soon as an agent is free.');
    // Fail open: if the check cannot run, the callback is created anyway (see lambda-src/callback-dedupe).
    check.onError(create).next(pending);
    pending.when(FlowCondition.textEquals('true'), alreadyPending).otherwise(create);
    alreadyPending.next(back);
    // The entry was reserved for this callback: release it when the callback cannot be created.
    const release = new InvokeLambda(id('ReleaseNumber'), { lambdaFunction: s.dedupeFunction, parameters: parameters('clear'), timeout: Duration.seconds(5) });
    create.onError(release);
    release.onError(notBooked).next(notBooked);
    request = check;
  } else {
    create.onError(notBooked);
  }
  notBooked.next(back);

  offer.onDigit('1', confirm).onTimeout(back).onNoMatch(back).onError(back);
  confirm.onDigit('1', useCallerId).onDigit('2', enter).onTimeout(back).onNoMatch(back).onError(back);
  useCallerId.next(setCallerId);
  setCallerId.onInvalidNumber(callerIdUnusable).onNotDialable(notDialable).next(request);
  callerIdUnusable.next(enter);
  enter.onInvalidNumber(invalid).onError(invalid).next(useEntered);
  useEntered.next(setEntered);
  setEntered.onInvalidNumber(invalid).onNotDialable(notDialable).next(request);
  invalid.next(enterAgain);
  enterAgain.onInvalidNumber(invalidAgain).onError(invalidAgain).next(useEnteredAgain);
  useEnteredAgain.next(setEnteredAgain);
  setEnteredAgain.onInvalidNumber(invalidAgain).onNotDialable(notDialable).next(request);
  invalidAgain.next(back);
  notDialable.next(back);
  return offer;
}

/**
 * The customer-queue flow: hold messages in a loop interrupted every `holdInterrupt`; from the
 * `offerAtInterrupt`-th interruption on, each interruption offers a callback.
 */
export function queueFlowDefinition(s: CallbackFlowSettings): FlowDefinition {
  const end = new EndFlow('End');
  const hold = new LoopPrompts('Hold', { messages: s.holdMessages, interruptEvery: s.holdInterrupt });
  const holdAfterOffer = new LoopPrompts('HoldAfterOffer', { messages: s.holdMessages, interruptEvery: s.holdInterrupt });
  const hangUp = new Disconnect('HangUp');
  const offer = callbackRequest('', s, 'To be called back instead of waiting, press 1. To keep your place in line, stay on the line.', holdAfterOffer, hangUp);
  if (s.offerAtInterrupt > 1) {
    // Connect keeps a Loop block's count per contact: it counts the interruptions before the first offer.
    const count = new Loop('WaitBeforeOffer', { loopCount: s.offerAtInterrupt - 1 });
    hold.onInterrupted(count);
    count.onContinue(hold).onDone(offer);
  } else {
    hold.onInterrupted(offer);
  }
  hold.onError(end);
  holdAfterOffer.onInterrupted(offer).onError(end);
  return FlowDefinition.startWith(hold, { errorHandler: holdAfterOffer });
}

/** The inbound flow: hours, then the queue (with the queue flow as hook), or a callback / goodbye. */
export function entryFlowDefinition(s: CallbackFlowSettings, queueFlow: IContactFlow): FlowDefinition {
  const hangUp = new Disconnect('HangUp');
  const goodbye = say('Goodbye', 'Thank you for calling. Goodbye.');
  goodbye.next(hangUp);
  const sorry = say('Sorry', 'Sorry, something went wrong. Please call again later.');
  sorry.next(hangUp);

  const logging = new SetLogging('Logging', { enabled: true });
  const checkHours = new CheckHoursOfOperation('CheckHours', { hoursOfOperation: s.hoursOfOperation });
  const setQueue = new SetWorkingQueue('SetQueue', { queue: s.queue });
  const setHook = new SetEventHook('SetQueueFlow', { hook: EventHook.CUSTOMER_QUEUE, flow: queueFlow });
  const transfer = new TransferToQueue('Transfer');
  logging.next(checkHours);

  const closed = say('Closed', s.closedMessage);
  closed.next(s.whenClosed === ClosedBehavior.OFFER_CALLBACK
    ? callbackRequest('Closed', s, 'To be called back once we are open, press 1.', goodbye, hangUp)
    : goodbye);

  const full = say('QueueFull', 'All our agents are busy and no more callers can wait in line right now.');
  full.next(s.whenFull === QueueFullBehavior.OFFER_CALLBACK
    ? callbackRequest('Full', s, 'To be called back as soon as an agent is free, press 1.', goodbye, hangUp)
    : say('CallLater', 'Please call again later.').next(goodbye).startBlock);

  checkHours.onInHours(setQueue).onOutOfHours(closed).onError(sorry);
  setQueue.next(setHook).next(transfer);
  transfer.onAtCapacity(full).onError(sorry);
  return FlowDefinition.startWith(logging, { errorHandler: sorry });
}

/**
 * The outbound whisper flow of the callback queue: recording for the outbound leg, the
 * duplicate-check entry cleared, and the announcement the customer hears when they answer.
 */
export function whisperFlowDefinition(s: WhisperFlowSettings): FlowDefinition {
  const record = new SetRecordingAndAnalytics('Recording', { recordAgent: true, recordCustomer: true });
  const announce = say('Announce', s.whisperMessage);
  const end = new EndFlow('End');
  announce.next(end);
  if (s.dedupeFunction) {
    const clear = new InvokeLambda('ClearPending', {
      lambdaFunction: s.dedupeFunction,
      parameters: {
        operation: FlowValue.literal('clear'),
        queue: FlowValue.literal(s.dedupeScope),
        // In a callback's whisper flow, the customer endpoint is the number being called back.
        number: FlowValue.system(SystemField.CUSTOMER_NUMBER),
      },
      timeout: Duration.seconds(4),
    });
    record.next(clear);
    clear.onError(announce).next(announce);
  } else {
    record.next(announce);
  }
  return FlowDefinition.startWith(record);
}
