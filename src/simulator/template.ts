/**
 * Reads flows out of a synthesized CloudFormation template, resolving intrinsics to stable
 * fake values:
 *
 * - region `us-east-1`, account `123456789012`, partition `aws`;
 * - Connect resources: `arn:aws:connect:us-east-1:123456789012:instance/<InstanceLogicalId>/<kind>/<LogicalId>`
 *   (`queue`, `contact-flow`, `flow-module`, `operating-hours`, `agent`, `routing-profile`,
 *   `prompt`, `transfer-destination`); the instance itself is `…:instance/<LogicalId>`;
 * - Lambda functions: `arn:aws:lambda:us-east-1:123456789012:function:<LogicalId>` (`Ref` gives
 *   `<LogicalId>`, the function name);
 * - Lex V2 aliases: `arn:aws:lex:us-east-1:123456789012:bot-alias/<BotLogicalId>/<LogicalId>`;
 * - any other resource: `arn:aws:<service>:us-east-1:123456789012:<type>/<LogicalId>`;
 * - `Fn::GetAtt` of an attribute containing `Arn` gives the ARN, of one ending in `Id` the
 *   logical ID; `Ref` of a Connect resource gives its ARN, of anything else its logical ID;
 * - parameters resolve to their `Default`, else to `${Name}`; `Fn::ImportValue` to `imported:<name>`.
 */
import { HoursConfig } from './hours';
import { isObject } from '../flows/language/values';
import { TemplateIntrinsics } from '../flows/template-intrinsics';

export const FAKE_REGION = 'us-east-1';
export const FAKE_ACCOUNT = '123456789012';

const CONNECT_KINDS: { [type: string]: string } = {
  'AWS::Connect::Queue': 'queue',
  'AWS::Connect::ContactFlow': 'contact-flow',
  'AWS::Connect::ContactFlowModule': 'flow-module',
  'AWS::Connect::HoursOfOperation': 'operating-hours',
  'AWS::Connect::User': 'agent',
  'AWS::Connect::RoutingProfile': 'routing-profile',
  'AWS::Connect::Prompt': 'prompt',
  'AWS::Connect::QuickConnect': 'transfer-destination',
  'AWS::Connect::SecurityProfile': 'security-profile',
  'AWS::Connect::UserHierarchyGroup': 'agent-group',
};

/** A flow found in a template. */
export interface TemplateFlow {
  readonly logicalId: string;
  readonly name: string;
  readonly type?: string;
  readonly arn: string;
  readonly module: boolean;
  /** The parsed content, or undefined when it is not JSON (see `contentError`). */
  readonly document?: any;
  readonly contentError?: string;
}

/** Facts about the resources of a template, by fake ARN. */
export interface TemplateIndex {
  readonly flows: TemplateFlow[];
  /** fake ARN (and Ref value) → logical ID */
  readonly logicalIds: Map<string, string>;
  /** logical ID → resource `Name` property, where it has one */
  readonly names: Map<string, string>;
  /** queue logical ID → hours-of-operation ARN */
  readonly queueHours: Map<string, string>;
  /** hours-of-operation logical ID → time zone, weekly schedule and overrides */
  readonly hours: Map<string, HoursConfig>;
}

/** true when the JSON looks like a CloudFormation template rather than a flow. */
export function isTemplate(json: any): boolean {
  return isObject(json) && isObject(json.Resources) && json.Actions === undefined;
}

/** Resolves the intrinsics of one template. */
export class IntrinsicResolver extends TemplateIntrinsics {
  private readonly arns = new Map<string, string>();
  private readonly resolving = new Set<string>();

  constructor(template: any) {
    super(template);
  }

  /** The fake ARN of a resource. */
  public arnOf(logicalId: string): string {
    const cached = this.arns.get(logicalId);
    if (cached !== undefined) return cached;
    const res = this.resources[logicalId];
    const type: string = typeof res?.Type === 'string' ? res.Type : 'AWS::Unknown::Resource';
    let arn: string;
    if (type === 'AWS::Connect::Instance') {
      arn = `arn:aws:connect:${FAKE_REGION}:${FAKE_ACCOUNT}:instance/${logicalId}`;
    } else if (type === 'AWS::Connect::PhoneNumber') {
      arn = `arn:aws:connect:${FAKE_REGION}:${FAKE_ACCOUNT}:phone-number/${logicalId}`;
    } else if (CONNECT_KINDS[type]) {
      arn = `${this.instancePrefix(logicalId, res)}/${CONNECT_KINDS[type]}/${logicalId}`;
    } else if (type === 'AWS::Lambda::Function' || type === 'AWS::Lambda::Alias' || type === 'AWS::Lambda::Version') {
      arn = `arn:aws:lambda:${FAKE_REGION}:${FAKE_ACCOUNT}:function:${logicalId}`;
    } else if (type === 'AWS::Lex::BotAlias') {
      const bot = this.guard(logicalId, () => this.resolve(res?.Properties?.BotId));
      arn = `arn:aws:lex:${FAKE_REGION}:${FAKE_ACCOUNT}:bot-alias/${typeof bot === 'string' ? bot : 'bot'}/${logicalId}`;
    } else {
      const [, service = 'unknown', kind = 'resource'] = type.split('::');
      arn = `arn:aws:${service.toLowerCase()}:${FAKE_REGION}:${FAKE_ACCOUNT}:${kind.toLowerCase()}/${logicalId}`;
    }
    this.arns.set(logicalId, arn);
    return arn;
  }

