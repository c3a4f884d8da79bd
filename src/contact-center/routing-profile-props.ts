import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { IContactCenter } from '../core/contact-center';
import { IQueue } from '../core/queue';

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
   * How long a contact waits in this queue before agents of this profile are offered it: whole
   * seconds, 0–9999 seconds (CloudFormation's range).
   * @default Duration.seconds(0)
   */
  readonly delay?: Duration;
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
