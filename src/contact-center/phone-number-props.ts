import { RemovalPolicy } from 'aws-cdk-lib';
import { IContactCenter } from '../core/contact-center';
import { IContactFlow } from '../core/contact-flow';

/** The kind of number to claim. */
export enum PhoneNumberType {
  /** A direct inward dialing (local) number. */
  DID = 'DID',
  /** A toll-free number. */
  TOLL_FREE = 'TOLL_FREE',
}

/** Options for a phone number, used by the `ContactCenter.add…()` methods. */
export interface PhoneNumberOptions {

  /**
   * ISO 3166-1 alpha-2 country code, e.g. `US`. Many countries need regulatory documents and
   * numbers outside the US and UK can take weeks.
   *
   * Create-only: changing it claims a new number, and with `RemovalPolicy.RETAIN` (the default)
   * the old one stays claimed and billed until you release it.
   */
  readonly countryCode: string;

  /**
   * DID or toll-free.
   *
   * Create-only: changing it claims a new number (see `countryCode`).
   */
  readonly type: PhoneNumberType;

  /**
   * A prefix the claimed number must start with, in E.164 form (e.g. `+1206`), starting with the
   * calling code of `countryCode` (checked for the countries Connect offers numbers in).
   *
   * Create-only: changing it claims a new number (see `countryCode`).
   *
   * @default - any available number
   */
  readonly prefix?: string;

  /**
   * A description, at most 500 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * The inbound flow callers reach when they dial the number (must be a published CONTACT_FLOW).
   * Associated through the AssociatePhoneNumberContactFlow API (there is no CloudFormation
   * property for it) by a custom resource scoped to this number and flow.
   *
   * @default - no flow; call `associateFlow()` later
   */
  readonly inboundFlow?: IContactFlow;

  /**
   * What happens to the number when removed from the stack.
   * @default RemovalPolicy.RETAIN - released numbers cool down for 30 days and claims are rate-limited
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of a phone number. */
export interface PhoneNumberProps extends PhoneNumberOptions {
  /** The contact center that claims the number. */
  readonly contactCenter: IContactCenter;
}
