import {
  RemovalPolicy, Resource,
  aws_connect as connect, aws_secretsmanager as secretsmanager,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AgentProps, PhoneType } from './agent-props';
import { EXTENSION_TAG } from './private/agent-tags';
import { afterContactWorkSeconds, validateAgentProps } from './validate-agent';
import { IAgent } from '../core/agent';
import { IContactCenter, IdentityManagementType } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { suppressNag } from '../core/private/nag';
import { fail, renderTags } from '../core/private/validate';

/**
 * An agent: a Connect user with a routing profile, security profiles and optionally an extension.
 */
export class Agent extends Resource implements IAgent {
  /** The user tag that holds an agent's extension. */
  public static readonly EXTENSION_TAG = EXTENSION_TAG;

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
    if (props.setPassword === false && props.passwordSecret !== undefined) {
      fail(this, 'setPassword', false, 'passwordSecret gives the user a password: leave out one of the two');
    }
    if (identity === IdentityManagementType.CONNECT_MANAGED && props.setPassword !== false) {
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
