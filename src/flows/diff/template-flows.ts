/**
 * The flows of a synthesized CloudFormation template, for the diff: each `Content` is resolved with
 * references shown as what they point to (`Queue: Support`, `Lambda: LookupCustomer`), so a diff
 * reads as the resources a reviewer knows rather than `{"Fn::GetAtt": …}` or fake ARNs.
 */

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
class LabelResolver {
  private readonly resources: { [id: string]: any };

  constructor(private readonly template: any, private readonly pseudo: PseudoParameters) {
    this.resources = isPlainObject(template.Resources) ? template.Resources : {};
  }

  public resolve(value: any): any {
    if (Array.isArray(value)) return value.map((v) => this.resolve(v));
    if (!isPlainObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const arg = value[keys[0]];
      switch (keys[0]) {
        case 'Ref': return this.ref(String(arg));
        case 'Fn::GetAtt': {
          const [id, ...attr] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
          return this.getAtt(id, attr.join('.'));
        }
        case 'Fn::Join': {
          if (!Array.isArray(arg)) return '';
          const list = this.resolve(arg[1]);
          return (Array.isArray(list) ? list : [list]).filter((x) => x !== undefined)
            .map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(String(arg[0]));
        }
        case 'Fn::Sub': return this.sub(arg);
        case 'Fn::Select': {
          const list = Array.isArray(arg) ? this.resolve(arg[1]) : undefined;
          return Array.isArray(list) ? list[Number(this.resolve(arg[0]))] : undefined;
        }
        case 'Fn::Split': {
          const s = Array.isArray(arg) ? this.resolve(arg[1]) : undefined;
          return typeof s === 'string' ? s.split(String(arg[0])) : [];
        }
        case 'Fn::ImportValue': return `Import: ${this.resolve(arg)}`;
        case 'Fn::If': return Array.isArray(arg) ? this.resolve(arg[1]) : undefined;
        case 'Fn::Base64': return this.resolve(arg);
        case 'Fn::ToJsonString': return JSON.stringify(this.resolve(arg));
        case 'Fn::FindInMap': {
          const [map, top, second] = this.resolve(arg);
          return this.template.Mappings?.[map]?.[top]?.[second];
        }
        default:
      }
    }
    const out: { [k: string]: any } = {};
    for (const k of keys) out[k] = this.resolve(value[k]);
    return out;
  }

  private label(logicalId: string): string {
    return referenceLabel(this.template, logicalId);
  }

  private ref(name: string): string | undefined {
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
    if (param !== undefined) return `Parameter: ${name}`;
    if (this.resources[name] === undefined) return `\${${name}}`;
    return this.label(name);
  }

  private getAtt(logicalId: string, attribute: string): string {
    if (this.resources[logicalId] === undefined) return `\${${logicalId}.${attribute}}`;
    const label = this.label(logicalId);
    // The ARN and the ID name the same resource; another attribute is named.
    return /(arn|id)$/i.test(attribute) ? label : `${label} (${attribute})`;
  }

  private sub(arg: any): string {
    const [text, vars] = Array.isArray(arg) ? [String(arg[0]), arg[1] ?? {}] : [String(arg), {}];
    return text.replace(/\$\{(!?)([^}]*)\}/g, (_m, bang: string, name: string) => {
      if (bang) return `\${${name}}`;
      if (Object.prototype.hasOwnProperty.call(vars, name)) return String(this.resolve(vars[name]));
      const dot = name.indexOf('.');
      if (dot > 0 && !name.startsWith('AWS::')) return this.getAtt(name.slice(0, dot), name.slice(dot + 1));
      return String(this.ref(name));
    });
  }
}

/** The flows and modules of a template, in logical-ID order, their content resolved for display. */
export function templateFlows(template: any, pseudo: PseudoParameters = {}): DiffFlowSource[] {
  const resolver = new LabelResolver(template, pseudo);
  const resources: { [id: string]: any } = isPlainObject(template?.Resources) ? template.Resources : {};
  const flows: DiffFlowSource[] = [];
  for (const id of Object.keys(resources).sort()) {
    const res = resources[id];
    const type = isPlainObject(res) ? res.Type : undefined;
    if (type !== 'AWS::Connect::ContactFlow' && type !== 'AWS::Connect::ContactFlowModule') continue;
    const props = isPlainObject(res.Properties) ? res.Properties : {};
    const name = resolver.resolve(props.Name);
    const content = resolver.resolve(props.Content);
    let document: unknown;
    let contentError: string | undefined;
    if (typeof content !== 'string') {
      contentError = 'Content does not resolve to a string';
    } else {
      try {
        document = JSON.parse(content);
      } catch (e) {
        contentError = `Content is not valid JSON: ${(e as Error).message}`;
      }
    }
    const flowType = type === 'AWS::Connect::ContactFlowModule' ? 'MODULE' : String(resolver.resolve(props.Type) ?? 'CONTACT_FLOW');
    flows.push({ name: typeof name === 'string' ? name : id, type: flowType, logicalId: id, document, contentError });
  }
  return flows;
}
