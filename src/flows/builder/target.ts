import { FlowValue } from './values';
import { IAgent } from '../../core/agent';
import { IQueue } from '../../core/queue';

/**
 * Where a block sends the contact: a queue or an agent (the agent's personal queue), fixed or
 * read from the contact at run time.
 *
 * A dynamic target is one whole JSONPath reference, e.g. the agent ARN a Lambda function
 * returned (`FlowTarget.agentFromValue(FlowValue.external('agentArn'))`) or a queue ARN stored
 * in a contact attribute (`FlowTarget.queueFromValue(FlowValue.attribute('queueArn'))`).
 * Connect resolves it when the block runs; when it names no queue or agent the block takes its
 * error branch.
 */
export class FlowTarget {
  /**
   * A queue of the instance.
   */
  public static queue(queue: IQueue): FlowTarget {
    if (!queue || typeof queue.queueArn !== 'string') {
      throw new Error(`FlowTarget.queue: invalid queue ${JSON.stringify(queue)}: give an IQueue`);
    }
    return new FlowTarget('QueueId', queue.queueArn, false);
  }

  /**
   * An agent: the contact goes to the agent's personal queue.
   */
  public static agent(agent: IAgent): FlowTarget {
    if (!agent || typeof agent.userArn !== 'string') {
      throw new Error(`FlowTarget.agent: invalid agent ${JSON.stringify(agent)}: give an IAgent`);
    }
    return new FlowTarget('AgentId', agent.userArn, false);
  }

  /**
   * A queue read from the contact at run time: one whole JSONPath reference holding a queue ARN
   * or ID, e.g. `FlowValue.external('queueArn')`.
   */
  public static queueFromValue(value: FlowValue): FlowTarget {
    return new FlowTarget('QueueId', FlowTarget.reference('queueFromValue', value), true);
  }

  /**
   * An agent read from the contact at run time: one whole JSONPath reference holding an agent
   * (user) ARN or ID, e.g. `FlowValue.external('agentArn')` or
   * `FlowValue.lexSessionAttribute('agentArn')`.
   */
  public static agentFromValue(value: FlowValue): FlowTarget {
    return new FlowTarget('AgentId', FlowTarget.reference('agentFromValue', value), true);
  }

  private static reference(method: string, value: FlowValue): string {
    if (!(value instanceof FlowValue) || !value.isReference) {
      throw new Error(`FlowTarget.${method}: invalid value ${JSON.stringify(value?.value ?? value)}: `
        + 'must be one whole JSONPath reference such as FlowValue.external(\'agentArn\') or FlowValue.attribute(\'queueArn\') (text around a reference is not resolved here)');
    }
    return value.value;
  }

  /** The flow-language parameter the target sets: `QueueId` or `AgentId`. */
  public readonly parameterName: string;

  /** The parameter value: an ARN (possibly a CDK token) or a JSONPath reference. */
  public readonly value: string;

  /** Whether the target is read from the contact at run time. */
  public readonly isDynamic: boolean;

  private constructor(parameterName: string, value: string, isDynamic: boolean) {
    this.parameterName = parameterName;
    this.value = value;
    this.isDynamic = isDynamic;
  }

  /** Whether the target is an agent (personal queue). */
  public get isAgent(): boolean {
    return this.parameterName === 'AgentId';
  }
}
