import * as fs from 'fs';
import { Annotations, IResource, Resource, Stack, aws_cloudwatch as cloudwatch, aws_connect as connect, aws_iam as iam } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from './contact-center';
import { FlowExportOptions, FlowExportReference } from './flow-export';
import { bindExport, readExport } from './flow-export-content';
import { validateContactFlowProps, validateFlowReferences } from './validate-contact-flow';
import { formatFlowDiagnostic } from '../flows/flow-references';
import { ContactFlowType } from '../flows/language/flow-types';
import { DiagnosticSeverity, validateFlow } from '../flows/validator';
import { parseInstanceChildArn } from '../private/arn';
import { checkFlowLambdaArns } from '../private/lambda-arn';
import { renderTags } from '../private/validate';

export { ContactFlowType } from '../flows/language/flow-types';

/**
 * Whether a flow can be used.
 */
export enum ContactFlowState {
  /** Published and usable. */
  ACTIVE = 'ACTIVE',
  /** Archived: kept but not usable. */
  ARCHIVED = 'ARCHIVED',
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

/**
 * The flow-language content of a contact flow.
 */
export abstract class FlowContent {
  /**
   * Flow-language JSON given as an object (e.g. `JSON.parse` of a console export).
   * String values may contain tokens such as `queue.queueArn`.
   */
  public static fromJson(document: any): FlowContent {
    return new DocumentContent(document);
  }

  /**
   * Flow-language JSON given as a string.
   */
  public static fromString(json: string): FlowContent {
    let document: any;
    try {
      document = JSON.parse(json);
    } catch (e) {
      throw new Error(`FlowContent.fromString: the content is not valid JSON: ${(e as Error).message}`);
    }
    return new DocumentContent(document);
  }

  /**
   * Flow-language JSON read from a file at synth time.
   */
  public static fromFile(path: string): FlowContent {
    let text: string;
    try {
      text = fs.readFileSync(path, 'utf-8');
    } catch (e) {
      throw new Error(`FlowContent.fromFile: cannot read "${path}": ${(e as Error).message}`);
    }
    try {
      return new DocumentContent(JSON.parse(text));
    } catch (e) {
      throw new Error(`FlowContent.fromFile: "${path}" is not valid JSON: ${(e as Error).message}`);
    }
  }

  /**
   * A console export (a file path, its JSON text, or the parsed document) whose ARNs of the source
   * instance are mapped to constructs of this app: `references` is keyed by ARN, or by the
   * resource's name where the export's metadata carries one. An ARN left unmapped, or a key that
   * maps nothing, fails synth with a message that names the action, the JSON path, the resource
   * and the line to add. For teams that keep editing a flow in the console and release it with CDK.
   *
   * @param fileOrJson a file path, JSON text, or the parsed export
   * @param options the references
   */
  public static fromExport(fileOrJson: any, options: FlowExportOptions = {}): FlowContent {
    const { document, source } = readExport(fileOrJson);
    const references = options.references ?? {};
    if (references === null || typeof references !== 'object' || Array.isArray(references)) {
      throw new Error(`FlowContent.fromExport: invalid references ${JSON.stringify(references)}: give an object of FlowExportReference by ARN or name`);
    }
    for (const [key, ref] of Object.entries(references)) {
      if (!(ref instanceof FlowExportReference)) {
        throw new Error(`FlowContent.fromExport: invalid references[${JSON.stringify(key)}]: give a FlowExportReference (FlowExportReference.queue(queue)…)`);
      }
    }
    return new ExportContent(document, source, references);
  }

  /**
   * A flow built with the typed flow builder (a `FlowDefinition` of `PlayPrompt`, `InvokeLambda`…).
   * When bound by a `ContactFlow`, the Lambda functions and Lex bot aliases it uses are associated
   * with the flow's contact center.
   */
  public static fromDefinition(definition: IFlowDefinition): FlowContent {
    return new DefinitionContent(definition);
  }

  /**
   * Render the content for a flow.
   *
   * @param scope the flow
   * @param contactCenter the flow's contact center, for content that must register resources with it
   */
  public abstract bind(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig;
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

class DefinitionContent extends FlowContent {
  constructor(private readonly definition: IFlowDefinition) {
    super();
  }

  public bind(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig {
    return this.definition.bindContent(scope, contactCenter);
  }
}

class ExportContent extends FlowContent {
  constructor(private readonly document: any, private readonly source: string,
    private readonly references: { [arnOrName: string]: FlowExportReference }) {
    super();
  }

  public bind(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig {
    return { document: bindExport(scope, contactCenter, this.document, this.source, this.references) };
  }
}

class DocumentContent extends FlowContent {
  constructor(private readonly document: any) {
    super();
  }

  public bind(_scope: Construct, _contactCenter?: IContactCenter): FlowContentConfig {
    return { document: this.document };
  }
}

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
 * Options for a contact flow, used by `ContactCenter.addContactFlow()`.
 */
export interface ContactFlowOptions {
  /** The flow name, 1–127 characters, unique in the instance. */
  readonly name: string;

  /** The flow-language content. */
  readonly content: FlowContent;

  /**
   * The flow type. Immutable once created.
   *
   * @default ContactFlowType.CONTACT_FLOW
   */
  readonly type?: ContactFlowType;

  /**
   * A description, at most 500 characters.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Whether the flow is active or archived.
   *
   * @default ContactFlowState.ACTIVE
   */
  readonly state?: ContactFlowState;

  /**
   * Tags for the flow.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Properties of a contact flow.
 */
export interface ContactFlowProps extends ContactFlowOptions {
  /** The contact center the flow belongs to. */
  readonly contactCenter: IContactCenter;
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
