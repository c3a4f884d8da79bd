import {
  Duration, RemovalPolicy, Resource, Token,
  aws_cloudwatch as cloudwatch, aws_dynamodb as dynamodb, aws_iam as iam, aws_kms as kms, aws_lambda as lambda,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ClosedBehavior, QueueFullBehavior } from './behaviors';
import { CallbackFlowSettings, entryFlowDefinition, queueFlowDefinition, whisperFlowDefinition } from './callback-flows';
import { QueueWithCallbackAlarmOptions, QueueWithCallbackProps } from './queue-with-callback-props';
import {
  DEFAULT_HOLD_INTERRUPT, DEFAULT_INITIAL_CALL_DELAY, DEFAULT_MAX_CALLBACK_ATTEMPTS, DEFAULT_OFFER_CALLBACK_AFTER,
  DEFAULT_RETRY_DELAY, validateQueueWithCallbackProps,
} from './validate-queue-with-callback';
import { ContactFlow, ContactFlowType } from '../contact-center/contact-flow';
import { FlowContent } from '../contact-center/flow-content';
import { HoursOfOperation, Schedule } from '../contact-center/hours-of-operation';
import { Queue } from '../contact-center/queue';
import { IContactCenter } from '../core/contact-center';
import { IHoursOfOperation } from '../core/hours-of-operation';
import { CallbackDedupeFunction } from '../core/private/callback-dedupe-function';
import { fail, validateConnectResourceTags, validateStringLength } from '../core/private/validate';
import { IQueue } from '../core/queue';
import { Message } from '../flows/builder/values';

/** Connect purges callbacks that were never answered after 7 days: entries of the duplicate check live as long. */
const CALLBACK_RETENTION = Duration.days(7);

/**
 * A queue whose callers can ask to be called back instead of waiting.
 *
 * Creates the queue (and optionally a separate callback queue), its hours when not given, and
 * three flows: an inbound **entry flow** (logging, hours, queue, queue-flow hook; a callback
 * offer when closed or full, as configured), the **customer-queue flow** (hold messages in a loop
 * interrupted every `holdInterrupt`; from `offerCallbackAfter` on, "press 1 to be called back";
 * the caller's own number or another one, validated; a duplicate check; the callback) and the
 * callback queue's **outbound whisper flow** (recording of the outbound leg, the announcement,
 * the duplicate-check entry cleared).
 *
 * It is an `IQueue`: routing profiles and other flows can use it as a queue. Point a phone number
 * at `entryFlow`.
 */
export class QueueWithCallback extends Resource implements IQueue {
  /** The queue. */
  public readonly queue: Queue;
  /** Where callbacks wait: the separate callback queue, or `queue`. */
  public readonly callbackQueue: Queue;
  /** The inbound flow: point phone numbers (or other flows) at it. */
  public readonly entryFlow: ContactFlow;
  /** The customer-queue flow that offers callbacks. */
  public readonly queueFlow: ContactFlow;
  /** The outbound whisper flow of the callback queue. */
  public readonly whisperFlow: ContactFlow;
  /** The hours of operation of the queue. */
  public readonly hoursOfOperation: IHoursOfOperation;
  /**
   * The table of pending callbacks (duplicate check).
   *
   * @default - none when `preventDuplicateCallbacks` is false
   */
  public readonly table?: dynamodb.ITable;
  /**
   * The function of the duplicate check.
   *
   * @default - none when `preventDuplicateCallbacks` is false
   */
  public readonly dedupeFunction?: lambda.IFunction;
  /**
   * The key of the table.
   *
   * @default - none when `preventDuplicateCallbacks` is false
   */
  public readonly encryptionKey?: kms.IKey;
  /** The contact center. */
  public readonly contactCenter: IContactCenter;

  private readonly offerCallbackAfter: Duration;

