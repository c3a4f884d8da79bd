/**
 * Compiles a simulator scenario into the Amazon Connect test-case language (`"Version": "2025-06-21"`),
 * the JSON content of an `AWS::Connect::TestCase`. Pure: no AWS call, no file access.
 *
 * Shapes follow the Amazon Connect API reference, "Testing language":
 * https://docs.aws.amazon.com/connect/latest/APIReference/testing-language.html and its pages on
 * events, the SendInstruction, Assert and OverrideSystemBehavior actions and the example test.
 *
 * What has no documented equivalent fails with a message naming the scenario element, so that
 * nothing is dropped silently.
 */

/** The version of the test-case language written by `exportTestCase`. */
export const TEST_CASE_VERSION = '2025-06-21';

/** ARNs the test case needs to name the resources a scenario refers to by logical ID or name. */
export interface TestCaseExportOptions {
  /**
   * Lambda function ARNs by the keys the scenario's `lambdas` uses (logical ID, function name).
   * Keys that already are ARNs need no entry.
   * @default - only ARN keys can be exported
   */
  readonly lambdaArns?: { [key: string]: string };
  /**
   * Hours of operation ARNs by the keys the scenario's `hours` map uses; when `hours` is the string
   * "open" or "closed", every hours ARN listed here is overridden.
   * @default - no hours can be exported
   */
  readonly hoursArns?: { [key: string]: string };
  /**
   * Queue ARNs by the keys `expect.queue` uses (logical ID, name).
   * @default - an expected queue that is not an ARN cannot be exported
   */
  readonly queueArns?: { [key: string]: string };
}

/** The caller and dialled numbers of a scenario, for the voice entry point of the test case resource. */
export interface TestCaseEntryNumbers {
  /** `contact.customerNumber`, if given. */
  readonly sourcePhoneNumber?: string;
  /** `contact.systemNumber`, if given. */
  readonly destinationPhoneNumber?: string;
}

/**
 * The entry-point numbers of a scenario's contact. Only a voice contact with these two numbers can
 * be exported: other contact data fails, naming the key.
 */
export function testCaseEntryNumbers(scenario: unknown): TestCaseEntryNumbers {
  if (!isObj(scenario) || scenario.contact === undefined) return {};
  const contact = scenario.contact;
  if (!isObj(contact)) fail('scenario.contact', 'must be an object');
  for (const [key, v] of Object.entries(contact)) {
    if (key === 'customerNumber' || key === 'systemNumber') continue;
    if (key === 'channel' && v === 'VOICE') continue;
    fail(`scenario.contact.${key}`, key === 'channel'
      ? 'the test case resource is exported with a voice entry point only'
      : 'the test-case language documents no way to set this contact data before the flow starts');
  }
  return { sourcePhoneNumber: contact.customerNumber, destinationPhoneNumber: contact.systemNumber };
}

/** A test case in the test-case language. */
export interface TestCaseDocument {
  readonly Version: string;
  readonly Metadata: { [key: string]: any };
  readonly Observations: any[];
}

/** Scenario keys that are only about the offline run or the deployed resource, not the test content. */
const CONTENT_FREE = ['description', 'flow'];
/** Scenario keys the test-case language has no documented equivalent for, and why. */
const NO_EQUIVALENT: { [key: string]: string } = {
  time: 'a test case runs at the time it is started; override the hours with "hours" instead',
  metrics: 'the test-case language has no override for queue metrics',
  maxSteps: 'a step limit exists only in the offline simulator',
  seed: 'the draw of DistributeByPercentage cannot be fixed in a test case',
  queueAtCapacity: 'a queue-at-capacity override needs the queue ARN of each transfer; not exported yet',
  thirdPartyResult: 'the test-case language has no override for third-party transfers',
  undialablePrefixes: 'the test-case language has no override for callback number dialability',
  actionResults: 'the test-case language documents overrides only for Lambda, Lex, hours and queue actions',
};
/** Expectation keys with no documented assertion, and why. */
const EXPECT_NO_EQUIVALENT: { [key: string]: string } = {
  outcome: 'only TRANSFERRED_TO_QUEUE has a documented observation (a TransferContactToQueue flow action)',
  agent: 'no documented assertion on the agent',
  transferredTo: 'no documented assertion on transfers to flows or phone numbers',
  contactTags: 'no documented assertion on contact tags',
  prompts: 'MessageReceived observations need the prompt as the service renders it (not exported yet)',
  callbackNumber: 'no documented assertion on a created callback',
  lambdaCalls: 'no documented assertion counting Lambda calls',
};

