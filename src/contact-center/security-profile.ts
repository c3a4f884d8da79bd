import { IResource, RemovalPolicy, Resource, Stack, Token, aws_connect as connect, aws_iam as iam, custom_resources as cr } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { SecurityProfileProps } from './security-profile-props';
import { validateSecurityProfileProps } from './validate-security-profile';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { suppressAwsCustomResourceProvider, suppressNag } from '../core/private/nag';
import { renderTags } from '../core/private/validate';

/** A security profile. */
export interface ISecurityProfile extends IResource {
  /**
   * The security profile ARN.
   * @attribute
   */
  readonly securityProfileArn: string;
}

/**
 * Security-profile permission sets for common roles.
 *
 * The names are the API names of the Amazon Connect Administrator Guide, "List of security profile
 * permissions" (https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html):
 * case- and dot-sensitive, and CloudFormation checks only their length.
 */
export class SecurityProfilePermissions {
  /** Take calls, chats and tasks in the Contact Control Panel and make outbound calls. */
  public static readonly AGENT = ['BasicAgentAccess', 'OutboundCallAccess'];

  /** Agent permissions plus real-time and historical metrics, contact search and call recordings. */
  public static readonly SUPERVISOR = [
    'BasicAgentAccess', 'OutboundCallAccess',
    'AccessMetrics', 'RealTimeMetrics.Access', 'ContactSearch.View', 'ListenCallRecordings',
  ];

  private constructor() {}
}

/** What `SecurityProfile.fromLookup()` looks for. */
export interface SecurityProfileLookupOptions {
  /** The instance to search. */
  readonly contactCenter: IContactCenter;

  /** The exact profile name, e.g. `Agent`, `Admin`, `CallCenterManager` or `QualityAnalyst` (the defaults). */
  readonly name: string;
}

/**
 * A security profile: what users may do. Use it, `SecurityProfile.fromLookup()` (for the
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
   * A custom resource calls `SearchSecurityProfiles` (read-only, scoped to the instance's
   * security profiles) and returns the ARN; deployment fails if no profile has that name.
   */
  public static fromLookup(scope: Construct, id: string, options: SecurityProfileLookupOptions): ISecurityProfile {
    const { contactCenter, name } = options;
    if (!Token.isUnresolved(name) && (name === undefined || name.length < 1 || name.length > 127)) {
      throw new Error(`${scope.node.path}/${id}: invalid name ${JSON.stringify(name)}: must be 1 to 127 characters long`);
    }
    class Lookup extends Resource implements ISecurityProfile {
      public readonly securityProfileArn: string;
      public readonly contactCenter = contactCenter;
      constructor() {
        super(scope, id);
        const call: cr.AwsSdkCall = {
          service: 'Connect',
          action: 'searchSecurityProfiles',
          parameters: {
            InstanceId: contactCenter.instanceId,
            MaxResults: 1,
            SearchCriteria: { StringCondition: { FieldName: 'name', Value: name, ComparisonType: 'EXACT' } },
          },
          physicalResourceId: cr.PhysicalResourceId.of(`security-profile-${name}`),
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
        const policy = lookup.node.tryFindChild('CustomResourcePolicy');
        if (policy) {
          suppressNag(policy, [{
            id: 'AwsSolutions-IAM5',
            reason: 'SearchSecurityProfiles searches the profiles of one instance: the profile ID is what the lookup finds, so the ARN can only be scoped to that instance\'s security profiles (<instance ARN>/security-profile/*).',
            appliesTo: [{ regex: '/^Resource::.*\\/security-profile\\/\\*$/' }],
          }]);
        }
        this.securityProfileArn = lookup.getResponseField('SecurityProfiles.0.Arn');
        suppressAwsCustomResourceProvider(Stack.of(this));
      }
    }
    return new Lookup();
  }

  /**
   * Look up an existing security profile of an instance by name at deploy time.
   *
   * @param contactCenter the instance to search
   * @param securityProfileName exact profile name, e.g. `Agent`
   * @deprecated use `SecurityProfile.fromLookup(scope, id, { contactCenter, name })`
   */
  public static fromName(scope: Construct, id: string, contactCenter: IContactCenter, securityProfileName: string): ISecurityProfile {
    return SecurityProfile.fromLookup(scope, id, { contactCenter, name: securityProfileName });
  }

  public readonly securityProfileArn: string;
  /** The contact center the profile belongs to. */
  public readonly contactCenter: IContactCenter;
  /** The underlying CloudFormation resource. */
  public readonly cfnSecurityProfile: connect.CfnSecurityProfile;

  constructor(scope: Construct, id: string, props: SecurityProfileProps) {
    super(scope, id);
    validateSecurityProfileProps(this, props);
    this.contactCenter = props.contactCenter;
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
