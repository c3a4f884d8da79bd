/**
 * The simulator's engine: flows are compiled once into arrays of actions with their branch
 * targets resolved to indexes; each simulated call then only walks those arrays.
 */
import { toE164 } from './phone';
import { FAKE_ACCOUNT, FAKE_REGION, TemplateIndex } from './template';
import {
  ILambdaStub, SimulatedCallback, SimulatedLambdaCall, SimulationEvent, SimulationOutcome, SimulationResult,
  SimulationScenario,
} from './types';
import { E164, isJsonPath, isLegacyExport, isNumber, isObject, isTrue } from '../flows/language/values';

/** A flow to compile. */
export interface EngineFlow {
  readonly name: string;
  readonly logicalId?: string;
  readonly arn?: string;
  readonly type?: string;
  readonly module: boolean;
  readonly document: any;
  /** Why the document could not be read. */
  readonly problem?: string;
}

const NONE = -1;
const DANGLING = -2;

interface CCondition {
  readonly op: string;
  readonly operand: string;
  readonly num: number;
  readonly target: number;
}

interface CAction {
  readonly idx: number;
  readonly id: string;
  readonly type: string;
  readonly p: { [k: string]: any };
  readonly next: number;
  readonly errors: { [type: string]: number };
  readonly conds: CCondition[];
}

interface CFlow {
  readonly index: number;
  readonly name: string;
  readonly logicalId?: string;
  readonly arn?: string;
  readonly type?: string;
  readonly module: boolean;
  readonly actions: CAction[];
  readonly start: number;
  readonly problem?: string;
}

type Part = string | string[];

const DEFAULT_METRICS: { [k: string]: number } = {
  NumberOfAgentsAvailable: 1,
  NumberOfAgentsStaffed: 1,
  NumberOfAgentsOnline: 1,
  NumberOfContactsInQueue: 0,
  OldestContactInQueueAgeSeconds: 0,
};
/** Flow types TransferToFlow can go to (inbound, transfer to agent, transfer to queue; campaigns start as inbound). */
const TRANSFER_TARGET_TYPES = ['CONTACT_FLOW', 'CAMPAIGN', 'AGENT_TRANSFER', 'QUEUE_TRANSFER'];
const AGENT_METRICS = ['NumberOfAgentsAvailable', 'NumberOfAgentsStaffed', 'NumberOfAgentsOnline'];
const INTERPOLATE = /\$\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*/g;

/** Compiled flows plus what is needed to resolve references; shared by all calls. */
export class Engine {
  public readonly flows: CFlow[] = [];
  private readonly paths = new Map<string, string[]>();
  private readonly templates = new Map<string, Part[]>();
  private readonly stubs: Array<{ key: string; stub: ILambdaStub }> = [];
  public readonly logicalIds: Map<string, string>;
  public readonly names: Map<string, string>;
  private readonly queueHours: Map<string, string>;

  constructor(flows: EngineFlow[], index?: TemplateIndex) {
    this.logicalIds = index?.logicalIds ?? new Map();
    this.names = index?.names ?? new Map();
    this.queueHours = index?.queueHours ?? new Map();
    flows.forEach((f, i) => this.flows.push(compile(f, i)));
  }

  public addStub(key: string, stub: ILambdaStub): void {
    this.stubs.push({ key, stub });
  }

  /** Find a flow by name, logical ID or ARN. */
  public findFlow(key: string): CFlow | undefined {
    return this.flows.find((f) => f.name === key || f.logicalId === key || f.arn === key)
      ?? this.flows.find((f) => f.arn !== undefined && key.endsWith(`/${f.logicalId}`));
  }

  public startFlow(key?: string): CFlow {
    if (key !== undefined) {
      const f = this.findFlow(key);
      if (!f) throw new Error(`no flow named "${key}"; flows: ${this.flows.map((x) => x.name).join(', ')}`);
      return f;
    }
    if (this.flows.length === 0) throw new Error('there is no flow to simulate');
    if (this.flows.length === 1) return this.flows[0];
    const inbound = this.flows.find((f) => f.type === 'CONTACT_FLOW');
    if (!inbound) throw new Error(`choose a flow: ${this.flows.map((x) => x.name).join(', ')}`);
    return inbound;
  }

  /** Logical ID for a fake ARN or Ref value, else the value itself. */
  public display(value: string): string {
    return this.logicalIds.get(value) ?? value;
  }

  public nameOf(value: string): string {
    const id = this.logicalIds.get(value);
    if (id !== undefined && this.names.has(id)) return this.names.get(id)!;
    const slash = value.lastIndexOf('/');
    return slash >= 0 ? value.slice(slash + 1) : value;
  }

  public hoursOfQueue(queue: string): string | undefined {
    const id = this.logicalIds.get(queue) ?? queue;
    return this.queueHours.get(id);
  }

  public stubFor(arn: string): ILambdaStub | undefined {
    for (const s of this.stubs) if (matchesKey(arn, s.key, this.logicalIds.get(arn))) return s.stub;
    return undefined;
  }

  public compiledPath(path: string): string[] {
    let segs = this.paths.get(path);
    if (!segs) {
      segs = path.slice(2).split('.');
      this.paths.set(path, segs);
    }
    return segs;
  }

