/**
 * Strict reading of a scenario: every key is known, every enumerated value is allowed, and every
 * Lambda key names a function of the simulated flows. A typo in a CI scenario then fails loudly
 * instead of running as silence or "closed". Not part of the public API.
 */
import { matchesKey } from './engine-values';
import {
  HoursState, LexSentiment, QueueMetrics, ScenarioExpectation, ScenarioInput, ScenarioLambdaResult, SimulationOutcome, SimulationResult,
  SimulationScenario,
} from './types';

const TOP_KEYS = [
  'description', 'flow', 'contact', 'inputs', 'lambdas', 'hours', 'hoursByName', 'time', 'metrics', 'metricsByQueue', 'maxSteps', 'seed',
  'queueAtCapacity', 'thirdPartyResult', 'undialablePrefixes', 'actionResults', 'expect',
];
const CONTACT_KEYS = ['customerNumber', 'systemNumber', 'channel', 'attributes', 'queue', 'systemAttributes', 'contactId', 'languageCode'];
const INPUT_KEYS = ['digits', 'intent', 'slots', 'sessionAttributes', 'confidence', 'sentiment', 'timeout'];
const LEX_ONLY = ['slots', 'sessionAttributes', 'confidence', 'sentiment'];
const LAMBDA_KEYS = ['response', 'error'];
/** QueueMetrics keys, and the metric names flows use (the JSON shorthand). */
const METRICS: { [key: string]: string } = {
  numberOfAgentsAvailable: 'NumberOfAgentsAvailable',
  numberOfAgentsStaffed: 'NumberOfAgentsStaffed',
  numberOfAgentsOnline: 'NumberOfAgentsOnline',
  numberOfContactsInQueue: 'NumberOfContactsInQueue',
  oldestContactInQueueAgeSeconds: 'OldestContactInQueueAgeSeconds',
};
const EXPECT_KEYS = ['outcome', 'queue', 'agent', 'transferredTo', 'attributes', 'prompts', 'callbackNumber', 'lambdaCalls', 'contactTags'];
const CHANNELS = ['VOICE', 'CHAT', 'TASK'];
const THIRD_PARTY = ['connected', 'failed', 'timeout'];
const HOURS: readonly string[] = Object.values(HoursState);
const SENTIMENTS: readonly string[] = Object.values(LexSentiment);
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Which form a scenario is written in. `json` (a scenario file, the CLI) also takes the
 * shorthands: keys as a string or number, a Lambda response as the object itself or
 * `{ "$error": … }`, `hours` as a map, metric names as flows write them and per-queue metrics
 * inside `metrics`. `code` (a `SimulationScenario` struct) takes the typed form only.
 */
export type ScenarioForm = 'json' | 'code';

/** What the simulated flows offer, to check the scenario against. */
export interface ScenarioContext {
  /** ARNs (resolved) of the functions the flows invoke, with their logical IDs when known. */
  readonly functions: ReadonlyArray<{ readonly arn: string; readonly logicalId?: string }>;
  /** Whether some flow invokes a function whose ARN is only known at run time (then keys are not checked). */
  readonly dynamicFunctions: boolean;
  /** Keys of Lambda stubs added in code (`addLambdaStub`). */
  readonly stubKeys: readonly string[];
}

/** A scenario read: the typed form the engine runs, or the problems that stop it. */
export interface ReadScenario {
  /** The scenario in the typed form (shorthands replaced); meaningful only without problems. */
  readonly scenario: SimulationScenario;
  /** Each problem names the key (as a JSON path) and what is allowed; empty when the scenario is fine. */
  readonly problems: string[];
}

function isObj(v: unknown): v is { [k: string]: any } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Reads a scenario strictly and returns it in the typed form: every key is known, every
 * enumerated value is allowed, each input is one kind, and (with `ctx`) every Lambda key names a
 * function of the simulated flows. The only way scenarios reach the engine.
 */
