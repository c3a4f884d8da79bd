/**
 * ARNs of a source instance found in a flow: what kind of resource each names, and how generated
 * code imports it. Shared by `codegen` and `FlowContent.fromExport`.
 */

/** A kind of resource a flow names by ARN. */
export interface ArnKind {
  /** What the README and messages call it. */
  readonly label: string;
  /** The class of the package (or `lambda.Function`) that imports it. */
  readonly className: string;
  /** Its static import method. */
  readonly method: string;
  /** Whether the method takes `(scope, id, arn)` (false: `(arn)`). */
  readonly scoped: boolean;
  /** The property that gives the ARN back. */
  readonly arnProperty: string;
  /** Where the class comes from. */
  readonly module: 'cdk-contact-center' | 'aws-cdk-lib';
  /** The interface a construct of this kind implements (`IQueue`; `IFunction` of aws-cdk-lib's aws_lambda). */
  readonly interfaceName: string;
  /** The `FlowExportReference` factory that maps an ARN of this kind (`queue`, `hoursOfOperation`…). */
  readonly exportFactory: string;
}

const CONNECT_CHILDREN: { [segment: string]: ArnKind } = {
  'queue': {
    label: 'queue',
    className: 'Queue',
    method: 'fromQueueArn',
    scoped: true,
    arnProperty: 'queueArn',
    module: 'cdk-contact-center',
    interfaceName: 'IQueue',
    exportFactory: 'queue',
  },
  'contact-flow': {
    label: 'flow',
    className: 'ContactFlow',
    method: 'fromContactFlowArn',
    scoped: true,
    arnProperty: 'contactFlowArn',
    module: 'cdk-contact-center',
    interfaceName: 'IContactFlow',
    exportFactory: 'flow',
  },
  'flow-module': {
    label: 'flow module',
    className: 'ContactFlowModule',
    method: 'fromContactFlowModuleArn',
    scoped: true,
    arnProperty: 'contactFlowModuleArn',
    module: 'cdk-contact-center',
    interfaceName: 'IContactFlowModule',
    exportFactory: 'module',
  },
  'prompt': {
    label: 'prompt',
    className: 'Prompt',
    method: 'fromPromptArn',
    scoped: true,
    arnProperty: 'promptArn',
    module: 'cdk-contact-center',
    interfaceName: 'IPrompt',
    exportFactory: 'prompt',
  },
  'operating-hours': {
    label: 'hours of operation',
    className: 'HoursOfOperation',
    method: 'fromHoursOfOperationArn',
    scoped: true,
    arnProperty: 'hoursOfOperationArn',
    module: 'cdk-contact-center',
    interfaceName: 'IHoursOfOperation',
    exportFactory: 'hoursOfOperation',
  },
  'agent': {
    label: 'agent',
    className: 'Agent',
    method: 'fromUserArn',
    scoped: true,
    arnProperty: 'userArn',
    module: 'cdk-contact-center',
    interfaceName: 'IAgent',
    exportFactory: 'agent',
  },
  'transfer-destination': {
    label: 'quick connect',
    className: 'QuickConnect',
    method: 'fromQuickConnectArn',
    scoped: true,
    arnProperty: 'quickConnectArn',
    module: 'cdk-contact-center',
    interfaceName: 'IQuickConnect',
    exportFactory: 'quickConnect',
  },
};
const LAMBDA: ArnKind = {
  label: 'Lambda function',
  className: 'lambda.Function',
  method: 'fromFunctionArn',
  scoped: true,
  arnProperty: 'functionArn',
  module: 'aws-cdk-lib',
  interfaceName: 'IFunction',
  exportFactory: 'lambdaFunction',
};
const LEX: ArnKind = {
  label: 'Lex bot alias',
  className: 'LexBotAlias',
  method: 'fromBotAliasArn',
  scoped: false,
  arnProperty: 'botAliasArn',
  module: 'cdk-contact-center',
  interfaceName: 'ILexBotAlias',
  exportFactory: 'lexBotAlias',
};

