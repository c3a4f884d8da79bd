import { IResource, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, isToken, renderTags, validateConnectResourceTags, validateIntegerRange, validateStringLength } from '../core/private/validate';

/** An agent status (what agents set in the Contact Control Panel: Available, Lunch, Training…). */
export interface IAgentStatus extends IResource {
  /**
   * The agent status ARN (`…:instance/<instanceId>/agent-state/<agentStatusId>`).
   * @attribute
   */
  readonly agentStatusArn: string;
}

/** Options for a custom agent status, used by the `ContactCenter.add…()` methods. */
export interface AgentStatusOptions {
  /** The status name agents see, 1–127 characters, unique in the instance. */
  readonly name: string;

  /**
   * A description, 1–250 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * Whether agents can choose the status. A status cannot be deleted, only disabled.
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The status's position in the agents' status list, 1–50.
   * @default - after the existing statuses
   */
  readonly displayOrder?: number;

  /**
   * What happens to the status when removed from the stack.
   * @default RemovalPolicy.RETAIN - Amazon Connect has no API to delete an agent status (disable it with `enabled: false` instead), and historical agent metrics refer to it
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of an agent status. */
export interface AgentStatusProps extends AgentStatusOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

/** Status names per contact center object, for the uniqueness check. */
const names = new WeakMap<IContactCenter, Map<string, string>>();

/**
 * A custom agent status (`AWS::Connect::AgentStatus`, type `CUSTOM`), e.g. "Lunch" or "Training".
 * Agents in a custom status are not routed contacts.
 */
export class AgentStatus extends Resource implements IAgentStatus {
  /** Import an agent status by ARN. */
  public static fromAgentStatusArn(scope: Construct, id: string, agentStatusArn: string): IAgentStatus {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'agentStatusArn', agentStatusArn, 'agent-state', 'agentStatusId');
    class Import extends Resource implements IAgentStatus {
      public readonly agentStatusArn = agentStatusArn;
    }
    return new Import(scope, id);
  }

  public readonly agentStatusArn: string;
  /** The status name. */
  public readonly agentStatusName: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnAgentStatus: connect.CfnAgentStatus;

  constructor(scope: Construct, id: string, props: AgentStatusProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 127);
    validateStringLength(this, 'description', props.description, 1, 250);
    validateIntegerRange(this, 'displayOrder', props.displayOrder, 1, 50);
    validateConnectResourceTags(this, 'tags', props.tags);
    if (!isToken(props.name)) {
      // Connect's built-in statuses; a custom status with the same name would confuse agents and reports.
      if (['available', 'offline'].includes(props.name.toLowerCase())) {
        fail(this, 'name', props.name, 'Available and Offline are the built-in statuses of every instance; choose another name');
      }
      const seen = names.get(props.contactCenter) ?? new Map<string, string>();
      names.set(props.contactCenter, seen);
      const other = seen.get(props.name.toLowerCase());
      if (other) fail(this, 'name', props.name, `already used by ${other}; agent status names must be unique in the instance`);
      seen.set(props.name.toLowerCase(), this.node.path);
    }

    this.cfnAgentStatus = new connect.CfnAgentStatus(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description,
      state: props.enabled === false ? 'DISABLED' : 'ENABLED',
      type: 'CUSTOM',
      displayOrder: props.displayOrder,
      tags: renderTags(props.tags),
    });
    this.cfnAgentStatus.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.agentStatusArn = this.cfnAgentStatus.attrAgentStatusArn;
    this.agentStatusName = props.name;
  }
}
