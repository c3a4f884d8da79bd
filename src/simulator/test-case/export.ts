/**
 * Compiles a simulator scenario into the Amazon Connect test-case language (`"Version": "2025-06-21"`),
 * the JSON content of an `AWS::Connect::TestCase`. Pure: no AWS call, no file access.
 *
 * Shapes follow the Amazon Connect API reference, "Testing language":
 * https://docs.aws.amazon.com/connect/latest/APIReference/testing-language.html and its pages on
 * events (test initiated, message received, flow action started, test completed), the
 * SendInstruction, Assert, OverrideSystemBehavior and TestControl actions and the example test.
 *
 * What has no documented equivalent fails with a message naming the scenario element, so that
 * nothing is dropped silently, unless the caller lists it in `leaveOut` (knowingly not checked by
 * the deployed test).
 *
 * The scenario is read through the small `read*` helpers below only, so that a change of the
 * scenario's types touches them and nothing else.
 */
import { HoursConfig, hoursOpenAt } from '../hours';
import { isTestCaseArn, otherInstanceProblem, TestCaseArn, TestCaseArnKind, testCaseArnForm } from './arns';

/** The version of the test-case language written by `exportTestCase`. */
export const TEST_CASE_VERSION = '2025-06-21';

/** ARNs and facts the test case needs beyond the scenario. */
export interface TestCaseExportOptions {
  /**
   * Lambda function ARNs by the keys the scenario's `lambdas` uses (logical ID, function name).
   * Keys that already are ARNs need no entry.
   * @default - only ARN keys can be exported
   */
  readonly lambdaArns?: { [key: string]: string };
  /**
   * Hours of operation ARNs by the keys the scenario's `hours` map uses; when `hours` is the string
   * "open" or "closed", or the scenario gives a `time`, every hours ARN listed here is overridden.
   * @default - no hours can be exported
   */
  readonly hoursArns?: { [key: string]: string };
  /**
   * The weekly schedules (and dated overrides) of the hours in `hoursArns`, by the same keys: a
   * scenario `time` becomes the open or closed result each of them has at that time.
   * @default - a scenario with `time` cannot be exported
   */
  readonly hoursSchedules?: { [key: string]: HoursConfig };
  /**
   * Queue ARNs by the keys `expect.queue` uses (logical ID, name).
   * @default - an expected queue that is not an ARN cannot be exported
   */
  readonly queueArns?: { [key: string]: string };
  /**
   * Agent (user) ARNs by the keys `expect.agent` uses (logical ID, user name).
   * @default - an expected agent that is not an ARN cannot be exported
   */
  readonly agentArns?: { [key: string]: string };
  /**
   * What the caller says for each Lex intent of `inputs`, e.g. `{ Billing: 'billing',
   * ReachPerson: '{FirstName} {LastName}' }`: `{Slot}` is replaced by the scenario's slot value.
   * @default - a Lex input cannot be exported
   */
  readonly utterances?: { [intent: string]: string };
  /**
   * The language of the utterances (`LanguageCode` of the TextUtterance instruction).
   * @default 'en-US'
   */
  readonly languageCode?: string;
  /**
   * The prompt each input answers, in the order of `inputs` (for example from an offline run, see
   * `inputPrompts`): the MessageReceived observation of a DTMF or utterance input then matches a
   * message containing that text rather than any message (silence always waits for any message).
   * @default - each input answers the next message, whatever it says
   */
  readonly inputPrompts?: string[];
  /**
   * Scenario elements to leave out of the test case knowingly, by their path in the messages of
   * this exporter (`expect.lambdaCalls`, `expect.outcome`, `inputs[1].sessionAttributes`…). Each
   * must be an element the exporter would otherwise reject. The deployed test does not check them.
   * @default - none: every element without an equivalent fails the export
   */
  readonly leaveOut?: string[];
  /**
   * How the caller spells these options (e.g. `{ lambdaArns: '--lambda KEY=ARN' }` for the command,
   * `{ lambdaArns: 'lambdaFunctionArns' }` for `ContactFlowTest`), so a failure names the option
   * the user can actually set. `leaveOut` is given as a template where `PATH` stands for the element.
   * @default - the option names of this interface
   */
  readonly optionNames?: { [option: string]: string };
}