export function readScenario(raw: unknown, form: ScenarioForm, ctx?: ScenarioContext): ReadScenario {
  const out: string[] = [];
  if (!isObj(raw)) return { scenario: {}, problems: [form === 'json' ? 'the scenario must be a JSON object' : 'the scenario must be an object'] };
  const json = form === 'json';
  const keys = (obj: { [k: string]: any }, at: string, allowed: readonly string[]) => {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) out.push(`${at}: unknown key "${k}"; allowed: ${allowed.join(', ')}`);
    }
  };
  const oneOf = (v: unknown, at: string, allowed: readonly string[]) => {
    if (typeof v !== 'string' || !allowed.includes(v)) out.push(`${at}: ${JSON.stringify(v)} is not allowed; allowed: ${allowed.join(', ')}`);
  };
  const stringMap = (v: unknown, at: string) => {
    if (!isObj(v)) out.push(`${at}: must be an object of strings`);
    else for (const [k, x] of Object.entries(v)) if (typeof x !== 'string') out.push(`${at}.${k}: must be a string, got ${JSON.stringify(x)}`);
  };
  keys(raw, 'scenario', TOP_KEYS);
  const s = raw;
  const typed: { [k: string]: any } = { ...s };
  if (s.flow !== undefined && typeof s.flow !== 'string') out.push('scenario.flow: must be a string (a flow Name or logical ID)');
  if (s.description !== undefined && typeof s.description !== 'string') out.push('scenario.description: must be a string');
  if (s.contact !== undefined) {
    if (!isObj(s.contact)) {
      out.push('scenario.contact: must be an object');
    } else {
      keys(s.contact, 'scenario.contact', CONTACT_KEYS);
      if (s.contact.channel !== undefined) oneOf(s.contact.channel, 'scenario.contact.channel', CHANNELS);
      if (s.contact.attributes !== undefined) stringMap(s.contact.attributes, 'scenario.contact.attributes');
      if (s.contact.systemAttributes !== undefined) stringMap(s.contact.systemAttributes, 'scenario.contact.systemAttributes');
    }
  }
  if (s.inputs !== undefined) {
    const kinds = json
      ? 'keys ("1" or { "digits": "1" }), a Lex result ({ "intent": … }) or { "timeout": true }'
      : 'ScenarioInput objects: { digits: "1" }, { intent: … } or { timeout: true }';
    if (!Array.isArray(s.inputs)) {
      out.push(`scenario.inputs: must be an array of ${kinds}`);
    } else {
      typed.inputs = s.inputs.map((input: unknown, i: number) => readInput(input, `scenario.inputs[${i}]`));
    }
  }
  function readInput(input: unknown, at: string): ScenarioInput {
    if (json && typeof input === 'string') return { digits: input };
    if (json && isNum(input)) return { digits: String(input) };
    if (!isObj(input)) {
      out.push(`${at}: must be ${json ? 'keys ("1"), a Lex result ({ "intent": … }) or { "timeout": true }' : 'a ScenarioInput ({ digits: "1" }, { intent: … } or { timeout: true })'}, got ${JSON.stringify(input)}`);
      return {};
    }
    keys(input, at, INPUT_KEYS);
    const given = ['digits', 'intent', 'timeout'].filter((k) => (k === 'timeout' ? input.timeout === true : input[k] !== undefined));
    if (given.length !== 1) {
      out.push(`${at}: give exactly one of digits, intent or timeout: true${given.length > 1 ? `, not ${given.join(' and ')}` : ''}`);
    }
    if (input.digits !== undefined && typeof input.digits !== 'string') out.push(`${at}.digits: must be a string of keys, got ${JSON.stringify(input.digits)}`);
    if (input.intent !== undefined && typeof input.intent !== 'string') out.push(`${at}.intent: must be a string`);
    if (input.timeout !== undefined && typeof input.timeout !== 'boolean') out.push(`${at}.timeout: must be true or false`);
    if (input.intent === undefined) {
      for (const k of LEX_ONLY) if (input[k] !== undefined) out.push(`${at}.${k}: only a Lex result (with "intent") has ${k}`);
    }
    if (input.slots !== undefined) stringMap(input.slots, `${at}.slots`);
    if (input.sessionAttributes !== undefined) stringMap(input.sessionAttributes, `${at}.sessionAttributes`);
    if (input.confidence !== undefined && !(isNum(input.confidence) && input.confidence >= 0 && input.confidence <= 1)) {
      out.push(`${at}.confidence: must be a number from 0 to 1, got ${JSON.stringify(input.confidence)}`);
    }
    if (input.sentiment !== undefined) oneOf(input.sentiment, `${at}.sentiment`, SENTIMENTS);
    return input as ScenarioInput;
  }
  if (s.lambdas !== undefined) {
    if (!isObj(s.lambdas)) {
      out.push(`scenario.lambdas: must be an object of ${json ? 'response lists' : 'ScenarioLambdaResult lists'} by function name, logical ID or ARN`);
    } else {
      const lambdas: { [k: string]: ScenarioLambdaResult[] } = {};
      for (const [k, v] of Object.entries(s.lambdas)) {
        if (!Array.isArray(v)) {
          out.push(`scenario.lambdas.${k}: must be an array of ${json ? 'responses' : 'ScenarioLambdaResult ({ response: … } or { error: … })'}`);
          continue;
        }
        lambdas[k] = v.map((r: unknown, i: number) => readLambdaResult(r, `scenario.lambdas.${k}[${i}]`));
      }
      typed.lambdas = lambdas;
      if (ctx !== undefined && !ctx.dynamicFunctions) {
        const known = ctx.functions.map((f) => f.logicalId ?? f.arn);
        for (const k of Object.keys(s.lambdas)) {
          const matches = ctx.functions.some((f) => matchesKey(f.arn, k, f.logicalId)) || ctx.stubKeys.includes(k);
          if (!matches) {
            out.push(`scenario.lambdas: key "${k}" matches no function of the flows; functions: ${known.length > 0 ? known.join(', ') : '(none)'}`);
          }
        }
      }
    }
  }
  function readLambdaResult(r: unknown, at: string): ScenarioLambdaResult {
    if (json) {
      // The JSON form: the response itself, or { "$error": "…" }.
      if (!isObj(r)) {
        out.push(`${at}: a Lambda response must be an object (or { "$error": "…" }), got ${JSON.stringify(r)}`);
        return {};
      }
      if (r.$error === undefined) return { response: r };
      keys(r, at, ['$error']);
      if (typeof r.$error !== 'string') out.push(`${at}.$error: must be a string (why the call fails)`);
      return { error: String(r.$error) };
    }
    if (!isObj(r)) {
      out.push(`${at}: must be a ScenarioLambdaResult ({ response: { … } } or { error: "…" }), got ${JSON.stringify(r)}`);
      return {};
    }
    keys(r, at, LAMBDA_KEYS);
    if (r.response !== undefined && r.error !== undefined) out.push(`${at}: give response or error, not both`);
    if (r.response !== undefined && !isObj(r.response)) out.push(`${at}.response: must be an object, got ${JSON.stringify(r.response)}`);
    if (r.error !== undefined && typeof r.error !== 'string') out.push(`${at}.error: must be a string`);
    return r as ScenarioLambdaResult;
  }
  if (json && isObj(s.hours)) {
    // The JSON shorthand: a map of hours, key "default" for the rest.
    if (s.hoursByName !== undefined) out.push('scenario.hours: a map of hours cannot go with "hoursByName"; put them all in "hoursByName"');
    const { default: rest, ...named } = s.hours;
    if (rest === undefined) delete typed.hours;
    else typed.hours = rest;
    typed.hoursByName = named;
    if (rest !== undefined) oneOf(rest, 'scenario.hours.default', HOURS);
    for (const [k, v] of Object.entries(named)) oneOf(v, `scenario.hours.${k}`, HOURS);
  } else {
    if (s.hours !== undefined) {
      if (typeof s.hours === 'string') oneOf(s.hours, 'scenario.hours', HOURS);
      else out.push(`scenario.hours: must be ${HOURS.map((h) => JSON.stringify(h)).join(' or ')}${json ? ', or an object of those by hours name, logical ID or ARN (key "default" for the rest)' : ' (HoursState)'}`);
    }
    if (s.hoursByName !== undefined) {
      if (!isObj(s.hoursByName)) out.push('scenario.hoursByName: must be an object of HoursState by hours name, logical ID or ARN fragment');
      else for (const [k, v] of Object.entries(s.hoursByName)) oneOf(v, `scenario.hoursByName.${k}`, HOURS);
    }
  }
  if (s.time !== undefined && (typeof s.time !== 'string' || !ISO_WITH_OFFSET.test(s.time) || Number.isNaN(Date.parse(s.time)))) {
    out.push(`scenario.time: ${JSON.stringify(s.time)} is not an ISO 8601 date and time with an offset (e.g. "2026-12-25T10:30:00-05:00" or "…Z")`);
  }
  const metricNames = Object.keys(METRICS);
  const readMetrics = (v: { [k: string]: any }, at: string, shorthand: boolean): QueueMetrics => {
    const m: { [k: string]: number } = {};
    for (const [k, n] of Object.entries(v)) {
      const key = metricNames.includes(k) ? k : (shorthand ? metricNames.find((x) => METRICS[x] === k) : undefined);
      if (key === undefined) {
        out.push(`${at}: unknown key "${k}"; allowed: ${metricNames.join(', ')}${shorthand ? ` (or ${Object.values(METRICS).join(', ')})` : ''}`);
      } else if (!isNum(n)) {
        out.push(`${at}.${k}: must be a number, got ${JSON.stringify(n)}`);
      } else {
        m[key] = n;
      }
    }
    return m;
  };
  if (s.metrics !== undefined) {
    if (!isObj(s.metrics)) {
      out.push('scenario.metrics: must be an object (QueueMetrics)');
    } else if (json) {
      // The JSON shorthand: per-queue objects among the metrics.
      const all: { [k: string]: any } = {};
      const byQueue: { [k: string]: QueueMetrics } = {};
      for (const [k, v] of Object.entries(s.metrics)) {
        if (isObj(v)) byQueue[k] = readMetrics(v, `scenario.metrics.${k}`, true);
        else if (metricNames.includes(k) || Object.values(METRICS).includes(k)) all[k] = v;
        else out.push(`scenario.metrics: unknown key "${k}"; allowed: ${metricNames.join(', ')} (or ${Object.values(METRICS).join(', ')}), or a queue name, logical ID or ARN with an object of those`);
      }
      typed.metrics = readMetrics(all, 'scenario.metrics', true);
      if (Object.keys(all).length === 0 && Object.keys(byQueue).length > 0) delete typed.metrics;
      if (Object.keys(byQueue).length > 0) {
        if (s.metricsByQueue !== undefined) out.push('scenario.metrics: per-queue metrics cannot go with "metricsByQueue"; put them all in "metricsByQueue"');
        typed.metricsByQueue = byQueue;
      }
    } else {
      typed.metrics = readMetrics(s.metrics, 'scenario.metrics', false);
    }
  }
  if (s.metricsByQueue !== undefined && typed.metricsByQueue === s.metricsByQueue) {
    if (!isObj(s.metricsByQueue)) {
      out.push('scenario.metricsByQueue: must be an object of QueueMetrics by queue name, logical ID or ARN fragment');
    } else {
      const byQueue: { [k: string]: QueueMetrics } = {};
      for (const [k, v] of Object.entries(s.metricsByQueue)) {
        if (!isObj(v)) out.push(`scenario.metricsByQueue.${k}: must be an object (QueueMetrics)`);
        else byQueue[k] = readMetrics(v, `scenario.metricsByQueue.${k}`, json);
      }
      typed.metricsByQueue = byQueue;
    }
  }
  for (const k of ['maxSteps', 'seed']) {
    if (s[k] !== undefined && !(typeof s[k] === 'number' && Number.isInteger(s[k]))) out.push(`scenario.${k}: must be an integer`);
  }
  if (s.queueAtCapacity !== undefined && typeof s.queueAtCapacity !== 'boolean') out.push('scenario.queueAtCapacity: must be true or false');
  if (s.thirdPartyResult !== undefined) oneOf(s.thirdPartyResult, 'scenario.thirdPartyResult', THIRD_PARTY);
  if (s.undialablePrefixes !== undefined && !(Array.isArray(s.undialablePrefixes) && s.undialablePrefixes.every((p: unknown) => typeof p === 'string'))) {
    out.push('scenario.undialablePrefixes: must be an array of strings');
  }
  if (s.actionResults !== undefined) {
    if (!isObj(s.actionResults)) out.push('scenario.actionResults: must be an object of string lists by action Identifier or type');
    else for (const [k, v] of Object.entries(s.actionResults)) if (!(Array.isArray(v) && v.every((x) => typeof x === 'string'))) out.push(`scenario.actionResults.${k}: must be an array of strings`);
  }
  if (s.expect !== undefined) {
    if (!isObj(s.expect)) {
      out.push('scenario.expect: must be an object');
    } else {
      const e = s.expect;
      keys(e, 'scenario.expect', EXPECT_KEYS);
      if (e.outcome !== undefined) oneOf(e.outcome, 'scenario.expect.outcome', Object.values(SimulationOutcome));
      for (const k of ['queue', 'agent', 'transferredTo', 'callbackNumber']) {
        if (e[k] !== undefined && typeof e[k] !== 'string') out.push(`scenario.expect.${k}: must be a string`);
      }
      if (e.attributes !== undefined) stringMap(e.attributes, 'scenario.expect.attributes');
      if (e.contactTags !== undefined) stringMap(e.contactTags, 'scenario.expect.contactTags');
      if (e.prompts !== undefined && !(Array.isArray(e.prompts) && e.prompts.every((p: unknown) => typeof p === 'string'))) {
        out.push('scenario.expect.prompts: must be an array of strings (prompts that must be played, in order)');
      }
      if (e.lambdaCalls !== undefined && !(typeof e.lambdaCalls === 'number' && Number.isInteger(e.lambdaCalls) && e.lambdaCalls >= 0)) {
        out.push('scenario.expect.lambdaCalls: must be a whole number');
      }
    }
  }
  return { scenario: typed as SimulationScenario, problems: out };
}