  public template(text: string): Part[] {
    let parts = this.templates.get(text);
    if (!parts) {
      parts = [];
      let last = 0;
      for (const m of text.matchAll(INTERPOLATE)) {
        if (m.index! > last) parts.push(text.slice(last, m.index));
        parts.push(m[0].slice(2).split('.'));
        last = m.index! + m[0].length;
      }
      if (last < text.length) parts.push(text.slice(last));
      this.templates.set(text, parts);
    }
    return parts;
  }

  public run(scenario: SimulationScenario = {}): SimulationResult {
    return new Run(this, scenario).execute();
  }
}

function matchesKey(arn: string, key: string, logicalId?: string): boolean {
  return arn === key || logicalId === key || arn.endsWith(`:function:${key}`) || arn.includes(key);
}

function compile(f: EngineFlow, index: number): CFlow {
  const doc = f.document;
  const raw: any[] = isObject(doc) && Array.isArray(doc.Actions) ? doc.Actions : [];
  const ids = new Map<string, number>();
  raw.forEach((a, i) => {
    if (isObject(a) && typeof a.Identifier === 'string' && !ids.has(a.Identifier)) ids.set(a.Identifier, i);
  });
  const target = (t: unknown) => t === undefined ? NONE : (typeof t === 'string' && ids.has(t) ? ids.get(t)! : DANGLING);
  const actions: CAction[] = raw.map((a, i) => {
    const t = isObject(a?.Transitions) ? a.Transitions : {};
    const errors: { [type: string]: number } = {};
    for (const e of Array.isArray(t.Errors) ? t.Errors : []) {
      if (isObject(e) && typeof e.ErrorType === 'string' && !(e.ErrorType in errors)) errors[e.ErrorType] = target(e.NextAction);
    }
    const conds: CCondition[] = [];
    for (const c of Array.isArray(t.Conditions) ? t.Conditions : []) {
      if (!isObject(c) || !isObject(c.Condition)) continue;
      const operand = Array.isArray(c.Condition.Operands) ? String(c.Condition.Operands[0]) : '';
      // A blank operand is not a number (Number("") would be 0): Number* conditions on it are false.
      conds.push({ op: String(c.Condition.Operator), operand, num: operand.trim() === '' ? NaN : Number(operand), target: target(c.NextAction) });
    }
    return {
      idx: i,
      id: typeof a?.Identifier === 'string' ? a.Identifier : `#${i}`,
      type: typeof a?.Type === 'string' ? a.Type : '',
      p: isObject(a?.Parameters) ? a.Parameters : {},
      next: target(t.NextAction),
      errors,
      conds,
    };
  });
  let problem: string | undefined = f.problem;
  if (!problem && isLegacyExport(doc)) {
    problem = 'the document is in the legacy console export format ({"modules": […], "version": "1"}), not the flow language: export the flow again from the current flow designer';
  }
  if (!problem && (!isObject(doc) || !Array.isArray(doc.Actions))) problem = 'the document has no Actions';
  const start = isObject(doc) && typeof doc.StartAction === 'string' && ids.has(doc.StartAction) ? ids.get(doc.StartAction)! : NONE;
  if (!problem && start === NONE) problem = `StartAction ${JSON.stringify(doc?.StartAction)} does not exist`;
  return { index, name: f.name, logicalId: f.logicalId, arn: f.arn, type: f.type, module: f.module, actions, start, problem };
}

function compare(op: string, value: unknown, operand: string, num: number): boolean {
  const s = value === undefined || value === null ? '' : (typeof value === 'string' ? value : (typeof value === 'object' ? JSON.stringify(value) : String(value)));
  switch (op) {
    case 'Equals': return s === operand;
    case 'TextStartsWith': return s.startsWith(operand);
    case 'TextEndsWith': return s.endsWith(operand);
    case 'TextContains': return s.includes(operand);
    default:
  }
  if (!isNumber(s) || !Number.isFinite(num)) return false;
  const n = Number(s);
  switch (op) {
    case 'NumberGreaterThan': return n > num;
    case 'NumberGreaterOrEqualTo': return n >= num;
    case 'NumberLessThan': return n < num;
    case 'NumberLessOrEqualTo': return n <= num;
    default: return false;
  }
}

function toStr(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : (typeof v === 'object' ? JSON.stringify(v) : String(v));
}

/* eslint-disable no-bitwise */
/** A small seedable PRNG (mulberry32), so DistributeByPercentage draws are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/* eslint-enable no-bitwise */

const STOP = -100;

interface LexState {
  IntentName?: string;
  Slots: { [k: string]: any };
  SessionAttributes: { [k: string]: any };
  IntentConfidence?: any;
  SentimentResponse?: any;
}

interface Frame {
  readonly flow: CFlow;
  readonly action: CAction;
}

/** One simulated call. */
class Run {
  private flow: CFlow;
  private readonly attributes: { [k: string]: string };
  private flowAttributes: { [k: string]: string } = {};
  private external: any = {};
  private stored: string | undefined;
  private lex: LexState = { Slots: {}, SessionAttributes: {} };
  private metricsData: any = {};
  private queue: string | undefined;
  private agent: string | undefined;
  private callbackNumber: string | undefined;
  private language: string;
  private readonly loops = new Map<number, Int32Array>();
  private readonly hooks: { [k: string]: string } = {};
  private readonly prompts: string[] = [];
  private readonly path: string[] = [];
  private readonly flowsVisited: string[] = [];
  private readonly warnings: string[] = [];
  private readonly events: SimulationEvent[] = [];
  private readonly lambdaCalls: SimulatedLambdaCall[] = [];
  private readonly lambdaCounts = new Map<string, number>();
  private readonly frames: Frame[] = [];
  private inputIndex = 0;
  private rng: (() => number) | undefined;
  private callback: SimulatedCallback | undefined;
  private outcome: SimulationOutcome = SimulationOutcome.ERROR;
  private detail = '';
  private transferredTo: string | undefined;
  private readonly contact: NonNullable<SimulationScenario['contact']>;

