import { Annotations, Fn, RemovalPolicy, Resource, Stack, Token, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ContactFlowState } from './contact-flow-props';
import { FlowContent } from './flow-content';
import { IContactCenter } from '../core/contact-center';
import { FlowModuleContract, FlowModuleParameter, FlowModuleParameterType, IContactFlowModule } from '../core/contact-flow-module';
import { parseInstanceChildArn } from '../core/private/arn';
import { checkFlowLambdaArns } from '../core/private/lambda-arn';
import { checkModuleInvocation } from '../core/private/module-invocation';
import { describeTokens } from '../core/private/tokens';
import { fail, isToken, renderTags, validateConnectResourceTags, validateNotBlank, validateStringLength } from '../core/private/validate';
import { diagnosticLocation } from '../flows/flow-references';
import { DiagnosticSeverity, validateFlow } from '../flows/validator';

/** Attributes to import a flow module. */
export interface ContactFlowModuleAttributes {
  /** The module ARN. */
  readonly contactFlowModuleArn: string;

  /**
   * The module's contract, so that callers can be checked against it at synth.
   * @default - unknown; callers are not checked
   */
  readonly contract?: FlowModuleContract;
}

/** Properties of a flow module. */
export interface ContactFlowModuleProps {
  /** The contact center the module belongs to. */
  readonly contactCenter: IContactCenter;

  /** The module name, 1–127 characters, unique in the instance. */
  readonly name: string;

  /**
   * The flow-language content: the JSON of a module (or of a flow, to which the content-level
   * `Settings` block modules need is added) or builder content. Returns to the caller are
   * `EndFlowModuleExecution` actions, whose `Result` and `ResultData` are checked against the contract.
   */
  readonly content: FlowContent;

  /**
   * Inputs, outputs and branches.
   * @default - no inputs, outputs or custom branches
   */
  readonly contract?: FlowModuleContract;

  /**
   * A description, at most 500 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * Whether the module is active or archived.
   * @default ContactFlowState.ACTIVE
   */
  readonly state?: ContactFlowState;

  /**
   * What happens to the module when it is removed from the stack. A module holds no data, but
   * `cdk import` adopts only resources with a retain policy.
   *
   * @default - the module is deleted with the stack (no DeletionPolicy is written)
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** What the console writes into every module's content (Connect requires the block; the contract lives in the resource's Settings). */
const CONTENT_SETTINGS = {
  InputParameters: [],
  OutputParameters: [],
  Transitions: [
    { DisplayName: 'Success', ReferenceName: 'Success', Description: '' },
    { DisplayName: 'Error', ReferenceName: 'Error', Description: '' },
  ],
};

const NAME = /^[A-Za-z0-9_]{1,100}$/;

/**
 * A flow module (`AWS::Connect::ContactFlowModule`): a reusable piece of flow with a typed
 * contract. The contract is rendered into the resource's `Settings` (JSON Schema of the inputs and
 * outputs, and the branches); the content gets the top-level `Settings` block Connect requires of
 * a module. Errors in the content or in its returns fail synthesis.
 */
export class ContactFlowModule extends Resource implements IContactFlowModule {
  /** Import a flow module by ARN. */
  public static fromContactFlowModuleArn(scope: Construct, id: string, contactFlowModuleArn: string): IContactFlowModule {
    return ContactFlowModule.fromContactFlowModuleAttributes(scope, id, { contactFlowModuleArn });
  }

  /** Import a flow module with its contract. */
  public static fromContactFlowModuleAttributes(scope: Construct, id: string, attrs: ContactFlowModuleAttributes): IContactFlowModule {
    const where = `${scope.node.path}/${id}`;
    parseInstanceChildArn(where, 'contactFlowModuleArn', attrs.contactFlowModuleArn, 'flow-module', 'moduleId');
    if (attrs.contract) checkContract(where, attrs.contract);
    class Import extends Resource implements IContactFlowModule {
      public readonly contactFlowModuleArn = attrs.contactFlowModuleArn;
      public readonly contactFlowModuleId = moduleId(attrs.contactFlowModuleArn);
      public readonly contract = attrs.contract;
    }
    return new Import(scope, id);
  }

