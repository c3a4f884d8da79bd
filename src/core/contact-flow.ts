import { IResource, aws_iam as iam } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from './contact-center';
import { ContactFlowType } from '../flows/language/flow-types';

/**
 * A contact flow.
 */
export interface IContactFlow extends IResource {
  /**
   * The flow ARN.
   * @attribute
   */
  readonly contactFlowArn: string;

  /**
   * The flow type, when known: always for flows created here, for imported flows when given to
   * `ContactFlow.fromContactFlowAttributes()`. Constructs that need a given type (a phone number
   * needs an inbound flow, a queue an outbound whisper) check it when it is known.
   */
  readonly contactFlowType?: ContactFlowType;

  /**
   * Grant Connect actions on this flow (its ARN only) to a principal, e.g.
   * `connect:DescribeContactFlow`.
   */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant;
}

/**
 * A flow built in code that renders itself as flow-language content: `FlowDefinition` of the
 * flow builder.
 */
export interface IFlowDefinition {
  /**
   * Render the flow for `scope` and register what it uses (Lambda functions, Lex bot aliases)
   * with the contact center.
   *
   * @param scope the flow
   * @param contactCenter the flow's contact center
   */
  bindContent(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig;
}

/**
 * The rendered content of a flow, as produced by `FlowContent.bind()`.
 */
export interface FlowContentConfig {
  /**
   * The flow-language document (`{ Version, StartAction, Actions, ... }`). String values may
   * contain CDK tokens (e.g. queue ARNs); they are rendered with `Stack.toJsonString`.
   */
  readonly document: any;
}
