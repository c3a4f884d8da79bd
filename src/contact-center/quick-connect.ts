import { IResource, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IAgent } from '../core/agent';
import { IContactCenter } from '../core/contact-center';
import { IContactFlow } from '../core/contact-flow';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, failAt, isToken, renderTags, validateConnectResourceTags, validateStringLength } from '../core/private/validate';
import { IQueue } from '../core/queue';
import { ContactFlowType } from '../flows/language/flow-types';

/** A quick connect: a transfer destination agents pick in the Contact Control Panel. */
export interface IQuickConnect extends IResource {
  /**
   * The quick connect ARN (`…:instance/<instanceId>/transfer-destination/<quickConnectId>`).
   * @attribute
   */
  readonly quickConnectArn: string;
}

/** The kind of destination of a quick connect. */
export enum QuickConnectType {
  /** Another agent (their personal agent queue), through an agent transfer flow. */
  USER = 'USER',
  /** A queue, through a queue transfer flow. */
  QUEUE = 'QUEUE',
  /** An external phone number. */
  PHONE_NUMBER = 'PHONE_NUMBER',
}

/** The rendered destination of a quick connect. */
export interface QuickConnectDestinationConfig {
  /** The destination type. */
  readonly type: QuickConnectType;
  /**
   * The agent's user ARN (USER).
   * @default - not a USER destination
   */
  readonly userArn?: string;
  /**
   * The queue ARN (QUEUE).
   * @default - not a QUEUE destination
   */
  readonly queueArn?: string;
  /**
   * The transfer flow ARN (USER and QUEUE).
   * @default - a PHONE_NUMBER destination, which has no flow
   */
  readonly contactFlowArn?: string;
  /**
   * The E.164 phone number (PHONE_NUMBER).
   * @default - not a PHONE_NUMBER destination
   */
  readonly phoneNumber?: string;
}

const E164 = /^\+[1-9][0-9]{1,14}$/;

/** Quick connect names per contact center object, for the uniqueness check. */
const names = new WeakMap<IContactCenter, Map<string, string>>();

/** Flows built here know their type; imported ones do not (and are not checked). */
function checkFlowType(where: string, prop: string, flow: IContactFlow | undefined, expected: ContactFlowType): void {
  if (!flow) failAt(where, prop, flow, `a transfer flow of type ${expected} is required`);
  const type = (flow as { contactFlowType?: string }).contactFlowType;
  if (type !== undefined && type !== expected) {
    failAt(where, prop, flow.node.path, `must be a flow of type ${expected} (got ${type})`);
  }
}

/**
 * Where a quick connect transfers the contact.
 */
export abstract class QuickConnectDestination {
  /**
   * Transfer to an agent (their personal agent queue). The transfer flow runs for the transferred
   * contact and must be of type `AGENT_TRANSFER` (it typically ends with "Transfer to agent").
   */
  public static agent(agent: IAgent, transferFlow: IContactFlow): QuickConnectDestination {
    return new class extends QuickConnectDestination {
      public bind(scope: Construct): QuickConnectDestinationConfig {
        if (!agent) fail(scope, 'destination.agent', agent, 'give the agent to transfer to');
        checkFlowType(scope.node.path, 'destination.transferFlow', transferFlow, ContactFlowType.AGENT_TRANSFER);
        return { type: QuickConnectType.USER, userArn: agent.userArn, contactFlowArn: transferFlow.contactFlowArn };
      }
    }();
  }

  /**
   * Transfer to a queue. The transfer flow must be of type `QUEUE_TRANSFER` (it typically ends
   * with "Transfer to queue").
   */
  public static queue(queue: IQueue, transferFlow: IContactFlow): QuickConnectDestination {
    return new class extends QuickConnectDestination {
      public bind(scope: Construct): QuickConnectDestinationConfig {
        if (!queue) fail(scope, 'destination.queue', queue, 'give the queue to transfer to');
        checkFlowType(scope.node.path, 'destination.transferFlow', transferFlow, ContactFlowType.QUEUE_TRANSFER);
        return { type: QuickConnectType.QUEUE, queueArn: queue.queueArn, contactFlowArn: transferFlow.contactFlowArn };
      }
    }();
  }

  /**
   * Transfer to an external number in E.164 form (e.g. `+12065550100`). The call goes out
   * through the contact center, so outbound calling must be enabled.
   */
  public static phoneNumber(phoneNumber: string): QuickConnectDestination {
    return new class extends QuickConnectDestination {
      public bind(scope: Construct): QuickConnectDestinationConfig {
        if (typeof phoneNumber !== 'string' || (!isToken(phoneNumber) && !E164.test(phoneNumber))) {
          fail(scope, 'destination.phoneNumber', phoneNumber, 'must be an E.164 number such as "+12065550100"');
        }
        return { type: QuickConnectType.PHONE_NUMBER, phoneNumber };
      }
    }();
  }

