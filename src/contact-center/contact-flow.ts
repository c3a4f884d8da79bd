import * as fs from 'fs';
import { IResource, Resource, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from './contact-center';
import { formatFlowDiagnostic, referencedResources } from '../flows/flow-references';
import { ContactFlowType } from '../flows/language/flow-types';
import { DiagnosticSeverity, validateFlow } from '../flows/validator';
import { parseInstanceChildArn } from '../private/arn';
import { fail, renderTags, validateConnectResourceTags, validateStringLength } from '../private/validate';

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
}

/**
 * Properties of a contact flow.
 */
export interface ContactFlowProps {
  /** The contact center the flow belongs to. */
  readonly contactCenter: IContactCenter;

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
 * An Amazon Connect contact flow. Its content is validated at synth: errors fail synthesis.
 */
export class ContactFlow extends Resource implements IContactFlow {
  /**
   * Import a flow by ARN (`arn:<partition>:connect:<region>:<account>:instance/<id>/contact-flow/<flowId>`).
   */
  public static fromContactFlowArn(scope: Construct, id: string, contactFlowArn: string): IContactFlow {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'contactFlowArn', contactFlowArn, 'contact-flow', 'flowId');
    class Import extends Resource implements IContactFlow {
      public readonly contactFlowArn = contactFlowArn;
    }
    return new Import(scope, id);
  }

  public readonly contactFlowArn: string;
  /** The flow name. */
  public readonly contactFlowName: string;
  /** The flow type. */
  public readonly contactFlowType: ContactFlowType;
  /** The flow-language document (before token resolution). */
  public readonly document: any;
  /** The underlying CloudFormation resource. */
  public readonly cfnContactFlow: connect.CfnContactFlow;

  constructor(scope: Construct, id: string, props: ContactFlowProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 127);
    validateStringLength(this, 'description', props.description, 0, 500);
    validateConnectResourceTags(this, 'tags', props.tags);
    const type = props.type ?? ContactFlowType.CONTACT_FLOW;
    if (!Object.values(ContactFlowType).includes(type)) {
      fail(this, 'type', type, `must be one of ${Object.values(ContactFlowType).join(', ')}`);
    }
    this.contactFlowType = type;
    this.contactFlowName = props.name;
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

    // Connect validates the content on create: create the flow after every resource it references.
    for (const resource of referencedResources(this, this.document)) this.cfnContactFlow.node.addDependency(resource);

    this.node.addValidation({
      validate: () => validateFlow(this.document, {
        flowType: type,
        // Context key for action types newer than this library: reported as warnings.
        allowUnknownActions: [true, 'true'].includes(this.node.tryGetContext('cdk-contact-center:allowUnknownActions')),
      })
        .filter((d) => d.severity === DiagnosticSeverity.ERROR)
        .map((d) => formatFlowDiagnostic(props.name, type, d)),
    });
  }
}
