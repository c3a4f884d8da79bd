import { RemovalPolicy } from 'aws-cdk-lib';
import { IQuickConnect } from './quick-connect';
import { IContactCenter } from '../core/contact-center';
import { IContactFlow } from '../core/contact-flow';
import { IHoursOfOperation } from '../core/hours-of-operation';
import { IPhoneNumber } from '../core/phone-number';

/** Options for a queue, used by the `ContactCenter.add…()` methods. */
export interface QueueOptions {

  /** The queue name, 1–127 characters, unique in the instance. */
  readonly name: string;

  /** When the queue is open. */
  readonly hoursOfOperation: IHoursOfOperation;

  /**
   * A description, at most 250 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * The most contacts the queue holds (waiting callbacks count). When full, calls get a fast
   * busy and "Transfer to queue" takes its at-capacity branch. Must be at least 1: 0 makes the
   * queue unusable.
   *
   * @default - no limit beyond the instance's
   */
  readonly maxContacts?: number;

  /**
   * The caller ID name shown on outbound calls and callbacks, at most 255 characters.
   * @default - none; required by Connect for callbacks from this queue
   */
  readonly outboundCallerIdName?: string;

  /**
   * The caller ID number of outbound calls and callbacks: a number claimed in this contact center.
   * @default - none; required by Connect for callbacks from this queue
   */
  readonly outboundCallerIdNumber?: IPhoneNumber;

  /**
   * The outbound whisper flow: what the customer hears on an outbound call or callback before
   * the agent joins (must be of type OUTBOUND_WHISPER).
   * @default - Connect's default outbound whisper
   */
  readonly outboundWhisperFlow?: IContactFlow;

  /**
   * Quick connect ARNs available to agents working this queue.
   * @default - none
   */
  readonly quickConnectArns?: string[];

  /**
   * What happens to the queue when removed from the stack.
   * @default RemovalPolicy.RETAIN - queues can only be deleted through the API and their names cannot be reused meanwhile
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * Quick connects available to agents working this queue. The queue's template lists the first
   * 50 (with `quickConnectArns`), what one `CreateQueue` request takes; the rest are associated
   * through the `AssociateQueueQuickConnects` API in batches of 50. More can be added with
   * `addQuickConnect()`.
   * @default - none
   */
  readonly quickConnects?: IQuickConnect[];
}

/** Properties of a queue. */
export interface QueueProps extends QueueOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}