  /** The JSON the resource's `Settings` holds for a contract (`{}` when there is none). */
  public static renderSettings(contract?: FlowModuleContract): string {
    if (!contract) return '{}';
    const schema = (params: FlowModuleParameter[]) => {
      const required = params.filter((p) => p.required).map((p) => p.name);
      return {
        schema: {
          type: 'object',
          properties: Object.fromEntries(params.map((p) => [p.name, {
            type: p.type ?? FlowModuleParameterType.STRING,
            ...(p.description ? { description: p.description } : {}),
          }])),
          ...(required.length > 0 ? { required } : {}),
        },
      };
    };
    const settings: any = {};
    if (contract.inputs?.length) settings.input = schema(contract.inputs);
    if (contract.outputs?.length) settings.resultData = schema(contract.outputs);
    if (contract.branches?.length) {
      settings.transitions = { results: contract.branches.map((b) => ({ name: b.name, description: b.description ?? '' })) };
    }
    return JSON.stringify(settings);
  }

  /**
   * Check a call of a module (`InvokeFlowModule`) against its contract, as Connect does when the
   * calling flow is published: every input must be declared, have the declared JSON type (a JSONPath
   * such as `$.Attributes.x` only for string inputs) and required inputs must be given; every branch
   * the caller handles must be declared. Returns the problems (empty when the call is valid).
   *
   * @param contract the module's contract (`module.contract`)
   * @param input the `Input` the caller passes
   * @param branches the branch names the caller has conditions for
   */
  public static checkInvocation(contract: FlowModuleContract, input: { [key: string]: any } = {}, branches: string[] = []): string[] {
    return checkModuleInvocation(contract, input, branches);
  }

  public readonly contactFlowModuleArn: string;
  public readonly contactFlowModuleId: string;
  public readonly contract?: FlowModuleContract;
  /** The module name. */
  public readonly contactFlowModuleName: string;
  /** The flow-language document (before token resolution), with the content-level `Settings` block. */
  public readonly document: any;
  /** The underlying CloudFormation resource. */
  public readonly cfnContactFlowModule: connect.CfnContactFlowModule;

  constructor(scope: Construct, id: string, props: ContactFlowModuleProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 127);
    validateNotBlank(this, 'name', props.name);
    validateStringLength(this, 'description', props.description, 1, 500);
    validateNotBlank(this, 'description', props.description);
    validateConnectResourceTags(this, 'tags', props.tags);
    if (props.state !== undefined && !Object.values(ContactFlowState).includes(props.state)) {
      fail(this, 'state', props.state, `must be one of ${Object.values(ContactFlowState).join(', ')}`);
    }
    if (!(props.content instanceof FlowContent)) fail(this, 'content', props.content, 'give FlowContent.fromJson(), .fromString(), .fromFile() or .fromDefinition()');
    if (props.contract) checkContract(this.node.path, props.contract);
    const bound = props.content.bind(this, props.contactCenter).document;
    this.document = bound && typeof bound === 'object' && bound.Settings === undefined ? { ...bound, Settings: CONTENT_SETTINGS } : bound;
    this.contract = props.contract;
    this.contactFlowModuleName = props.name;

    this.cfnContactFlowModule = new connect.CfnContactFlowModule(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description,
      state: props.state,
      content: Stack.of(this).toJsonString(this.document),
      tags: renderTags(props.tags),
    });
    // Newer than this CloudFormation type in aws-cdk-lib: the contract Connect checks returns and callers against.
    this.cfnContactFlowModule.addPropertyOverride('Settings', ContactFlowModule.renderSettings(props.contract));
    if (props.removalPolicy !== undefined) this.cfnContactFlowModule.applyRemovalPolicy(props.removalPolicy);
    this.contactFlowModuleArn = this.cfnContactFlowModule.attrContactFlowModuleArn;
    this.contactFlowModuleId = moduleId(this.contactFlowModuleArn);
    // Resources the content refers to are Ref/Fn::GetAtt in Content, so CloudFormation creates them first.
    checkFlowLambdaArns(this, this.document);