  constructor(private readonly engine: Engine, private readonly scenario: SimulationScenario) {
    this.flow = engine.startFlow(scenario.flow);
    this.contact = scenario.contact ?? {};
    this.attributes = { ...(this.contact.attributes ?? {}) };
    this.language = this.contact.languageCode ?? 'en-US';
    if (this.contact.queue !== undefined) this.queue = this.lookupArn(this.contact.queue);
  }

  public execute(): SimulationResult {
    const maxSteps = this.scenario.maxSteps ?? 500;
    let steps = 0;
    let i = this.enter(this.flow);
    while (i >= 0) {
      if (steps >= maxSteps) {
        this.stop(SimulationOutcome.STEP_LIMIT, `stopped after ${maxSteps} steps`);
        break;
      }
      steps++;
      const a = this.flow.actions[i];
      this.path.push(a.id);
      i = this.step(a);
    }
    if (this.callback && this.outcome !== SimulationOutcome.CALLBACK_CREATED) {
      this.detail = `callback created at "${this.callback.actionIdentifier}"; then ${this.outcome}: ${this.detail}`;
      this.outcome = SimulationOutcome.CALLBACK_CREATED;
    }
    return {
      outcome: this.outcome,
      detail: this.detail,
      queue: this.queue === undefined ? undefined : this.engine.display(this.queue),
      agent: this.agent === undefined ? undefined : this.engine.display(this.agent),
      callback: this.callback,
      transferredTo: this.transferredTo,
      prompts: this.prompts,
      attributes: this.attributes,
      eventHooks: this.hooks,
      lambdaCalls: this.lambdaCalls,
      path: this.path,
      flows: this.flowsVisited,
      warnings: this.warnings,
      events: this.events,
      steps,
    };
  }

  private enter(flow: CFlow): number {
    this.flow = flow;
    this.flowsVisited.push(flow.name);
    if (this.flowsVisited.length > 1) this.event('flow', `entered flow "${flow.name}"`);
    if (flow.problem) return this.stop(SimulationOutcome.ERROR, `flow "${flow.name}": ${flow.problem}`);
    return flow.start;
  }

  // ---- branches

  private stop(outcome: SimulationOutcome, detail: string): number {
    this.outcome = outcome;
    this.detail = detail;
    return STOP;
  }

  private follow(a: CAction, target: number, what: string): number {
    if (target >= 0) return target;
    if (target === DANGLING) return this.stop(SimulationOutcome.ERROR, `"${a.id}": the ${what} branch points to an action that does not exist`);
    return this.stop(SimulationOutcome.ERROR, `"${a.id}" (${a.type}): no ${what} branch`);
  }

  private next(a: CAction): number {
    if (a.next === NONE) return this.stop(SimulationOutcome.ERROR, `dead end: "${a.id}" (${a.type}) has no NextAction`);
    return this.follow(a, a.next, 'NextAction');
  }

  private error(a: CAction, type: string, reason: string): number {
    this.event('error', `${type}: ${reason}`, a.id);
    const t = a.errors[type];
    if (t === undefined) return this.stop(SimulationOutcome.ERROR, `"${a.id}" (${a.type}) raised ${type} (${reason}) and has no ${type} branch`);
    return this.follow(a, t, type);
  }

  /** No condition matched: NoMatchingCondition, else NextAction. */
  private noMatch(a: CAction, reason: string): number {
    const t = a.errors.NoMatchingCondition;
    if (t !== undefined) return this.follow(a, t, 'NoMatchingCondition');
    if (a.next !== NONE) return this.follow(a, a.next, 'NextAction');
    return this.stop(SimulationOutcome.ERROR, `"${a.id}" (${a.type}): ${reason}, and there is no NoMatchingCondition branch`);
  }

  private branch(a: CAction, value: unknown, reason: string): number {
    for (const c of a.conds) if (compare(c.op, value, c.operand, c.num)) return this.follow(a, c.target, `condition ${c.op} "${c.operand}"`);
    return this.noMatch(a, reason);
  }

  private equalsBranch(a: CAction, value: string): number | undefined {
    for (const c of a.conds) if (c.op === 'Equals' && c.operand === value) return this.follow(a, c.target, `condition "${value}"`);
    return undefined;
  }

  // ---- values

  private event(kind: string, text: string, actionIdentifier?: string): void {
    this.events.push(actionIdentifier === undefined ? { kind, text } : { kind, text, actionIdentifier });
  }

  private warn(text: string, a?: CAction): void {
    const w = a ? `"${a.id}" (${a.type}): ${text}` : text;
    this.warnings.push(w);
    this.event('warning', w, a?.id);
  }