function isObj(v: unknown): v is { [k: string]: any } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function fail(what: string, why: string): never {
  throw new Error(`cannot export to a test case: ${what}: ${why}`);
}

function override(id: string, actionType: string, actionParameters: { [k: string]: any }, response: { [k: string]: any }): any {
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
function chain(actions: any[]): any[] {
  return actions.map((a, i) => ({ ...a, Transitions: i + 1 < actions.length ? { NextAction: actions[i + 1].Identifier } : {} }));
}

function lambdaOverrides(lambdas: unknown, options: TestCaseExportOptions): any[] {
  if (!isObj(lambdas)) fail('scenario.lambdas', 'must be an object of response lists');
  const out: any[] = [];
  for (const [key, responses] of Object.entries(lambdas)) {
    const arn = key.startsWith('arn:') ? key : options.lambdaArns?.[key];
    if (arn === undefined) fail(`scenario.lambdas.${key}`, 'the test case needs the function ARN: use the ARN as the key or give it in lambdaArns');
    if (!Array.isArray(responses)) fail(`scenario.lambdas.${key}`, 'must be a list of responses');
    responses.forEach((r: unknown, i: number) => {
      const at = `scenario.lambdas.${key}[${i}]`;
      const response = isObj(r) && '$error' in r
        ? { Type: 'Error', Error: { Value: 'NoMatchingError' } }
        : { Type: 'ExecutionResult', ExecutionResult: { LoadedData: JSON.stringify(r ?? {}) } };
      if (!isObj(r) && r !== null) fail(at, 'a Lambda response must be an object');
      out.push(override(`lambda-${out.length + 1}`, 'InvokeLambdaFunction', { LambdaFunctionARN: arn }, response));
    });
  }
  return out;
}

function hoursOverrides(hours: unknown, options: TestCaseExportOptions): any[] {
  const value = (v: unknown, at: string) => {
    if (v === 'open') return 'InHours';
    if (v === 'closed') return 'OutOfHours';
    return fail(at, `${JSON.stringify(v)} is not "open" or "closed"`);
  };
  const make = (arn: string, v: string, i: number) => override(`hours-${i + 1}`, 'CheckHoursOfOperation', { HoursOfOperationId: arn },
    { Type: 'ExecutionResult', ExecutionResult: { Value: v } });
  const known = options.hoursArns ?? {};
  if (typeof hours === 'string') {
    const v = value(hours, 'scenario.hours');
    const arns = Object.values(known);
    if (arns.length === 0) fail('scenario.hours', 'the test case needs the ARN of each hours of operation the flow checks: give them in hoursArns');
    return arns.map((arn, i) => make(arn, v, i));
  }
  if (!isObj(hours)) fail('scenario.hours', 'must be "open", "closed" or a map of them');
  return Object.entries(hours).map(([key, v], i) => {
    if (key === 'default') fail('scenario.hours.default', 'a test case overrides named hours only: name each hours of operation');
    const arn = key.startsWith('arn:') ? key : known[key];
    if (arn === undefined) fail(`scenario.hours.${key}`, 'the test case needs the hours ARN: use the ARN as the key or give it in hoursArns');
    return make(arn, value(v, `scenario.hours.${key}`), i);
  });
}

function inputObservation(input: unknown, i: number): any {
  const at = `scenario.inputs[${i}]`;
  if (isObj(input)) {
    if (input.timeout === true) fail(at, 'silence has no documented instruction (the test would wait for an input it never gets)');
    fail(at, 'a Lex result needs a ConnectParticipantWithLexBot override with the bot alias ARN; not exported yet');
  }
  if (typeof input !== 'string' && typeof input !== 'number') fail(at, 'must be keys ("1") or a Lex result');
  return {
    Identifier: `input-${i + 1}`,
    Event: { Identifier: `prompt-${i + 1}`, Type: 'MessageReceived', Actor: 'System', Properties: {} },
    Actions: chain([{
      Identifier: `dtmf-${i + 1}`,
      Type: 'SendInstruction',
      Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'DtmfInput', Properties: { Value: String(input) } } },
    }]),
  };
}

