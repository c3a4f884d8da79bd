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

/** Allowed values: the list (in the order messages give it), a set to look them up, and the list as messages print it. */
interface Allowed {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
  readonly text: string;
}

function allowed(list: readonly string[]): Allowed {
  return { list, set: new Set(list), text: list.join(', ') };
}

const TOP_KEYS = allowed([
  'description', 'flow', 'contact', 'inputs', 'lambdas', 'hours', 'hoursByName', 'time', 'metrics', 'metricsByQueue', 'maxSteps', 'seed',
  'queueAtCapacity', 'thirdPartyResult', 'undialablePrefixes', 'actionResults', 'expect',
]);
const CONTACT_KEYS = allowed(['customerNumber', 'systemNumber', 'channel', 'attributes', 'queue', 'systemAttributes', 'contactId', 'languageCode']);
const INPUT_KEYS = allowed(['digits', 'intent', 'slots', 'sessionAttributes', 'confidence', 'sentiment', 'timeout']);
const LEX_ONLY = ['slots', 'sessionAttributes', 'confidence', 'sentiment'];
const LAMBDA_KEYS = allowed(['response', 'error']);
const LAMBDA_JSON_KEYS = allowed(['$error']);
/** QueueMetrics keys, and the metric names flows use (the JSON shorthand). */
const METRICS: { [key: string]: string } = {
  numberOfAgentsAvailable: 'NumberOfAgentsAvailable',
  numberOfAgentsStaffed: 'NumberOfAgentsStaffed',
  numberOfAgentsOnline: 'NumberOfAgentsOnline',
  numberOfContactsInQueue: 'NumberOfContactsInQueue',
  oldestContactInQueueAgeSeconds: 'OldestContactInQueueAgeSeconds',
};
const METRIC_KEYS = allowed(Object.keys(METRICS));
/** QueueMetrics keys by the metric names flows use. */
const METRIC_KEY_OF_NAME = new Map(Object.entries(METRICS).map(([k, n]) => [n, k]));
const METRIC_NAMES_TEXT = Object.values(METRICS).join(', ');
const EXPECT_KEYS = allowed(['outcome', 'queue', 'agent', 'transferredTo', 'attributes', 'prompts', 'callbackNumber', 'lambdaCalls', 'contactTags']);
const EXPECT_STRINGS = ['queue', 'agent', 'transferredTo', 'callbackNumber'];
const INTEGERS = ['maxSteps', 'seed'];
const CHANNELS = allowed(['VOICE', 'CHAT', 'TASK']);
const THIRD_PARTY = allowed(['connected', 'failed', 'timeout']);
const HOURS = allowed(Object.values(HoursState));
const SENTIMENTS = allowed(Object.values(LexSentiment));
const OUTCOMES = allowed(Object.values(SimulationOutcome));
/** `$.CustomerEndpoint.Address` of a caller who withholds their number. */
const WITHHELD = 'anonymous';
const E164 = /^\+[1-9]\d{1,14}$/;
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
  /** The problem of each `lambdas` key already checked against this context ('' when it names one function or a stub). */
  readonly checkedKeys?: Map<string, string>;
  /**
   * The hours of operation the flows can check (those of the template, of its queues and named in
   * the flows; the scenario's `contact.queue` is added), to check `hoursByName` keys against;
   * undefined when that is not known (hours or queues chosen at run time).
   */
  readonly hours?: ReadonlyArray<{ readonly arn: string; readonly logicalId?: string; readonly name?: string }>;
}

/** How many `lambdas` keys a context remembers. */
const MAX_CHECKED_KEYS = 1000;

