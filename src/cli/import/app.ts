/**
 * Instance → app: turns an instance snapshot (./model.ts) into the code model of a CDK app
 * (../../flows/codegen/code-model.ts) that uses this package's constructs, with each flow through
 * `codegen` (or kept as JSON with `FlowContent.fromExport`), and records which construct adopts
 * which resource. The printers write it in TypeScript or Python; ./evaluate.ts runs the same model
 * to find the logical IDs of the `cdk import` resource mapping.
 *
 * References between resources are construct references. Where that would make a cycle (a quick
 * connect to a queue that lists it, flows that transfer to each other), the later reference is the
 * resource's ARN through `X.fromXArn()`: the resource keeps its ARN when adopted.
 */
import {
  CFN_STORAGE_RESOURCE_TYPES, IMPORT_RESOURCE_TYPES, ImportedFlow, ImportedFlowModule, InstanceSnapshot, PrimaryIdentifier, SnapshotCollection,
} from './model';
import { PhoneNumberType } from '../../contact-center/phone-number-props';
import { EXTENSION_TAG } from '../../contact-center/private/agent-tags';
import { Channel } from '../../contact-center/routing-profile-props';
import { CodeLibrary, CodeModule, CodeName, Expr, Stmt, code } from '../../flows/codegen/code-model';
import { Variables, generateFlowCode, uniqueName } from '../../flows/codegen/generate';
import { classifyArn, findArns } from '../../flows/codegen/references';
import { FLOW_TYPES } from '../../flows/language';

/** How flows are written into the app. */
export type FlowStyle = 'code' | 'json';

/** Options of the app generator. */
export interface AppOptions {
  /** `code`: builder code through codegen (default); `json`: the content as JSON with `FlowContent.fromExport`. */
  readonly flows?: FlowStyle;
  /** The main stack's name (default: from the instance alias). */
  readonly stackName?: string;
  /** At most this many agents in the main stack; more go into stacks of their own (default 300). */
  readonly agentsPerStack?: number;
  /**
   * Keep action types the flow language does not know (newer than this library) as CustomBlocks,
   * and let the app synthesize them (the context `cdk-contact-center:allowUnknownActions`).
   */
  readonly allowUnknownActions?: boolean;
}

/** A resource of the instance the app adopts with `cdk import`. */
export interface AdoptedResource {
  readonly collection: SnapshotCollection;
  readonly cfnType: string;
  /** The resource's name in the instance. */
  readonly name: string;
  /** The stack (construct ID) it is in. */
  readonly stack: string;
  /** The construct's ID in its stack (the evaluator finds its CloudFormation resource by it). */
  readonly constructId: string;
  /** Whether the variable is the L1 resource itself (else the construct's default child). */
  readonly l1: boolean;
  readonly primaryIdentifier: PrimaryIdentifier;
}

/** A Lambda or Lex association the app adopts: its resource is found by type and ARN. */
export interface AdoptedAssociation {
  readonly collection: SnapshotCollection;
  readonly integrationType: string;
  readonly integrationArn: string;
  readonly primaryIdentifier: PrimaryIdentifier;
}

/** Something the app could not express, or references instead of adopting. */
export interface ReportItem {
  readonly what: string;
  readonly name: string;
  readonly why: string;
}

/** The app as a code model, and what the report needs. */
export interface AppModel {
  /** Modules by path (without extension): `app`, `contact_center`, `flows/<name>`. */
  readonly modules: { [path: string]: CodeModule };
  /** JSON files to write with `--flows json`, by path. */
  readonly jsonFiles: { [path: string]: string };
  readonly adopted: AdoptedResource[];
  /** Lambda and Lex associations, adopted in the main stack. */
  readonly associations: AdoptedAssociation[];
  readonly referenced: ReportItem[];
  readonly notExpressed: ReportItem[];
  /** References written as ARNs to break a cycle. */
  readonly cycleBreaks: ReportItem[];
  /** The stacks, main first. */
  readonly stacks: string[];
  /** Per flow: typed blocks, CustomBlocks (code flows). */
  readonly flowFigures: Array<{ name: string; typed: number; custom: number }>;
}

const lib = code.lib;
const cdk = code.cdk;
const connectName = (name: string): CodeName => ({ library: CodeLibrary.CONNECT, name });
const lambdaName = (name: string): CodeName => ({ library: CodeLibrary.LAMBDA, name });

function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
}

/** `Support hours` → `SupportHours` (at most 60 characters; a leading digit gets a prefix). */
function pascal(text: string, fallback: string): string {
  // A word in capitals (`ACME`, `BOT1`) is written as a word (`Acme`, `Bot1`).
  const word = (w: string) => (/^[A-Z][A-Z0-9]+$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w[0].toUpperCase() + w.slice(1));
  const name = words(text).map(word).join('').slice(0, 60);
  if (name === '') return fallback;
  return /^[0-9]/.test(name) ? `${fallback}${name}` : name;
}

/** Longer than any name the app makes: names are never cut. */
const NAME_MAX = 255;

interface Node {
  readonly key: string;
  readonly collection: SnapshotCollection;
  readonly name: string;
  readonly arn: string;
  /** Construct ID and variable. */
  readonly id: string;
  readonly variable: string;
  /** The class that imports it by ARN when a cycle is broken. */
  readonly fromArn?: { cls: CodeName; method: string };
  /** The resources it references (node keys), for the order. */
  deps: string[];
  /** Builds the statements once the references are known. */
  build: (ref: (key: string) => Expr) => Stmt[];
  state?: 'visiting' | 'done';
  stack: string;
}