/** An ARN of a flow and what it names. */
export interface FoundArn {
  readonly arn: string;
  readonly kind: ArnKind;
  /** The resource's ID or name, from the ARN (its last segment). */
  readonly resourceId: string;
  /**
   * Whether the ARN is a concrete one the import method accepts (not a template with
   * placeholders such as `${INSTANCE_ID}` or `$.AwsRegion`).
   */
  readonly concrete: boolean;
}

const CONNECT_ANY = /^arn:[^:]+:connect:[^:]*:[^:]*:instance\/[^/]+\/([a-z-]+)\/(.+)$/;
const CONNECT_CONCRETE = /^arn:[\w-]+:connect:[\w-]*:\d{12}:instance\/[-a-zA-Z0-9]+\/[a-z-]+\/[-a-zA-Z0-9]+$/;
const LAMBDA_ANY = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)(:[^:]+)?$/;
const LAMBDA_CONCRETE = /^arn:[\w-]+:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;
const LEX_ANY = /^arn:[^:]+:lex:[^:]*:[^:]*:bot-alias\/([^/]+)\/([^/]+)$/;
const LEX_CONCRETE = /^arn:[\w-]+:lex:[a-z0-9-]+:\d{12}:bot-alias\/[A-Za-z0-9]+\/[A-Za-z0-9]+$/;

/** The kind of resource a string names when it is an ARN a flow may hold, else undefined. */
export function classifyArn(value: string): FoundArn | undefined {
  if (typeof value !== 'string' || !value.startsWith('arn:')) return undefined;
  let m = CONNECT_ANY.exec(value);
  if (m && CONNECT_CHILDREN[m[1]]) {
    return { arn: value, kind: CONNECT_CHILDREN[m[1]], resourceId: m[2], concrete: CONNECT_CONCRETE.test(value) };
  }
  m = LAMBDA_ANY.exec(value);
  if (m) return { arn: value, kind: LAMBDA, resourceId: m[1], concrete: LAMBDA_CONCRETE.test(value) };
  m = LEX_ANY.exec(value);
  if (m) return { arn: value, kind: LEX, resourceId: `${m[1]}/${m[2]}`, concrete: LEX_CONCRETE.test(value) };
  return undefined;
}

/** Each ARN string found in `value` (deeply), with the JSON path below `path` where it sits. */
export function findArns(value: any, path: string): Array<{ path: string; found: FoundArn }> {
  const out: Array<{ path: string; found: FoundArn }> = [];
  const walk = (v: any, at: string) => {
    if (typeof v === 'string') {
      const found = classifyArn(v);
      if (found) out.push({ path: at, found });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${at}[${i}]`));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) walk(item, /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `${at}.${k}` : `${at}[${JSON.stringify(k)}]`);
    }
  };
  walk(value, path);
  return out;
}

/** The name the console's metadata gives the resource at `subPath` of an action's parameters. */
export function metadataName(metadata: any, subPath: string, arn: string): string | undefined {
  if (metadata === null || typeof metadata !== 'object') return undefined;
  let node = metadata.parameters;
  for (const part of subPath.match(/[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g) ?? []) {
    if (node === null || node === undefined) break;
    const key = part.startsWith('[') ? JSON.parse(part.slice(1, -1)) : part;
    node = node[key];
  }
  if (node !== null && typeof node === 'object' && typeof node.displayName === 'string') return node.displayName;
  // Console blocks also keep { id: ARN, text: name } entries (queue, audio, contactFlow…).
  let found: string | undefined;
  const walk = (v: any) => {
    if (found !== undefined || v === null || typeof v !== 'object') return;
    if (v.id === arn && typeof v.text === 'string') found = v.text;
    else Object.values(v).forEach(walk);
  };
  walk(metadata);
  return found;
}

/** The name the export's metadata gives each ARN of its actions (console exports keep display names). */
export function resourceNames(document: any): Map<string, string> {
  const names = new Map<string, string>();
  for (const action of Array.isArray(document?.Actions) ? document.Actions : []) {
    const metadata = document.Metadata?.ActionMetadata?.[action?.Identifier];
    for (const { path, found } of findArns(action?.Parameters ?? {}, '')) {
      const name = metadataName(metadata, path, found.arn);
      if (name !== undefined && !names.has(found.arn)) names.set(found.arn, name);
    }
  }
  return names;
}