  /** The value of `Ref` for a logical ID or parameter. */
  public ref(name: string): any {
    switch (name) {
      case 'AWS::Region': return FAKE_REGION;
      case 'AWS::AccountId': return FAKE_ACCOUNT;
      case 'AWS::Partition': return 'aws';
      case 'AWS::URLSuffix': return 'amazonaws.com';
      case 'AWS::StackName': return 'Stack';
      case 'AWS::StackId': return `arn:aws:cloudformation:${FAKE_REGION}:${FAKE_ACCOUNT}:stack/Stack/0`;
      case 'AWS::NoValue': return undefined;
      default:
    }
    const param = isObject(this.template.Parameters) ? this.template.Parameters[name] : undefined;
    if (param !== undefined) return param.Default !== undefined ? param.Default : `\${${name}}`;
    const res = this.resources[name];
    if (res === undefined) return `\${${name}}`;
    const type: string = String(res.Type ?? '');
    if (type.startsWith('AWS::Connect::')) return this.arnOf(name);
    return name;
  }

  /** The value of `Fn::GetAtt`. */
  public getAtt(logicalId: string, attribute: string): any {
    if (this.resources[logicalId] === undefined) return `\${${logicalId}.${attribute}}`;
    if (/arn/i.test(attribute)) return this.arnOf(logicalId);
    if (/id$/i.test(attribute)) return logicalId;
    return `${logicalId}.${attribute}`;
  }

  protected availabilityZones(): string[] {
    return [`${FAKE_REGION}a`, `${FAKE_REGION}b`, `${FAKE_REGION}c`];
  }

  private instancePrefix(logicalId: string, res: any): string {
    const raw = res?.Properties?.InstanceArn ?? res?.Properties?.InstanceId;
    const value = raw === undefined ? undefined : this.guard(logicalId, () => this.resolve(raw));
    if (typeof value === 'string') {
      const m = /^(arn:[^:]+:connect:[^:]*:[^:]*:instance\/[^/]+)/.exec(value);
      if (m) return m[1];
      if (value !== '') return `arn:aws:connect:${FAKE_REGION}:${FAKE_ACCOUNT}:instance/${value}`;
    }
    return `arn:aws:connect:${FAKE_REGION}:${FAKE_ACCOUNT}:instance/instance`;
  }

  private guard<T>(logicalId: string, fn: () => T): T | undefined {
    if (this.resolving.has(logicalId)) return undefined;
    this.resolving.add(logicalId);
    try {
      return fn();
    } finally {
      this.resolving.delete(logicalId);
    }
  }
}

/** Index a synthesized template: its flows (with resolved content) and resource facts. */
export function indexTemplate(template: any): TemplateIndex {
  const r = new IntrinsicResolver(template);
  const resources: { [id: string]: any } = isObject(template.Resources) ? template.Resources : {};
  const flows: TemplateFlow[] = [];
  const logicalIds = new Map<string, string>();
  const names = new Map<string, string>();
  const queueHours = new Map<string, string>();
  const hours = new Map<string, HoursConfig>();
  for (const id of Object.keys(resources).sort()) {
    const res = resources[id];
    const type = String(res?.Type ?? '');
    const props = isObject(res?.Properties) ? res.Properties : {};
    if (type.startsWith('AWS::Connect::') || type.startsWith('AWS::Lambda::') || type.startsWith('AWS::Lex::')) {
      logicalIds.set(r.arnOf(id), id);
      const ref = r.ref(id);
      if (typeof ref === 'string' && !logicalIds.has(ref)) logicalIds.set(ref, id);
    }
    const name = props.Name ?? props.FunctionName ?? props.BotAliasName;
    const resolvedName = name === undefined ? undefined : r.resolve(name);
    if (typeof resolvedName === 'string') names.set(id, resolvedName);
    if (type === 'AWS::Connect::Queue' && props.HoursOfOperationArn !== undefined) {
      const hoursArn = r.resolve(props.HoursOfOperationArn);
      if (typeof hoursArn === 'string') queueHours.set(id, hoursArn);
    }
    if (type === 'AWS::Connect::HoursOfOperation') {
      const timeZone = r.resolve(props.TimeZone);
      const config = r.resolve(props.Config);
      const overrides = r.resolve(props.HoursOfOperationOverrides ?? []);
      if (typeof timeZone === 'string' && Array.isArray(config)) {
        hours.set(id, { timeZone, config, overrides: Array.isArray(overrides) ? overrides : [] });
      }
    }
    if (type === 'AWS::Connect::ContactFlow' || type === 'AWS::Connect::ContactFlowModule') {
      const { document, contentError } = r.flowContent(props.Content);
      flows.push({
        logicalId: id,
        name: typeof resolvedName === 'string' ? resolvedName : id,
        type: type === 'AWS::Connect::ContactFlow' ? String(r.resolve(props.Type) ?? 'CONTACT_FLOW') : undefined,
        arn: r.arnOf(id),
        module: type === 'AWS::Connect::ContactFlowModule',
        document,
        contentError,
      });
    }
  }
  return { flows, logicalIds, names, queueHours, hours };
}