/** The entry point data of a scenario's contact. */
export interface TestCaseEntryNumbers {
  /** `contact.customerNumber`, if given. */
  readonly sourcePhoneNumber?: string;
  /** `contact.systemNumber`, if given. */
  readonly destinationPhoneNumber?: string;
  /** `contact.attributes` as the JSON of the test case's InitializationData (its initial custom attributes), if given. */
  readonly initializationData?: string;
}

/** A test case in the test-case language. */
export interface TestCaseDocument {
  readonly Version: string;
  readonly Metadata: { [key: string]: any };
  readonly Observations: any[];
}

// ---- Reading the scenario (the only place that knows its shapes) ----

type Obj = { [k: string]: any };

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A caller input: keys, silence, or a Lex result (with the keys other than `intent` kept as given). */
type Input = { kind: 'keys'; keys: string } | { kind: 'silence' } | { kind: 'lex'; intent: string; slots: Obj; rest: Obj };

function readInput(input: unknown, at: string): Input {
  if (typeof input === 'string' || typeof input === 'number') return { kind: 'keys', keys: String(input) };
  if (isObj(input)) {
    if (input.timeout === true && Object.keys(input).length === 1) return { kind: 'silence' };
    if (typeof input.intent === 'string') {
      const { intent, slots, ...rest } = input;
      if (slots !== undefined && !isObj(slots)) fail(`${at}.slots`, 'must be an object of strings');
      return { kind: 'lex', intent, slots: slots ?? {}, rest };
    }
  }
  return fail(at, 'must be keys ("1"), a Lex result ({ "intent": … }) or { "timeout": true }');
}

function readContact(scenario: Obj): Obj {
  if (scenario.contact === undefined) return {};
  if (!isObj(scenario.contact)) fail('scenario.contact', 'must be an object');
  return scenario.contact;
}

function readExpect(scenario: Obj): Obj {
  const e = scenario.expect ?? {};
  if (!isObj(e)) fail('scenario.expect', 'must be an object');
  return e;
}

// ---- Failing, or leaving out knowingly ----

class ExportContext {
  private readonly leaveOut: Set<string>;
  private readonly used = new Set<string>();
  /** The ARNs written into the test case, by the scenario element that names them. */
  readonly arns: TestCaseArn[] = [];
  /** What the options lack (an ARN, a schedule, an utterance, a leave-out), reported all at once. */
  readonly missing: string[] = [];
  constructor(readonly options: TestCaseExportOptions) {
    this.leaveOut = new Set(options.leaveOut ?? []);
  }
  /** The option as the caller spells it. */
  name(option: keyof TestCaseExportOptions): string {
    return this.options.optionNames?.[option] ?? option;
  }
  /** Fails naming the element, unless it is listed in `leaveOut`; returns false when it is left out. */
  reject(path: string, why: string): false {
    if (this.leaveOut.has(path)) {
      this.used.add(path);
      return false;
    }
    const hint = this.options.optionNames?.leaveOut?.replace('PATH', path) ?? `leaveOut: ["${path}"]`;
    this.missing.push(`scenario.${path}: ${why} (or leave it out knowingly with ${hint})`);
    return false;
  }
  /** Records what an option lacks for `what`; the export fails at the end, naming every one. */
  need(what: string, why: string): undefined {
    this.missing.push(`${what}: ${why}`);
    return undefined;
  }
  /** Fails naming everything the options lack, one per line when there are several. */
  checkMissing(): void {
    if (this.missing.length === 1) throw new Error(`cannot export to a test case: ${this.missing[0]}`);
    if (this.missing.length > 1) {
      throw new Error(`cannot export to a test case: ${this.missing.length} elements need an option:\n  ${this.missing.join('\n  ')}`);
    }
  }
  /** Every `leaveOut` entry must name an element that would have failed. */
  checkLeaveOut(): void {
    for (const p of this.leaveOut) {
      if (!this.used.has(p)) fail(`leaveOut "${p}"`, 'names no scenario element that lacks a test-case equivalent');
    }
  }
}

