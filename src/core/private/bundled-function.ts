import * as path from 'node:path';
import { CfnResource, Duration, aws_iam as iam, aws_lambda as lambda, aws_logs as logs } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { suppressNag } from './nag';

/** Where the build writes the handler bundles (`assets/<handler>/index.js`), from src/core/private or lib/core/private. */
export const ASSETS_DIR = path.join(__dirname, '..', '..', '..', 'assets');

/**
 * The instance a bundled function works on: the part of `IContactCenter` it needs (declared here so
 * that src/private does not depend on src/contact-center).
 */
export interface InstanceRef {
  readonly instanceArn: string;
  readonly instanceId: string;
}

/**
 * The newest Node.js runtime that the installed aws-cdk-lib offers, Node.js 22 at least: the
 * bundles target Node.js 22, and a newer aws-cdk-lib brings newer runtimes (cdk-nag's AwsSolutions-L1
 * asks for the latest). Read from `lambda.Runtime`'s static members, so no version is hard-coded
 * beyond the floor.
 */
export function newestNodeRuntime(): lambda.Runtime {
  let best = lambda.Runtime.NODEJS_22_X;
  let bestMajor = 22;
  for (const [name, value] of Object.entries(lambda.Runtime)) {
    const major = Number(/^NODEJS_(\d+)_X$/.exec(name)?.[1]);
    if (value instanceof lambda.Runtime && major > bestMajor) {
      best = value;
      bestMajor = major;
    }
  }
  return best;
}

export interface BundledFunctionProps {
  /** The handler folder under lambda-src/ (and assets/). */
  readonly handlerName: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly environment: { [key: string]: string };
  /** @default 256 */
  readonly memorySize?: number;
  /** @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * A Lambda function running one of the handlers bundled at build time: ARM64, the newest
 * Node.js runtime of aws-cdk-lib, its own log group with an explicit retention, and a role that
 * may only write to that log group (API permissions are added by the subclasses, scoped to the
 * instance).
 */
export abstract class BundledFunction extends lambda.Function {
  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
    });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [logGroup.logGroupArn],
    }));
    super(scope, id, {
      code: lambda.Code.fromAsset(path.join(ASSETS_DIR, props.handlerName)),
      handler: 'index.handler',
      runtime: newestNodeRuntime(),
      architecture: lambda.Architecture.ARM_64,
      description: props.description,
      timeout: props.timeout,
      memorySize: props.memorySize ?? 256,
      environment: props.environment,
      logGroup,
      role,
    });
    // Function depends on its whole role; the GetAtt already orders the role itself, so keep only
    // the policy in DependsOn (cfn-lint W3005 flags the redundant one).
    const policy = role.node.findChild('DefaultPolicy').node.defaultChild as CfnResource;
    (this.node.defaultChild as CfnResource).addOverride('DependsOn', [policy.logicalId]);
  }

  /** Allow SearchUsers on the instance (users are resources of the instance). */
  protected allowSearchUsers(contactCenter: InstanceRef): void {
    this.addToRolePolicy(new iam.PolicyStatement({
      actions: ['connect:SearchUsers'],
      resources: [contactCenter.instanceArn, `${contactCenter.instanceArn}/agent/*`],
    }));
    this.suppressAgentWildcard();
  }

  /** The directory reads (and the job tags) any user of the one instance: `<instance>/agent/*`. */
  protected suppressAgentWildcard(): void {
    const policy = this.role?.node.tryFindChild('DefaultPolicy');
    if (!policy) return;
    suppressNag(policy, [{
      id: 'AwsSolutions-IAM5',
      reason: 'The directory looks up (and its job tags) any user of this one Connect instance; users are only addressable as <instance ARN>/agent/*.',
      appliesTo: [{ regex: '/^Resource::.*\\/agent\\/\\*$/g' }],
    }]);
  }
}