  private resolveSegs(segs: string[]): any {
    const [root, k1, k2] = segs;
    switch (root) {
      case 'Attributes': return this.attributes[k1];
      case 'FlowAttributes': return this.flowAttributes[k1];
      case 'External': return walk(this.external, segs, 1);
      case 'StoredCustomerInput': return this.stored;
      case 'Lex': return walk(this.lex, segs, 1);
      case 'Metrics': return walk(this.metricsData, segs, 1);
      case 'Queue':
        if (this.queue === undefined) return undefined;
        if (k1 === 'ARN') return this.queue;
        if (k1 === 'Name') return this.engine.nameOf(this.queue);
        return undefined;
      case 'Agent': return k1 === 'ARN' ? this.agent : undefined;
      case 'CustomerEndpoint':
        return k1 === 'Address' ? (this.contact.customerNumber ?? '+15555550100') : (k1 === 'Type' ? 'TELEPHONE_NUMBER' : undefined);
      case 'SystemEndpoint':
        return k1 === 'Address' ? (this.contact.systemNumber ?? '+15555550199') : (k1 === 'Type' ? 'TELEPHONE_NUMBER' : undefined);
      case 'Channel': return this.contact.channel ?? 'VOICE';
      case 'ContactId': case 'InitialContactId': return this.contact.contactId ?? 'contact-0001';
      case 'AwsRegion': return FAKE_REGION;
      case 'InstanceARN': return `arn:aws:connect:${FAKE_REGION}:${FAKE_ACCOUNT}:instance/instance`;
      case 'LanguageCode': return this.language;
      default:
        if (k2 === undefined) return this.contact.systemAttributes?.[k1 === undefined ? root : `${root}.${k1}`];
        return undefined;
    }
  }

  /** A parameter value: a whole JSONPath is resolved (undefined when unset), else interpolated. */
  private value(v: unknown): any {
    if (typeof v !== 'string') return v;
    if (v.indexOf('$.') < 0) return v;
    if (isJsonPath(v)) return this.resolveSegs(this.engine.compiledPath(v));
    return this.interpolate(v);
  }

  private interpolate(text: string): string {
    if (text.indexOf('$.') < 0) return text;
    const parts = this.engine.template(text);
    let out = '';
    for (const p of parts) out += typeof p === 'string' ? p : toStr(this.resolveSegs(p));
    return out;
  }

  /** A resource reference: the value resolved, or undefined when a JSONPath is unset. */
  private ref(v: unknown): string | undefined {
    const r = this.value(v);
    return r === undefined || r === null || r === '' ? undefined : toStr(r);
  }

  private lookupArn(key: string): string {
    const { logicalIds, names } = this.engine;
    let id = logicalIds.get(key) !== undefined ? undefined : key;
    for (const [lid, name] of names) if (name === key) id = lid;
    for (const [arn, lid] of logicalIds) if (lid === id && arn.startsWith('arn:')) return arn;
    return key;
  }

  private play(holder: { [k: string]: any }, a: CAction): void {
    let text: string | undefined;
    if (holder.Text !== undefined) text = this.interpolate(toStr(holder.Text));
    else if (holder.SSML !== undefined) text = this.interpolate(toStr(holder.SSML));
    else if (holder.PromptId !== undefined) text = `prompt:${this.engine.display(toStr(this.value(holder.PromptId)))}`;
    else if (isObject(holder.Media)) text = `media:${toStr(this.value(holder.Media.Uri))}`;
    if (text === undefined) return;
    this.prompts.push(text);
    this.event('prompt', text, a.id);
  }

  private nextInput(a: CAction): any {
    const inputs = this.scenario.inputs;
    if (!inputs || this.inputIndex >= inputs.length) {
      this.event('timeout', 'no input (timeout)', a.id);
      return undefined;
    }
    const raw = inputs[this.inputIndex++];
    // Keys written as a JSON number (`"inputs": [1]`) are DTMF like "1".
    const input = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
    if (isObject(input) && input.timeout) {
      this.event('timeout', 'silence (timeout)', a.id);
      return undefined;
    }
    this.event('input', typeof input === 'string' ? `keys "${input}"` : `Lex: ${JSON.stringify(input)}`, a.id);
    return input;
  }

  /** The queue (or agent) whose metrics CheckMetricData/GetMetricData read: the parameters', else the working one. */
  private metricsTarget(p: { [k: string]: any }): string | undefined {
    if (p.QueueId !== undefined) return this.ref(p.QueueId);
    if (p.AgentId !== undefined) return this.ref(p.AgentId);
    return this.queue ?? this.agent;
  }

  private metricsFor(queue: string): { [k: string]: number } {
    const m = this.scenario.metrics ?? {};
    const name = this.engine.nameOf(queue);
    const id = this.engine.display(queue);
    for (const [k, v] of Object.entries(m)) {
      if (isObject(v) && (k === id || k === name || queue.includes(k))) return { ...DEFAULT_METRICS, ...topLevel(m), ...v };
    }
    return { ...DEFAULT_METRICS, ...topLevel(m) };
  }

  // ---- actions