function fail(what: string, why: string): never {
  throw new Error(`cannot export to a test case: ${what}: ${why}`);
}

/** Scenario keys that are only about the offline run or the deployed resource, not the test content. */
const CONTENT_FREE = ['description', 'flow'];
/** Scenario keys the test-case language has no documented equivalent for, and why. */
const NO_EQUIVALENT: { [key: string]: string } = {
  metrics: 'the test-case language has no override for queue metrics',
  maxSteps: 'a step limit exists only in the offline simulator',
  seed: 'the draw of DistributeByPercentage cannot be fixed in a test case',
  queueAtCapacity: 'a queue-at-capacity override names the queue of each transfer; the scenario fills every queue',
  thirdPartyResult: 'the test-case language has no override for third-party transfers',
  undialablePrefixes: 'the test-case language has no override for callback number dialability',
  actionResults: 'the test-case language documents overrides only for Lambda, Lex, hours and queue actions',
};
/** Expected outcomes without a documented observation, and why. */
const OUTCOME_NO_EQUIVALENT = 'the test-case language observes TransferContactToQueue only among the ways a contact leaves a flow '
  + '(no documented event for a disconnect, a flow or phone-number transfer, a callback or the end of a flow)';
/** Expectation keys with no documented assertion, and why. */
const EXPECT_NO_EQUIVALENT: { [key: string]: string } = {
  transferredTo: 'no documented observation of a transfer to a flow or a phone number',
  contactTags: 'no documented assertion on contact tags',
  callbackNumber: 'no documented observation of a created callback',
  lambdaCalls: 'an InvokeLambdaFunction observation shows that a call happens, not how many there are (none cannot be observed)',
};

/**
 * The entry-point data of a scenario's contact: the caller and dialled numbers, and the contact
 * attributes as the test case's InitializationData ("the initial custom attributes for your test").
 * Other contact data fails, naming the key (unless left out).
 */
export function testCaseEntryNumbers(scenario: unknown, options: TestCaseExportOptions = {}): TestCaseEntryNumbers {
  return entry(scenario, new ExportContext(options));
}

function entry(scenario: unknown, ctx: ExportContext): TestCaseEntryNumbers {
  if (!isObj(scenario)) return {};
  const contact = readContact(scenario);
  let initializationData: string | undefined;
  for (const [key, v] of Object.entries(contact)) {
    if (key === 'customerNumber' || key === 'systemNumber') continue;
    if (key === 'channel' && v === 'VOICE') continue;
    if (key === 'attributes') {
      if (!isObj(v) || !Object.values(v).every((x) => typeof x === 'string')) fail('scenario.contact.attributes', 'must be an object of strings');
      initializationData = JSON.stringify(v);
      continue;
    }
    ctx.reject(`contact.${key}`, key === 'channel'
      ? 'the test case resource is exported with a voice entry point only'
      : 'the test-case language documents no way to set this contact data before the flow starts');
  }
  return { sourcePhoneNumber: contact.customerNumber, destinationPhoneNumber: contact.systemNumber, initializationData };
}

// ---- Building blocks of the test-case language ----

function override(id: string, actionType: string, actionParameters: Obj, response: Obj): Obj {
  return {
    Identifier: id,
    Type: 'OverrideSystemBehavior',
    Parameters: {
      ActionType: 'OverrideSystemBehavior',
      Behavior: {
        Type: 'FlowAction',
        Properties: {
          ActionType: actionType,
          ActionParameters: actionParameters,
          Strategy: { Type: 'MockResponse', Response: response },
        },
      },
    },
    Transitions: {},
  };
}

/** Chain the actions of one observation: each names the next, the last has no NextAction. */
function chain(actions: Obj[]): Obj[] {
  return actions.map((a, i) => ({ ...a, Transitions: i + 1 < actions.length ? { NextAction: actions[i + 1].Identifier } : {} }));
}

/** Chain observations: each names the next in NextObservations, the last has none. */
function chainObservations(observations: Obj[]): Obj[] {
  return observations.map((o, i) => ({
    ...o,
    Transitions: i + 1 < observations.length ? { NextObservations: [observations[i + 1].Identifier] } : {},
  }));
}