/** A scenario read: the typed form the engine runs, or the problems that stop it. */
export interface ReadScenario {
  /**
   * The scenario in the typed form (shorthands replaced); meaningful only without problems. A
   * scenario read in the `code` form is returned as it was given (it has no shorthands).
   */
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

/** Unknown keys of `obj`. */
function checkKeys(out: string[], obj: { [k: string]: any }, at: string, ok: Allowed): void {
  for (const k of Object.keys(obj)) {
    if (!ok.set.has(k)) out.push(`${at}: unknown key "${k}"; allowed: ${ok.text}`);
  }
}

/** A value that must be one of `ok`. */
function checkOneOf(out: string[], v: unknown, at: string, ok: Allowed): void {
  if (typeof v !== 'string' || !ok.set.has(v)) out.push(`${at}: ${JSON.stringify(v)} is not allowed; allowed: ${ok.text}`);
}

function checkStringMap(out: string[], v: unknown, at: string): void {
  if (!isObj(v)) out.push(`${at}: must be an object of strings`);
  else for (const k of Object.keys(v)) if (typeof v[k] !== 'string') out.push(`${at}.${k}: must be a string, got ${JSON.stringify(v[k])}`);
}

function isString(v: unknown): boolean {
  return typeof v === 'string';
}

function isStringArray(v: unknown): boolean {
  return Array.isArray(v) && v.every(isString);
}

/** The checks, the context and the problems of one reading. */
interface Reader {
  readonly out: string[];
  readonly json: boolean;
}

/** One input, at `scenario.inputs[i]`: returned in the typed form. */
function readInput(r: Reader, input: unknown, i: number): ScenarioInput {
  const { out, json } = r;
  if (json && typeof input === 'string') return { digits: input };
  if (json && isNum(input)) return { digits: String(input) };
  if (!isObj(input)) {
    out.push(`scenario.inputs[${i}]: must be ${json ? 'keys ("1"), a Lex result ({ "intent": … }) or { "timeout": true }' : 'a ScenarioInput ({ digits: "1" }, { intent: … } or { timeout: true })'}, got ${JSON.stringify(input)}`);
    return {};
  }
  const at = `scenario.inputs[${i}]`;
  checkKeys(out, input, at, INPUT_KEYS);
  const digits = input.digits !== undefined;
  const intent = input.intent !== undefined;
  const timeout = input.timeout === true;
  if ((digits ? 1 : 0) + (intent ? 1 : 0) + (timeout ? 1 : 0) !== 1) {
    const given = [...(digits ? ['digits'] : []), ...(intent ? ['intent'] : []), ...(timeout ? ['timeout'] : [])];
    out.push(`${at}: give exactly one of digits, intent or timeout: true${given.length > 1 ? `, not ${given.join(' and ')}` : ''}`);
  }
  if (digits && typeof input.digits !== 'string') out.push(`${at}.digits: must be a string of keys, got ${JSON.stringify(input.digits)}`);
  if (intent && typeof input.intent !== 'string') out.push(`${at}.intent: must be a string`);
  if (input.timeout !== undefined && typeof input.timeout !== 'boolean') out.push(`${at}.timeout: must be true or false`);
  if (!intent) {
    for (const k of LEX_ONLY) if (input[k] !== undefined) out.push(`${at}.${k}: only a Lex result (with "intent") has ${k}`);
  }
  if (input.slots !== undefined) checkStringMap(out, input.slots, `${at}.slots`);
  if (input.sessionAttributes !== undefined) checkStringMap(out, input.sessionAttributes, `${at}.sessionAttributes`);
  if (input.confidence !== undefined && !(isNum(input.confidence) && input.confidence >= 0 && input.confidence <= 1)) {
    out.push(`${at}.confidence: must be a number from 0 to 1, got ${JSON.stringify(input.confidence)}`);
  }
  if (input.sentiment !== undefined) checkOneOf(out, input.sentiment, `${at}.sentiment`, SENTIMENTS);
  return input as ScenarioInput;
}

/** One Lambda result, at `scenario.lambdas.<key>[i]`: returned in the typed form. */
function readLambdaResult(r: Reader, result: unknown, key: string, i: number): ScenarioLambdaResult {
  const out = r.out;
  if (r.json) {
    // The JSON form: the response itself, or { "$error": "…" }.
    if (!isObj(result)) {
      out.push(`scenario.lambdas.${key}[${i}]: a Lambda response must be an object (or { "$error": "…" }), got ${JSON.stringify(result)}`);
      return {};
    }
    if (result.$error === undefined) return { response: result };
    checkKeys(out, result, `scenario.lambdas.${key}[${i}]`, LAMBDA_JSON_KEYS);
    if (typeof result.$error !== 'string') out.push(`scenario.lambdas.${key}[${i}].$error: must be a string (why the call fails)`);
    return { error: String(result.$error) };
  }
  if (!isObj(result)) {
    out.push(`scenario.lambdas.${key}[${i}]: must be a ScenarioLambdaResult ({ response: { … } } or { error: "…" }), got ${JSON.stringify(result)}`);
    return {};
  }
  const keys = Object.keys(result);
  // Mostly one key, known: the path is written only when there is a problem.
  if (keys.length !== 1 || !LAMBDA_KEYS.set.has(keys[0])) checkKeys(out, result, `scenario.lambdas.${key}[${i}]`, LAMBDA_KEYS);
  const response = result.response;
  const error = result.error;
  if (response !== undefined && error !== undefined) out.push(`scenario.lambdas.${key}[${i}]: give response or error, not both`);
  if (response !== undefined && !isObj(response)) out.push(`scenario.lambdas.${key}[${i}].response: must be an object, got ${JSON.stringify(response)}`);
  if (error !== undefined && typeof error !== 'string') out.push(`scenario.lambdas.${key}[${i}].error: must be a string`);
  return result as ScenarioLambdaResult;
}

/** Queue metrics at `at`: returned with the QueueMetrics keys. */
function readMetrics(r: Reader, v: { [k: string]: any }, at: string, shorthand: boolean): QueueMetrics {
  const m: { [k: string]: number } = {};
  for (const k of Object.keys(v)) {
    const n = v[k];
    const key = METRIC_KEYS.set.has(k) ? k : (shorthand ? METRIC_KEY_OF_NAME.get(k) : undefined);
    if (key === undefined) {
      r.out.push(`${at}: unknown key "${k}"; allowed: ${METRIC_KEYS.text}${shorthand ? ` (or ${METRIC_NAMES_TEXT})` : ''}`);
    } else if (!isNum(n)) {
      r.out.push(`${at}.${k}: must be a number, got ${JSON.stringify(n)}`);
    } else {
      m[key] = n;
    }
  }
  return m;
}

/** The keys of `scenario.lambdas` that name no function of the flows, or several without naming one exactly. */
function checkLambdaKeys(out: string[], lambdas: { [k: string]: unknown }, ctx: ScenarioContext): void {
  const checked = ctx.checkedKeys;
  for (const k of Object.keys(lambdas)) {
    let problem = checked?.get(k);
    if (problem === undefined) {
      problem = lambdaKeyProblem(k, ctx);
      if (checked !== undefined && checked.size < MAX_CHECKED_KEYS) checked.set(k, problem);
    }
    if (problem !== '') out.push(problem);
  }
}

function lambdaKeyProblem(k: string, ctx: ScenarioContext): string {
  if (ctx.stubKeys.includes(k)) return '';
  const hits = ctx.functions.filter((f) => matchesKey(f.arn, k, f.logicalId));
  const name = (f: ScenarioContext['functions'][number]) => f.logicalId ?? f.arn;
  if (hits.length === 0) {
    const known = ctx.functions.map(name);
    return `scenario.lambdas: key "${k}" matches no function of the flows; functions: ${known.length > 0 ? known.join(', ') : '(none)'}`;
  }
  const exact = hits.some((f) => f.arn === k || f.logicalId === k || f.arn.endsWith(`:function:${k}`));
  if (hits.length > 1 && !exact) {
    return `scenario.lambdas: key "${k}" matches several functions (${hits.map(name).join(', ')}): each would take the same responses; name one by logical ID, function name or ARN`;
  }
  return '';
}

/** The `hoursByName` keys that name no hours of operation the flows can check. */
function checkHoursKeys(out: string[], at: string, byName: { [k: string]: unknown }, hours: NonNullable<ScenarioContext['hours']>): void {
  for (const k of Object.keys(byName)) {
    if (hours.some((h) => k === h.logicalId || k === h.name || k === h.arn || h.arn.includes(k))) continue;
    const known = hours.map((h) => h.name ?? h.logicalId ?? h.arn);
    out.push(`${at}: key "${k}" matches no hours of operation of the flows; hours: ${known.length > 0 ? known.join(', ') : '(none)'}`);
  }
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
  const r: Reader = { out, json };
  checkKeys(out, raw, 'scenario', TOP_KEYS);
  const s = raw;
  // The JSON form is copied with its shorthands replaced; the code form has none and is returned as given.
  const typed: { [k: string]: any } | undefined = json ? { ...s } : undefined;
  if (s.flow !== undefined && typeof s.flow !== 'string') out.push('scenario.flow: must be a string (a flow Name or logical ID)');
  if (s.description !== undefined && typeof s.description !== 'string') out.push('scenario.description: must be a string');
  const contact = s.contact;
  if (contact !== undefined) {
    if (!isObj(contact)) {
      out.push('scenario.contact: must be an object');
    } else {
      checkKeys(out, contact, 'scenario.contact', CONTACT_KEYS);
      if (contact.channel !== undefined) checkOneOf(out, contact.channel, 'scenario.contact.channel', CHANNELS);
      if (contact.attributes !== undefined) checkStringMap(out, contact.attributes, 'scenario.contact.attributes');
      if (contact.systemAttributes !== undefined) checkStringMap(out, contact.systemAttributes, 'scenario.contact.systemAttributes');
      // A voice contact's numbers are E.164, as Connect gives them to the flow ($.CustomerEndpoint.Address);
      // a caller who withholds their number is "anonymous" there, which flows that call back must handle.
      const voice = contact.channel === undefined || contact.channel === 'VOICE';
      for (const k of ['customerNumber', 'systemNumber']) {
        const n = contact[k];
        if (n === undefined) continue;
        if (typeof n !== 'string') {out.push(`scenario.contact.${k}: must be a string, got ${JSON.stringify(n)}`);} else if (voice && !E164.test(n) && !(k === 'customerNumber' && n === WITHHELD)) {
          out.push(`scenario.contact.${k}: ${JSON.stringify(n)} is not an E.164 number (+ and up to 15 digits, e.g. "+15555550100")`
            + (k === 'customerNumber' ? ` or "${WITHHELD}" (a withheld number)` : ''));
        }
      }
    }
  }
  const inputs = s.inputs;
  if (inputs !== undefined) {
    if (!Array.isArray(inputs)) {
      const kinds = json
        ? 'keys ("1" or { "digits": "1" }), a Lex result ({ "intent": … }) or { "timeout": true }'
        : 'ScenarioInput objects: { digits: "1" }, { intent: … } or { timeout: true }';
      out.push(`scenario.inputs: must be an array of ${kinds}`);
    } else if (typed !== undefined) {
      typed.inputs = inputs.map((input: unknown, i: number) => readInput(r, input, i));
    } else {
      // As `map` above, holes of a sparse array are skipped.
      for (let i = 0; i < inputs.length; i++) if (i in inputs) readInput(r, inputs[i], i);
    }
  }
  const lambdaResults = s.lambdas;
  if (lambdaResults !== undefined) {
    if (!isObj(lambdaResults)) {
      out.push(`scenario.lambdas: must be an object of ${json ? 'response lists' : 'ScenarioLambdaResult lists'} by function name, logical ID or ARN`);
    } else {
      const lambdas: { [k: string]: ScenarioLambdaResult[] } = {};
      for (const k of Object.keys(lambdaResults)) {
        const v = lambdaResults[k];
        if (!Array.isArray(v)) {
          out.push(`scenario.lambdas.${k}: must be an array of ${json ? 'responses' : 'ScenarioLambdaResult ({ response: … } or { error: … })'}`);
          continue;
        }
        if (typed !== undefined) lambdas[k] = v.map((x: unknown, i: number) => readLambdaResult(r, x, k, i));
        else for (let i = 0; i < v.length; i++) if (i in v) readLambdaResult(r, v[i], k, i);
      }
      if (typed !== undefined) typed.lambdas = lambdas;
      if (ctx !== undefined && !ctx.dynamicFunctions) checkLambdaKeys(out, lambdaResults, ctx);
    }
  }
  // The contact's starting queue stands for its hours too.
  const knownHours = ctx?.hours === undefined ? undefined
    : (isObj(contact) && typeof contact.queue === 'string' ? [...ctx.hours, { arn: contact.queue }] : ctx.hours);
  if (typed !== undefined && isObj(s.hours)) {
    // The JSON shorthand: a map of hours, key "default" for the rest.
    if (s.hoursByName !== undefined) out.push('scenario.hours: a map of hours cannot go with "hoursByName"; put them all in "hoursByName"');
    const { default: rest, ...named } = s.hours;
    if (rest === undefined) delete typed.hours;
    else typed.hours = rest;
    typed.hoursByName = named;
    if (rest !== undefined) checkOneOf(out, rest, 'scenario.hours.default', HOURS);
    for (const k of Object.keys(named)) checkOneOf(out, named[k], `scenario.hours.${k}`, HOURS);
    if (knownHours !== undefined) checkHoursKeys(out, 'scenario.hours', named, knownHours);
  } else {
    if (s.hours !== undefined) {
      if (typeof s.hours === 'string') checkOneOf(out, s.hours, 'scenario.hours', HOURS);
      else out.push(`scenario.hours: must be ${HOURS.list.map((h) => JSON.stringify(h)).join(' or ')}${json ? ', or an object of those by hours name, logical ID or ARN (key "default" for the rest)' : ' (HoursState)'}`);
    }
    const byName = s.hoursByName;
    if (byName !== undefined) {
      if (!isObj(byName)) {out.push('scenario.hoursByName: must be an object of HoursState by hours name, logical ID or ARN fragment');} else {
        for (const k of Object.keys(byName)) checkOneOf(out, byName[k], `scenario.hoursByName.${k}`, HOURS);
        if (knownHours !== undefined) checkHoursKeys(out, 'scenario.hoursByName', byName, knownHours);
      }
    }
  }
  if (s.time !== undefined && (typeof s.time !== 'string' || !ISO_WITH_OFFSET.test(s.time) || Number.isNaN(Date.parse(s.time)))) {
    out.push(`scenario.time: ${JSON.stringify(s.time)} is not an ISO 8601 date and time with an offset (e.g. "2026-12-25T10:30:00-05:00" or "…Z")`);
  }
  if (s.metrics !== undefined) {
    if (!isObj(s.metrics)) {
      out.push('scenario.metrics: must be an object (QueueMetrics)');
    } else if (typed !== undefined) {
      // The JSON shorthand: per-queue objects among the metrics.
      const all: { [k: string]: any } = {};
      const byQueue: { [k: string]: QueueMetrics } = {};
      for (const [k, v] of Object.entries(s.metrics)) {
        if (isObj(v)) byQueue[k] = readMetrics(r, v, `scenario.metrics.${k}`, true);
        else if (METRIC_KEYS.set.has(k) || METRIC_KEY_OF_NAME.has(k)) all[k] = v;
        else out.push(`scenario.metrics: unknown key "${k}"; allowed: ${METRIC_KEYS.text} (or ${METRIC_NAMES_TEXT}), or a queue name, logical ID or ARN with an object of those`);
      }
      typed.metrics = readMetrics(r, all, 'scenario.metrics', true);
      if (Object.keys(all).length === 0 && Object.keys(byQueue).length > 0) delete typed.metrics;
      if (Object.keys(byQueue).length > 0) {
        if (s.metricsByQueue !== undefined) out.push('scenario.metrics: per-queue metrics cannot go with "metricsByQueue"; put them all in "metricsByQueue"');
        typed.metricsByQueue = byQueue;
      }
    } else {
      readMetrics(r, s.metrics, 'scenario.metrics', false);
    }
  }
  // In the JSON form, per-queue metrics in `metrics` stand for `metricsByQueue` (a problem if both are given).
  if (s.metricsByQueue !== undefined && (typed === undefined || typed.metricsByQueue === s.metricsByQueue)) {
    if (!isObj(s.metricsByQueue)) {
      out.push('scenario.metricsByQueue: must be an object of QueueMetrics by queue name, logical ID or ARN fragment');
    } else {
      const byQueue: { [k: string]: QueueMetrics } = {};
      for (const [k, v] of Object.entries(s.metricsByQueue)) {
        if (!isObj(v)) out.push(`scenario.metricsByQueue.${k}: must be an object (QueueMetrics)`);
        else byQueue[k] = readMetrics(r, v, `scenario.metricsByQueue.${k}`, json);
      }
      if (typed !== undefined) typed.metricsByQueue = byQueue;
    }
  }
  for (const k of INTEGERS) {
    if (s[k] !== undefined && !(typeof s[k] === 'number' && Number.isInteger(s[k]))) out.push(`scenario.${k}: must be an integer`);
  }
  if (typeof s.maxSteps === 'number' && Number.isInteger(s.maxSteps) && s.maxSteps < 1) out.push(`scenario.maxSteps: must be 1 or more, got ${s.maxSteps}`);
  if (s.queueAtCapacity !== undefined && typeof s.queueAtCapacity !== 'boolean') out.push('scenario.queueAtCapacity: must be true or false');
  if (s.thirdPartyResult !== undefined) checkOneOf(out, s.thirdPartyResult, 'scenario.thirdPartyResult', THIRD_PARTY);
  if (s.undialablePrefixes !== undefined && !isStringArray(s.undialablePrefixes)) {
    out.push('scenario.undialablePrefixes: must be an array of strings');
  }
  const actionResults = s.actionResults;
  if (actionResults !== undefined) {
    if (!isObj(actionResults)) out.push('scenario.actionResults: must be an object of string lists by action Identifier or type');
    else for (const k of Object.keys(actionResults)) if (!isStringArray(actionResults[k])) out.push(`scenario.actionResults.${k}: must be an array of strings`);
  }
  const e = s.expect;
  if (e !== undefined) {
    if (!isObj(e)) {
      out.push('scenario.expect: must be an object');
    } else {
      checkKeys(out, e, 'scenario.expect', EXPECT_KEYS);
      if (e.outcome !== undefined) checkOneOf(out, e.outcome, 'scenario.expect.outcome', OUTCOMES);
      for (const k of EXPECT_STRINGS) {
        if (e[k] !== undefined && typeof e[k] !== 'string') out.push(`scenario.expect.${k}: must be a string`);
      }
      if (e.attributes !== undefined) checkStringMap(out, e.attributes, 'scenario.expect.attributes');
      if (e.contactTags !== undefined) checkStringMap(out, e.contactTags, 'scenario.expect.contactTags');
      if (e.prompts !== undefined && !isStringArray(e.prompts)) {
        out.push('scenario.expect.prompts: must be an array of strings (prompts that must be played, in order)');
      }
      if (e.lambdaCalls !== undefined && !(typeof e.lambdaCalls === 'number' && Number.isInteger(e.lambdaCalls) && e.lambdaCalls >= 0)) {
        out.push('scenario.expect.lambdaCalls: must be a whole number');
      }
    }
  }
  return { scenario: (typed ?? s) as SimulationScenario, problems: out };
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