/** How a result differs from an expectation, one line per difference (empty when it matches). */
export function expectationDifferences(result: SimulationResult, expectation?: ScenarioExpectation): string[] {
  const out: string[] = [];
  if (expectation === undefined) return out;
  const e = expectation;
  const same = (what: string, want: string | number | undefined, got: string | number | undefined) => {
    if (want !== undefined && want !== got) out.push(`${what}: expected ${JSON.stringify(want)}, got ${got === undefined ? 'none' : JSON.stringify(got)}`);
  };
  same('outcome', e.outcome, result.outcome);
  same('queue', e.queue, result.queue);
  same('agent', e.agent, result.agent);
  same('transferredTo', e.transferredTo, result.transferredTo);
  same('callbackNumber', e.callbackNumber, result.callback?.number);
  same('lambdaCalls', e.lambdaCalls, result.lambdaCalls.length);
  for (const [k, v] of Object.entries(e.attributes ?? {})) same(`attributes.${k}`, v, result.attributes[k]);
  for (const [k, v] of Object.entries(e.contactTags ?? {})) same(`contactTags.${k}`, v, result.contactTags[k]);
  // Prompts must be played in this order; others may come in between.
  let from = 0;
  for (const prompt of e.prompts ?? []) {
    const i = result.prompts.indexOf(prompt, from);
    if (i < 0) {
      out.push(`prompts: expected ${JSON.stringify(prompt)}${from > 0 ? ` after ${JSON.stringify(result.prompts[from - 1])}` : ''}; played ${JSON.stringify(result.prompts)}`);
      break;
    }
    from = i + 1;
  }
  return out;
}