/** A MessageReceived event: any message, or one containing a text (SSML for `<speak>` prompts). */
function messageEvent(id: string, text: string | undefined, at: string): Obj {
  if (text === undefined) return { Identifier: id, Type: 'MessageReceived', Actor: 'System', Properties: {} };
  if (text.startsWith('prompt:')) fail(at, 'a recorded prompt is observed by the deployed prompt ARN; the offline run knows only the template\'s');
  const key = /^\s*<speak>/.test(text) ? 'SSML' : 'Text';
  return { Identifier: id, Type: 'MessageReceived', Actor: 'System', Properties: { [key]: text, MatchingCriteria: { Type: 'Inclusion' } } };
}

/**
 * The ARN for a key of the scenario: the key itself when it is an ARN (which must then be one of
 * its kind), else the value the options give for it; recorded, under `at`, for the instance check.
 */
function arnOf(key: string, known: { [k: string]: string } | undefined, kind: TestCaseArnKind, at: string, ctx: ExportContext): string | undefined {
  if (key.startsWith('arn:') && !isTestCaseArn(kind, key)) fail(at, `"${key}" is not ${testCaseArnForm(kind)}`);
  const arn = key.startsWith('arn:') ? key : known?.[key];
  if (arn !== undefined) ctx.arns.push({ kind, name: at, value: arn });
  return arn;
}

// ---- Mappings ----

function lambdaOverrides(lambdas: unknown, ctx: ExportContext): Obj[] {
  if (!isObj(lambdas)) fail('scenario.lambdas', 'must be an object of response lists');
  const out: Obj[] = [];
  for (const [key, responses] of Object.entries(lambdas)) {
    const arn = arnOf(key, ctx.options.lambdaArns, 'lambda', `scenario.lambdas.${key}`, ctx);
    if (arn === undefined) ctx.need(`scenario.lambdas.${key}`, `the test case needs the function ARN: use the ARN as the key or give it in ${ctx.name('lambdaArns')}`);
    if (!Array.isArray(responses)) fail(`scenario.lambdas.${key}`, 'must be a list of responses');
    responses.forEach((r: unknown, i: number) => {
      const at = `scenario.lambdas.${key}[${i}]`;
      if (!isObj(r) && r !== null) fail(at, 'a Lambda response must be an object');
      const response = isObj(r) && '$error' in r
        ? { Type: 'Error', Error: { Value: 'NoMatchingError' } }
        : { Type: 'ExecutionResult', ExecutionResult: { LoadedData: JSON.stringify(r ?? {}) } };
      out.push(override(`lambda-${out.length + 1}`, 'InvokeLambdaFunction', { LambdaFunctionARN: arn ?? '' }, response));
    });
  }
  return out;
}

