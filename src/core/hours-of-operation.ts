import { IResource } from 'aws-cdk-lib';

/** Hours of operation. */
export interface IHoursOfOperation extends IResource {
  /**
   * The hours-of-operation ARN.
   * @attribute
   */
  readonly hoursOfOperationArn: string;
}
