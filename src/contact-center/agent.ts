import { IResource } from 'aws-cdk-lib';
import { IContactCenter } from './contact-center';

/** An agent (Connect user). */
export interface IAgent extends IResource {
  /**
   * The user ARN. Routing to it targets the agent's personal queue.
   * @attribute
   */
  readonly userArn: string;
}

/** Properties of an agent. */
export interface AgentProps {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

export class Agent {}