function hoursOverrides(scenario: Obj, ctx: ExportContext): Obj[] {
  const hours = scenario.hours;
  const time = scenario.time;
  if (hours === undefined && time === undefined) return [];
  const known = ctx.options.hoursArns ?? {};
  const result = (v: unknown, at: string) => {
    if (v === 'open') return 'InHours';
    if (v === 'closed') return 'OutOfHours';
    return fail(at, `${JSON.stringify(v)} is not "open" or "closed"`);
  };
  /** ARN → InHours/OutOfHours, in the order given. */
  const results = new Map<string, string>();
  if (typeof hours === 'string') {
    const v = result(hours, 'scenario.hours');
    if (Object.keys(known).length === 0) ctx.need('scenario.hours', `the test case needs the ARN of each hours of operation the flow checks: give them in ${ctx.name('hoursArns')}`);
    for (const arn of Object.values(known)) {
      results.set(arn, v);
      ctx.arns.push({ kind: 'hours', name: 'scenario.hours', value: arn });
    }
  } else if (hours !== undefined) {
    if (!isObj(hours)) fail('scenario.hours', 'must be "open", "closed" or a map of them');
    for (const [key, v] of Object.entries(hours)) {
      if (key === 'default') fail('scenario.hours.default', 'a test case overrides named hours only: name each hours of operation');
      const arn = arnOf(key, known, 'hours', `scenario.hours.${key}`, ctx);
      const value = result(v, `scenario.hours.${key}`);
      if (arn === undefined) ctx.need(`scenario.hours.${key}`, `the test case needs the hours ARN: use the ARN as the key or give it in ${ctx.name('hoursArns')}`);
      else results.set(arn, value);
    }
  }
  if (time !== undefined && typeof hours !== 'string') {
    const instant = typeof time === 'string' ? new Date(time) : undefined;
    if (instant === undefined || isNaN(instant.getTime())) fail('scenario.time', 'must be an ISO 8601 time');
    const schedules = ctx.options.hoursSchedules ?? {};
    if (Object.keys(known).length === 0) ctx.need('scenario.time', `the test case needs the ARN and schedule of each hours of operation the flow checks: give them in ${ctx.options.optionNames?.hoursSchedules ?? 'hoursArns and hoursSchedules'}`);
    for (const [key, arn] of Object.entries(known)) {
      if (results.has(arn)) continue;
      const schedule = schedules[key];
      if (schedule === undefined) {
        ctx.need('scenario.time', `the test case needs the schedule of hours "${key}" to tell whether they are open at that time: give it in ${ctx.name('hoursSchedules')}`);
        continue;
      }
      results.set(arn, hoursOpenAt(schedule, instant).open ? 'InHours' : 'OutOfHours');
      ctx.arns.push({ kind: 'hours', name: 'scenario.time', value: arn });
    }
  }
  return [...results].map(([arn, v], i) => override(`hours-${i + 1}`, 'CheckHoursOfOperation', { HoursOfOperationId: arn },
    { Type: 'ExecutionResult', ExecutionResult: { Value: v } }));
}

function utteranceOf(input: Extract<Input, { kind: 'lex' }>, at: string, ctx: ExportContext): string {
  const template = ctx.options.utterances?.[input.intent];
  if (template === undefined) {
    ctx.need(at, `a test case sends the caller's words to the deployed bot: give what the caller says for intent "${input.intent}" in ${ctx.name('utterances')} `
      + '(a Lex mock response\'s LoadedData has no documented shape, so the intent itself cannot be mocked)');
    return '';
  }
  const used = new Set<string>();
  const text = template.replace(/\{([^{}]+)\}/g, (_m, slot: string) => {
    const value = input.slots[slot];
    if (typeof value !== 'string') {
      fail(`${at}.slots.${slot}`, `the utterance for "${input.intent}" says {${slot}}: give the slot a string value`);
    }
    used.add(slot);
    return value;
  });
  for (const slot of Object.keys(input.slots)) {
    if (!used.has(slot)) ctx.reject(`${at.replace(/^scenario\./, '')}.slots.${slot}`, `the utterance for "${input.intent}" does not say this slot: add {${slot}} to it`);
  }
  for (const key of Object.keys(input.rest)) {
    ctx.reject(`${at.replace(/^scenario\./, '')}.${key}`, 'the deployed bot decides this from the caller\'s words; a test case cannot script it');
  }
  return text;
}

function inputObservation(raw: unknown, i: number, ctx: ExportContext): Obj {
  const at = `scenario.inputs[${i}]`;
  const input = readInput(raw, at);
  // Silence waits for any message: a message with a text and no instruction reads as an expected prompt.
  const prompt = input.kind === 'silence' ? undefined : ctx.options.inputPrompts?.[i] || undefined;
  const event = messageEvent(`prompt-${i + 1}`, prompt, `options.inputPrompts[${i}]`);
  const send = (instruction: Obj) => chain([{
    Identifier: `${instruction.Type === 'DtmfInput' ? 'dtmf' : 'say'}-${i + 1}`,
    Type: 'SendInstruction',
    Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: instruction },
  }]);
  let actions: Obj[];
  if (input.kind === 'keys') actions = send({ Type: 'DtmfInput', Properties: { Value: input.keys } });
  else if (input.kind === 'lex') actions = send({ Type: 'TextUtterance', Properties: { Text: utteranceOf(input, at, ctx), LanguageCode: ctx.options.languageCode ?? 'en-US' } });
  // Silence: the caller hears the prompt and says nothing; the flow's own input timeout moves on.
  else actions = [];
  return { Identifier: `input-${i + 1}`, Event: event, Actions: actions };
}