  constructor(scope: Construct, id: string, props: QueueWithCallbackProps) {
    super(scope, id);
    validateQueueWithCallbackProps(this, props);
    // Checked here too, so a bad value names this construct rather than the queue or flow it is passed to.
    validateStringLength(this, 'name', props.name, 1, 127);
    validateStringLength(this, 'description', props.description, 1, 250);
    validateConnectResourceTags(this, 'tags', props.tags);
    this.contactCenter = props.contactCenter;
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const holdInterrupt = props.holdInterrupt ?? DEFAULT_HOLD_INTERRUPT;
    this.offerCallbackAfter = props.offerCallbackAfter ?? DEFAULT_OFFER_CALLBACK_AFTER;

    this.hoursOfOperation = props.hoursOfOperation ?? new HoursOfOperation(this, 'Hours', {
      name: `${props.name} hours`,
      timeZone: 'UTC',
      schedule: Schedule.alwaysOpen(),
      removalPolicy,
      ...props.hours,
      contactCenter: props.contactCenter,
    });

    if (props.preventDuplicateCallbacks ?? true) {
      const key = props.encryptionKey ?? new kms.Key(this, 'Key', {
        description: `Encrypts the pending callbacks of queue ${props.name}`,
        enableKeyRotation: true,
        removalPolicy,
      });
      const table = new dynamodb.Table(this, 'PendingCallbacks', {
        partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        timeToLiveAttribute: 'expiresAt',
        encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
        encryptionKey: key,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        removalPolicy,
      });
      this.encryptionKey = key;
      this.table = table;
      this.dedupeFunction = new CallbackDedupeFunction(this, 'DedupeFunction', { table, encryptionKey: key, ttl: CALLBACK_RETENTION });
    }

    const callbackName = `${props.name} callbacks`.slice(0, 127);
    const whisperMessage = props.whisperMessage
      ?? `Hello, this is ${props.outboundCallerIdName} returning your call. Please hold while we connect you to an agent.`;
    const separate = props.separateCallbackQueue ?? false;
    const whisperSettings = {
      dedupeFunction: this.dedupeFunction,
      // The same key in the queue flow (reserve) and the whisper flow (clear); a name, not an
      // ARN, so that the whisper flow does not depend on the queue that uses it.
      dedupeScope: separate ? callbackName : props.name,
      whisperMessage,
    };
    const settings = (queue: IQueue, callbackQueue: IQueue): CallbackFlowSettings => ({
      ...whisperSettings,
      queue,
      callbackQueue,
      hoursOfOperation: this.hoursOfOperation,
      holdMessages: props.holdMessages ?? [Message.text('Thank you for waiting. All our agents are busy; the next available agent will take your call.')],
      holdInterrupt,
      offerAtInterrupt: Math.max(1, Math.ceil(this.offerCallbackAfter.toSeconds() / holdInterrupt.toSeconds())),
      initialCallDelay: props.initialCallDelay ?? DEFAULT_INITIAL_CALL_DELAY,
      retryDelay: props.retryDelay ?? DEFAULT_RETRY_DELAY,
      maxAttempts: props.maxCallbackAttempts ?? DEFAULT_MAX_CALLBACK_ATTEMPTS,
      countryCode: props.countryCode,
      whenClosed: props.whenClosed ?? ClosedBehavior.DISCONNECT,
      whenFull: props.whenFull ?? (separate ? QueueFullBehavior.OFFER_CALLBACK : QueueFullBehavior.DISCONNECT),
      closedMessage: props.closedMessage ?? 'Thank you for calling. We are closed right now.',
    });

    // The whisper flow comes first: the queue that places callbacks names it.
    this.whisperFlow = new ContactFlow(this, 'WhisperFlow', {
      contactCenter: props.contactCenter,
      name: `${props.name} callback whisper`.slice(0, 127),
      type: ContactFlowType.OUTBOUND_WHISPER,
      description: `Played to the customer when a callback of queue ${props.name} is answered`,
      content: FlowContent.fromDefinition(whisperFlowDefinition(whisperSettings)),
      tags: props.tags,
    });

    const outbound = {
      outboundCallerIdName: props.outboundCallerIdName,
      outboundCallerIdNumber: props.outboundCallerIdNumber,
    };
    this.queue = new Queue(this, 'Queue', {
      contactCenter: props.contactCenter,
      name: props.name,
      description: props.description,
      hoursOfOperation: this.hoursOfOperation,
      maxContacts: props.maxContacts,
      ...outbound,
      outboundWhisperFlow: separate ? undefined : this.whisperFlow,
      removalPolicy,
      tags: props.tags,
    });
    this.callbackQueue = separate
      ? new Queue(this, 'CallbackQueue', {
        contactCenter: props.contactCenter,
        name: callbackName,
        description: `Callbacks requested by callers of queue ${props.name}`,
        hoursOfOperation: this.hoursOfOperation,
        ...outbound,
        outboundWhisperFlow: this.whisperFlow,
        removalPolicy,
        tags: props.tags,
      })
      : this.queue;

    const flowSettings = settings(this.queue, this.callbackQueue);
    this.queueFlow = new ContactFlow(this, 'QueueFlow', {
      contactCenter: props.contactCenter,
      name: `${props.name} queue`.slice(0, 127),
      type: ContactFlowType.CUSTOMER_QUEUE,
      description: `Hold messages and callback offer of queue ${props.name}`,
      content: FlowContent.fromDefinition(queueFlowDefinition(flowSettings)),
      tags: props.tags,
    });
    this.entryFlow = new ContactFlow(this, 'EntryFlow', {
      contactCenter: props.contactCenter,
      name: `${props.name} entry`.slice(0, 127),
      type: ContactFlowType.CONTACT_FLOW,
      description: `Entry of queue ${props.name}: hours, queue, callbacks`,
      content: FlowContent.fromDefinition(entryFlowDefinition(flowSettings, this.queueFlow)),
      tags: props.tags,
    });
  }

  /** The ARN of the queue. */
  public get queueArn(): string {
    return this.queue.queueArn;
  }

