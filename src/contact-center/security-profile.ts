import { IResource, RemovalPolicy, Resource, Stack, Token, aws_connect as connect, aws_iam as iam, custom_resources as cr } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from './contact-center';
import { parseInstanceChildArn } from '../private/arn';
import { suppressAwsCustomResourceProvider } from '../private/nag';
import { fail, renderTags, validatePattern, validateStringLength, validateConnectResourceTags } from '../private/validate';

/** A security profile. */
export interface ISecurityProfile extends IResource {
  /**
   * The security profile ARN.
   * @attribute
   */
  readonly securityProfileArn: string;
}

/**
 * Security-profile permission sets for common roles (Connect permission names).
 */
export class SecurityProfilePermissions {
  /** Take calls, chats and tasks in the Contact Control Panel and make outbound calls. */
  public static readonly AGENT = ['BasicAgentAccess', 'OutboundCallAccess'];

  /** Agent permissions plus real-time and historical metrics and contact search. */
  public static readonly SUPERVISOR = [
    'BasicAgentAccess', 'OutboundCallAccess',
    'AccessMetrics', 'RealtimeMetrics.Access', 'ContactSearchView', 'ListenCallRecordings',
  ];

  private constructor() {}
}

/** Properties of a security profile. */
export interface SecurityProfileProps {
  /** The contact center. */
  readonly contactCenter: IContactCenter;

  /** The name, 1–127 letters, digits, spaces, `_`, `@` and `-`, unique in the instance. */
  readonly name: string;

  /**
   * Connect permission names, e.g. `SecurityProfilePermissions.AGENT`. Only profiles with
   * `BasicAgentAccess` can use the Contact Control Panel and take contacts.
   */
  readonly permissions: string[];

  /**
   * A description, at most 250 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the profile when removed from the stack.
   * @default RemovalPolicy.RETAIN - users still assigned to it would block deletion
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A security profile: what users may do. Use it, `SecurityProfile.fromName()` (for the
 * instance's default Agent, Admin, CallCenterManager and QualityAnalyst profiles) or
 * `SecurityProfile.fromSecurityProfileArn()`.
 */
export class SecurityProfile extends Resource implements ISecurityProfile {
  /** Import a security profile by ARN. */
  public static fromSecurityProfileArn(scope: Construct, id: string, securityProfileArn: string): ISecurityProfile {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'securityProfileArn', securityProfileArn, 'security-profile');
    class Import extends Resource implements ISecurityProfile {
      public readonly securityProfileArn = securityProfileArn;
    }
    return new Import(scope, id);
  }

  /**
   * Look up an existing security profile of an instance by name at deploy time, e.g. the
   * default `Agent` or `Admin` profile, so no ARN is hard-coded.
   *
   * A custom resource calls `SearchSecurityProfiles` (read-only, scoped to the instance) and
   * returns the ARN; deployment fails if no profile has that name.
   *
   * @param contactCenter the instance to search
   * @param securityProfileName exact profile name, e.g. `Agent`
   */
  public static fromName(scope: Construct, id: string, contactCenter: IContactCenter, securityProfileName: string): ISecurityProfile {
    if (!Token.isUnresolved(securityProfileName) && (securityProfileName.length < 1 || securityProfileName.length > 127)) {
      throw new Error(`${scope.node.path}/${id}: invalid securityProfileName "${securityProfileName}": must be 1 to 127 characters long`);
    }
    class Lookup extends Resource implements ISecurityProfile {
      public readonly securityProfileArn: string;
      constructor() {
        super(scope, id);
        const call: cr.AwsSdkCall = {
          service: 'Connect',
          action: 'searchSecurityProfiles',
          parameters: {
            InstanceId: contactCenter.instanceId,
            MaxResults: 1,
            SearchCriteria: { StringCondition: { FieldName: 'name', Value: securityProfileName, ComparisonType: 'EXACT' } },
          },
          physicalResourceId: cr.PhysicalResourceId.of(`security-profile-${securityProfileName}`),
          outputPaths: ['SecurityProfiles.0.Arn'],
        };
        const lookup = new cr.AwsCustomResource(this, 'Lookup', {
          resourceType: 'Custom::ConnectSecurityProfileLookup',
          installLatestAwsSdk: false,
          onCreate: call,
          onUpdate: call,
          policy: cr.AwsCustomResourcePolicy.fromStatements([
            new iam.PolicyStatement({
              actions: ['connect:SearchSecurityProfiles'],
              resources: [contactCenter.instanceArn, `${contactCenter.instanceArn}/security-profile/*`],
            }),
          ]),
        });
        this.securityProfileArn = lookup.getResponseField('SecurityProfiles.0.Arn');
        suppressAwsCustomResourceProvider(Stack.of(this));
      }
    }
    return new Lookup();
  }

  public readonly securityProfileArn: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnSecurityProfile: connect.CfnSecurityProfile;

  constructor(scope: Construct, id: string, props: SecurityProfileProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 127);
    validatePattern(this, 'name', props.name, /^[ a-zA-Z0-9_@-]+$/, 'use letters, digits, spaces, "_", "@" and "-" (the SecurityProfileName pattern of CloudFormation)');
    validateStringLength(this, 'description', props.description, 0, 250);
    validateConnectResourceTags(this, 'tags', props.tags);
    if (!props.permissions || props.permissions.length === 0) {
      fail(this, 'permissions', props.permissions, 'give at least one permission, e.g. SecurityProfilePermissions.AGENT');
    }
    if (props.permissions.length > 500) fail(this, 'permissions', `${props.permissions.length} permissions`, 'at most 500 permissions');
    this.cfnSecurityProfile = new connect.CfnSecurityProfile(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      securityProfileName: props.name,
      description: props.description,
      permissions: [...new Set(props.permissions)],
      tags: renderTags(props.tags),
    });
    this.cfnSecurityProfile.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.securityProfileArn = this.cfnSecurityProfile.attrSecurityProfileArn;
  }
}
