/**
 * Strict reading of a scenario: every key is known, every enumerated value is allowed, and every
 * Lambda key names a function of the simulated flows. A typo in a CI scenario then fails loudly
 * instead of running as silence or "closed". Not part of the public API.
 */
import { matchesKey } from './engine-values';
import { ScenarioExpectation, SimulationOutcome, SimulationResult } from './types';

const TOP_KEYS = [
  'description', 'flow', 'contact', 'inputs', 'lambdas', 'hours', 'time', 'metrics', 'maxSteps', 'seed', 'queueAtCapacity',
  'thirdPartyResult', 'undialablePrefixes', 'actionResults', 'expect',
];
const CONTACT_KEYS = ['customerNumber', 'systemNumber', 'channel', 'attributes', 'queue', 'systemAttributes', 'contactId', 'languageCode'];
const INPUT_KEYS = ['intent', 'slots', 'sessionAttributes', 'confidence', 'sentiment', 'timeout'];
const METRICS = ['NumberOfAgentsAvailable', 'NumberOfAgentsStaffed', 'NumberOfAgentsOnline', 'NumberOfContactsInQueue', 'OldestContactInQueueAgeSeconds'];
const EXPECT_KEYS = ['outcome', 'queue', 'agent', 'transferredTo', 'attributes', 'prompts', 'callbackNumber', 'lambdaCalls', 'contactTags'];
const CHANNELS = ['VOICE', 'CHAT', 'TASK'];
const THIRD_PARTY = ['connected', 'failed', 'timeout'];
const HOURS = ['open', 'closed'];
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** What the simulated flows offer, to check the scenario against. */
export interface ScenarioContext {
  /** ARNs (resolved) of the functions the flows invoke, with their logical IDs when known. */
  readonly functions: ReadonlyArray<{ readonly arn: string; readonly logicalId?: string }>;
  /** Whether some flow invokes a function whose ARN is only known at run time (then keys are not checked). */
  readonly dynamicFunctions: boolean;
  /** Keys of Lambda stubs added in code (`addLambdaStub`). */
  readonly stubKeys: readonly string[];
}

function isObj(v: unknown): v is { [k: string]: any } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The problems of a scenario, each naming the key (as a JSON path) and what is allowed; empty when it is fine. */
export function scenarioProblems(scenario: unknown, ctx?: ScenarioContext): string[] {
  const out: string[] = [];
  if (!isObj(scenario)) return ['the scenario must be a JSON object'];
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
  keys(scenario, 'scenario', TOP_KEYS);
  const s = scenario;
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
    if (!Array.isArray(s.inputs)) {
      out.push('scenario.inputs: must be an array of keys ("1"), Lex results ({ "intent": … }) or { "timeout": true }');
    } else {
      s.inputs.forEach((input: unknown, i: number) => {
        const at = `scenario.inputs[${i}]`;
        if (typeof input === 'string' || (typeof input === 'number' && Number.isFinite(input))) return;
        if (!isObj(input)) {
          out.push(`${at}: must be keys ("1"), a Lex result ({ "intent": … }) or { "timeout": true }, got ${JSON.stringify(input)}`);
          return;
        }
        keys(input, at, INPUT_KEYS);
        if (input.timeout === undefined && typeof input.intent !== 'string') out.push(`${at}: a Lex result needs "intent" (a string)`);
      });
    }
  }
  if (s.lambdas !== undefined) {
    if (!isObj(s.lambdas)) {
      out.push('scenario.lambdas: must be an object of response lists by function name, logical ID or ARN');
    } else {
      for (const [k, v] of Object.entries(s.lambdas)) {
        if (!Array.isArray(v)) out.push(`scenario.lambdas.${k}: must be an array of responses`);
      }
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
  if (s.hours !== undefined) {
    if (typeof s.hours === 'string') {
      oneOf(s.hours, 'scenario.hours', HOURS);
    } else if (isObj(s.hours)) {
      for (const [k, v] of Object.entries(s.hours)) oneOf(v, `scenario.hours.${k}`, HOURS);
    } else {
      out.push('scenario.hours: must be "open", "closed", or an object of those by hours name, logical ID or ARN (key "default" for the rest)');
    }
  }
  if (s.time !== undefined && (typeof s.time !== 'string' || !ISO_WITH_OFFSET.test(s.time) || Number.isNaN(Date.parse(s.time)))) {
    out.push(`scenario.time: ${JSON.stringify(s.time)} is not an ISO 8601 date and time with an offset (e.g. "2026-12-25T10:30:00-05:00" or "…Z")`);
  }
  if (s.metrics !== undefined) {
    if (!isObj(s.metrics)) {
      out.push('scenario.metrics: must be an object');
    } else {
      for (const [k, v] of Object.entries(s.metrics)) {
        if (isObj(v)) {
          keys(v, `scenario.metrics.${k}`, METRICS);
          for (const [m, n] of Object.entries(v)) if (METRICS.includes(m) && !(typeof n === 'number' && Number.isFinite(n))) out.push(`scenario.metrics.${k}.${m}: must be a number`);
        } else if (!METRICS.includes(k)) {
          out.push(`scenario.metrics: unknown key "${k}"; allowed: ${METRICS.join(', ')}, or a queue name, logical ID or ARN with an object of those`);
        } else if (!(typeof v === 'number' && Number.isFinite(v))) {
          out.push(`scenario.metrics.${k}: must be a number`);
        }
      }
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
  return out;
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