  private step(a: CAction): number {
    const p = a.p;
    switch (a.type) {
      case 'MessageParticipant':
        this.play(p, a);
        return this.next(a);
      case 'MessageParticipantIteratively': {
        for (const m of Array.isArray(p.Messages) ? p.Messages : []) if (isObject(m)) this.play(m, a);
        // The action only completes when interrupted; its NextAction (exports mirror the error
        // branch there) is not a success branch. Without an interruption the messages repeat
        // until an agent takes the contact or the hold ends.
        return this.equalsBranch(a, 'MessagesInterrupted')
          ?? this.stop(SimulationOutcome.ENDED, `the messages loop until the contact leaves the flow (an agent answers or the hold ends) at "${a.id}"`);
      }
      case 'GetParticipantInput':
        return isTrue(p.StoreInput) ? this.storeInput(a) : this.menu(a);
      case 'ConnectParticipantWithLexBot':
        return this.lexBot(a);
      case 'InvokeLambdaFunction':
        return this.lambda(a);
      case 'UpdateContactAttributes': {
        if (p.TargetContact === 'Related') this.warn('attributes of the related contact are not modelled', a);
        for (const [k, v] of Object.entries(isObject(p.Attributes) ? p.Attributes : {})) this.attributes[k] = toStr(this.value(v));
        return this.next(a);
      }
      case 'UpdateFlowAttributes': {
        for (const [k, v] of Object.entries(isObject(p.FlowAttributes) ? p.FlowAttributes : {})) {
          this.flowAttributes[k] = toStr(this.value(isObject(v) ? v.Value : v));
        }
        return this.next(a);
      }
      case 'Compare': {
        const v = this.value(p.ComparisonValue);
        return this.branch(a, v, `no condition matches ${JSON.stringify(toStr(v))}`);
      }
      case 'CheckHoursOfOperation':
        return this.hours(a);
      case 'CheckMetricData': {
        const queue = this.metricsTarget(p);
        if (queue === undefined) return this.error(a, 'NoMatchingError', 'no queue to read metrics of');
        const metric = this.metricsFor(queue)[toStr(p.MetricType)];
        if (AGENT_METRICS.includes(toStr(p.MetricType))) {
          // Agent metrics raise no NoMatchingCondition: no agent takes the NextAction.
          for (const c of a.conds) if (compare(c.op, metric, c.operand, c.num)) return this.follow(a, c.target, `condition ${c.op} "${c.operand}"`);
          return this.next(a);
        }
        return this.branch(a, metric, `${p.MetricType} = ${metric} matches no condition`);
      }
      case 'GetMetricData': {
        const queue = this.metricsTarget(p);
        if (queue === undefined) return this.error(a, 'NoMatchingError', 'no queue to read metrics of');
        const m = this.metricsFor(queue);
        this.metricsData = {
          Queue: {
            Name: this.engine.nameOf(queue),
            ARN: queue,
            Size: String(m.NumberOfContactsInQueue),
            OldestContactAge: String(m.OldestContactInQueueAgeSeconds),
          },
          Agents: {
            Available: { Count: String(m.NumberOfAgentsAvailable) },
            Staffed: { Count: String(m.NumberOfAgentsStaffed) },
            Online: { Count: String(m.NumberOfAgentsOnline) },
          },
        };
        return this.next(a);
      }
      case 'UpdateContactTargetQueue': {
        if (p.AgentId !== undefined) {
          const agent = this.ref(p.AgentId);
          if (agent === undefined) return this.error(a, 'NoMatchingError', `AgentId ${p.AgentId} is not set`);
          this.agent = agent;
          this.queue = undefined;
        } else {
          const queue = this.ref(p.QueueId);
          if (queue === undefined) return this.error(a, 'NoMatchingError', `QueueId ${JSON.stringify(p.QueueId)} is not set`);
          this.queue = queue;
          this.agent = undefined;
        }
        return this.next(a);
      }
      case 'TransferContactToQueue':
        return this.transferToQueue(a);
      case 'DequeueContactAndTransferToQueue': {
        const target = this.ref(p.QueueId ?? p.AgentId);
        if (target === undefined) return this.error(a, 'NoMatchingError', 'the queue or agent is not set');
        if (p.AgentId !== undefined) {
          this.agent = target;
          this.queue = undefined;
        } else {
          this.queue = target;
          this.agent = undefined;
        }
        return this.transferToQueue(a);
      }
      case 'UpdateContactCallbackNumber': {
        const n = this.ref(p.CallbackNumber);
        if (n === undefined || !E164.test(n)) return this.error(a, 'InvalidCallbackNumber', `${JSON.stringify(n ?? '')} is not an E.164 number`);
        if ((this.scenario.undialablePrefixes ?? []).some((x) => n.startsWith(x))) return this.error(a, 'CallbackNumberNotDialable', `${n} is not dialable`);
        this.callbackNumber = n;
        return this.next(a);
      }
      case 'CreateCallbackContact':
        return this.createCallback(a);
      case 'TransferToFlow':
        return this.transferToFlow(a);
      case 'InvokeFlowModule': {
        const id = this.ref(p.FlowModuleId);
        const module = id === undefined ? undefined : this.engine.findFlow(id);
        if (module === undefined) {
          this.warn(`flow module ${JSON.stringify(id ?? p.FlowModuleId)} is not part of what is simulated: continuing with NextAction`, a);
          return this.next(a);
        }
        this.frames.push({ flow: this.flow, action: a });
        return this.enter(module);
      }
      case 'EndFlowModuleExecution': {
        const frame = this.frames.pop();
        if (!frame) return this.stop(SimulationOutcome.ENDED, `flow module ended at "${a.id}"`);
        this.flow = frame.flow;
        return this.next(frame.action);
      }
      case 'TransferParticipantToThirdParty':
        return this.thirdParty(a);
      case 'DisconnectParticipant':
        return this.stop(SimulationOutcome.DISCONNECTED, `disconnected at "${a.id}"`);
      case 'EndFlowExecution':
        return this.stop(SimulationOutcome.ENDED, `flow ended at "${a.id}"`);
      case 'UpdateContactEventHooks': {
        for (const [k, v] of Object.entries(isObject(p.EventHooks) ? p.EventHooks : {})) {
          const flow = this.ref(v);
          if (flow === undefined) return this.error(a, 'NoMatchingError', `event hook ${k} flow is not set`);
          this.hooks[k] = this.engine.display(flow);
        }
        return this.next(a);
      }
      case 'UpdateContactData':
        if (p.LanguageCode !== undefined) this.language = toStr(this.value(p.LanguageCode));
        return this.next(a);
      case 'Loop': {
        let counters = this.loops.get(this.flow.index);
        if (!counters) {
          counters = new Int32Array(this.flow.actions.length);
          this.loops.set(this.flow.index, counters);
        }
        const i = a.idx;
        const count = Number(this.value(p.LoopCount));
        if (counters[i] < (Number.isFinite(count) ? count : 0)) {
          counters[i]++;
          return this.equalsBranch(a, 'ContinueLooping') ?? this.stop(SimulationOutcome.ERROR, `"${a.id}": no ContinueLooping branch`);
        }
        counters[i] = 0;
        return this.equalsBranch(a, 'DoneLooping') ?? this.next(a);
      }
      case 'DistributeByPercentage': {
        if (!this.rng) this.rng = mulberry32(this.scenario.seed ?? 1);
        const draw = Math.floor(this.rng() * 100) + 1;
        this.event('draw', `drew ${draw}`, a.id);
        return this.branch(a, String(draw), `draw ${draw} matches no condition`);
      }
      case 'Wait':
        return this.equalsBranch(a, 'WaitCompleted') ?? this.next(a);
      case 'UpdateContactRecordingBehavior':
      case 'UpdateFlowLoggingBehavior':
      case 'UpdateContactTextToSpeechVoice':
      case 'UpdateContactRoutingBehavior':
        return this.next(a);
      default:
        this.warn(`action type "${a.type}" is not simulated: continuing with NextAction`, a);
        return this.next(a);
    }
  }