  /** The name of the queue. */
  public get queueName(): string | undefined {
    return this.queue.queueName;
  }

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.queue.metric(metricName, props);
  }

  /** Contacts waiting in the queue (callers and, without a separate callback queue, callbacks), maximum. */
  public metricQueueSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.queue.metricQueueSize(props);
  }

  /** Longest time a contact waited in the queue (seconds), maximum. */
  public metricLongestQueueWaitTime(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.queue.metricLongestQueueWaitTime(props);
  }

  /**
   * Callbacks waiting for an agent (`QueueSize` of the callback queue), maximum. Meaningful with
   * `separateCallbackQueue`; otherwise the same as `metricQueueSize()`. (Connect reports callbacks
   * handled as the historical metric `CALLBACK_CONTACTS_HANDLED` of GetMetricDataV2, not in CloudWatch.)
   */
  public metricCallbacksWaiting(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.callbackQueue.metricQueueSize(props);
  }

  /** Longest time a callback waited for an agent (seconds), maximum. */
  public metricLongestCallbackWaitTime(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.callbackQueue.metricLongestQueueWaitTime(props);
  }

  /**
   * Contacts refused because the queue was full (`QueueCapacityExceededError`), summed.
   */
  public metricQueueCapacityExceeded(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.queue.metric('QueueCapacityExceededError', { statistic: 'Sum', ...props });
  }

  /** Executions of the three flows that took an error branch, summed (one metric per flow). */
  public metricFlowErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric[] {
    return [this.entryFlow, this.queueFlow, this.whisperFlow].map((f) => f.metricErrors(props));
  }

  /**
   * Alarms with sensible thresholds: longest wait (default twice `offerCallbackAfter`), queue
   * size (80 % of the given or configured max contacts), contacts refused by a full queue (any),
   * errors of the duplicate-check function (any). Each alarm is created once; calling again
   * returns the same alarms.
   */
  public alarms(options: QueueWithCallbackAlarmOptions = {}): cloudwatch.Alarm[] {
    const existing = this.node.tryFindChild('Alarms');
    if (existing) return existing.node.children.filter((c): c is cloudwatch.Alarm => c instanceof cloudwatch.Alarm);
    const periods = options.evaluationPeriods;
    if (periods !== undefined && !Token.isUnresolved(periods) && !(Number.isInteger(periods) && periods >= 1 && periods <= 288)) {
      // PutMetricAlarm: with a period under one hour, periods × period is at most one day.
      fail(this, 'alarms.evaluationPeriods', periods, 'an integer between 1 and 288 (the alarms use 5-minute periods, and CloudWatch evaluates at most one day of them)');
    }
    const queueSize = options.queueSize;
    if (queueSize !== undefined && !Token.isUnresolved(queueSize) && !(Number.isInteger(queueSize) && queueSize >= 0)) {
      fail(this, 'alarms.queueSize', queueSize, 'a whole number of contacts, 0 or more');
    }
    const longestWait = options.longestWait;
    if (longestWait !== undefined && !Token.isUnresolved(longestWait.toString()) && longestWait.toSeconds({ integral: false }) <= 0) {
      fail(this, 'alarms.longestWait', longestWait.toHumanString(), 'a duration above 0');
    }
    const scope = new Construct(this, 'Alarms');
    const evaluationPeriods = options.evaluationPeriods ?? 2;
    const name = this.queue.queueName;
    const alarms: cloudwatch.Alarm[] = [];
    const wait = options.longestWait ?? Duration.seconds(this.offerCallbackAfter.toSeconds() * 2);
    alarms.push(this.metricLongestQueueWaitTime().createAlarm(scope, 'LongestWait', {
      alarmDescription: `A caller of queue ${name} has waited more than ${wait.toHumanString()}`,
      threshold: wait.toSeconds(),
      evaluationPeriods,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }));
    const maxContacts = this.queue.cfnQueue.maxContacts;
    const size = options.queueSize ?? (typeof maxContacts === 'number' ? Math.max(1, Math.floor(maxContacts * 0.8)) : undefined);
    if (size !== undefined) {
      alarms.push(this.metricQueueSize().createAlarm(scope, 'QueueSize', {
        alarmDescription: `More than ${size} contacts wait in queue ${name}`,
        threshold: size,
        evaluationPeriods,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }));
    }
    alarms.push(this.metricQueueCapacityExceeded().createAlarm(scope, 'QueueFull', {
      alarmDescription: `Queue ${name} refused contacts because it was full`,
      threshold: 0,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }));
    if (this.dedupeFunction) {
      alarms.push(this.dedupeFunction.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }).createAlarm(scope, 'DedupeErrors', {
        alarmDescription: `The duplicate-callback check of queue ${name} failed (callbacks are still created)`,
        threshold: 0,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }));
    }
    return alarms;
  }

  /** Grant Connect actions on the queue (and the callback queue) to a principal. */
  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    const resourceArns = this.callbackQueue === this.queue ? [this.queue.queueArn] : [this.queue.queueArn, this.callbackQueue.queueArn];
    return iam.Grant.addToPrincipal({ grantee, actions, resourceArns });
  }
}