function transferObservation(expectation: Obj, ctx: ExportContext): Obj {
  const parameters: { [k: string]: string } = {};
  if (expectation.queue !== undefined) {
    if (typeof expectation.queue !== 'string') fail('scenario.expect.queue', 'must be a string');
    const arn = arnOf(expectation.queue, ctx.options.queueArns, 'queue', 'scenario.expect.queue', ctx);
    if (arn === undefined) ctx.need('scenario.expect.queue', `the test case needs the queue ARN: use the ARN or give it in ${ctx.name('queueArns')}`);
    else parameters.QueueId = arn;
  }
  if (expectation.agent !== undefined) {
    if (typeof expectation.agent !== 'string') fail('scenario.expect.agent', 'must be a string');
    const arn = arnOf(expectation.agent, ctx.options.agentArns, 'agent', 'scenario.expect.agent', ctx);
    if (arn === undefined) ctx.need('scenario.expect.agent', `the test case needs the agent ARN: use the ARN or give it in ${ctx.name('agentArns')}`);
    else parameters.AgentId = arn;
  }
  return {
    Identifier: 'transfer',
    Event: {
      Identifier: 'transfer-to-queue',
      Type: 'FlowActionStarted',
      Actor: 'System',
      Properties: { ActionType: 'TransferContactToQueue', ActionParameters: parameters },
    },
    Actions: [],
  };
}

/**
 * The test case for a scenario:
 * - a TestInitiated observation with the overrides: Lambda responses in order, then hours results
 *   (from `hours`, or from each schedule at `time`);
 * - one observation per caller input, in order: the next message (the one containing
 *   `inputPrompts[i]` when given), then a DTMF or utterance instruction, or nothing for silence;
 * - the TransferContactToQueue flow action (with the queue and agent) when the scenario expects a
 *   transfer to a queue;
 * - a TestCompleted observation with an Assert per expected attribute;
 * - the expected prompts as their own chain of MessageReceived observations (each containing the
 *   prompt's text, in order), not tied to the inputs: the scenario does not say which input they
 *   come before.
 * The caller and dialled numbers and the contact attributes belong to the entry point of the test
 * case resource (`testCaseEntryNumbers`). Overrides are consumed once each, first in first out:
 * after the last Lambda response the deployed function runs (the simulator repeats the last
 * response), and a flow that checks the same hours twice sees the deployed hours the second time.
 * Throws, naming the element, for any scenario element without a documented equivalent that
 * `leaveOut` does not list; and, naming `expect`, when the test case would check nothing (no
 * assertion, expected prompt, transfer or input waiting for a known prompt) because the scenario
 * has no `expect` (`"expect": {}` says so knowingly) or all it expects is left out.
 */