/** What the report calls a resource of each collection. */
const LABEL: Record<SnapshotCollection, string> = {
  instance: 'instance',
  hoursOfOperations: 'hours of operation',
  queues: 'queue',
  routingProfiles: 'routing profile',
  securityProfiles: 'security profile',
  users: 'user',
  hierarchyGroups: 'hierarchy group',
  hierarchyStructure: 'hierarchy structure',
  agentStatuses: 'agent status',
  quickConnects: 'quick connect',
  prompts: 'prompt',
  phoneNumbers: 'phone number',
  flows: 'flow',
  modules: 'flow module',
  lambdaFunctions: 'Lambda function',
  lexBots: 'Lex bot',
  storageConfigs: 'storage config',
};

/** Variable-name suffixes, by collection. */
const SUFFIX: Partial<Record<SnapshotCollection, string>> = {
  hoursOfOperations: 'Hours',
  queues: 'Queue',
  routingProfiles: 'Profile',
  securityProfiles: 'SecurityProfile',
  users: 'Agent',
  hierarchyGroups: 'Group',
  agentStatuses: 'Status',
  quickConnects: 'QuickConnect',
  phoneNumbers: 'Number',
  flows: 'Flow',
  modules: 'Module',
  prompts: 'Prompt',
};

function camel(pascalName: string): string {
  return pascalName[0].toLowerCase() + pascalName.slice(1);
}

function withSuffix(base: string, suffix: string): string {
  return base.toLowerCase().includes(suffix.toLowerCase()) ? base : `${base}${suffix}`;
}

function tagsExpr(tags: { [k: string]: string } | undefined, leaveOut: string[] = []): Expr | undefined {
  const entries = Object.entries(tags ?? {}).filter(([k]) => !leaveOut.includes(k) && !k.startsWith('aws:'));
  return entries.length === 0 ? undefined : code.map(entries.map(([k, v]) => [k, code.str(v)] as const));
}

const optStr = (v: string | undefined): Expr | undefined => (v === undefined || v === '' ? undefined : code.str(v));
const optNum = (v: number | undefined): Expr | undefined => (v === undefined ? undefined : code.num(v));
const RETAIN = code.enum(cdk('RemovalPolicy'), 'RETAIN');
const pad = (n: number) => String(n).padStart(2, '0');


