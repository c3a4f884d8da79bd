import { IResource } from 'aws-cdk-lib';

/** An agent (Connect user). */
export interface IAgent extends IResource {
  /**
   * The user ARN. Routing to it targets the agent's personal queue.
   * @attribute
   */
  readonly userArn: string;
}