export function exportTestCase(scenario: unknown, options: TestCaseExportOptions = {}): TestCaseDocument {
  if (!isObj(scenario)) fail('the scenario', 'it must be a JSON object');
  const ctx = new ExportContext(options);
  for (const key of Object.keys(scenario)) {
    if (CONTENT_FREE.includes(key) || ['inputs', 'lambdas', 'hours', 'time', 'expect'].includes(key)) continue;
    if (key === 'contact') {
      entry(scenario, ctx);
      continue;
    }
    const why = NO_EQUIVALENT[key];
    if (why === undefined) fail(`scenario.${key}`, 'unknown scenario key');
    ctx.reject(key, why);
  }
  const overrides = [
    ...(scenario.lambdas === undefined ? [] : lambdaOverrides(scenario.lambdas, ctx)),
    ...hoursOverrides(scenario, ctx),
  ];
  const inputs: unknown[] = scenario.inputs ?? [];
  if (!Array.isArray(inputs)) fail('scenario.inputs', 'must be an array');
  const expectation = readExpect(scenario);
  const asserts: Obj[] = [];
  let transfer = false;
  for (const [key, v] of Object.entries(expectation)) {
    if (key === 'attributes') {
      if (!isObj(v)) fail('scenario.expect.attributes', 'must be an object of strings');
      for (const [name, expected] of Object.entries(v)) {
        if (typeof expected !== 'string') fail(`scenario.expect.attributes.${name}`, 'must be a string');
        asserts.push({ Identifier: `assert-${asserts.length + 1}`, Type: 'Assert', Parameters: { Namespace: `$.Attributes.${name}`, Operator: 'Equals', Operand: expected } });
      }
    } else if (key === 'outcome') {
      if (v === 'TRANSFERRED_TO_QUEUE') transfer = true;
      else ctx.reject('expect.outcome', `${JSON.stringify(v)}: ${OUTCOME_NO_EQUIVALENT}`);
    } else if (key === 'queue' || key === 'agent') {
      if (expectation.outcome !== 'TRANSFERRED_TO_QUEUE') fail(`scenario.expect.${key}`, 'is observed as the transfer to the queue: expect the outcome TRANSFERRED_TO_QUEUE too');
    } else if (key === 'prompts') {
      if (!Array.isArray(v) || !v.every((p) => typeof p === 'string')) fail('scenario.expect.prompts', 'must be an array of strings');
    } else {
      const why = EXPECT_NO_EQUIVALENT[key];
      if (why === undefined) fail(`scenario.expect.${key}`, 'unknown expectation key');
      ctx.reject(`expect.${key}`, why);
    }
  }
  const main: Obj[] = [{
    Identifier: 'start',
    Event: { Identifier: 'test-initiated', Type: 'TestInitiated', Actor: 'System', Properties: {} },
    Actions: chain(overrides),
  }];
  inputs.forEach((input, i) => main.push(inputObservation(input, i, ctx)));
  if (transfer) main.push(transferObservation(expectation, ctx));
  main.push({
    Identifier: 'end',
    Event: { Identifier: 'test-completed', Type: 'TestCompleted', Actor: 'System', Properties: {} },
    Actions: chain(asserts),
  });
  const prompts: Obj[] = ((expectation.prompts ?? []) as string[]).map((text, i) => ({
    Identifier: `expected-prompt-${i + 1}`,
    Event: messageEvent(`expected-message-${i + 1}`, text, `scenario.expect.prompts[${i}]`),
    Actions: [],
  }));
  ctx.checkMissing();
  ctx.checkLeaveOut();
  const foreign = otherInstanceProblem(ctx.arns);
  if (foreign) fail(foreign.arn.name, `${JSON.stringify(foreign.arn.value)} is not ${foreign.expected}`);
  const checks = asserts.length + prompts.length + (transfer ? 1 : 0) + main.filter((o) => Object.keys(o.Event.Properties).length > 0 && o.Event.Type === 'MessageReceived').length;
  if (checks === 0 && (options.leaveOut ?? []).some((p) => p.startsWith('expect.'))) {
    fail('scenario.expect', 'nothing it expects has a test-case equivalent once the elements left out are set aside: the test case would check nothing');
  }
  if (checks === 0 && scenario.expect === undefined) {
    fail('scenario.expect', 'missing, and no input waits for a known prompt: the test case would check nothing. Expect attributes, prompts '
      + 'or the outcome TRANSFERRED_TO_QUEUE (or give "expect": {} to export, knowingly, a test that only makes the call)');
  }
  return {
    Version: TEST_CASE_VERSION,
    Metadata: {},
    Observations: [...chainObservations(main), ...chainObservations(prompts)],
  };
}

/**
 * The prompt each scripted caller input answers in an offline run (`SimulationResult.events`): the
 * last prompt played before each input the scenario scripted (keys, Lex result or silence), for
 * `TestCaseExportOptions.inputPrompts`; an empty string where no prompt came before.
 */
export function inputPrompts(events: ReadonlyArray<{ readonly kind: string; readonly text: string }>): string[] {
  const out: string[] = [];
  let last = '';
  for (const e of events) {
    if (e.kind === 'prompt') last = e.text;
    const scripted = (e.kind === 'input' && /^(keys |Lex: )/.test(e.text)) || (e.kind === 'timeout' && e.text.startsWith('silence'));
    if (scripted) out.push(last);
  }
  return out;
}