/** Build the app model of a snapshot. */
export function buildAppModel(s: InstanceSnapshot, options: AppOptions = {}): AppModel {
  const flowStyle = options.flows ?? 'code';
  const allowUnknownActions = options.allowUnknownActions === true;
  const alias = s.instance.alias ?? s.instance.id;
  const mainStack = options.stackName ?? `${pascal(alias, 'Instance')}ContactCenter`;
  const agentsPerStack = options.agentsPerStack ?? 300;
  const referenced: ReportItem[] = [];
  const notExpressed: ReportItem[] = [];
  const cycleBreaks: ReportItem[] = [];
  const adopted: AdoptedResource[] = [];
  const flowFigures: Array<{ name: string; typed: number; custom: number }> = [];
  const modules: { [path: string]: CodeModule } = {};
  const jsonFiles: { [path: string]: string } = {};
  const vars = new Variables();
  ['app', 'contactCenter', 'stack'].forEach((v) => vars.take(v));
  const takenIds = new Set(['Instance']);
  const ids = { unique: (base: string) => uniqueName(base, takenIds, NAME_MAX) };
  const nodes = new Map<string, Node>();
  const byArn = new Map<string, string>();
  const byId = new Map<string, string>();
  const cc = code.v('contactCenter');

  const stackVar = (stack: string) => (stack === mainStack ? 'stack' : camel(stack));
  const scopeOf = (n: { stack: string }) => code.v(stackVar(n.stack));

  function addNode(collection: SnapshotCollection, r: { id: string; arn: string; name: string }, fromArn: Node['fromArn'],
    deps: string[], build: Node['build'], stack = mainStack): Node {
    const id = ids.unique(pascal(r.name, SUFFIX[collection] ?? 'Resource'));
    const variable = vars.unique(camel(withSuffix(id, SUFFIX[collection] ?? '')), NAME_MAX);
    const node: Node = { key: `${collection}:${r.id}`, collection, name: r.name, arn: r.arn, id, variable, fromArn, deps, build, stack };
    nodes.set(node.key, node);
    byArn.set(r.arn, node.key);
    byId.set(`${collection}:${r.id}`, node.key);
    return node;
  }
  const key = (collection: SnapshotCollection, id: string | undefined) => (id === undefined ? undefined : byId.get(`${collection}:${id}`));
  const adopt = (n: Node, primaryIdentifier: PrimaryIdentifier, l1 = false) => adopted.push({
    collection: n.collection,
    cfnType: IMPORT_RESOURCE_TYPES[n.collection].cfnType,
    name: n.name,
    stack: n.stack,
    constructId: n.id,
    l1,
    primaryIdentifier,
  });

  // Hours of operation.
  for (const h of s.hoursOfOperations) {
    const n = addNode('hoursOfOperations', h, { cls: lib('HoursOfOperation'), method: 'fromHoursOfOperationArn' }, [], () => [{
      k: 'const',
      name: n.variable,
      value: code.new(lib('HoursOfOperation'), scopeOf(n), code.str(n.id), code.struct(lib('HoursOfOperationProps'), [
        ['contactCenter', cc],
        ['name', code.str(h.name)],
        ['description', optStr(h.description)],
        ['timeZone', code.str(h.timeZone)],
        ['schedule', code.list(h.config.map((c) => code.struct(lib('OpenPeriod'), [
          ['day', code.enum(lib('DayOfWeek'), c.day)],
          ['start', code.str(`${pad(c.start.hours)}:${pad(c.start.minutes)}`)],
          ['end', code.str(`${pad(c.end.hours)}:${pad(c.end.minutes)}`)],
        ])))],
        ['tags', tagsExpr(h.tags)],
      ])),
    }]);
    adopt(n, h.primaryIdentifier);
  }

  // Security profiles.
  for (const p of s.securityProfiles) {
    if (p.permissions.length === 0) {
      referenced.push({ what: 'security profile', name: p.name, why: 'it has no permissions, and the SecurityProfile construct needs at least one' });
      continue;
    }
    const n = addNode('securityProfiles', p, { cls: lib('SecurityProfile'), method: 'fromSecurityProfileArn' }, [], () => [{
      k: 'const',
      name: n.variable,
      value: code.new(lib('SecurityProfile'), scopeOf(n), code.str(n.id), code.struct(lib('SecurityProfileProps'), [
        ['contactCenter', cc],
        ['name', code.str(p.name)],
        ['description', optStr(p.description)],
        ['permissions', code.list(p.permissions.map(code.str))],
        ['tags', tagsExpr(p.tags)],
      ])),
    }]);
    adopt(n, p.primaryIdentifier);
  }

  // The agent hierarchy: the structure, then groups (parents first).
  const levels = s.hierarchyStructure?.levels ?? [];
  let structureVar: string | undefined;
  if (s.hierarchyStructure && levels.length > 0) {
    const st = s.hierarchyStructure;
    const n = addNode('hierarchyStructure', { id: 'structure', arn: `${s.instance.arn}/agent-group-level`, name: 'Hierarchy' }, undefined, [], () => [{
      k: 'const',
      name: n.variable,
      value: code.new(lib('UserHierarchyStructure'), scopeOf(n), code.str(n.id), code.struct(lib('UserHierarchyStructureProps'), [
        ['contactCenter', cc],
        ['levels', code.list(levels.map((l) => code.str(l.name)))],
      ])),
    }]);
    structureVar = n.key;
    adopt(n, st.primaryIdentifier);
  }
  for (const g of [...s.hierarchyGroups].sort((a, b) => a.parentGroupIds.length - b.parentGroupIds.length)) {
    const parentId = g.parentGroupIds[g.parentGroupIds.length - 1];
    const n = addNode('hierarchyGroups', g, { cls: lib('UserHierarchyGroup'), method: 'fromUserHierarchyGroupArn' },
      [structureVar, key('hierarchyGroups', parentId)].filter((d): d is string => d !== undefined), (ref) => [{
        k: 'const',
        name: n.variable,
        value: code.new(lib('UserHierarchyGroup'), scopeOf(n), code.str(n.id), code.struct(lib('UserHierarchyGroupProps'), [
          ['contactCenter', cc],
          ['name', code.str(g.name)],
          ['parent', parentId !== undefined && key('hierarchyGroups', parentId) ? ref(key('hierarchyGroups', parentId)!) : undefined],
          ['structure', structureVar ? ref(structureVar) : undefined],
          ['tags', tagsExpr(g.tags)],
        ])),
      }]);
    adopt(n, g.primaryIdentifier);
  }

  // Agent statuses: only custom ones can be created; Available and Offline are the instance's own.
  for (const a of s.agentStatuses) {
    if (a.type !== 'CUSTOM') {
      referenced.push({ what: 'agent status', name: a.name, why: `a ${a.type ?? 'system'} status belongs to the instance (CloudFormation creates only CUSTOM ones)` });
      continue;
    }
    const n = addNode('agentStatuses', a, { cls: lib('AgentStatus'), method: 'fromAgentStatusArn' }, [], () => [{
      k: 'const',
      name: n.variable,
      value: code.new(lib('AgentStatus'), scopeOf(n), code.str(n.id), code.struct(lib('AgentStatusProps'), [
        ['contactCenter', cc],
        ['name', code.str(a.name)],
        ['description', optStr(a.description)],
        ['enabled', a.state === 'DISABLED' ? code.bool(false) : undefined],
        ['displayOrder', optNum(a.displayOrder)],
        ['tags', tagsExpr(a.tags)],
      ])),
    }]);
    adopt(n, a.primaryIdentifier);
  }

  // Prompts are referenced: Connect does not give their audio back as an S3 object the Prompt construct could take.
  for (const p of s.prompts) {
    referenced.push({ what: 'prompt', name: p.name, why: 'Connect does not return the audio as an S3 object, which the Prompt construct needs; flows reference it by ARN' });
    addNode('prompts', p, { cls: lib('Prompt'), method: 'fromPromptArn' }, [], () => []);
    nodes.get(`prompts:${p.id}`)!.state = 'done';
  }

  // Flows and modules: their references are found in their content.
  const flowFileNames = new Set<string>();
  const flowNodes: Array<{ node: Node; flow: ImportedFlow | ImportedFlowModule; isModule: boolean; doc: any }> = [];
  const addFlow = (f: ImportedFlow | ImportedFlowModule, isModule: boolean) => {
    let doc: any;
    try {
      doc = JSON.parse(f.content);
    } catch {
      notExpressed.push({ what: isModule ? 'flow module' : 'flow', name: f.name, why: 'its content is not JSON' });
      return;
    }
    const type = isModule ? 'MODULE' : (f as ImportedFlow).type;
    if (!isModule && !(FLOW_TYPES as readonly string[]).includes(type)) {
      referenced.push({ what: 'flow', name: f.name, why: `its type ${type} is not one the ContactFlow construct creates` });
      return;
    }
    const collection: SnapshotCollection = isModule ? 'modules' : 'flows';
    const node = addNode(collection, f, isModule ? { cls: lib('ContactFlowModule'), method: 'fromContactFlowModuleArn' } : { cls: lib('ContactFlow'), method: 'fromContactFlowArn' },
      [], (ref) => flowStatements(node, f, isModule, doc, ref));
    flowNodes.push({ node, flow: f, isModule, doc });
    adopt(node, f.primaryIdentifier);
  };
  s.modules.forEach((m) => addFlow(m, true));
  s.flows.forEach((f) => addFlow(f, false));

  // Phone numbers.
  const numberTypes: string[] = Object.values(PhoneNumberType);
  for (const p of s.phoneNumbers) {
    if (!numberTypes.includes(p.type ?? '') || !p.countryCode) {
      referenced.push({ what: 'phone number', name: p.phoneNumber, why: `its type ${p.type ?? '(none)'} is not one the PhoneNumber construct claims (DID, TOLL_FREE)` });
      continue;
    }
    const flowKey = key('flows', p.contactFlowId);
    const n = addNode('phoneNumbers', { id: p.id, arn: p.arn, name: p.description || p.phoneNumber }, { cls: lib('PhoneNumber'), method: 'fromPhoneNumberArn' },
      flowKey ? [flowKey] : [], (ref) => [{
        k: 'const',
        name: n.variable,
        value: code.new(lib('PhoneNumber'), scopeOf(n), code.str(n.id), code.struct(lib('PhoneNumberProps'), [
          ['contactCenter', cc],
          ['countryCode', code.str(p.countryCode!)],
          ['type', code.enum(lib('PhoneNumberType'), p.type!)],
          ['description', optStr(p.description)],
          ['inboundFlow', flowKey ? ref(flowKey) : undefined],
        ])),
        comment: p.phoneNumber,
      }]);
    adopt(n, p.primaryIdentifier);
    if (p.contactFlowId && !flowKey) notExpressed.push({ what: 'phone number', name: p.phoneNumber, why: 'its flow is not in the app; associate it again' });
  }

  // Queues.
  for (const q of s.queues) {
    const hours = key('hoursOfOperations', q.hoursOfOperationId);
    if (!hours) {
      referenced.push({ what: 'queue', name: q.name, why: 'its hours of operation were not read' });
      continue;
    }
    // Quick connects are declared after queues: their keys are looked up when the queue is built.
    const quickConnectKeys = () => q.quickConnectIds.map((id) => key('quickConnects', id)).filter((k): k is string => k !== undefined);
    const callerId = q.outboundCallerIdNumberId ? s.phoneNumbers.find((p) => p.id === q.outboundCallerIdNumberId) : undefined;
    const numberKey = callerId ? byArn.get(callerId.arn) : undefined;
    const whisper = key('flows', q.outboundFlowId);
    if (q.status === 'DISABLED') notExpressed.push({ what: 'queue', name: q.name, why: 'it is DISABLED; the Queue construct has no status (an update would enable it)' });
    const n = addNode('queues', q, { cls: lib('Queue'), method: 'fromQueueArn' }, [hours, ...(numberKey ? [numberKey] : []), ...(whisper ? [whisper] : [])], (ref) => [{
      k: 'const',
      name: n.variable,
      value: code.new(lib('Queue'), scopeOf(n), code.str(n.id), code.struct(lib('QueueProps'), [
        ['contactCenter', cc],
        ['name', code.str(q.name)],
        ['description', optStr(q.description)],
        ['hoursOfOperation', ref(hours)],
        ['maxContacts', optNum(q.maxContacts)],
        ['outboundCallerIdName', optStr(q.outboundCallerIdName)],
        ['outboundCallerIdNumber', numberKey ? ref(numberKey) : undefined],
        ['outboundWhisperFlow', whisper ? ref(whisper) : undefined],
        ['quickConnects', quickConnectKeys().length > 0 ? code.list(quickConnectKeys().map(ref)) : undefined],
        ['tags', tagsExpr(q.tags)],
      ])),
    }]);
    adopt(n, q.primaryIdentifier);
  }

  // Quick connects.
  for (const qc of s.quickConnects) {
    const flow = key('flows', qc.contactFlowId);
    const queue = key('queues', qc.queueId);
    let destination: ((ref: (k: string) => Expr) => Expr) | undefined;
    let deps: string[] = [];
    if (qc.type === 'PHONE_NUMBER' && qc.phoneNumber) {
      destination = () => code.static(lib('QuickConnectDestination'), 'phoneNumber', code.str(qc.phoneNumber!));
    } else if (qc.type === 'QUEUE' && flow && queue) {
      destination = (ref) => code.static(lib('QuickConnectDestination'), 'queue', ref(queue), ref(flow));
      deps = [queue, flow];
    } else if (qc.type === 'USER' && flow && qc.userId) {
      // Users are declared later (agents may be in other stacks): the user is referenced by ARN.
      const u = s.users.find((x) => x.id === qc.userId);
      if (u) {
        // Users come later (they may be in stacks of their own): the agent is referenced by ARN unless declared already.
        destination = (ref) => {
          const user = key('users', qc.userId);
          const agent = user ? ref(user) : code.static(lib('Agent'), 'fromUserArn', code.v('stack'), code.str(ids.unique(`${pascal(u.username, 'User')}Ref`)), code.str(u.arn));
          return code.static(lib('QuickConnectDestination'), 'agent', agent, ref(flow));
        };
        deps = [flow];
      }
    }
    if (!destination) {
      referenced.push({ what: 'quick connect', name: qc.name, why: `its ${qc.type} destination was not read` });
      continue;
    }
    const make = destination;
    const n = addNode('quickConnects', qc, { cls: lib('QuickConnect'), method: 'fromQuickConnectArn' }, deps, (ref) => [{
      k: 'const',
      name: n.variable,
      value: code.new(lib('QuickConnect'), scopeOf(n), code.str(n.id), code.struct(lib('QuickConnectProps'), [
        ['contactCenter', cc],
        ['name', code.str(qc.name)],
        ['description', optStr(qc.description)],
        ['destination', make(ref)],
        // A quick connect is deleted with the stack by default; cdk import adopts only retained resources.
        ['removalPolicy', RETAIN],
        ['tags', tagsExpr(qc.tags)],
      ])),
    }]);
    adopt(n, qc.primaryIdentifier);
  }
  // Queues listed quick connects before these existed: fill in their dependencies now.
  for (const q of s.queues) {
    const n = nodes.get(`queues:${q.id}`);
    if (!n) continue;
    for (const id of q.quickConnectIds) {
      const k = key('quickConnects', id);
      if (k && !n.deps.includes(k)) n.deps.push(k);
    }
  }

  // Routing profiles: the channels the RoutingProfile construct takes.
  const channels: string[] = Object.values(Channel);
  for (const p of s.routingProfiles) {
    const outbound = key('queues', p.defaultOutboundQueueId);
    if (!outbound) {
      referenced.push({ what: 'routing profile', name: p.name, why: 'its default outbound queue is not in the app' });
      continue;
    }
    const conc = (ch: string) => p.mediaConcurrencies.find((m) => m.channel === ch);
    const voice = conc('VOICE');
    const others = p.mediaConcurrencies.filter((m) => !channels.includes(m.channel));
    if (others.length > 0) notExpressed.push({ what: 'routing profile', name: p.name, why: `the channels ${others.map((o) => o.channel).join(', ')} (the RoutingProfile construct has voice, chat and task)` });
    if (p.mediaConcurrencies.some((m) => m.crossChannelBehavior && m.crossChannelBehavior !== 'ROUTE_CURRENT_CHANNEL_ONLY')) {
      notExpressed.push({ what: 'routing profile', name: p.name, why: 'its cross-channel behavior (an update of the profile would set ROUTE_CURRENT_CHANNEL_ONLY)' });
    }
    if (p.agentAvailabilityTimer) notExpressed.push({ what: 'routing profile', name: p.name, why: `its agent availability timer ${p.agentAvailabilityTimer}` });
    const enabled = new Set(channels.filter((ch) => (conc(ch)?.concurrency ?? 0) > 0));
    const pq = p.queues.filter((x) => enabled.has(x.channel) && key('queues', x.queueId));
    if (pq.length < p.queues.length) notExpressed.push({ what: 'routing profile', name: p.name, why: `${p.queues.length - pq.length} of its queue entries (their channel is off or the queue is not in the app)` });
    const n = addNode('routingProfiles', p, { cls: lib('RoutingProfile'), method: 'fromRoutingProfileArn' }, [outbound, ...pq.map((x) => key('queues', x.queueId)!)], (ref) => [{
      k: 'const',
      name: n.variable,
      value: code.new(lib('RoutingProfile'), scopeOf(n), code.str(n.id), code.struct(lib('RoutingProfileProps'), [
        ['contactCenter', cc],
        ['name', code.str(p.name)],
        ['description', optStr(p.description)],
        ['defaultOutboundQueue', ref(outbound)],
        ['voice', voice && voice.concurrency > 0 ? undefined : code.bool(false)],
        ['chatConcurrency', (conc('CHAT')?.concurrency ?? 0) > 0 ? code.num(conc('CHAT')!.concurrency) : undefined],
        ['taskConcurrency', (conc('TASK')?.concurrency ?? 0) > 0 ? code.num(conc('TASK')!.concurrency) : undefined],
        ['queues', pq.length > 0 ? code.list(pq.map((x) => code.struct(lib('RoutingProfileQueue'), [
          ['queue', ref(key('queues', x.queueId)!)],
          ['channel', code.enum(lib('Channel'), x.channel)],
          ['priority', x.priority !== 1 ? code.num(x.priority) : undefined],
          ['delay', x.delay > 0 ? code.static(cdk('Duration'), 'seconds', code.num(x.delay)) : undefined],
        ]))) : undefined],
        ['tags', tagsExpr(p.tags)],
      ])),
    }]);
    if (voice && voice.concurrency > 1) notExpressed.push({ what: 'routing profile', name: p.name, why: `a voice concurrency of ${voice.concurrency} (the construct takes one call at a time)` });
    adopt(n, p.primaryIdentifier);
  }

  // Users: in the main stack up to agentsPerStack, then in stacks of their own.
  const extraStacks: string[] = [];
  const stackNames = new Set([mainStack]);
  s.users.forEach((u, i) => {
    const rp = key('routingProfiles', u.routingProfileId);
    const sps = u.securityProfileIds.map((id) => key('securityProfiles', id)).filter((k): k is string => k !== undefined);
    if (!rp || sps.length === 0) {
      referenced.push({ what: 'user', name: u.username, why: !rp ? 'its routing profile is not in the app' : 'none of its security profiles is in the app' });
      return;
    }
    let stack = mainStack;
    if (s.users.length > agentsPerStack) {
      const index = Math.floor(i / agentsPerStack);
      while (extraStacks.length <= index) extraStacks.push(uniqueName(`${pascal(alias, 'Instance')}Agents${extraStacks.length + 1}`, stackNames, NAME_MAX));
      stack = extraStacks[index];
    }
    const group = key('hierarchyGroups', u.hierarchyGroupId);
    const extension = u.tags?.[EXTENSION_TAG];
    const n = addNode('users', { id: u.id, arn: u.arn, name: u.username }, { cls: lib('Agent'), method: 'fromUserArn' },
      [rp, ...sps, ...(group ? [group] : [])], (ref) => [{
        k: 'expr',
        value: code.new(lib('Agent'), scopeOf(n), code.str(n.id), code.struct(lib('AgentProps'), [
          ['contactCenter', cc],
          ['username', code.str(u.username)],
          ['firstName', optStr(u.firstName)],
          ['lastName', optStr(u.lastName)],
          ['routingProfile', ref(rp)],
          ['securityProfiles', code.list(sps.map(ref))],
          ['phoneType', u.phoneType && u.phoneType !== 'SOFT_PHONE' ? code.enum(lib('PhoneType'), u.phoneType) : undefined],
          ['deskPhoneNumber', optStr(u.deskPhoneNumber)],
          ['autoAccept', u.autoAccept ? code.bool(true) : undefined],
          ['afterContactWorkTimeout', u.afterContactWorkTimeLimit ? code.static(cdk('Duration'), 'seconds', code.num(u.afterContactWorkTimeLimit)) : undefined],
          ['hierarchyGroup', group ? ref(group) : undefined],
          ['directoryUserId', optStr(u.directoryUserId)],
          ['extension', optStr(extension)],
          ['setPassword', s.instance.identityManagementType === 'CONNECT_MANAGED' || s.instance.identityManagementType === undefined ? code.bool(false) : undefined],
          ['tags', tagsExpr(u.tags, [EXTENSION_TAG])],
        ])),
      }], stack);
    adopt(n, u.primaryIdentifier);
  });

  // Storage configs: L1 resources (the constructs create them only for an instance they create).
  const storageStmts: Stmt[] = [];
  for (const c of s.storageConfigs) {
    if (!CFN_STORAGE_RESOURCE_TYPES.includes(c.resourceType)) {
      referenced.push({ what: 'storage config', name: `${c.resourceType} (${c.associationId})`, why: 'AWS::Connect::InstanceStorageConfig does not take this resource type' });
      continue;
    }
    const sc = (n: string) => connectName(`CfnInstanceStorageConfig.${n}`);
    const encryption = (keyArn: string | undefined) => (keyArn ? code.struct(sc('EncryptionConfigProperty'), [['encryptionType', code.str('KMS')], ['keyId', code.str(keyArn)]]) : undefined);
    const id = ids.unique(pascal(`${c.resourceType.toLowerCase()} storage`, 'Resource'));
    const variable = vars.unique(camel(id), NAME_MAX);
    const props = code.struct(connectName('CfnInstanceStorageConfigProps'), [
      ['instanceArn', code.prop(cc, 'instanceArn')],
      ['resourceType', code.str(c.resourceType)],
      ['storageType', code.str(c.storageType)],
      ['s3Config', c.s3 ? code.struct(sc('S3ConfigProperty'), [
        ['bucketName', code.str(c.s3.bucketName)], ['bucketPrefix', code.str(c.s3.bucketPrefix ?? '')], ['encryptionConfig', encryption(c.s3.kmsKeyArn)],
      ]) : undefined],
      ['kinesisStreamConfig', c.kinesisStreamArn ? code.struct(sc('KinesisStreamConfigProperty'), [['streamArn', code.str(c.kinesisStreamArn)]]) : undefined],
      ['kinesisFirehoseConfig', c.kinesisFirehoseArn ? code.struct(sc('KinesisFirehoseConfigProperty'), [['firehoseArn', code.str(c.kinesisFirehoseArn)]]) : undefined],
      ['kinesisVideoStreamConfig', c.kinesisVideoStream ? code.struct(sc('KinesisVideoStreamConfigProperty'), [
        ['prefix', code.str(c.kinesisVideoStream.prefix ?? '')],
        ['retentionPeriodHours', code.num(c.kinesisVideoStream.retentionPeriodHours ?? 0)],
        ['encryptionConfig', encryption(c.kinesisVideoStream.kmsKeyArn) ?? code.struct(sc('EncryptionConfigProperty'), [['encryptionType', code.str('KMS')], ['keyId', code.str('')]])],
      ]) : undefined],
    ]);
    storageStmts.push(
      { k: 'const', name: variable, value: code.new(connectName('CfnInstanceStorageConfig'), code.v('stack'), code.str(id), props) },
      { k: 'expr', value: code.method(code.v(variable), 'applyRemovalPolicy', RETAIN) },
    );
    const { cfnType } = IMPORT_RESOURCE_TYPES.storageConfigs;
    adopted.push({ collection: 'storageConfigs', cfnType, name: `${c.resourceType} (${c.associationId})`, stack: mainStack, constructId: id, l1: true, primaryIdentifier: c.primaryIdentifier });
  }

  // Flow references: every ARN a flow's content names that is a resource of the snapshot.
  const externalArns = new Map<string, string[]>();
  for (const { node, doc } of flowNodes) {
    const arns: string[] = [];
    for (const { found } of findArns(doc.Actions ?? [], '')) {
      if (found.concrete && !arns.includes(found.arn)) arns.push(found.arn);
    }
    externalArns.set(node.key, arns);
    for (const arn of arns) {
      const k = byArn.get(arn);
      if (k && k !== node.key && !node.deps.includes(k)) node.deps.push(k);
    }
  }

  // Order: each resource after what it references; a reference back into a cycle becomes an ARN.
  const order: Node[] = [];
  const arnRefs = new Map<string, { variable: string; stmt: Stmt }>();
  const arnRef = (target: Node, from: Node): Expr => {
    let r = arnRefs.get(target.key);
    if (!r) {
      const variable = vars.unique(`${target.variable}Ref`, NAME_MAX);
      r = {
        variable,
        stmt: { k: 'const', name: variable, value: code.static(target.fromArn!.cls, target.fromArn!.method, code.v('stack'), code.str(ids.unique(`${target.id}Ref`)), code.str(target.arn)) },
      };
      arnRefs.set(target.key, r);
    }
    if (target.collection !== 'prompts') cycleBreaks.push({ what: LABEL[from.collection], name: from.name, why: `refers to the ${LABEL[target.collection]} ${target.name} by ARN` });
    return code.v(r.variable);
  };
  /** The variable of a resource referenced by ARN (a Lambda function, a Lex alias, or what no construct adopts): declared once. */
  function arnVariable(arn: string, flowName?: string): string {
    const existing = arnRefs.get(`arn:${arn}`);
    if (existing) return existing.variable;
    const found = classifyArn(arn)!;
    const variable = vars.unique(camel(`${pascal(found.resourceId.split(':')[0], 'Arn')}${found.kind.className.replace('lambda.', '')}`), NAME_MAX);
    const scopedArgs = found.kind.scoped ? [code.v('stack'), code.str(ids.unique(pascal(variable, 'Ref')))] : [];
    const cls = found.kind.module === 'aws-cdk-lib' ? lambdaName(found.kind.className.replace('lambda.', '')) : lib(found.kind.className);
    arnRefs.set(`arn:${arn}`, { variable, stmt: { k: 'const', name: variable, value: code.static(cls, found.kind.method, ...scopedArgs, code.str(arn)) } });
    if (found.kind.className !== 'lambda.Function' && found.kind.className !== 'LexBotAlias') {
      referenced.push({ what: found.kind.label, name: arn, why: `flow "${flowName}" names it; it is not a resource the import read` });
    }
    return variable;
  }
  const visit = (n: Node) => {
    if (n.state === 'done') return;
    n.state = 'visiting';
    for (const d of n.deps) {
      const dep = nodes.get(d);
      if (dep && dep.state === undefined) visit(dep);
    }
    n.state = 'done';
    order.push(n);
  };
  for (const n of nodes.values()) visit(n);
  const emitted = new Set<string>();
  const sections: Stmt[] = [];
  const agentStacks = new Map<string, Stmt[]>();
  for (const n of order) {
    const ref = (k: string): Expr => {
      const target = nodes.get(k)!;
      if (target.collection === 'prompts') return arnRef(target, n);
      if (!emitted.has(k)) return arnRef(target, n);
      if (target.stack !== n.stack && target.stack !== mainStack) return arnRef(target, n);
      return code.v(target.variable);
    };
    const stmts = n.build(ref);
    emitted.add(n.key);
    if (n.stack === mainStack) sections.push(...stmts);
    else agentStacks.set(n.stack, [...(agentStacks.get(n.stack) ?? []), ...stmts]);
  }

  // Lambda and Lex V2 associations: through the instance's associate methods, which flows that use the
  // same function or alias share (the ID is the function's or alias's). The evaluator adopts them by ARN.
  const associationStmts: Stmt[] = [];
  const associations: AdoptedAssociation[] = [];
  for (const f of s.lambdaFunctions) {
    associationStmts.push({ k: 'expr', value: code.method(cc, 'associateLambdaFunction', code.v(arnVariable(f.functionArn))) });
    associations.push({ collection: 'lambdaFunctions', integrationType: 'LAMBDA_FUNCTION', integrationArn: f.functionArn, primaryIdentifier: f.primaryIdentifier });
  }
  for (const b of s.lexBots) {
    if (b.lexVersion !== 'V2' || !b.aliasArn) {
      referenced.push({ what: 'Lex V1 bot', name: b.name ?? '(unnamed)', why: 'Amazon Lex V1 associations are left as they are (the flow language and CloudFormation take Lex V2 aliases)' });
      continue;
    }
    associationStmts.push({ k: 'expr', value: code.method(cc, 'associateLexBotAlias', code.v(arnVariable(b.aliasArn))) });
    associations.push({ collection: 'lexBots', integrationType: 'LEX_BOT', integrationArn: b.aliasArn, primaryIdentifier: b.primaryIdentifier });
  }
  if (associationStmts.length > 0 || flowNodes.length > 0) {
    // Associations (those above and those flows add) are retained: cdk import adopts only retained resources.
    associationStmts.push({ k: 'expr', value: code.method(code.static(cdk('RemovalPolicies'), 'of', cc), 'retain') });
  }

  function flowStatements(node: Node, f: ImportedFlow | ImportedFlowModule, isModule: boolean, doc: any, ref: (k: string) => Expr): Stmt[] {
    const file = uniqueName(words(f.name).join('_').toLowerCase().replace(/^(\d)/, 'flow_$1') || 'flow', flowFileNames, NAME_MAX);
    const arns = externalArns.get(node.key) ?? [];
    const args: Expr[] = [];
    const external: { [arn: string]: { name: string; type: CodeName } } = {};
    const exportRefs: Array<readonly [string, Expr]> = [];
    for (const arn of arns) {
      const k = byArn.get(arn);
      const { kind } = classifyArn(arn)!;
      // A resource of the snapshot, or (not one, or the flow itself) referenced by ARN.
      const expr = k && k !== node.key ? ref(k) : code.v(arnVariable(arn, f.name));
      const param = expr.k === 'var' ? expr.name : `ref${args.length + 1}`;
      external[arn] = { name: param, type: kind.module === 'aws-cdk-lib' ? lambdaName(kind.interfaceName) : lib(kind.interfaceName) };
      args.push(expr);
      exportRefs.push([arn, code.static(lib('FlowExportReference'), kind.exportFactory, expr)]);
    }
    let content: Expr;
    if (flowStyle === 'json') {
      const path = `flows/${file}.json`;
      jsonFiles[path] = `${JSON.stringify(doc, null, 2)}\n`;
      content = code.static(lib('FlowContent'), 'fromExport', code.str(path), ...(exportRefs.length > 0
        ? [code.struct(lib('FlowExportOptions'), [['references', code.map(exportRefs)]])] : []));
    } else {
      const fn = camel(`Build${pascal(f.name, 'Flow')}${isModule ? 'Module' : 'Flow'}`.replace(/(Flow|Module)(Flow|Module)$/, '$2'));
      const result = generateFlowCode(doc, {
        flowType: isModule ? 'MODULE' : (f as ImportedFlow).type, source: f.name, functionName: fn, externalReferences: external, allowUnknownActions,
      });
      modules[`flows/${file}`] = result.module;
      for (const w of result.warnings) notExpressed.push({ what: isModule ? 'flow module' : 'flow', name: f.name, why: w });
      flowFigures.push({ name: f.name, typed: result.typedBlocks, custom: result.customBlocks });
      content = code.static(lib('FlowContent'), 'fromDefinition', code.fn(fn, { library: CodeLibrary.LOCAL, name: fn, module: `flows/${file}` }, code.v('stack'), ...args));
    }
    const cls = isModule ? lib('ContactFlowModule') : lib('ContactFlow');
    const fields: Array<readonly [string, Expr | undefined]> = [
      ['contactCenter', cc],
      ['name', code.str(f.name)],
      ['type', isModule ? undefined : code.enum(lib('ContactFlowType'), (f as ImportedFlow).type)],
      ['description', optStr(f.description)],
      ['content', content],
      ['state', f.state === 'ARCHIVED' ? code.enum(lib('ContactFlowState'), 'ARCHIVED') : undefined],
      ['removalPolicy', RETAIN],
      ['tags', tagsExpr(f.tags)],
    ];
    if (f.status === 'SAVED') notExpressed.push({ what: isModule ? 'flow module' : 'flow', name: f.name, why: 'its saved, unpublished changes (CloudFormation publishes the content)' });
    return [{ k: 'const', name: node.variable, value: code.new(cls, code.v('stack'), code.str(node.id), code.struct(isModule ? lib('ContactFlowModuleProps') : lib('ContactFlowProps'), fields)) }];
  }

  // The contact_center module: a function that builds every stack.
  const body: Stmt[] = [];
  const env = code.struct(cdk('Environment'), [['account', code.str(s.account)], ['region', code.str(s.region)]]);
  body.push({ k: 'const', name: 'stack', value: code.new(cdk('Stack'), code.v('app'), code.str(mainStack), code.struct(cdk('StackProps'), [['env', env]])) });
  if (allowUnknownActions) {
    body.push({ k: 'comment', lines: ['Flows hold action types newer than cdk-contact-center: the validator lets them through.'] });
    body.push({ k: 'expr', value: code.method(code.prop(code.v('stack'), 'node'), 'setContext', code.str('cdk-contact-center:allowUnknownActions'), code.bool(true)) });
  }
  body.push({ k: 'comment', lines: ['The instance is referenced, not adopted: see IMPORT-REPORT.md.'] });
  body.push({
    k: 'const',
    name: 'contactCenter',
    value: code.static(lib('ContactCenter'), 'fromInstanceAttributes', code.v('stack'), code.str('Instance'), code.struct(lib('ContactCenterAttributes'), [
      ['instanceArn', code.str(s.instance.arn)],
      ['identityManagementType', s.instance.identityManagementType ? code.enum(lib('IdentityManagementType'), s.instance.identityManagementType) : undefined],
      ['serviceLinkedRoleArn', optStr(s.instance.serviceRole)],
    ])),
  });
  const refStmts = [...arnRefs.values()].map((r) => r.stmt);
  if (refStmts.length > 0) {
    body.push({ k: 'blank' }, { k: 'comment', lines: ['Resources referenced by ARN: not adopted, or referenced before they are declared (a cycle).'] }, ...refStmts);
  }
  body.push({ k: 'blank' }, ...sections);
  if (associationStmts.length > 0) body.push({ k: 'blank' }, { k: 'comment', lines: ['Lambda functions and Lex bots the instance uses.'] }, ...associationStmts);
  if (storageStmts.length > 0) body.push({ k: 'blank' }, { k: 'comment', lines: ['Storage configs (CloudFormation L1 resources: no construct adopts them).'] }, ...storageStmts);
  for (const st of extraStacks) {
    body.push({ k: 'blank' }, { k: 'const', name: stackVar(st), value: code.new(cdk('Stack'), code.v('app'), code.str(st), code.struct(cdk('StackProps'), [['env', env]])) });
    body.push(...(agentStacks.get(st) ?? []));
  }
  const used = usedVariables(body);
  const finalBody = body.map((st): Stmt => (st.k === 'const' && !used.has(st.name) && st.name !== 'contactCenter' && st.name !== 'stack' ? { k: 'expr', value: st.value } : st));
  modules.contact_center = {
    header: [`Generated by \`cdk-contact-center import\` from instance ${s.instance.id}${s.instance.alias ? ` ("${s.instance.alias}")` : ''}, ${s.region}.`,
      'Adopt the existing resources with `cdk import` (see IMPORT-REPORT.md) before the first `cdk deploy`.'],
    body: [{
      k: 'function',
      name: 'buildContactCenter',
      exported: true,
      params: [{ name: 'app', type: code.named(cdk('App')) }],
      doc: ['The contact center of the instance: every stack, with the resources it adopts.'],
      body: finalBody,
    }],
  };
  modules.app = {
    header: ['The CDK app: `cdk synth`, then `cdk import` (see IMPORT-REPORT.md).'],
    body: [
      { k: 'const', name: 'app', value: code.new(cdk('App')) },
      { k: 'expr', value: code.fn('buildContactCenter', { library: CodeLibrary.LOCAL, name: 'buildContactCenter', module: 'contact_center' }, code.v('app')) },
      { k: 'expr', value: code.method(code.v('app'), 'synth') },
    ],
  };
  return { modules, jsonFiles, adopted, associations, referenced, notExpressed, cycleBreaks, stacks: [mainStack, ...extraStacks], flowFigures };
}

/** The variables the statements read. */
function usedVariables(body: Stmt[]): Set<string> {
  const used = new Set<string>();
  const expr = (e: Expr): void => {
    switch (e.k) {
      case 'var': used.add(e.name); break;
      case 'prop': expr(e.of); break;
      case 'new': e.args.forEach(expr); break;
      case 'call': if (e.of) expr(e.of); e.args.forEach(expr); break;
      case 'struct': e.fields.forEach(([, x]) => expr(x)); break;
      case 'map': e.entries.forEach(([, x]) => expr(x)); break;
      case 'list': e.items.forEach(expr); break;
      default: break;
    }
  };
  for (const s of body) if (s.k === 'const' || s.k === 'expr' || s.k === 'return' || s.k === 'assign') expr(s.value);
  return used;
}
