import { CfnResource } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** A cdk-nag rule suppressed on a resource this library creates, with the reason. */
export interface NagSuppression {
  readonly id: string;
  readonly reason: string;
  /** The findings of the rule it applies to (e.g. one IAM resource ARN); all when absent. */
  readonly appliesTo?: Array<string | { readonly regex: string }>;
}

/**
 * Record cdk-nag suppressions on the CloudFormation resource of a construct, in the metadata
 * format cdk-nag reads (`cdk_nag.rules_to_suppress`), without a runtime dependency on cdk-nag.
 * Entries already present are kept, and an identical entry is not added twice.
 */
export function suppressNag(construct: IConstruct, suppressions: NagSuppression[]): void {
  const resource = construct instanceof CfnResource ? construct : construct.node.defaultChild;
  if (!(resource instanceof CfnResource)) return;
  const existing: unknown[] = resource.getMetadata('cdk_nag')?.rules_to_suppress ?? [];
  const seen = new Set(existing.map((e) => JSON.stringify(e)));
  const added = suppressions
    .map((s) => ({ id: s.id, reason: s.reason, ...(s.appliesTo ? { applies_to: s.appliesTo } : {}) }))
    .filter((e) => !seen.has(JSON.stringify(e)));
  resource.addMetadata('cdk_nag', { rules_to_suppress: [...existing, ...added] });
}

/**
 * Suppress the findings of the stack-wide provider function that `AwsCustomResource` creates,
 * which this library uses for Connect API calls that have no CloudFormation resource.
 */
export function suppressAwsCustomResourceProvider(stack: IConstruct): void {
  const provider = stack.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
  if (provider) {
    suppressNag(provider, [{
      id: 'AwsSolutions-L1',
      reason: 'The AwsCustomResource provider function and its runtime are aws-cdk-lib\'s, not a choice of this library or its user; it follows the runtime aws-cdk-lib ships (a newer aws-cdk-lib moves it forward).',
    }]);
  }
  const role = provider?.node.tryFindChild('ServiceRole');
  if (role) {
    suppressNag(role, [{
      id: 'AwsSolutions-IAM4',
      reason: 'The AwsCustomResource provider function of aws-cdk-lib only writes its own logs with AWSLambdaBasicExecutionRole; its API permissions are separate, resource-scoped policies.',
    }]);
  }
}
