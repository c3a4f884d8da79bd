import { IResource } from 'aws-cdk-lib';
import { IContactCenter } from './contact-center';

/** A queue. */
export interface IQueue extends IResource {
  /**
   * The queue ARN.
   * @attribute
   */
  readonly queueArn: string;
}

/** Properties of a queue. */
export interface QueueProps {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

export class Queue {}