  private menu(a: CAction): number {
    this.play(a.p, a);
    const input = this.nextInput(a);
    if (input === undefined) return this.error(a, 'InputTimeLimitExceeded', 'the caller pressed nothing');
    if (typeof input !== 'string') {
      this.warn('a Lex result was given to a DTMF menu: treated as no key press', a);
      return this.error(a, 'InputTimeLimitExceeded', 'no key press');
    }
    if (input === '') return this.error(a, 'InputTimeLimitExceeded', 'the caller pressed nothing');
    const key = input[0];
    for (const c of a.conds) if (c.op === 'Equals' && c.operand === key) return this.follow(a, c.target, `key ${key}`);
    const t = a.errors.NoMatchingCondition;
    if (t === undefined) return this.stop(SimulationOutcome.ERROR, `"${a.id}": key ${key} matches no condition and there is no NoMatchingCondition branch`);
    return this.follow(a, t, 'NoMatchingCondition');
  }

  private storeInput(a: CAction): number {
    const p = a.p;
    this.play(p, a);
    const input = this.nextInput(a);
    const validation = isObject(p.InputValidation) ? p.InputValidation : {};
    const timeout = () => {
      if (a.errors.InputTimeLimitExceeded !== undefined) return this.error(a, 'InputTimeLimitExceeded', 'no digits entered');
      if (isObject(validation.PhoneNumberValidation)) return this.error(a, 'NoMatchingError', 'no digits entered (timeout)');
      // "Store customer input": without input the contact takes Success and the stored value is "Timeout".
      this.stored = 'Timeout';
      this.event('input', 'no digits: $.StoredCustomerInput is "Timeout"', a.id);
      return this.next(a);
    };
    if (input === undefined) return timeout();
    if (typeof input !== 'string') {
      this.warn('a Lex result was given to a store-input block: treated as a timeout', a);
      return timeout();
    }
    const term = isObject(p.DTMFConfiguration) && typeof p.DTMFConfiguration.InputTerminationSequence === 'string'
      ? p.DTMFConfiguration.InputTerminationSequence : '#';
    const end = input.indexOf(term);
    let digits = end >= 0 ? input.slice(0, end) : input;
    if (digits === '') return timeout();
    if (isObject(validation.PhoneNumberValidation)) {
      const pv = validation.PhoneNumberValidation;
      const e164 = toE164(digits, toStr(pv.NumberFormat), toStr(pv.CountryCode));
      if (e164 === undefined) {
        const type = a.errors.InvalidPhoneNumber !== undefined ? 'InvalidPhoneNumber' : 'NoMatchingError';
        return this.error(a, type, `"${digits}" is not a valid ${pv.NumberFormat} number${pv.CountryCode ? ` for ${pv.CountryCode}` : ''}`);
      }
      digits = e164;
    } else if (isObject(validation.CustomValidation)) {
      const max = Number(validation.CustomValidation.MaximumLength);
      if (Number.isFinite(max) && max > 0 && digits.length > max) digits = digits.slice(0, max);
    }
    this.stored = digits;
    return this.next(a);
  }