function transferObservation(queue: unknown, options: TestCaseExportOptions): any {
  let parameters: { [k: string]: string } = {};
  if (queue !== undefined) {
    if (typeof queue !== 'string') fail('scenario.expect.queue', 'must be a string');
    const arn = queue.startsWith('arn:') ? queue : options.queueArns?.[queue];
    if (arn === undefined) fail('scenario.expect.queue', 'the test case needs the queue ARN: use the ARN or give it in queueArns');
    parameters = { QueueId: arn };
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
 * The test case for a scenario: a TestInitiated observation with the overrides (Lambda responses
 * in order, hours), one observation per caller input (a DTMF instruction after the next message),
 * the TransferContactToQueue flow action when the scenario expects a transfer to a queue, and a
 * TestCompleted observation with an Assert per expected attribute. The caller and dialled numbers
 * belong to the entry point of the test case resource (`testCaseEntryNumbers`).
 * Lambda overrides are consumed once each, first in first out; after the last, the deployed
 * function runs (the simulator repeats the last response instead).
 * Throws, naming the element, for any scenario element without a documented equivalent.
 */
export function exportTestCase(scenario: unknown, options: TestCaseExportOptions = {}): TestCaseDocument {
  if (!isObj(scenario)) fail('the scenario', 'it must be a JSON object');
  for (const key of Object.keys(scenario)) {
    if (CONTENT_FREE.includes(key) || ['inputs', 'lambdas', 'hours', 'expect'].includes(key)) continue;
    if (key === 'contact') {
      testCaseEntryNumbers(scenario);
      continue;
    }
    const why = NO_EQUIVALENT[key];
    fail(`scenario.${key}`, why ?? 'unknown scenario key');
  }
  const overrides = [
    ...(scenario.lambdas === undefined ? [] : lambdaOverrides(scenario.lambdas, options)),
    ...(scenario.hours === undefined ? [] : hoursOverrides(scenario.hours, options)),
  ];
  const inputs: unknown[] = scenario.inputs ?? [];
  if (!Array.isArray(inputs)) fail('scenario.inputs', 'must be an array');
  const expectation = scenario.expect ?? {};
  if (!isObj(expectation)) fail('scenario.expect', 'must be an object');
  const asserts: any[] = [];
  for (const [key, v] of Object.entries(expectation)) {
    if (key === 'attributes') {
      if (!isObj(v)) fail('scenario.expect.attributes', 'must be an object of strings');
      for (const [name, expected] of Object.entries(v)) {
        if (typeof expected !== 'string') fail(`scenario.expect.attributes.${name}`, 'must be a string');
        asserts.push({ Identifier: `assert-${asserts.length + 1}`, Type: 'Assert', Parameters: { Namespace: `$.Attributes.${name}`, Operator: 'Equals', Operand: expected } });
      }
      continue;
    }
    if (key === 'outcome' && v === 'TRANSFERRED_TO_QUEUE') continue;
    if (key === 'queue') {
      if (expectation.outcome !== 'TRANSFERRED_TO_QUEUE') fail('scenario.expect.queue', 'is observed as the transfer to it: expect the outcome TRANSFERRED_TO_QUEUE too');
      continue;
    }
    fail(`scenario.expect.${key}`, EXPECT_NO_EQUIVALENT[key] ?? 'unknown expectation key');
  }
  const observations: any[] = [];
  const transfer = expectation.outcome === 'TRANSFERRED_TO_QUEUE' ? transferObservation(expectation.queue, options) : undefined;
  const ids: string[] = ['start', ...inputs.map((_, i) => `input-${i + 1}`), ...(transfer ? ['transfer'] : []), 'end'];
  observations.push({
    Identifier: 'start',
    Event: { Identifier: 'test-initiated', Type: 'TestInitiated', Actor: 'System', Properties: {} },
    Actions: chain(overrides),
  });
  inputs.forEach((input, i) => observations.push(inputObservation(input, i)));
  if (transfer) observations.push(transfer);
  observations.push({
    Identifier: 'end',
    Event: { Identifier: 'test-completed', Type: 'TestCompleted', Actor: 'System', Properties: {} },
    Actions: chain(asserts),
  });
  return {
    Version: TEST_CASE_VERSION,
    Metadata: {},
    Observations: observations.map((o, i) => ({ ...o, Transitions: i + 1 < ids.length ? { NextObservations: [ids[i + 1]] } : {} })),
  };
}
