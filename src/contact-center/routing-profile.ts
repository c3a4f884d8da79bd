import { IResource, Lazy, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Channel, RoutingProfileProps, RoutingProfileQueue } from './routing-profile-props';
import { queueDelaySeconds, validateRoutingProfileProps, validateRoutingProfileQueue } from './validate-routing-profile';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, renderTags, validateIntegerRange } from '../core/private/validate';

/** A routing profile. */
export interface IRoutingProfile extends IResource {
  /**
   * The routing profile ARN.
   * @attribute
   */
  readonly routingProfileArn: string;
}

/** Connect's limit of queue/channel pairs per routing profile. */
const MAX_QUEUE_CONFIGS = 50;

/**
 * A routing profile: which channels an agent handles, how many at once, and from which queues.
 */
export class RoutingProfile extends Resource implements IRoutingProfile {
  /** Import a routing profile by ARN. */
  public static fromRoutingProfileArn(scope: Construct, id: string, routingProfileArn: string): IRoutingProfile {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'routingProfileArn', routingProfileArn, 'routing-profile');
    class Import extends Resource implements IRoutingProfile {
      public readonly routingProfileArn = routingProfileArn;
    }
    return new Import(scope, id);
  }

  public readonly routingProfileArn: string;
  /** The contact center the routing profile belongs to. */
  public readonly contactCenter: IContactCenter;
  /** The underlying CloudFormation resource. */
  public readonly cfnRoutingProfile: connect.CfnRoutingProfile;
  private readonly channels: Set<Channel>;
  private readonly queueConfigs: connect.CfnRoutingProfile.RoutingProfileQueueConfigProperty[] = [];
  private readonly queueKeys = new Set<string>();

  constructor(scope: Construct, id: string, props: RoutingProfileProps) {
    super(scope, id);
    validateRoutingProfileProps(this, props);
    const voice = props.voice ?? true;
    const chat = props.chatConcurrency ?? 0;
    const task = props.taskConcurrency ?? 0;
    this.contactCenter = props.contactCenter;

    this.channels = new Set<Channel>();
    const mediaConcurrencies: connect.CfnRoutingProfile.MediaConcurrencyProperty[] = [];
    if (voice) {
      this.channels.add(Channel.VOICE);
      mediaConcurrencies.push({ channel: Channel.VOICE, concurrency: 1 });
    }
    if (chat > 0) {
      this.channels.add(Channel.CHAT);
      mediaConcurrencies.push({ channel: Channel.CHAT, concurrency: chat });
    }
    if (task > 0) {
      this.channels.add(Channel.TASK);
      mediaConcurrencies.push({ channel: Channel.TASK, concurrency: task });
    }

    for (const q of props.queues ?? []) this.addQueue(q);

    this.cfnRoutingProfile = new connect.CfnRoutingProfile(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description ?? props.name,
      defaultOutboundQueueArn: props.defaultOutboundQueue.queueArn,
      mediaConcurrencies,
      queueConfigs: Lazy.any({ produce: () => (this.queueConfigs.length > 0 ? this.queueConfigs : undefined) }, { omitEmptyArray: true }),
      tags: renderTags(props.tags),
    });
    this.cfnRoutingProfile.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.routingProfileArn = this.cfnRoutingProfile.attrRoutingProfileArn;
  }

  /**
   * Let agents of this profile take contacts of one channel from a queue.
   */
  public addQueue(config: RoutingProfileQueue): void {
    const i = this.queueConfigs.length;
    const where = `queues[${i}]`;
    if (!Object.values(Channel).includes(config.channel)) {
      fail(this, `${where}.channel`, config.channel, `must be one of ${Object.values(Channel).join(', ')}`);
    }
    if (!this.channels.has(config.channel)) {
      fail(this, `${where}.channel`, config.channel, `the channel is not enabled in this routing profile (enabled: ${[...this.channels].join(', ')})`);
    }
    validateIntegerRange(this, `${where}.priority`, config.priority, 1, 99);
    const delay = queueDelaySeconds(this, `${where}.delay`, config.delay);
    validateRoutingProfileQueue(this, this.contactCenter, where, config);
    const key = `${config.queue.node.path}|${config.channel}`;
    if (this.queueKeys.has(key)) {
      fail(this, `${where}`, `${config.queue.node.path} ${config.channel}`, 'each queue/channel pair may be listed once');
    }
    if (this.queueConfigs.length >= MAX_QUEUE_CONFIGS) {
      fail(this, 'queues', `${MAX_QUEUE_CONFIGS + 1} queue/channel pairs`, `at most ${MAX_QUEUE_CONFIGS} queue/channel pairs per routing profile`);
    }
    this.queueKeys.add(key);
    this.queueConfigs.push({
      priority: config.priority ?? 1,
      delay,
      queueReference: { queueArn: config.queue.queueArn, channel: config.channel },
    });
  }
}
