import {
  Duration, RemovalPolicy, aws_secretsmanager as secretsmanager,
} from 'aws-cdk-lib';
import { IRoutingProfile } from './routing-profile';
import { ISecurityProfile } from './security-profile';
import { IUserHierarchyGroup } from './user-hierarchy';
import { IContactCenter } from '../core/contact-center';

/** How an agent's calls reach them. */
export enum PhoneType {
  /** In the browser (Contact Control Panel). */
  SOFT_PHONE = 'SOFT_PHONE',
  /** On a desk phone number. */
  DESK_PHONE = 'DESK_PHONE',
}

/** Options for an agent, used by the `ContactCenter.add…()` methods. */
export interface AgentOptions {

  /**
   * The login name, 1–64 characters (`[a-zA-Z0-9_\-.@]`). With SAML it must equal the SAML
   * `RoleSessionName` (case-sensitive).
   */
  readonly username: string;

  /**
   * First name: 1–255 characters with Connect-managed identity, 1–100 with SAML.
   * Required by Connect with Connect-managed and SAML identity.
   * @default - none; only allowed to be omitted with an existing directory, which supplies it
   */
  readonly firstName?: string;

  /**
   * Last name: 1–256 characters with Connect-managed identity, 1–100 with SAML.
   * Required by Connect with Connect-managed and SAML identity.
   * @default - none; only allowed to be omitted with an existing directory, which supplies it
   */
  readonly lastName?: string;

  /**
   * Email address. Not accepted with SAML identity (Connect rejects it).
   * @default - none
   */
  readonly email?: string;

  /** The routing profile: which queues and channels the agent works. */
  readonly routingProfile: IRoutingProfile;

  /**
   * Security profiles (1–10). For agents that take contacts, one must include CCP access
   * (the default `Agent` or `Admin` profiles do): see `SecurityProfile.fromLookup()`.
   */
  readonly securityProfiles: ISecurityProfile[];

  /**
   * Soft phone or desk phone.
   * @default PhoneType.SOFT_PHONE
   */
  readonly phoneType?: PhoneType;

  /**
   * The desk phone number in E.164 form. Required with `PhoneType.DESK_PHONE`.
   * @default - none
   */
  readonly deskPhoneNumber?: string;

  /**
   * Accept incoming contacts automatically.
   * @default false
   */
  readonly autoAccept?: boolean;

  /**
   * After-contact work time; zero means unlimited (the agent closes it).
   * @default Duration.seconds(0)
   */
  readonly afterContactWorkTimeout?: Duration;

  /**
   * The ARN of the user's hierarchy group.
   * @default - none
   */
  readonly hierarchyGroupArn?: string;

  /**
   * The agent's extension: 2–10 digits, unique within the contact center. Stored as the user
   * tag `Extension` (`Agent.EXTENSION_TAG`) so the directory IVR can find the agent with one
   * tag-filtered SearchUsers call.
   * @default - no extension
   */
  readonly extension?: string;

  /**
   * The secret whose `SecretString` is the initial password (Connect-managed identity only).
   * The template only ever holds a `{{resolve:secretsmanager:…}}` dynamic reference.
   *
   * Connect reads it once, when the user is created. No AWS document says Connect makes the agent
   * change it at first sign-in, so treat it as the agent's password until it is changed in
   * Connect: hand it over securely and keep read access to the secret narrow.
   *
   * @default - with Connect-managed identity, a secret with a generated 24-character password
   * is created for the agent; with SAML or an existing directory no password is used
   */
  readonly passwordSecret?: secretsmanager.ISecret;

  /**
   * Whether the template gives the user an initial password (Connect-managed identity only).
   *
   * `false` leaves the password out of the template and creates no secret: for a user whose
   * password is set outside CDK, such as an existing user adopted with `cdk import` (a password in
   * the template would reset theirs on the next update of the user). Cannot be combined with
   * `passwordSecret`.
   *
   * @default true
   */
  readonly setPassword?: boolean;

  /**
   * The directory user ID (existing-directory identity only).
   * @default - Connect matches the username in the directory
   */
  readonly directoryUserId?: string;

  /**
   * Tags (at most 49 when an extension is set, which takes one).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the user when removed from the stack.
   * @default RemovalPolicy.RETAIN - keeps the user's history and personal queue
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * The agent's hierarchy group (e.g. their team). Instead of `hierarchyGroupArn`, not with it.
   * @default - none
   */
  readonly hierarchyGroup?: IUserHierarchyGroup;
}

/** Properties of an agent. */
export interface AgentProps extends AgentOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}
