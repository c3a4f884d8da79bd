import { RemovalPolicy } from 'aws-cdk-lib';
import { FlowContent } from './flow-content';
import { IContactCenter } from '../core/contact-center';
import { ContactFlowType } from '../flows/language/flow-types';

/**
 * Whether a flow can be used.
 */
export enum ContactFlowState {
  /** Published and usable. */
  ACTIVE = 'ACTIVE',
  /** Archived: kept but not usable. */
  ARCHIVED = 'ARCHIVED',
}

/**
 * Options for a contact flow, used by `ContactCenter.addContactFlow()`.
 */
export interface ContactFlowOptions {
  /** The flow name, 1–127 characters, unique in the instance. */
  readonly name: string;

  /** The flow-language content. */
  readonly content: FlowContent;

  /**
   * The flow type. Immutable once created.
   *
   * @default ContactFlowType.CONTACT_FLOW
   */
  readonly type?: ContactFlowType;

  /**
   * A description, at most 500 characters.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Whether the flow is active or archived.
   *
   * @default ContactFlowState.ACTIVE
   */
  readonly state?: ContactFlowState;

  /**
   * What happens to the flow when it is removed from the stack. A flow holds no data, but
   * `cdk import` adopts only resources with a retain policy.
   *
   * @default - the flow is deleted with the stack (no DeletionPolicy is written)
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags for the flow.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of a contact flow.
 */
export interface ContactFlowProps extends ContactFlowOptions {
  /** The contact center the flow belongs to. */
  readonly contactCenter: IContactCenter;
}
