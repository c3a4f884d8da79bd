import { IResource, aws_cloudwatch as cloudwatch, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { ILexBotAlias, LexBotAliasAssociationOptions } from './lex';

/**
 * How the instance manages user identities. Cannot be changed after the instance is created.
 */
export enum IdentityManagementType {
  /** Users and passwords are stored in Amazon Connect. */
  CONNECT_MANAGED = 'CONNECT_MANAGED',
  /** Users sign in through a SAML 2.0 identity provider; usernames must equal the SAML RoleSessionName. */
  SAML = 'SAML',
  /** Users come from an existing AWS Directory Service directory in the same account and region. */
  EXISTING_DIRECTORY = 'EXISTING_DIRECTORY',
}

/**
 * An Amazon Connect instance, created here or imported.
 */
export interface IContactCenter extends IResource {
  /**
   * The instance ARN.
   * @attribute
   */
  readonly instanceArn: string;

  /**
   * The instance ID (the last part of the ARN).
   * @attribute
   */
  readonly instanceId: string;

  /**
   * The ARN of the instance's service-linked role
   * (`AWSServiceRoleForAmazonConnect_<suffix>`), when known.
   *
   * Needed to grant Connect access to customer managed keys (e.g. an encrypted Kinesis stream).
   */
  readonly serviceLinkedRoleArn?: string;

  /**
   * The identity management type, when known.
   */
  readonly identityManagementType?: IdentityManagementType;

  /**
   * Associate a Lambda function with the instance and allow Connect to invoke it
   * (principal `connect.amazonaws.com`, `SourceArn` = instance ARN, `SourceAccount`).
   *
   * Idempotent: calling it again for the same function does nothing.
   */
  associateLambdaFunction(fn: lambda.IFunction): void;

  /**
   * Associate a Lex V2 bot alias with the instance (`LEX_BOT` integration association).
   *
   * Associating the bot also adds the statement that lets Connect call it to the alias's resource
   * policy (admin guide, "Add an Amazon Lex bot"). No second policy is written here: an alias has
   * one revisioned policy document, so a second writer would race Connect's update, and deleting
   * it would remove Connect's statement too.
   *
   * With `{ addResourcePolicyStatement: true }`, a statement of this library is also added to the
   * alias's policy (never replacing it): see `LexBotAliasAssociationOptions`.
   *
   * Idempotent: calling it again for the same alias does nothing (beyond adding the statement
   * when it is asked for the first time).
   */
  associateLexBotAlias(botAlias: ILexBotAlias, options?: LexBotAliasAssociationOptions): void;

  /**
   * Grant Connect API actions on this instance and its resources (`<instance ARN>` and
   * `<instance ARN>/*`: queues, users, flows, contacts…) to a principal.
   *
   * @param actions the actions, e.g. `connect:DescribeQueue`
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;

  /**
   * A CloudWatch metric of the `AWS/Connect` namespace for this instance.
   *
   * The `InstanceId` dimension is always set; add others (e.g. `MetricGroup`) with `dimensionsMap`.
   */
  metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}
