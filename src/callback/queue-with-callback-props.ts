import {
  Duration, RemovalPolicy, aws_kms as kms,
} from 'aws-cdk-lib';
import { ClosedBehavior, QueueFullBehavior } from './behaviors';
import { HoursOfOperationOptions } from '../contact-center/hours-of-operation-props';
import { IContactCenter } from '../core/contact-center';
import { IHoursOfOperation } from '../core/hours-of-operation';
import { IPhoneNumber } from '../core/phone-number';
import { Message } from '../flows/builder/values';

/**
 * Properties of a queue with callbacks.
 */
export interface QueueWithCallbackProps {
  /** The contact center. Outbound calling must be enabled (callbacks are outbound calls). */
  readonly contactCenter: IContactCenter;

  /** The queue name, 1–127 characters, unique in the instance. Also prefixes the flow names. */
  readonly name: string;

  /**
   * A description of the queue, at most 250 characters.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Existing hours of operation of the queue.
   *
   * @default - created from `hours`
   */
  readonly hoursOfOperation?: IHoursOfOperation;

  /**
   * Hours of operation to create for the queue (when `hoursOfOperation` is not given).
   *
   * @default - open around the clock, time zone UTC, named "<name> hours"
   */
  readonly hours?: HoursOfOperationOptions;

  /**
   * The most contacts the queue holds; waiting callbacks count toward it.
   *
   * @default - no limit beyond the instance's
   */
  readonly maxContacts?: number;

  /** The caller ID name shown on callbacks, 1–255 characters. */
  readonly outboundCallerIdName: string;

  /** The caller ID number of callbacks: a number claimed in the same contact center. */
  readonly outboundCallerIdNumber: IPhoneNumber;

  /**
   * Queue callbacks in a queue of their own ("<name> callbacks"), so that routing profiles can
   * give them a lower priority than live calls (as the admin guide suggests) and so that a full
   * queue can still take callbacks.
   *
   * @default false - callbacks wait in the queue itself
   */
  readonly separateCallbackQueue?: boolean;

  /**
   * What the caller hears while waiting, repeated.
   *
   * @default - one text message thanking the caller for waiting
   */
  readonly holdMessages?: Message[];

  /**
   * How often the hold messages are interrupted to check whether to offer a callback. Connect
   * needs more than 20 seconds before a callback offer.
   *
   * @default Duration.seconds(30)
   */
  readonly holdInterrupt?: Duration;

  /**
   * How long a caller waits before the first callback offer; later interruptions offer it again.
   * At least `holdInterrupt`; rounded up to a whole number of interruptions.
   *
   * @default Duration.minutes(2)
   */
  readonly offerCallbackAfter?: Duration;

  /**
   * How long after the request the callback is queued (gives the caller time to hang up),
   * 1 second to 3 days.
   *
   * @default Duration.seconds(30)
   */
  readonly initialCallDelay?: Duration;

  /**
   * Most attempts to reach the customer (Connect retries only when nobody answers), 1 to 100.
   *
   * @default 3
   */
  readonly maxCallbackAttempts?: number;

  /**
   * Time between two attempts, 1 second to 3 days.
   *
   * @default Duration.minutes(10)
   */
  readonly retryDelay?: Duration;

  /**
   * ISO 3166-1 alpha-2 country of the numbers callers enter in local format (e.g. "US").
   *
   * @default - callers enter numbers in E.164 form, starting with the country code
   */
  readonly countryCode?: string;

  /**
   * What the entry flow does outside the hours of operation.
   *
   * @default ClosedBehavior.DISCONNECT
   */
  readonly whenClosed?: ClosedBehavior;

  /**
   * What the entry flow does when the queue is full. Offering a callback needs `separateCallbackQueue`.
   *
   * @default - QueueFullBehavior.OFFER_CALLBACK with a separate callback queue, else QueueFullBehavior.DISCONNECT
   */
  readonly whenFull?: QueueFullBehavior;

  /**
   * What a caller hears outside the hours of operation.
   *
   * @default "Thank you for calling. We are closed right now."
   */
  readonly closedMessage?: string;

  /**
   * What the customer hears when they answer a callback, before the agent joins.
   *
   * @default "Hello, this is <outboundCallerIdName> returning your call. Please hold while we connect you to an agent."
   */
  readonly whisperMessage?: string;

  /**
   * Refuse a second callback for a number that already has one waiting in this queue (a small
   * DynamoDB table and a Lambda function; the entry is cleared when the callback is answered and
   * expires after 7 days, when Connect drops unanswered callbacks).
   *
   * @default true
   */
  readonly preventDuplicateCallbacks?: boolean;

  /**
   * The key that encrypts the duplicate-check table.
   *
   * @default - a customer managed key with rotation is created (only with `preventDuplicateCallbacks`)
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * What happens to the queues, the created hours, the table and its key when removed from the stack.
   *
   * @default RemovalPolicy.RETAIN - queues can only be deleted through the API; the table and key are stateful
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags of the queues and flows.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Thresholds of the alarms of `QueueWithCallback.alarms()`. */
export interface QueueWithCallbackAlarmOptions {
  /**
   * Alarm when a caller has waited longer than this.
   *
   * @default - twice `offerCallbackAfter`: callers who waited that long were offered a callback twice
   */
  readonly longestWait?: Duration;

  /**
   * Alarm when more contacts than this wait in the queue.
   *
   * @default - 80 % of `maxContacts`; no queue-size alarm without `maxContacts`
   */
  readonly queueSize?: number;

  /**
   * Evaluation periods (of 5 minutes) over the threshold before the alarm fires.
   *
   * @default 2
   */
  readonly evaluationPeriods?: number;
}