  private lexBot(a: CAction): number {
    const p = a.p;
    this.play(p, a);
    const alias = isObject(p.LexV2Bot) ? this.ref(p.LexV2Bot.AliasArn) : (isObject(p.LexBot) ? this.ref(p.LexBot.Name) : undefined);
    if (alias === undefined) {
      return this.error(a, 'NoMatchingError', `the Lex bot ${JSON.stringify(isObject(p.LexV2Bot) ? p.LexV2Bot.AliasArn : p.LexBot?.Name)} is not set`);
    }
    const session: { [k: string]: any } = {};
    for (const [k, v] of Object.entries(isObject(p.LexSessionAttributes) ? p.LexSessionAttributes : {})) session[k] = toStr(this.value(v));
    const input = this.nextInput(a);
    if (input === undefined) {
      this.lex = { Slots: {}, SessionAttributes: session };
      if (a.errors.InputTimeLimitExceeded !== undefined) return this.error(a, 'InputTimeLimitExceeded', 'the caller said nothing');
      return this.noMatch(a, 'the caller said nothing');
    }
    if (!isObject(input) || typeof input.intent !== 'string') {
      this.lex = { Slots: {}, SessionAttributes: session };
      return this.noMatch(a, `${JSON.stringify(input)} is not a Lex result`);
    }
    this.lex = {
      IntentName: input.intent,
      Slots: isObject(input.slots) ? { ...input.slots } : {},
      SessionAttributes: { ...session, ...(isObject(input.sessionAttributes) ? input.sessionAttributes : {}) },
      IntentConfidence: input.confidence !== undefined ? { Score: String(input.confidence) } : undefined,
      SentimentResponse: input.sentiment !== undefined ? { Label: String(input.sentiment) } : undefined,
    };
    return this.equalsBranch(a, input.intent) ?? this.noMatch(a, `intent "${input.intent}" matches no condition`);
  }

  private lambda(a: CAction): number {
    const p = a.p;
    const arn = this.ref(p.LambdaFunctionARN);
    if (arn === undefined) return this.error(a, 'NoMatchingError', `the function ${JSON.stringify(p.LambdaFunctionARN)} is not set`);
    const name = this.engine.display(arn);
    const parameters: { [k: string]: string } = {};
    const attributes = isObject(p.LambdaInvocationAttributes) ? p.LambdaInvocationAttributes : {};
    for (const [k, v] of Object.entries(attributes)) parameters[k] = toStr(this.value(v));
    let response: any = {};
    let failure: string | undefined;
    const scripted = this.scriptedResponse(arn, name);
    if (scripted.found) {
      response = scripted.value;
    } else {
      const stub = this.engine.stubFor(arn);
      if (stub) {
        try {
          response = stub.invoke({ functionArn: arn, functionName: name, parameters, attributes: { ...this.attributes }, actionIdentifier: a.id });
        } catch (e) {
          failure = e instanceof Error ? e.message : String(e);
        }
      }
    }
    if (failure === undefined && isObject(response) && response.$error !== undefined) failure = toStr(response.$error);
    if (failure === undefined && response !== undefined && !isObject(response)) failure = `the response must be an object, got ${JSON.stringify(response)}`;
    const stringMap = !isObject(p.ResponseValidation) || p.ResponseValidation.ResponseType !== 'JSON';
    if (failure === undefined && stringMap && isObject(response)) {
      const nested = Object.keys(response).find((k) => isObject(response[k]) || Array.isArray(response[k]));
      if (nested !== undefined) failure = `STRING_MAP response has a nested value at "${nested}"`;
    }
    if (failure !== undefined) {
      this.lambdaCalls.push({ functionName: name, functionArn: arn, parameters, actionIdentifier: a.id, failure });
      this.event('lambda', `${name}(${JSON.stringify(parameters)}) failed: ${failure}`, a.id);
      return this.error(a, 'NoMatchingError', `Lambda ${name} failed: ${failure}`);
    }
    const result: { [k: string]: any } = {};
    for (const [k, v] of Object.entries(response ?? {})) result[k] = stringMap ? toStr(v) : v;
    if (p.InvocationType !== 'ASYNCHRONOUS') this.external = result;
    this.lambdaCalls.push({ functionName: name, functionArn: arn, parameters, actionIdentifier: a.id, response: result });
    this.event('lambda', `${name}(${JSON.stringify(parameters)}) → ${JSON.stringify(result)}`, a.id);
    return this.next(a);
  }

  private scriptedResponse(arn: string, name: string): { found: boolean; value?: any } {
    const lambdas = this.scenario.lambdas;
    if (!lambdas) return { found: false };
    let key: string | undefined;
    for (const k of Object.keys(lambdas)) if (k === name || k === arn) key = k;
    if (key === undefined) for (const k of Object.keys(lambdas)) if (matchesKey(arn, k, name)) key = key ?? k;
    if (key === undefined) return { found: false };
    const list = lambdas[key];
    if (!Array.isArray(list) || list.length === 0) return { found: true, value: {} };
    const n = this.lambdaCounts.get(key) ?? 0;
    this.lambdaCounts.set(key, n + 1);
    return { found: true, value: list[Math.min(n, list.length - 1)] };
  }

