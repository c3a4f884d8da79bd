import { IResource, Lazy, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { validateRoutingProfileProps, validateRoutingProfileQueue } from './validate-routing-profile';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, renderTags, validateIntegerRange } from '../core/private/validate';
import { IQueue } from '../core/queue';

/** A routing profile. */
export interface IRoutingProfile extends IResource {
  /**
   * The routing profile ARN.
   * @attribute
   */
  readonly routingProfileArn: string;
}

/** A contact channel. */
export enum Channel {
  /** Phone calls. */
  VOICE = 'VOICE',
  /** Chats. */
  CHAT = 'CHAT',
  /** Tasks. */
  TASK = 'TASK',
}

/** A queue an agent with this routing profile takes contacts from. */
export interface RoutingProfileQueue {
  /** The queue. */
  readonly queue: IQueue;
  /** The channel taken from the queue (it must be enabled in the profile). */
  readonly channel: Channel;
  /**
   * Priority: 1 is the highest, 99 the lowest (CloudFormation's range). Contacts of higher-priority queues are offered first.
   * @default 1
   */
  readonly priority?: number;
  /**
   * Seconds a contact waits in this queue before agents of this profile are offered it (0–9999).
   * @default 0
   */
  readonly delaySeconds?: number;
}

/** Options for a routing profile, used by the `ContactCenter.add…()` methods. */
export interface RoutingProfileOptions {

  /** The name, 1–127 characters, unique in the instance. */
  readonly name: string;

  /**
   * A description, 1–250 characters.
   * @default - the name
   */
  readonly description?: string;

  /** The queue used for the agent's outbound calls. */
  readonly defaultOutboundQueue: IQueue;

  /**
   * Whether agents take voice contacts (one at a time: voice concurrency is always 1).
   * @default true
   */
  readonly voice?: boolean;

  /**
   * How many chats an agent handles at once: 0–10, where 0 (the default) leaves the chat channel off.
   * @default 0
   */
  readonly chatConcurrency?: number;

  /**
   * How many tasks an agent handles at once: 0–10, where 0 (the default) leaves the task channel off.
   * @default 0
   */
  readonly taskConcurrency?: number;

  /**
   * The queues agents take contacts from. More can be added with `addQueue()`.
   * At most 50 queue/channel pairs.
   * @default - none
   */
  readonly queues?: RoutingProfileQueue[];

  /**
   * What happens to the routing profile when removed from the stack.
   * @default RemovalPolicy.RETAIN - routing profiles can only be deleted through the API
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of a routing profile. */
export interface RoutingProfileProps extends RoutingProfileOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
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
    validateIntegerRange(this, `${where}.delaySeconds`, config.delaySeconds, 0, 9999);
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
      delay: config.delaySeconds ?? 0,
      queueReference: { queueArn: config.queue.queueArn, channel: config.channel },
    });
  }
}