/**
 * A typed scenario written back in the JSON shorthand (keys as strings, Lambda responses as the
 * objects themselves or `{ "$error": … }`, hours as one map, metrics by the names flows use),
 * for the readers of scenario files such as the test-case export.
 */
export function scenarioToJson(scenario: SimulationScenario): { [key: string]: any } {
  const { inputs, lambdas, hours, hoursByName, metrics, metricsByQueue, ...rest } = scenario;
  const out: { [key: string]: any } = { ...rest };
  if (inputs !== undefined) out.inputs = inputs.map((i) => (i.digits !== undefined ? i.digits : i));
  if (lambdas !== undefined) {
    out.lambdas = {};
    for (const [k, list] of Object.entries(lambdas)) {
      out.lambdas[k] = list.map((r) => (r.error !== undefined ? { $error: r.error } : r.response ?? {}));
    }
  }
  if (hoursByName !== undefined) out.hours = { ...hoursByName, ...(hours !== undefined ? { default: hours } : {}) };
  else if (hours !== undefined) out.hours = hours;
  const names = (m: QueueMetrics) => Object.fromEntries(Object.entries(m).map(([k, v]) => [METRICS[k] ?? k, v]));
  if (metrics !== undefined || metricsByQueue !== undefined) {
    out.metrics = { ...names(metrics ?? {}) };
    for (const [q, m] of Object.entries(metricsByQueue ?? {})) out.metrics[q] = names(m);
  }
  return out;
}
