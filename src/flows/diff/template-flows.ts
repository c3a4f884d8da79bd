/**
 * The flows of a synthesized CloudFormation template, for the diff: each `Content` is resolved with
 * references shown as what they point to (`Queue: Support`, `Lambda: LookupCustomer`), so a diff
 * reads as the resources a reviewer knows rather than `{"Fn::GetAtt": …}` or fake ARNs.
 */
import { TemplateIntrinsics } from '../template-intrinsics';

/** A flow to compare: from a template, a flow file, or a deployed instance. */
export interface DiffFlowSource {
  /** The flow's name. */
  readonly name: string;
  /** The flow's type (`CONTACT_FLOW`…), `MODULE` for a module, undefined when not known. */
  readonly type?: string;
  /** The flow's logical ID in its template. */
  readonly logicalId?: string;
  /** The name is made up (a file name): a different one is no rename. */
  readonly unnamed?: boolean;
  /** The parsed flow-language document. */
  readonly document?: unknown;
  /** Why the content could not be read, when it could not. */
  readonly contentError?: string;
}

/**
 * A template and the templates of its nested stacks (read from the files CDK synthesized them to),
 * so the flows of nested stacks are compared too.
 */
export interface StackTemplateTree {
  /** The stack's template. */
  readonly template: unknown;
  /** The nested stacks whose template was read, by their logical ID in `template`. */
  readonly nested: { readonly [logicalId: string]: StackTemplateTree };
}

/** A nested stack of a template: an `AWS::CloudFormation::Stack` resource. */
export interface NestedStackResource {
  /** Its logical ID in the template. */
  readonly logicalId: string;
  /** The file CDK synthesized its template to (`Metadata['aws:asset:path']`), relative to the template's directory. */
  readonly templateFile?: string;
  /** The last part of its `TemplateURL` (`<hash>.json`, the object key of CDK's asset manifest), when it ends in one. */
  readonly templateObjectKey?: string;
}

/** The last path part of a `TemplateURL`: a string, or the last string of an `Fn::Join`. */
function templateObjectKey(url: unknown): string | undefined {
  let text = url;
  if (isPlainObject(url) && Array.isArray(url['Fn::Join']) && Array.isArray(url['Fn::Join'][1])) {
    const parts = url['Fn::Join'][1];
    text = parts[parts.length - 1];
  }
  if (typeof text !== 'string') return undefined;
  const key = text.split('/').pop();
  return key !== undefined && /^[\w.-]+\.json$/.test(key) ? key : undefined;
}

/** The nested stacks of a template, in logical-ID order. */
export function nestedStackResources(template: unknown): NestedStackResource[] {
  const resources: { [id: string]: any } = isPlainObject(template) && isPlainObject(template.Resources) ? template.Resources : {};
  return Object.keys(resources).sort()
    .filter((id) => isPlainObject(resources[id]) && resources[id].Type === 'AWS::CloudFormation::Stack')
    .map((logicalId) => {
      const { Metadata: metadata, Properties: props } = resources[logicalId];
      const file = isPlainObject(metadata) ? metadata['aws:asset:path'] : undefined;
      return {
        logicalId,
        templateFile: typeof file === 'string' && file !== '' ? file : undefined,
        templateObjectKey: templateObjectKey(isPlainObject(props) ? props.TemplateURL : undefined),
      };
    });
}

/** Pseudo parameters to resolve to real values (a deployed stack's region and account). */
export interface PseudoParameters {
  readonly region?: string;
  readonly account?: string;
  readonly partition?: string;
  readonly stackName?: string;
}

const KINDS: { [type: string]: string } = {
  'AWS::Connect::Queue': 'Queue',
  'AWS::Connect::ContactFlow': 'Flow',
  'AWS::Connect::ContactFlowModule': 'Flow module',
  'AWS::Connect::HoursOfOperation': 'Hours',
  'AWS::Connect::User': 'Agent',
  'AWS::Connect::RoutingProfile': 'Routing profile',
  'AWS::Connect::Prompt': 'Prompt',
  'AWS::Connect::QuickConnect': 'Quick connect',
  'AWS::Connect::Instance': 'Instance',
  'AWS::Connect::PhoneNumber': 'Phone number',
  'AWS::Lambda::Function': 'Lambda',
  'AWS::Lambda::Alias': 'Lambda alias',
  'AWS::Lex::Bot': 'Lex bot',
  'AWS::Lex::BotAlias': 'Lex bot alias',
};

/** A plain JSON object. */
export function isPlainObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** true when the JSON looks like a CloudFormation template rather than a flow. */
export function isTemplateDocument(json: unknown): boolean {
  return isPlainObject(json) && isPlainObject(json.Resources) && json.Actions === undefined;
}

/**
 * How a resource of the template is shown: its kind and its `Name` (or its construct path without
 * the stack and `/Resource`, or its logical ID).
 */
