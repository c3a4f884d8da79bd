/**
 * The simulator's engine: flows are compiled once into arrays of actions with their branch
 * targets resolved to indexes and their handler looked up in the registry (`handlers.ts`); each
 * simulated call then only walks those arrays. The contact's state (`ContactState`) is kept apart
 * from what is recorded about the call (`Transcript`).
 */
import { NEXT_BRANCH, conditionBranch, errorBranch } from './branches';
import { DANGLING, NONE, STOP, matchesKey, toStr } from './engine-values';
import { HoursConfig } from './hours';
import { ScenarioContext } from './scenario';
import { ContactState } from './state';
import { FAKE_ACCOUNT, FAKE_REGION, TemplateIndex } from './template';
import {
  ILambdaStub, QueueMetrics, ScenarioInput, SimulatedAction, SimulatedLambdaCall, SimulatedStep, SimulationEvent, SimulationEventKind,
  SimulationOutcome, SimulationResult, SimulationScenario,
} from './types';
import { ActionSpec } from '../flows/language/action-spec';
import { specOf } from '../flows/language/actions';
import { ContactFlowType } from '../flows/language/flow-types';
import { compare } from '../flows/language/operators';
import { isJsonPath, isLegacyExport, isObject } from '../flows/language/values';

/** A flow to compile. */
export interface EngineFlow {
  readonly name: string;
  readonly logicalId?: string;
  readonly arn?: string;
  readonly type?: ContactFlowType;
  readonly module: boolean;
  readonly document: any;
  /** Why the document could not be read. */
  readonly problem?: string;
}


export interface CCondition {
  readonly op: string;
  readonly operand: string;
  readonly num: number;
  readonly target: number;
}

/** Runs one action; returns the index of the next action, or a negative number to stop. */
export type Handler = (run: Run, a: CAction) => number;

/**
 * The handler of an action type (`handlerOf` of handlers.ts), given to the engine so that the loop
 * does not import the handlers, which drive it.
 */
export type HandlerOf = (spec: ActionSpec | undefined) => Handler;

export interface CAction {
  readonly idx: number;
  readonly id: string;
  readonly type: string;
  /** The description of the type; undefined for a type the language does not know. */
  readonly spec?: ActionSpec;
  readonly handler: Handler;
  readonly p: { [k: string]: any };
  readonly next: number;
  readonly errors: { [type: string]: number };
  readonly conds: CCondition[];
}

export interface CFlow {
  readonly index: number;
  readonly name: string;
  readonly logicalId?: string;
  readonly arn?: string;
  readonly type?: ContactFlowType;
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
const INTERPOLATE = /\$\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*/g;

/** Compiled flows plus what is needed to resolve references; shared by all calls. */
export class Engine {
  public readonly flows: CFlow[] = [];
  private readonly paths = new Map<string, string[]>();
  private readonly templates = new Map<string, Part[]>();
  private readonly stubs: Array<{ key: string; stub: ILambdaStub }> = [];
  private context: ScenarioContext | undefined;
  public readonly logicalIds: Map<string, string>;
  public readonly names: Map<string, string>;
  private readonly queueHours: Map<string, string>;
  private readonly hoursConfigs: Map<string, HoursConfig>;


  constructor(flows: EngineFlow[], handlerOf: HandlerOf, index?: TemplateIndex) {
    this.logicalIds = index?.logicalIds ?? new Map();
    this.names = index?.names ?? new Map();
    this.queueHours = index?.queueHours ?? new Map();
    this.hoursConfigs = index?.hours ?? new Map();
    flows.forEach((f, i) => this.flows.push(compile(f, i, handlerOf)));
  }