  /** Render the destination for a quick connect. */
  public abstract bind(scope: Construct): QuickConnectDestinationConfig;
}

/** Options for a quick connect, used by the `ContactCenter.add…()` methods. */
export interface QuickConnectOptions {
  /** The name agents see and search for in the Contact Control Panel, 1–127 characters, unique in the instance. */
  readonly name: string;

  /** Where the quick connect transfers the contact. */
  readonly destination: QuickConnectDestination;

  /**
   * A description, 1–250 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * What happens to the quick connect when removed from the stack.
   * @default RemovalPolicy.DESTROY - a quick connect holds no data and is recreated from the template
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of a quick connect. */
export interface QuickConnectProps extends QuickConnectOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

/**
 * A quick connect (`AWS::Connect::QuickConnect`): a transfer destination (an agent, a queue or
 * an external number) that agents of a queue see in the Contact Control Panel. Make it available
 * to agents with `queue.addQuickConnect()`.
 */
export class QuickConnect extends Resource implements IQuickConnect {
  /** Import a quick connect by ARN. */
  public static fromQuickConnectArn(scope: Construct, id: string, quickConnectArn: string): IQuickConnect {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'quickConnectArn', quickConnectArn, 'transfer-destination', 'quickConnectId');
    class Import extends Resource implements IQuickConnect {
      public readonly quickConnectArn = quickConnectArn;
    }
    return new Import(scope, id);
  }

  public readonly quickConnectArn: string;
  /** The destination type. */
  public readonly quickConnectType: QuickConnectType;
  /** The name. */
  public readonly quickConnectName: string;
  /** The ARN of the agent (user) or queue the quick connect transfers to; undefined for a phone number. */
  public readonly targetArn?: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnQuickConnect: connect.CfnQuickConnect;

  constructor(scope: Construct, id: string, props: QuickConnectProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 127);
    validateStringLength(this, 'description', props.description, 1, 250);
    validateConnectResourceTags(this, 'tags', props.tags);
    if (!(props.destination instanceof QuickConnectDestination)) {
      fail(this, 'destination', props.destination, 'give QuickConnectDestination.agent(), .queue() or .phoneNumber()');
    }
    const d = props.destination.bind(this);
    if (!isToken(props.name)) {
      const seen = names.get(props.contactCenter) ?? new Map<string, string>();
      names.set(props.contactCenter, seen);
      const other = seen.get(props.name);
      if (other) fail(this, 'name', props.name, `already used by ${other}; quick connect names must be unique in the instance`);
      seen.set(props.name, this.node.path);
    }

    this.cfnQuickConnect = new connect.CfnQuickConnect(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description,
      quickConnectConfig: {
        quickConnectType: d.type,
        userConfig: d.type === QuickConnectType.USER ? { userArn: d.userArn!, contactFlowArn: d.contactFlowArn! } : undefined,
        queueConfig: d.type === QuickConnectType.QUEUE ? { queueArn: d.queueArn!, contactFlowArn: d.contactFlowArn! } : undefined,
        phoneConfig: d.type === QuickConnectType.PHONE_NUMBER ? { phoneNumber: d.phoneNumber! } : undefined,
      },
      tags: renderTags(props.tags),
    });
    this.cfnQuickConnect.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.DESTROY);
    this.quickConnectArn = this.cfnQuickConnect.attrQuickConnectArn;
    this.quickConnectType = d.type;
    this.targetArn = d.userArn ?? d.queueArn;
    this.quickConnectName = props.name;
  }
}

/** Options of `ContactCenter.addAgentQuickConnects()`. */
export interface AgentQuickConnectsOptions {
  /**
   * The flow that runs when a contact is transferred through one of these quick connects: a flow
   * of type `AGENT_TRANSFER`, typically a "Transfer to agent" after an optional whisper.
   */
  readonly transferFlow: IContactFlow;

  /**
   * Queues whose agents see the agents' quick connects. They are associated with the
   * `AssociateQueueQuickConnects` API, in batches of at most 50 (its per-request limit), by custom resources next to
   * the agents, not through the queue's `QuickConnectArns`: the agents' routing profile refers to
   * the queue, so the queue cannot refer back to the agents' quick connects in the template.
   *
   * @default - none
   */
  readonly queues?: IQueue[];
}
