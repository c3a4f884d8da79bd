import { IResource } from 'aws-cdk-lib';
import { IContactCenter } from './contact-center';

/** Hours of operation. */
export interface IHoursOfOperation extends IResource {
  /**
   * The hours-of-operation ARN.
   * @attribute
   */
  readonly hoursOfOperationArn: string;
}

/** Properties of hours of operation. */
export interface HoursOfOperationProps {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

export class HoursOfOperation {}