    const actions: any[] = Array.isArray(this.document?.Actions) ? this.document.Actions : [];
    if (actions.length > 0 && !actions.some((a) => a?.Type === 'EndFlowModuleExecution')) {
      // Real modules exist that always disconnect or transfer; warn rather than fail.
      Annotations.of(this).addWarningV2('cdk-contact-center:moduleNeverReturns',
        `flow module "${props.name}" has no EndFlowModuleExecution action, so it never returns to the flow that invokes it`);
    }
    this.node.addValidation({
      validate: () => [
        ...validateFlow(this.document, {
          allowUnknownActions: [true, 'true'].includes(this.node.tryGetContext('cdk-contact-center:allowUnknownActions')),
          allowUnknownParameters: [true, 'true'].includes(this.node.tryGetContext('cdk-contact-center:allowUnknownParameters')),
        })
          .filter((d) => d.severity === DiagnosticSeverity.ERROR)
          .map((d) => describeTokens(`flow module "${props.name}": ${diagnosticLocation(d)}: ${d.message}`)),
        ...checkReturns(props.name, this.document, props.contract ?? {}),
      ],
    });
  }
}

function moduleId(arn: string): string {
  return Token.isUnresolved(arn) ? Fn.select(3, Fn.split('/', arn)) : arn.split('/')[3];
}

function checkContract(where: string, contract: FlowModuleContract): void {
  const lists: Array<[string, Array<{ name: string; type?: string }>]> = [
    ['contract.inputs', contract.inputs ?? []],
    ['contract.outputs', contract.outputs ?? []],
    ['contract.branches', contract.branches ?? []],
  ];
  for (const [prop, items] of lists) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (typeof item?.name !== 'string' || (!isToken(item.name) && !NAME.test(item.name))) {
        throw new Error(`${where}: invalid ${prop}[${i}].name ${JSON.stringify(item?.name)}: use 1 to 100 letters, digits and underscores`);
      }
      if (seen.has(item.name)) throw new Error(`${where}: invalid ${prop}[${i}].name ${JSON.stringify(item.name)}: names must be unique`);
      seen.add(item.name);
      if (item.type !== undefined && !Object.values(FlowModuleParameterType).includes(item.type as FlowModuleParameterType)) {
        throw new Error(`${where}: invalid ${prop}[${i}].type ${JSON.stringify(item.type)}: must be one of ${Object.values(FlowModuleParameterType).join(', ')}`);
      }
    });
  }
}

/** Checks every `EndFlowModuleExecution` against the contract, as Connect does when the module is published. */
function checkReturns(name: string, document: any, contract: FlowModuleContract): string[] {
  const actions: any[] = Array.isArray(document?.Actions) ? document.Actions : [];
  const ends = actions.filter((a) => a?.Type === 'EndFlowModuleExecution');
  const problems: string[] = [];
  const at = (a: any) => `flow module "${name}": action "${a.Identifier}"`;
  const branches = new Set((contract.branches ?? []).map((b) => b.name));
  const outputs = new Map((contract.outputs ?? []).map((o) => [o.name, o.type ?? FlowModuleParameterType.STRING]));
  for (const a of ends) {
    const p = a.Parameters ?? {};
    if (p.Result !== undefined && !isToken(p.Result) && !branches.has(p.Result)) {
      problems.push(`${at(a)}: Result ${JSON.stringify(p.Result)} is not a branch of the contract (${branches.size ? [...branches].join(', ') : 'none declared'})`);
    }
    if (p.ResultData !== undefined) {
      if (outputs.size === 0) {
        problems.push(`${at(a)}: ResultData is set but the contract declares no outputs`);
        continue;
      }
      for (const [key, value] of Object.entries(p.ResultData ?? {})) {
        const type = outputs.get(key);
        if (!type) {
          problems.push(`${at(a)}: ResultData.${key} is not an output of the contract (${[...outputs.keys()].join(', ')})`);
        } else if (!isToken(value) && typeof value !== type) {
          problems.push(`${at(a)}: ResultData.${key} must be a JSON ${type} (got ${JSON.stringify(value)}); a JSONPath is only allowed for string outputs`);
        }
      }
    }
    for (const o of contract.outputs ?? []) {
      if (o.required && (p.ResultData === undefined || !(o.name in p.ResultData))) {
        problems.push(`${at(a)}: ResultData.${o.name} is required by the contract`);
      }
    }
  }
  return problems;
}
