import { IContactCenter } from './contact-center';
/** Properties of a phone number. */
export interface PhoneNumberProps {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}
export class PhoneNumber {}