  private hours(a: CAction): number {
    const p = a.p;
    let hoursArn: string | undefined;
    if (p.HoursOfOperationId !== undefined) {
      hoursArn = this.ref(p.HoursOfOperationId);
      if (hoursArn === undefined) return this.error(a, 'NoMatchingError', `HoursOfOperationId ${JSON.stringify(p.HoursOfOperationId)} is not set`);
    } else if (this.queue !== undefined) {
      hoursArn = this.engine.hoursOfQueue(this.queue) ?? this.queue;
    } else {
      return this.error(a, 'NoMatchingError', this.agent !== undefined ? 'an agent queue has no hours of operation' : 'no working queue and no HoursOfOperationId');
    }
    const spec = this.scenario.hours ?? 'open';
    let state: string | undefined;
    if (typeof spec === 'string') {
      state = spec;
    } else if (isObject(spec)) {
      const id = this.engine.display(hoursArn);
      const name = this.engine.nameOf(hoursArn);
      const key = Object.keys(spec).find((k) => k === id || k === name || k === hoursArn)
        ?? Object.keys(spec).find((k) => k !== 'default' && hoursArn!.includes(k));
      state = key !== undefined ? spec[key] : spec.default;
      if (state === undefined) {
        this.warn(`hours ${id} are not in the scenario: assumed open`, a);
        state = 'open';
      }
    }
    const open = String(state).toLowerCase() === 'open';
    this.event('hours', `${this.engine.display(hoursArn)}: ${open ? 'open' : 'closed'}`, a.id);
    return this.equalsBranch(a, open ? 'True' : 'False') ?? this.noMatch(a, `no condition for ${open ? 'True' : 'False'}`);
  }

  private transferToQueue(a: CAction): number {
    if (this.queue === undefined && this.agent === undefined) return this.error(a, 'NoMatchingError', 'no working queue is set');
    const target = this.engine.display(this.queue ?? this.agent!);
    if (this.scenario.queueAtCapacity) return this.error(a, 'QueueAtCapacity', `${target} is at capacity`);
    this.event('transfer', `transferred to queue ${target}`, a.id);
    return this.stop(SimulationOutcome.TRANSFERRED_TO_QUEUE, `transferred to ${this.queue !== undefined ? 'queue' : 'agent'} ${target} at "${a.id}"`);
  }

  private createCallback(a: CAction): number {
    const p = a.p;
    let queue: string | undefined;
    let agent: string | undefined;
    if (p.QueueId !== undefined) {queue = this.ref(p.QueueId);} else if (p.AgentId !== undefined) {agent = this.ref(p.AgentId);} else {
      queue = this.queue;
      agent = this.agent;
    }
    if (queue === undefined && agent === undefined) return this.error(a, 'NoMatchingError', 'no queue for the callback');
    const number = this.callbackNumber ?? this.contact.customerNumber ?? '+15555550100';
    const num = (v: unknown) => {
      const n = Number(this.value(v));
      return v === undefined || !Number.isFinite(n) ? undefined : n;
    };
    this.callback = {
      number,
      queue: queue === undefined ? undefined : this.engine.display(queue),
      agent: agent === undefined ? undefined : this.engine.display(agent),
      initialCallDelaySeconds: num(p.InitialCallDelaySeconds),
      maximumConnectionAttempts: num(p.MaximumConnectionAttempts),
      retryDelaySeconds: num(p.RetryDelaySeconds),
      actionIdentifier: a.id,
    };
    this.event('callback', `callback to ${number} in ${this.callback.queue ?? this.callback.agent}`, a.id);
    return this.next(a);
  }

  private transferToFlow(a: CAction): number {
    const id = this.ref(a.p.ContactFlowId);
    if (id === undefined) return this.error(a, 'NoMatchingError', `ContactFlowId ${JSON.stringify(a.p.ContactFlowId)} is not set`);
    const target = this.engine.findFlow(id);
    if (target !== undefined && (target.module || (target.type !== undefined && !TRANSFER_TARGET_TYPES.includes(target.type)))) {
      // Transfer to flow: the Error branch when the flow is not an inbound or transfer flow.
      return this.error(a, 'NoMatchingError', `"${target.name}" is ${target.module ? 'a flow module' : `a ${target.type} flow`}: only inbound and transfer flows can be transferred to`);
    }
    if (target === undefined) {
      this.transferredTo = this.engine.display(id);
      this.event('transfer', `transferred to flow ${this.transferredTo}`, a.id);
      return this.stop(SimulationOutcome.TRANSFERRED_TO_FLOW, `transferred to flow ${this.transferredTo} (not part of what is simulated) at "${a.id}"`);
    }
    this.flowAttributes = {};
    return this.enter(target);
  }

  private thirdParty(a: CAction): number {
    const p = a.p;
    const number = this.ref(p.ThirdPartyPhoneNumber);
    if (number === undefined || !E164.test(number)) return this.error(a, 'CallFailed', `${JSON.stringify(number ?? '')} is not an E.164 number`);
    const result = this.scenario.thirdPartyResult ?? 'connected';
    if (result === 'failed') return this.error(a, 'CallFailed', `the call to ${number} failed`);
    if (result === 'timeout') return this.error(a, 'ConnectionTimeLimitExceeded', `${number} did not answer`);
    this.event('transfer', `transferred to ${number}`, a.id);
    if (isTrue(p.ContinueFlowExecution) && a.next !== NONE) {
      this.transferredTo = number;
      return this.next(a);
    }
    this.transferredTo = number;
    return this.stop(SimulationOutcome.TRANSFERRED_TO_PHONE_NUMBER, `transferred to ${number} at "${a.id}"`);
  }
}

function topLevel(m: { [k: string]: any }): { [k: string]: number } {
  const out: { [k: string]: number } = {};
  for (const [k, v] of Object.entries(m)) if (typeof v === 'number' || typeof v === 'string') out[k] = Number(v);
  return out;
}

function walk(root: any, segs: string[], from: number): any {
  let v = root;
  for (let i = from; i < segs.length; i++) {
    if (v === undefined || v === null || typeof v !== 'object') return undefined;
    v = v[segs[i]];
  }
  return v;
}
