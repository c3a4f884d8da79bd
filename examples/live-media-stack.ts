import { Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  ContactCenter, ContactFlow, ContactFlowType, Disconnect, EventHook, FlowContent, FlowDefinition, LiveMediaStreaming, Message,
  PhoneNumberType, PlayPrompt, Schedule, SetEventHook, SetWorkingQueue, StartMediaStreaming, StopMediaStreaming, TransferToQueue,
} from '../src';

/**
 * Live media streaming: the instance streams call audio to Kinesis Video Streams (encrypted with a
 * customer managed key), the inbound flow starts streaming before the caller joins the queue, and
 * streaming stops when the queue is full or, through the disconnect flow, when the agent hangs up.
 */
export class LiveMediaStreamingStack extends Stack {
  /** The live media streaming configuration (prefix, key, `grantRead()` for consumers). */
  public readonly liveMedia: LiveMediaStreaming;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const contactCenter = new ContactCenter(this, 'ContactCenter', { instanceAlias: 'acme-live-media' });
    const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always open', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    const support = contactCenter.addQueue('Support', { name: 'Support', hoursOfOperation: hours });

    // Kinesis Video Streams named acme-live-<…>, one per streamed contact, kept for a day.
    this.liveMedia = new LiveMediaStreaming(this, 'LiveMedia', { contactCenter, prefix: 'acme-live' });

    // The disconnect flow: when the agent hangs up and the caller is still on the line, stop streaming.
    const hangUp = new Disconnect('HangUp');
    const stopStreaming = new StopMediaStreaming('StopStreaming').onError(hangUp);
    stopStreaming.next(hangUp);
    const disconnectFlow = new ContactFlow(this, 'DisconnectFlow', {
      contactCenter,
      name: 'Stop streaming',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromDefinition(FlowDefinition.startWith(stopStreaming)),
    });

    // The inbound flow: start streaming both directions, set the disconnect flow, then queue.
    const goodbye = new Disconnect('Goodbye');
    const full = new PlayPrompt('QueueFull', { message: Message.text('All our agents are busy. Please call again later.') });
    const stopWhenFull = new StopMediaStreaming('StopWhenFull').onError(goodbye);
    full.next(stopWhenFull).next(goodbye);
    const toQueue = new TransferToQueue('ToQueue').onAtCapacity(full);
    const setQueue = new SetWorkingQueue('SetQueue', { queue: support });
    setQueue.next(toQueue);
    const setDisconnectFlow = new SetEventHook('SetDisconnectFlow', { hook: EventHook.CUSTOMER_REMAINING, flow: disconnectFlow });
    setDisconnectFlow.next(setQueue);
    const startStreaming = new StartMediaStreaming('StartStreaming', { fromCustomer: true, toCustomer: true }).onError(setQueue);
    startStreaming.next(setDisconnectFlow);
    const welcome = new PlayPrompt('Welcome', { message: Message.text('Thank you for calling Acme. This call is transcribed live to help our agents.') });
    welcome.next(startStreaming);

    const inbound = new ContactFlow(this, 'InboundFlow', {
      contactCenter,
      name: 'Streamed inbound',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromDefinition(FlowDefinition.startWith(welcome, { errorHandler: goodbye })),
    });
    contactCenter.addPhoneNumber('Number', { countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: inbound });
  }
}