  public addStub(key: string, stub: ILambdaStub): void {
    this.stubs.push({ key, stub });
    this.context = undefined;
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

  /**
   * What a scenario's `lambdas` keys are checked against: the functions the flows invoke (the
   * flows do not change) and the stubs (made again when one is added).
   */
  public scenarioContext(): ScenarioContext {
    if (this.context === undefined) this.context = this.makeScenarioContext();
    return this.context;
  }

  private makeScenarioContext(): ScenarioContext {
    const functions: Array<{ arn: string; logicalId?: string }> = [];
    let dynamicFunctions = false;
    for (const f of this.flows) {
      for (const a of f.actions) {
        const arn = a.p.LambdaFunctionARN;
        if (a.type !== 'InvokeLambdaFunction' || typeof arn !== 'string') continue;
        if (arn.includes('$.')) dynamicFunctions = true;
        else if (!functions.some((x) => x.arn === arn)) functions.push({ arn, logicalId: this.logicalIds.get(arn) });
      }
    }
    return { functions, dynamicFunctions, stubKeys: this.stubs.map((x) => x.key), checkedKeys: new Map(), hours: this.knownHours() };
  }

  /**
   * The hours of operation a flow can check: the template's, its queues' and those the flows
   * name (a queue without known hours stands for its own; without a template, every queue does).
   * Undefined when a flow picks hours or queues at run time.
   */
  private knownHours(): Array<{ arn: string; logicalId?: string; name?: string }> | undefined {
    const arns = new Set<string>(this.queueHours.values());
    for (const [arn, id] of this.logicalIds) if (this.hoursConfigs.has(id) && arn.includes(':')) arns.add(arn);
    for (const f of this.flows) {
      for (const a of f.actions) {
        for (const key of ['HoursOfOperationId', 'QueueId']) {
          const v = a.p[key];
          if (typeof v !== 'string') continue;
          if (v.includes('$.')) return undefined;
          // A queue whose hours are known stands for them; one whose hours are not, for itself.
          const queue = key === 'QueueId' ? this.logicalIds.get(v) : undefined;
          if (queue === undefined || !this.queueHours.has(queue)) arns.add(v);
        }
      }
    }
    return [...arns].map((arn) => {
      const logicalId = this.logicalIds.get(arn);
      return { arn, logicalId, name: logicalId === undefined ? undefined : this.names.get(logicalId) };
    });
  }

  /** The schedule of hours of operation of the template, by ARN or logical ID. */
  public hoursConfig(hours: string): HoursConfig | undefined {
    return this.hoursConfigs.get(this.logicalIds.get(hours) ?? hours);
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


function compile(f: EngineFlow, index: number, handlerOf: HandlerOf): CFlow {
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
    const type = typeof a?.Type === 'string' ? a.Type : '';
    const spec = specOf(type);
    return {
      idx: i,
      id: typeof a?.Identifier === 'string' ? a.Identifier : `#${i}`,
      type,
      spec,
      handler: handlerOf(spec),
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

interface Frame {
  readonly flow: CFlow;
  readonly action: CAction;
}

/** What is recorded about a call, apart from the contact's state. */
export class Transcript {
  public readonly prompts: string[] = [];
  public readonly path: string[] = [];
  public readonly flows: string[] = [];
  public readonly warnings: string[] = [];
  public readonly events: SimulationEvent[] = [];
  public readonly lambdaCalls: SimulatedLambdaCall[] = [];
  public readonly actions: SimulatedAction[] = [];
  /** Each step with its flow; `branch` is filled when the action leaves through one. */
  public readonly trace: Array<{ flow: string; actionIdentifier: string; branch?: string }> = [];

  public event(kind: SimulationEventKind, text: string, actionIdentifier?: string): void {
    this.events.push(actionIdentifier === undefined ? { kind, text } : { kind, text, actionIdentifier });
  }
}

/** One simulated call: the engine loop and what handlers use. */
export class Run {
  public flow: CFlow;
  public readonly state: ContactState;
  public readonly transcript = new Transcript();
  public readonly contact: NonNullable<SimulationScenario['contact']>;
  public readonly frames: Frame[] = [];
  public transferredTo: string | undefined;
  private readonly responseCounts = new Map<string, number>();
  private inputIndex = 0;
  private rngFn: (() => number) | undefined;
  private outcome: SimulationOutcome = SimulationOutcome.ERROR;
  private detail = '';

  constructor(public readonly engine: Engine, public readonly scenario: SimulationScenario) {
    this.flow = engine.startFlow(scenario.flow);
    this.contact = scenario.contact ?? {};
    this.state = new ContactState({ ...(this.contact.attributes ?? {}) }, this.contact.languageCode ?? 'en-US');
    if (this.contact.queue !== undefined) this.state.queue = this.lookupArn(this.contact.queue);
  }

  public execute(): SimulationResult {
    const maxSteps = this.scenario.maxSteps ?? 500;
    const path = this.transcript.path;
    let steps = 0;
    let i = this.enter(this.flow);
    while (i >= 0) {
      if (steps >= maxSteps) {
        this.stop(SimulationOutcome.STEP_LIMIT, `stopped after ${maxSteps} steps`);
        break;
      }
      steps++;
      const a = this.flow.actions[i];
      path.push(a.id);
      this.transcript.trace.push({ flow: this.flow.name, actionIdentifier: a.id });
      i = a.handler(this, a);
    }
    const state = this.state;
    if (state.callback && this.outcome !== SimulationOutcome.CALLBACK_CREATED) {
      this.detail = `callback created at "${state.callback.actionIdentifier}"; then ${this.outcome}: ${this.detail}`;
      this.outcome = SimulationOutcome.CALLBACK_CREATED;
    }
    const t = this.transcript;
    return {
      outcome: this.outcome,
      detail: this.detail,
      queue: state.queue === undefined ? undefined : this.engine.display(state.queue),
      agent: state.agent === undefined ? undefined : this.engine.display(state.agent),
      callback: state.callback,
      transferredTo: this.transferredTo,
      prompts: t.prompts,
      attributes: state.attributes,
      eventHooks: state.hooks,
      contactTags: state.tags,
      recordedActions: t.actions,
      mediaStreaming: state.mediaStreaming,
      lambdaCalls: t.lambdaCalls,
      path: t.path,
      trace: t.trace as SimulatedStep[],
      flows: t.flows,
      warnings: t.warnings,
      events: t.events,
      steps,
    };
  }

  /** Start running `flow`; returns the index of its first action (or STOP). */
  public enter(flow: CFlow): number {
    this.flow = flow;
    this.transcript.flows.push(flow.name);
    if (this.transcript.flows.length > 1) this.event(SimulationEventKind.FLOW, `entered flow "${flow.name}"`);
    if (flow.problem) return this.stop(SimulationOutcome.ERROR, `flow "${flow.name}": ${flow.problem}`);
    return flow.start;
  }

  // ---- branches

  public stop(outcome: SimulationOutcome, detail: string): number {
    this.outcome = outcome;
    this.detail = detail;
    return STOP;
  }

  /**
   * Take a declared branch of `a`: `cond` for a condition, else `what` is NextAction or the error
   * type. The branch is recorded (for coverage) whether or not its target exists.
   */
  public follow(a: CAction, target: number, what: string, cond?: CCondition): number {
    if (target !== NONE) {
      // The step of `a`: the last one, or for a module's caller the step that invoked it.
      const trace = this.transcript.trace;
      let s = trace.length - 1;
      while (s >= 0 && !(trace[s].actionIdentifier === a.id && trace[s].flow === this.flow.name && trace[s].branch === undefined)) s--;
      if (s >= 0) trace[s].branch = cond !== undefined ? conditionBranch(a, cond) : (what === NEXT_BRANCH ? NEXT_BRANCH : errorBranch(what));
    }
    if (target >= 0) return target;
    if (target === DANGLING) return this.stop(SimulationOutcome.ERROR, `"${a.id}": the ${what} branch points to an action that does not exist`);
    return this.stop(SimulationOutcome.ERROR, `"${a.id}" (${a.type}): no ${what} branch`);
  }

  public next(a: CAction): number {
    if (a.next === NONE) return this.stop(SimulationOutcome.ERROR, `dead end: "${a.id}" (${a.type}) has no NextAction`);
    return this.follow(a, a.next, 'NextAction');
  }

  public error(a: CAction, type: string, reason: string): number {
    this.event(SimulationEventKind.ERROR, `${type}: ${reason}`, a.id);
    const t = a.errors[type];
    if (t === undefined) return this.stop(SimulationOutcome.ERROR, `"${a.id}" (${a.type}) raised ${type} (${reason}) and has no ${type} branch`);
    return this.follow(a, t, type);
  }

  /** No condition matched: NoMatchingCondition, else NextAction. */
  public noMatch(a: CAction, reason: string): number {
    const t = a.errors.NoMatchingCondition;
    if (t !== undefined) return this.follow(a, t, 'NoMatchingCondition');
    if (a.next !== NONE) return this.follow(a, a.next, 'NextAction');
    return this.stop(SimulationOutcome.ERROR, `"${a.id}" (${a.type}): ${reason}, and there is no NoMatchingCondition branch`);
  }

  public branch(a: CAction, value: unknown, reason: string): number {
    for (const c of a.conds) if (compare(c.op, value, c.operand, c.num)) return this.follow(a, c.target, `condition ${c.op} "${c.operand}"`, c);
    return this.noMatch(a, reason);
  }

  public equalsBranch(a: CAction, value: string): number | undefined {
    for (const c of a.conds) if (c.op === 'Equals' && c.operand === value) return this.follow(a, c.target, `condition "${value}"`, c);
    return undefined;
  }

  // ---- transcript

  public event(kind: SimulationEventKind, text: string, actionIdentifier?: string): void {
    this.transcript.event(kind, text, actionIdentifier);
  }

  public warn(text: string, a?: CAction): void {
    const w = a ? `"${a.id}" (${a.type}): ${text}` : text;
    this.transcript.warnings.push(w);
    this.event(SimulationEventKind.WARNING, w, a?.id);
  }

  public play(holder: { [k: string]: any }, a: CAction): void {
    let text: string | undefined;
    if (holder.Text !== undefined) text = this.interpolate(toStr(holder.Text));
    else if (holder.SSML !== undefined) text = this.interpolate(toStr(holder.SSML));
    else if (holder.PromptId !== undefined) text = `prompt:${this.engine.display(toStr(this.value(holder.PromptId)))}`;
    else if (isObject(holder.Media)) text = `media:${toStr(this.value(holder.Media.Uri))}`;
    if (text === undefined) return;
    this.transcript.prompts.push(text);
    this.event(SimulationEventKind.PROMPT, text, a.id);
  }

  // ---- values

  private resolveSegs(segs: string[]): any {
    const [root, k1, k2] = segs;
    const state = this.state;
    switch (root) {
      case 'Attributes': return state.attributes[k1];
      case 'FlowAttributes': return state.flowAttributes[k1];
      case 'External': return walk(state.external, segs, 1);
      case 'StoredCustomerInput': return state.stored;
      case 'Lex': return walk(state.lex, segs, 1);
      case 'Metrics': return walk(state.metricsData, segs, 1);
      case 'Tags': return state.tags[k1];
      case 'Modules': return walk(state.modules, segs, 1);
      case 'Queue':
        if (state.queue === undefined) return undefined;
        if (k1 === 'ARN') return state.queue;
        if (k1 === 'Name') return this.engine.nameOf(state.queue);
        return undefined;
      case 'Agent': return k1 === 'ARN' ? state.agent : undefined;
      case 'CustomerEndpoint':
        return k1 === 'Address' ? (this.contact.customerNumber ?? '+15555550100') : (k1 === 'Type' ? 'TELEPHONE_NUMBER' : undefined);
      case 'SystemEndpoint':
        return k1 === 'Address' ? (this.contact.systemNumber ?? '+15555550199') : (k1 === 'Type' ? 'TELEPHONE_NUMBER' : undefined);
      case 'Channel': return this.contact.channel ?? 'VOICE';
      case 'ContactId': case 'InitialContactId': return this.contact.contactId ?? 'contact-0001';
      case 'AwsRegion': return FAKE_REGION;
      case 'InstanceARN': return `arn:aws:connect:${FAKE_REGION}:${FAKE_ACCOUNT}:instance/instance`;
      case 'LanguageCode': return state.language;
      default:
        if (k2 === undefined) return this.contact.systemAttributes?.[k1 === undefined ? root : `${root}.${k1}`];
        return undefined;
    }
  }

  /** A parameter value: a whole JSONPath is resolved (undefined when unset), else interpolated. */
  public value(v: unknown): any {
    if (typeof v !== 'string') return v;
    if (v.indexOf('$.') < 0) return v;
    if (isJsonPath(v)) return this.resolveSegs(this.engine.compiledPath(v));
    return this.interpolate(v);
  }

  public interpolate(text: string): string {
    if (text.indexOf('$.') < 0) return text;
    const parts = this.engine.template(text);
    let out = '';
    for (const p of parts) out += typeof p === 'string' ? p : toStr(this.resolveSegs(p));
    return out;
  }

  /** A resource reference: the value resolved, or undefined when a JSONPath is unset. */
  public ref(v: unknown): string | undefined {
    const r = this.value(v);
    return r === undefined || r === null || r === '' ? undefined : toStr(r);
  }

  public lookupArn(key: string): string {
    const { logicalIds, names } = this.engine;
    let id = logicalIds.get(key) !== undefined ? undefined : key;
    for (const [lid, name] of names) if (name === key) id = lid;
    for (const [arn, lid] of logicalIds) if (lid === id && arn.startsWith('arn:')) return arn;
    return key;
  }

  // ---- the scenario

  /** The next scripted input of the caller, or undefined on silence. */
  public nextInput(a: CAction): ScenarioInput | undefined {
    const inputs = this.scenario.inputs;
    if (!inputs || this.inputIndex >= inputs.length) {
      this.event(SimulationEventKind.TIMEOUT, 'no input (timeout)', a.id);
      return undefined;
    }
    const input = inputs[this.inputIndex++];
    if (input.timeout) {
      this.event(SimulationEventKind.TIMEOUT, 'silence (timeout)', a.id);
      return undefined;
    }
    this.event(SimulationEventKind.INPUT, input.digits !== undefined ? `keys "${input.digits}"` : `Lex: ${JSON.stringify(input)}`, a.id);
    return input;
  }

  /**
   * The next scripted response among `responses` (Lambda responses, action results) under the
   * first key that matches; the last one repeats.
   */
  public scripted(
    ns: string, responses: { [key: string]: any[] } | undefined, keys: string[], match?: (key: string) => boolean,
  ): { found: boolean; value?: any } {
    if (!responses) return { found: false };
    let key: string | undefined;
    for (const k of keys) if (key === undefined && Object.prototype.hasOwnProperty.call(responses, k)) key = k;
    if (key === undefined && match) for (const k of Object.keys(responses)) if (key === undefined && match(k)) key = k;
    if (key === undefined) return { found: false };
    const list = responses[key];
    if (!Array.isArray(list) || list.length === 0) return { found: true, value: undefined };
    const counter = `${ns}:${key}`;
    const n = this.responseCounts.get(counter) ?? 0;
    this.responseCounts.set(counter, n + 1);
    return { found: true, value: list[Math.min(n, list.length - 1)] };
  }

  public rng(): number {
    if (!this.rngFn) this.rngFn = mulberry32(this.scenario.seed ?? 1);
    return this.rngFn();
  }

  /** The queue (or agent) whose metrics CheckMetricData/GetMetricData read: the parameters', else the working one. */
  public metricsTarget(p: { [k: string]: any }): string | undefined {
    if (p.QueueId !== undefined) return this.ref(p.QueueId);
    if (p.AgentId !== undefined) return this.ref(p.AgentId);
    return this.state.queue ?? this.state.agent;
  }

  /** The metrics of a queue (or agent) by the names flows use: the queue's, else the scenario's, else the defaults. */
  public metricsFor(queue: string): { [k: string]: number } {
    const out: { [k: string]: number } = { ...DEFAULT_METRICS };
    addMetrics(out, this.scenario.metrics);
    const byQueue = this.scenario.metricsByQueue;
    if (byQueue !== undefined) {
      const name = this.engine.nameOf(queue);
      const id = this.engine.display(queue);
      const key = Object.keys(byQueue).find((k) => k === id || k === name || queue.includes(k));
      if (key !== undefined) addMetrics(out, byQueue[key]);
    }
    return out;
  }
}

/** The metric names flows use, by QueueMetrics key. */
const METRIC_NAMES = new Map([
  ['numberOfAgentsAvailable', 'NumberOfAgentsAvailable'],
  ['numberOfAgentsStaffed', 'NumberOfAgentsStaffed'],
  ['numberOfAgentsOnline', 'NumberOfAgentsOnline'],
  ['numberOfContactsInQueue', 'NumberOfContactsInQueue'],
  ['oldestContactInQueueAgeSeconds', 'OldestContactInQueueAgeSeconds'],
]);

/** Adds QueueMetrics to `out` by the metric names flows use (`NumberOfAgentsAvailable`). */
function addMetrics(out: { [k: string]: number }, m: QueueMetrics | undefined): void {
  if (m === undefined) return;
  for (const [k, v] of Object.entries(m)) if (typeof v === 'number') out[METRIC_NAMES.get(k) ?? k[0].toUpperCase() + k.slice(1)] = v;
}

function walk(root: any, segs: string[], from: number): any {
  let v = root;
  for (let i = from; i < segs.length; i++) {
    if (v === undefined || v === null || typeof v !== 'object') return undefined;
    v = v[segs[i]];
  }
  return v;
}
