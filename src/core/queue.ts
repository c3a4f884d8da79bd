import { IResource, aws_cloudwatch as cloudwatch, aws_iam as iam } from 'aws-cdk-lib';

/** A queue. */
export interface IQueue extends IResource {
  /**
   * The queue ARN.
   * @attribute
   */
  readonly queueArn: string;

  /**
   * The queue name, when known (needed for CloudWatch metrics).
   */
  readonly queueName?: string;

  /**
   * A CloudWatch metric of the `AWS/Connect` namespace for this queue
   * (dimensions `InstanceId`, `MetricGroup=Queue`, `QueueName`).
   */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Contacts waiting in the queue, maximum. */
  metricQueueSize(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /** Longest time a contact waited in the queue (seconds), maximum. */
  metricLongestQueueWaitTime(props?: cloudwatch.MetricOptions): cloudwatch.Metric;

  /**
   * Grant Connect actions on this queue (its ARN only) to a principal, e.g.
   * `connect:DescribeQueue` or `connect:UpdateQueueMaxContacts`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;
}
