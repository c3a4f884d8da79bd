import { Annotations, Resource, Stack, aws_cloudwatch as cloudwatch, aws_connect as connect, aws_iam as iam } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ContactFlowProps } from './contact-flow-props';
import { validateContactFlowProps, validateFlowReferences } from './validate-contact-flow';
import { IContactCenter } from '../core/contact-center';
import { IContactFlow } from '../core/contact-flow';
import { parseInstanceChildArn } from '../core/private/arn';
import { checkFlowLambdaArns } from '../core/private/lambda-arn';
import { renderTags } from '../core/private/validate';
import { formatFlowDiagnostic } from '../flows/flow-references';
import { ContactFlowType } from '../flows/language/flow-types';
import { DiagnosticSeverity, validateFlow } from '../flows/validator';

export { ContactFlowType } from '../flows/language/flow-types';

/**
 * Attributes to import an existing flow.
 */
export interface ContactFlowAttributes {
  /** The flow ARN, `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/contact-flow/<flowId>`. */
  readonly contactFlowArn: string;

  /**
   * The flow type, so that constructs using the flow can check it.
   *
   * @default - unknown; type checks of the constructs that use the flow are skipped
   */
  readonly contactFlowType?: ContactFlowType;
}

/**
 * An Amazon Connect contact flow. Its content is validated at synth: errors fail synthesis.
 */
export class ContactFlow extends Resource implements IContactFlow {
  /**
   * Import a flow by ARN (`arn:<partition>:connect:<region>:<account>:instance/<id>/contact-flow/<flowId>`).
   */
  public static fromContactFlowArn(scope: Construct, id: string, contactFlowArn: string): IContactFlow {
    return ContactFlow.fromContactFlowAttributes(scope, id, { contactFlowArn });
  }

  /**
   * Import a flow from its attributes; give its type so that constructs using it can check it
   * (e.g. a phone number needs a `CONTACT_FLOW`).
   */
  public static fromContactFlowAttributes(scope: Construct, id: string, attrs: ContactFlowAttributes): IContactFlow {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'contactFlowArn', attrs.contactFlowArn, 'contact-flow', 'flowId');
    if (attrs.contactFlowType !== undefined && !Object.values(ContactFlowType).includes(attrs.contactFlowType)) {
      throw new Error(`${scope.node.path}/${id}: invalid contactFlowType "${attrs.contactFlowType}": must be one of ${Object.values(ContactFlowType).join(', ')}`);
    }
    class Import extends Resource implements IContactFlow {
      public readonly contactFlowArn = attrs.contactFlowArn;
      public readonly contactFlowType = attrs.contactFlowType;
      public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
        return iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [this.contactFlowArn] });
      }
    }
    return new Import(scope, id);
  }

  public readonly contactFlowArn: string;
  /** The flow name. */
  public readonly contactFlowName: string;
  /** The flow type. */
  public readonly contactFlowType?: ContactFlowType;
  /** The flow-language document (before token resolution). */
  public readonly document: any;
  /** The contact center the flow belongs to. */
  public readonly contactCenter: IContactCenter;
  /** The underlying CloudFormation resource. */
  public readonly cfnContactFlow: connect.CfnContactFlow;

  constructor(scope: Construct, id: string, props: ContactFlowProps) {
    super(scope, id);
    validateContactFlowProps(this, props);
    const type = props.type ?? ContactFlowType.CONTACT_FLOW;
    this.contactFlowType = type;
    this.contactFlowName = props.name;
    this.contactCenter = props.contactCenter;
    this.document = props.content.bind(this, props.contactCenter).document;

    this.cfnContactFlow = new connect.CfnContactFlow(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      type,
      description: props.description,
      state: props.state,
      content: Stack.of(this).toJsonString(this.document),
      tags: renderTags(props.tags),
    });
    if (props.removalPolicy !== undefined) this.cfnContactFlow.applyRemovalPolicy(props.removalPolicy);
    this.contactFlowArn = this.cfnContactFlow.attrContactFlowArn;

    validateFlowReferences(this, props.contactCenter, this.document);
    checkFlowLambdaArns(this, this.document);

    // Connect validates the content on create, so the flow must be created after every resource it
    // references: the Ref/GetAtt of each reference in Content already orders them (an explicit
    // DependsOn would repeat it, cfn-lint W3005).

    const diagnostics = () => validateFlow(this.document, {
      flowType: type,
      // Context key for action types newer than this library: reported as warnings.
      allowUnknownActions: [true, 'true'].includes(this.node.tryGetContext('cdk-contact-center:allowUnknownActions')),
      // Context key for parameters the service added after this library: reported as warnings.
      allowUnknownParameters: [true, 'true'].includes(this.node.tryGetContext('cdk-contact-center:allowUnknownParameters')),
    });
    // Warnings become CDK warning annotations (acknowledge with the ID
    // `cdk-contact-center:flow-<rule>`); errors fail synth.
    for (const d of diagnostics().filter((w) => w.severity === DiagnosticSeverity.WARNING)) {
      Annotations.of(this).addWarningV2(`cdk-contact-center:flow-${d.rule}`, formatFlowDiagnostic(props.name, type, d, this.document));
    }
    this.node.addValidation({
      validate: () => diagnostics()
        .filter((d) => d.severity === DiagnosticSeverity.ERROR)
        .map((d) => formatFlowDiagnostic(props.name, type, d, this.document)),
    });
  }

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [this.contactFlowArn] });
  }

  /**
   * Executions of this flow that took an error branch, summed (`ContactFlowErrors` of the
   * `AWS/Connect` namespace, dimensions `InstanceId`, `MetricGroup=ContactFlow`, `ContactFlowName`).
   */
  public metricErrors(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.contactCenter.metric('ContactFlowErrors', {
      statistic: 'Sum',
      ...props,
      dimensionsMap: { ...props?.dimensionsMap, MetricGroup: 'ContactFlow', ContactFlowName: this.contactFlowName },
    });
  }
}