export function resourceLabel(template: any, logicalId: string): string {
  const resources = isPlainObject(template?.Resources) ? template.Resources : {};
  const res = resources[logicalId];
  if (!isPlainObject(res)) return logicalId;
  const type = String(res.Type ?? '');
  const kind = KINDS[type] ?? (type.split('::').pop() || 'Resource');
  const props = isPlainObject(res.Properties) ? res.Properties : {};
  const name = props.Name ?? props.FunctionName ?? props.BotAliasName ?? props.BotName;
  if (typeof name === 'string') return `${kind}: ${name}`;
  const cdkPath = isPlainObject(res.Metadata) ? res.Metadata['aws:cdk:path'] : undefined;
  if (typeof cdkPath === 'string') {
    const parts = cdkPath.split('/').slice(1);
    if (parts.length > 1 && (parts[parts.length - 1] === 'Resource' || parts[parts.length - 1] === 'Default')) parts.pop();
    if (parts.length > 0) return `${kind}: ${parts.join('/')}`;
  }
  // A logical ID without the hash CDK appends to it.
  return `${kind}: ${logicalId.replace(/^(.+?)[0-9A-F]{8}$/, '$1')}`;
}

/**
 * How a reference to a resource shows in a flow's content: `resourceLabel`, which goes into the
 * text of a JSON string (the Content), so without quotes, backslashes or control characters.
 */
export function referenceLabel(template: any, logicalId: string): string {
  return resourceLabel(template, logicalId).replace(/["\\]/g, "'").replace(/[\u0000-\u001f]/g, ' ');
}

/** Resolves the intrinsics of a template to display values. */
class LabelResolver extends TemplateIntrinsics {
  /**
   * @param parameters for a nested stack, what its parent passes to its parameters, resolved in
   * the parent (`Queue: Support`); a parameter without a string value shows as `Parameter: X`
   */
  constructor(template: any, private readonly pseudo: PseudoParameters, private readonly parameters: { [name: string]: unknown } = {}) {
    super(template);
  }

  public ref(name: string): string | undefined {
    switch (name) {
      case 'AWS::Region': return this.pseudo.region ?? '${AWS::Region}';
      case 'AWS::AccountId': return this.pseudo.account ?? '${AWS::AccountId}';
      case 'AWS::Partition': return this.pseudo.partition ?? 'aws';
      case 'AWS::URLSuffix': return 'amazonaws.com';
      case 'AWS::StackName': return this.pseudo.stackName ?? '${AWS::StackName}';
      case 'AWS::NoValue': return undefined;
      default:
    }
    const param = isPlainObject(this.template.Parameters) ? this.template.Parameters[name] : undefined;
    if (param !== undefined) {
      const passed = this.parameters[name];
      return typeof passed === 'string' ? passed : `Parameter: ${name}`;
    }
    if (this.resources[name] === undefined) return `\${${name}}`;
    return referenceLabel(this.template, name);
  }

  public getAtt(logicalId: string, attribute: string): string {
    if (this.resources[logicalId] === undefined) return `\${${logicalId}.${attribute}}`;
    const label = referenceLabel(this.template, logicalId);
    // The ARN and the ID name the same resource; another attribute is named.
    return /(arn|id)$/i.test(attribute) ? label : `${label} (${attribute})`;
  }

  protected importValue(name: any): string {
    return `Import: ${name}`;
  }
}

/**
 * The flows and modules of a template, in logical-ID order, their content resolved for display;
 * then those of its nested stacks (`nested`, recursively), their logical IDs prefixed with the
 * nested stack's (`NestedStackLogicalId/FlowLogicalId`).
 */
export function templateFlows(template: any, pseudo: PseudoParameters = {}, nested: StackTemplateTree['nested'] = {}): DiffFlowSource[] {
  return stackFlows(template, pseudo, nested, '', {});
}

function stackFlows(
  template: any, pseudo: PseudoParameters, nested: StackTemplateTree['nested'], prefix: string, parameters: { [name: string]: unknown },
): DiffFlowSource[] {
  const resolver = new LabelResolver(template, pseudo, parameters);
  const resources: { [id: string]: any } = isPlainObject(template?.Resources) ? template.Resources : {};
  const flows: DiffFlowSource[] = [];
  for (const id of Object.keys(resources).sort()) {
    const res = resources[id];
    const type = isPlainObject(res) ? res.Type : undefined;
    if (type !== 'AWS::Connect::ContactFlow' && type !== 'AWS::Connect::ContactFlowModule') continue;
    const props = isPlainObject(res.Properties) ? res.Properties : {};
    const name = resolver.resolve(props.Name);
    const { document, contentError } = resolver.flowContent(props.Content);
    const flowType = type === 'AWS::Connect::ContactFlowModule' ? 'MODULE' : String(resolver.resolve(props.Type) ?? 'CONTACT_FLOW');
    flows.push({ name: typeof name === 'string' ? name : `${prefix}${id}`, type: flowType, logicalId: `${prefix}${id}`, document, contentError });
  }
  for (const id of Object.keys(nested).sort()) {
    const res = resources[id];
    const passed = isPlainObject(res) && isPlainObject(res.Properties) ? resolver.resolve(res.Properties.Parameters) : undefined;
    // A nested stack has its own name: AWS::StackName is not the parent's.
    const nestedPseudo = { ...pseudo, stackName: undefined };
    flows.push(...stackFlows(nested[id].template, nestedPseudo, nested[id].nested, `${prefix}${id}/`, isPlainObject(passed) ? passed : {}));
  }
  return flows;
}
