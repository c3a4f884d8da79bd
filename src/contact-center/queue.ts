import {
  Duration, Fn, RemovalPolicy, Resource,
  aws_cloudwatch as cloudwatch, aws_connect as connect, aws_iam as iam,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { MAX_QUICK_CONNECTS_PER_REQUEST, associateQueueQuickConnects } from './agent-quick-connects';
import { QueueProps } from './queue-props';
import { IQuickConnect, QuickConnect, QuickConnectType } from './quick-connect';
import { validateQueueProps } from './validate-queue';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, renderTags } from '../core/private/validate';
import { IQueue } from '../core/queue';

/** Attributes to import a queue. */
export interface QueueAttributes {
  /** The queue ARN, `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/queue/<queueId>`. */
  readonly queueArn: string;
  /**
   * The queue name.
   * @default - unknown; metrics cannot be created
   */
  readonly queueName?: string;
}

abstract class QueueBase extends Resource implements IQueue {
  public abstract readonly queueArn: string;
  public abstract readonly queueName?: string;
  protected abstract readonly instanceId: string;

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    if (!this.queueName) {
      throw new Error(`${this.node.path}: metrics need the queue name; import the queue with Queue.fromQueueAttributes({ queueArn, queueName })`);
    }
    return new cloudwatch.Metric({
      period: Duration.minutes(5),
      ...props,
      namespace: 'AWS/Connect',
      metricName,
      dimensionsMap: { ...props?.dimensionsMap, InstanceId: this.instanceId, MetricGroup: 'Queue', QueueName: this.queueName },
    });
  }

  public metricQueueSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('QueueSize', { statistic: 'Maximum', ...props });
  }

  public metricLongestQueueWaitTime(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('LongestQueueWaitTime', { statistic: 'Maximum', ...props });
  }

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [this.queueArn] });
  }
}

/**
 * A standard queue.
 */
export class Queue extends QueueBase {
  /** Import a queue by ARN. */
  public static fromQueueArn(scope: Construct, id: string, queueArn: string): IQueue {
    return Queue.fromQueueAttributes(scope, id, { queueArn });
  }

  /** Import a queue from its attributes. */
  public static fromQueueAttributes(scope: Construct, id: string, attrs: QueueAttributes): IQueue {
    const instanceId = parseInstanceChildArn(`${scope.node.path}/${id}`, 'queueArn', attrs.queueArn, 'queue', 'queueId')
      ?? Fn.select(1, Fn.split('/', attrs.queueArn));
    class Import extends QueueBase {
      public readonly queueArn = attrs.queueArn;
      public readonly queueName = attrs.queueName;
      protected readonly instanceId = instanceId;
    }
    return new Import(scope, id);
  }

  public readonly queueArn: string;
  public readonly queueName?: string;
  /** The contact center the queue belongs to. */
  public readonly contactCenter: IContactCenter;
  /** The underlying CloudFormation resource. */
  public readonly cfnQueue: connect.CfnQueue;
  /** The ID of the instance the queue belongs to (for metric dimensions). */
  protected readonly instanceId: string;

  constructor(scope: Construct, id: string, props: QueueProps) {
    super(scope, id);
    validateQueueProps(this, props);
    const number = props.outboundCallerIdNumber;

    const outbound = props.outboundCallerIdName || number || props.outboundWhisperFlow
      ? {
        outboundCallerIdName: props.outboundCallerIdName,
        outboundCallerIdNumberArn: number?.phoneNumberArn,
        outboundFlowArn: props.outboundWhisperFlow?.contactFlowArn,
      }
      : undefined;

    this.cfnQueue = new connect.CfnQueue(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description,
      hoursOfOperationArn: props.hoursOfOperation.hoursOfOperationArn,
      maxContacts: props.maxContacts,
      outboundCallerConfig: outbound,
      // CloudFormation rejects an empty list: leave the property out instead.
      quickConnectArns: props.quickConnectArns && props.quickConnectArns.length > 0 ? props.quickConnectArns : undefined,
      tags: renderTags(props.tags),
    });
    this.cfnQueue.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.queueArn = this.cfnQueue.attrQueueArn;
    this.queueName = props.name;
    this.contactCenter = props.contactCenter;
    this.instanceId = props.contactCenter.instanceId;
    for (const qc of props.quickConnects ?? []) this.addQuickConnect(qc);
  }

  /**
   * Make a quick connect available to agents working this queue.
   * Adding the same quick connect twice has no effect.
   *
   * Quick connects to an agent, and to this queue itself, are associated through the
   * `AssociateQueueQuickConnects` API by a custom resource next to the quick connect: the agent's
   * routing profile usually refers to this queue, so listing them in the queue's template would be
   * a dependency cycle. The others are listed in the queue's `QuickConnectArns`.
   */
  public addQuickConnect(quickConnect: IQuickConnect): void {
    if (!quickConnect?.quickConnectArn) fail(this, 'quickConnect', quickConnect, 'give a quick connect (QuickConnect or QuickConnect.fromQuickConnectArn())');
    if (quickConnect instanceof QuickConnect
      && (quickConnect.quickConnectType === QuickConnectType.USER || quickConnect.targetArn === this.queueArn)) {
      associateQueueQuickConnects(this, [quickConnect]);
      return;
    }
    const arns = (this.cfnQueue.quickConnectArns ?? []) as string[];
    if (arns.includes(quickConnect.quickConnectArn)) return;
    // The queue's template lists 50 (what one CreateQueue request takes); the API associates the rest.
    if (arns.length >= MAX_QUICK_CONNECTS_PER_REQUEST) {
      associateQueueQuickConnects(this, [quickConnect]);
      return;
    }
    this.cfnQueue.quickConnectArns = [...arns, quickConnect.quickConnectArn];
  }
}
