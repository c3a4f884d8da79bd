import { IResource } from 'aws-cdk-lib';
import { IContactCenter } from './contact-center';

/** A phone number claimed in a contact center. */
export interface IPhoneNumber extends IResource {
  /**
   * The phone number ARN.
   * @attribute
   */
  readonly phoneNumberArn: string;

  /**
   * The contact center that claimed the number, when known.
   */
  readonly contactCenter?: IContactCenter;

  /**
   * The number in E.164 form (e.g. `+12065550100`), when known: for a number claimed here it is
   * known after deployment (a reference to the number's `Address`).
   */
  readonly phoneNumberAddress?: string;
}
