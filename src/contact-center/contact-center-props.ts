import { RemovalPolicy } from 'aws-cdk-lib';
import { IdentityManagementType } from '../core/contact-center';

/**
 * Properties of a contact center.
 */
export interface ContactCenterProps {
  /**
   * The instance alias: the leftmost label of `https://<alias>.my.connect.aws`.
   *
   * 1–45 letters, digits and hyphens; must not start with `d-`, start or end with a hyphen.
   * Unique across all Connect instances in all regions, and immutable: changing it replaces
   * the instance.
   */
  readonly instanceAlias: string;

  /**
   * How users are managed. Cannot be changed after creation.
   *
   * @default IdentityManagementType.CONNECT_MANAGED
   */
  readonly identityManagementType?: IdentityManagementType;

  /**
   * The AWS Directory Service directory ID (`d-` and 10 hex digits).
   * Required with `IdentityManagementType.EXISTING_DIRECTORY`, rejected otherwise.
   *
   * @default - no directory
   */
  readonly directoryId?: string;

  /**
   * Allow inbound calls.
   *
   * @default true
   */
  readonly inboundCalls?: boolean;

  /**
   * Allow outbound calls. Queued callbacks need outbound calling.
   *
   * @default true
   */
  readonly outboundCalls?: boolean;

  /**
   * Send flow logs to CloudWatch Logs (log group `/aws/connect/<alias>`), for flows with a
   * "Set logging behavior" block.
   *
   * @default true
   */
  readonly contactFlowLogs?: boolean;

  /**
   * Enable Contact Lens conversational analytics (charged per analyzed minute).
   *
   * @default false
   */
  readonly contactLens?: boolean;

  /**
   * Let callers hear the far end (e.g. ringing or carrier messages) before an outbound call connects.
   *
   * @default true
   */
  readonly earlyMedia?: boolean;

  /**
   * Allow up to six parties on a call instead of three.
   *
   * @default false
   */
  readonly multiPartyConferencing?: boolean;

  /**
   * What happens to the instance when it is removed from the stack.
   *
   * Instances are expensive to lose: create and delete are limited to 100 per 30 days per account,
   * deletion is irreversible and releases every claimed phone number. Hence RETAIN.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags for the instance.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}
