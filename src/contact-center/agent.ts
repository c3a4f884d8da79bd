import {
  Duration, RemovalPolicy, Resource,
  aws_connect as connect, aws_secretsmanager as secretsmanager,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IRoutingProfile } from './routing-profile';
import { ISecurityProfile } from './security-profile';
import { IUserHierarchyGroup } from './user-hierarchy';
import { afterContactWorkSeconds, validateAgentProps } from './validate-agent';
import { IAgent } from '../core/agent';
import { IContactCenter, IdentityManagementType } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { suppressNag } from '../core/private/nag';
import { renderTags } from '../core/private/validate';

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

/**
 * An agent: a Connect user with a routing profile, security profiles and optionally an extension.
 */
export class Agent extends Resource implements IAgent {
  /** The user tag that holds an agent's extension. */
  public static readonly EXTENSION_TAG = 'Extension';

  /** Import an agent by user ARN. */
  public static fromUserArn(scope: Construct, id: string, userArn: string): IAgent {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'userArn', userArn, 'agent', 'userId');
    class Import extends Resource implements IAgent {
      public readonly userArn = userArn;
    }
    return new Import(scope, id);
  }

  public readonly userArn: string;
  /** The login name. */
  public readonly username: string;
  /** The extension, if any. */
  public readonly extension?: string;
  /** The contact center the agent belongs to. */
  public readonly contactCenter: IContactCenter;
  /** The secret holding the initial password, when one is used. */
  public readonly passwordSecret?: secretsmanager.ISecret;
  /** The underlying CloudFormation resource. */
  public readonly cfnUser: connect.CfnUser;

  constructor(scope: Construct, id: string, props: AgentProps) {
    super(scope, id);
    const identity = props.contactCenter.identityManagementType ?? IdentityManagementType.CONNECT_MANAGED;
    validateAgentProps(this, props);
    const phoneType = props.phoneType ?? PhoneType.SOFT_PHONE;
    const acw = afterContactWorkSeconds(this, props.afterContactWorkTimeout);

    let password: string | undefined;
    if (identity === IdentityManagementType.CONNECT_MANAGED) {
      this.passwordSecret = props.passwordSecret ?? this.generatedPassword(props.username);
      password = this.passwordSecret.secretValue.unsafeUnwrap();
    }

    const tags = { ...props.tags, ...(props.extension ? { [Agent.EXTENSION_TAG]: props.extension } : {}) };
    this.cfnUser = new connect.CfnUser(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      username: props.username,
      password,
      directoryUserId: props.directoryUserId,
      identityInfo: props.firstName || props.lastName || props.email
        ? { firstName: props.firstName, lastName: props.lastName, email: props.email }
        : undefined,
      phoneConfig: {
        phoneType,
        autoAccept: props.autoAccept ?? false,
        afterContactWorkTimeLimit: acw,
        deskPhoneNumber: props.deskPhoneNumber,
      },
      routingProfileArn: props.routingProfile.routingProfileArn,
      // CloudFormation requires unique ARNs.
      securityProfileArns: [...new Set(props.securityProfiles.map((p) => p.securityProfileArn))],
      hierarchyGroupArn: props.hierarchyGroupArn,
      tags: renderTags(tags),
    });
    this.cfnUser.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.userArn = this.cfnUser.attrUserArn;
    this.username = props.username;
    this.extension = props.extension;
    this.contactCenter = props.contactCenter;
    if (props.hierarchyGroup) {
      this.cfnUser.hierarchyGroupArn = props.hierarchyGroup.userHierarchyGroupArn;
    }
  }

  private generatedPassword(username: string): secretsmanager.ISecret {
    const secret = new secretsmanager.Secret(this, 'Password', {
      description: `Initial Amazon Connect password of ${username}; it stays valid until changed in Connect`,
      generateSecretString: {
        // Connect: 8–64 characters with upper case, lower case and a digit.
        passwordLength: 24,
        excludePunctuation: true,
        includeSpace: false,
        requireEachIncludedType: true,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    suppressNag(secret, [{
      id: 'AwsSolutions-SMG4',
      reason: 'An initial password that Connect reads once, when the user is created: rotating the secret would not change the password in Connect.',
    }]);
    return secret;
  }
}
