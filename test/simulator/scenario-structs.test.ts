import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ContactCenter, ContactFlow, ContactFlowTest, FlowContent, FlowSimulator, HoursState, LexSentiment, Schedule, SimulationOutcome, SimulationScenario } from '../../src';
import { scenarioToJson } from '../../src/simulator/scenario';

const err = (type: string, next: string) => ({ NextAction: next, ErrorType: type });
const eq = (operand: string, next: string) => ({ NextAction: next, Condition: { Operator: 'Equals', Operands: [operand] } });
const say = (id: string, text: string, next = 'End') => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next } });
const LEX_ALIAS = 'arn:aws:lex:us-east-1:111122223333:bot-alias/B1/A1';
const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/sales';

/**
 * Press 1 (or say Billing) → Lambda → hours → staffing → queue length → transfer. Each step has a
 * prompt that names the branch taken, so the prompts show what the scenario drove.
 */
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Queue',
  Actions: [
    { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: QUEUE }, Transitions: { NextAction: 'Menu', Errors: [err('NoMatchingError', 'End')] } },
    {
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1', StoreInput: 'False', InputTimeLimitSeconds: '5' },
      Transitions: {
        NextAction: 'End',
        Conditions: [eq('1', 'Bot')],
        Errors: [err('InputTimeLimitExceeded', 'Silent'), err('NoMatchingCondition', 'End'), err('NoMatchingError', 'End')],
      },
    },
    say('Silent', 'silence', 'Bot'),
    {
      Identifier: 'Bot',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: { Text: 'How can I help?', LexV2Bot: { AliasArn: LEX_ALIAS } },
      Transitions: {
        NextAction: 'End',
        Conditions: [eq('Billing', 'Said')],
        Errors: [err('InputTimeLimitExceeded', 'End'), err('NoMatchingCondition', 'End'), err('NoMatchingError', 'End')],
      },
    },
    say('Said', 'account $.Lex.Slots.account mood $.Lex.SentimentResponse.Label score $.Lex.IntentConfidence.Score', 'Lookup'),
    {
      Identifier: 'Lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookup', InvocationTimeLimitSeconds: '3' },
      Transitions: { NextAction: 'Hello', Errors: [err('NoMatchingError', 'Failed')] },
    },
    say('Hello', 'hello $.External.name', 'Hours'),
    say('Failed', 'lookup failed', 'Hours'),
    { Identifier: 'Hours', Type: 'CheckHoursOfOperation', Parameters: {}, Transitions: { NextAction: 'End', Conditions: [eq('True', 'Staffed'), eq('False', 'Closed')], Errors: [err('NoMatchingError', 'End')] } },
    say('Closed', 'closed'),
    {
      Identifier: 'Staffed',
      Type: 'CheckMetricData',
      Parameters: { MetricType: 'NumberOfAgentsAvailable' },
      Transitions: { NextAction: 'Nobody', Conditions: [{ NextAction: 'Size', Condition: { Operator: 'NumberGreaterThan', Operands: ['0'] } }], Errors: [err('NoMatchingCondition', 'Nobody')] },
    },
    say('Nobody', 'nobody'),
    { Identifier: 'Size', Type: 'GetMetricData', Parameters: {}, Transitions: { NextAction: 'Waiting', Errors: [err('NoMatchingError', 'End')] } },
    say('Waiting', '$.Metrics.Queue.Size waiting', 'Transfer'),
    { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [err('QueueAtCapacity', 'End'), err('NoMatchingError', 'End')] } },
    { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

const sim = FlowSimulator.fromDocument(FLOW, { name: 'Main' });

describe('typed scenarios (the jsii structs)', () => {
  test('digits, a Lex result with slots, sentiment and confidence, a Lambda response, hours and metrics', () => {
    const scenario: SimulationScenario = {
      inputs: [{ digits: '1' }, { intent: 'Billing', slots: { account: '42' }, sentiment: LexSentiment.POSITIVE, confidence: 0.9 }],
      lambdas: { lookup: [{ response: { name: 'Ann' } }] },
      hours: HoursState.OPEN,
      metrics: { numberOfAgentsAvailable: 2, numberOfContactsInQueue: 3 },
    };
    const r = sim.simulate(scenario);
    expect(r.prompts).toEqual(['Press 1', 'How can I help?', 'account 42 mood POSITIVE score 0.9', 'hello Ann', '3 waiting']);
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
  });

  test('silence, a Lambda error, hours by name, metrics by queue', () => {
    const r = sim.simulate({
      inputs: [{ timeout: true }, { intent: 'Billing' }],
      lambdas: { lookup: [{ error: 'Throttled' }] },
      hours: HoursState.CLOSED,
      hoursByName: { sales: HoursState.CLOSED },
    });
    expect(r.prompts).toEqual(['Press 1', 'silence', 'How can I help?', 'account  mood  score ', 'lookup failed', 'closed']);
    expect(r.lambdaCalls[0].failure).toBe('Throttled');

    const byName = sim.simulate({ inputs: [{ digits: '1' }, { intent: 'Billing' }], hours: HoursState.CLOSED, hoursByName: { sales: HoursState.OPEN } });
    expect(byName.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);

    const busy = sim.simulate({
      inputs: [{ digits: '1' }, { intent: 'Billing' }],
      metrics: { numberOfContactsInQueue: 1 },
      metricsByQueue: { sales: { numberOfContactsInQueue: 9 }, other: { numberOfContactsInQueue: 100 } },
    });
    expect(busy.prompts).toContain('9 waiting');
    const none = sim.simulate({ inputs: [{ digits: '1' }, { intent: 'Billing' }], metricsByQueue: { sales: { numberOfAgentsAvailable: 0 } } });
    expect(none.prompts.slice(-1)).toEqual(['nobody']);
  });

  test('an empty Lambda result returns {}; a stub still answers functions the scenario does not list', () => {
    const r = sim.simulate({ inputs: [{ digits: '1' }, { intent: 'Billing' }], lambdas: { lookup: [{}] } });
    expect(r.lambdaCalls[0].response).toEqual({});
    const stubbed = FlowSimulator.fromDocument(FLOW);
    stubbed.addLambdaStub('lookup', { invoke: () => ({ name: 'Stub' }) });
    expect(stubbed.simulate({ inputs: [{ digits: '1' }, { intent: 'Billing' }] }).prompts).toContain('hello Stub');
  });
});

describe('the JSON shorthand becomes the typed form (FlowSimulator.parseScenario)', () => {
  test.each<[string, any, SimulationScenario]>([
    ['keys as a string', { inputs: ['12#'] }, { inputs: [{ digits: '12#' }] }],
    ['keys as a number', { inputs: [7] }, { inputs: [{ digits: '7' }] }],
    ['keys in the typed form', { inputs: [{ digits: '1' }] }, { inputs: [{ digits: '1' }] }],
    ['a Lex result and silence (already typed)', { inputs: [{ intent: 'Billing', slots: { a: 'b' }, sessionAttributes: {} }, { timeout: true }] },
      { inputs: [{ intent: 'Billing', slots: { a: 'b' }, sessionAttributes: {} }, { timeout: true }] }],
    ['a Lambda response', { lambdas: { lookup: [{ name: 'Ann' }, {}] } }, { lambdas: { lookup: [{ response: { name: 'Ann' } }, { response: {} }] } }],
    ['a Lambda response that has an error key stays a response', { lambdas: { lookup: [{ error: 'none' }] } }, { lambdas: { lookup: [{ response: { error: 'none' } }] } }],
    ['a Lambda failure', { lambdas: { lookup: [{ $error: 'Throttled' }] } }, { lambdas: { lookup: [{ error: 'Throttled' }] } }],
    ['hours as a string', { hours: 'closed' }, { hours: HoursState.CLOSED }],
    ['hours as a map', { hours: { Support: 'closed' } }, { hoursByName: { Support: HoursState.CLOSED } }],
    ['hours as a map with default', { hours: { Support: 'closed', default: 'open' } }, { hours: HoursState.OPEN, hoursByName: { Support: HoursState.CLOSED } }],
    ['hoursByName in JSON', { hoursByName: { Support: 'open' } }, { hoursByName: { Support: HoursState.OPEN } }],
    ['metric names as flows write them', { metrics: { NumberOfAgentsAvailable: 0, OldestContactInQueueAgeSeconds: 30 } },
      { metrics: { numberOfAgentsAvailable: 0, oldestContactInQueueAgeSeconds: 30 } }],
    ['per-queue metrics inside metrics', { metrics: { NumberOfAgentsStaffed: 2, Sales: { NumberOfContactsInQueue: 5 } } },
      { metrics: { numberOfAgentsStaffed: 2 }, metricsByQueue: { Sales: { numberOfContactsInQueue: 5 } } }],
    ['only per-queue metrics', { metrics: { Sales: { NumberOfAgentsOnline: 0 } } }, { metricsByQueue: { Sales: { numberOfAgentsOnline: 0 } } }],
    ['typed metrics in JSON', { metrics: { numberOfAgentsOnline: 3 }, metricsByQueue: { Sales: { NumberOfAgentsOnline: 1 } } },
      { metrics: { numberOfAgentsOnline: 3 }, metricsByQueue: { Sales: { numberOfAgentsOnline: 1 } } }],
  ])('%s', (_name, json, typed) => {
    expect(FlowSimulator.parseScenario(json)).toEqual(typed);
  });

  test('a parsed scenario runs like the typed one', () => {
    const json = { inputs: ['1', { intent: 'Billing', slots: { account: '7' } }], lambdas: { lookup: [{ name: 'Ann' }] }, metrics: { sales: { NumberOfContactsInQueue: 4 } } };
    const typed: SimulationScenario = {
      inputs: [{ digits: '1' }, { intent: 'Billing', slots: { account: '7' } }],
      lambdas: { lookup: [{ response: { name: 'Ann' } }] },
      metricsByQueue: { sales: { numberOfContactsInQueue: 4 } },
    };
    expect(sim.simulate(FlowSimulator.parseScenario(json))).toEqual(sim.simulate(typed));
  });

  test('every scenario file of the repository parses and is valid for the typed API', () => {
    const root = path.join(__dirname, '..', '..', 'examples');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.json') && path.basename(dir) === 'scenarios') files.push(path.join(dir, e.name));
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const typed = FlowSimulator.parseScenario(JSON.parse(fs.readFileSync(file, 'utf-8')));
      expect([file, FlowSimulator.fromDocument(FLOW).validateScenario({ ...typed, lambdas: undefined })]).toEqual([file, []]);
      for (const input of typed.inputs ?? []) expect(typeof input).toBe('object');
    }
  });
});

describe('strict: bad kinds and values are rejected, naming the key', () => {
  const problems = (scenario: any) => sim.validateScenario(scenario);
  const parseError = (json: any) => {
    try {
      FlowSimulator.parseScenario(json);
      return 'parsed';
    } catch (e) {
      return (e as Error).message;
    }
  };

  test.each<[string, any, RegExp]>([
    ['an input with no kind', { inputs: [{}] }, /^scenario\.inputs\[0\]: give exactly one of digits, intent or timeout: true$/],
    ['an input with two kinds', { inputs: [{ digits: '1', intent: 'Billing' }] }, /^scenario\.inputs\[0\]: give exactly one of digits, intent or timeout: true, not digits and intent$/],
    ['timeout: false alone', { inputs: [{ timeout: false }] }, /^scenario\.inputs\[0\]: give exactly one of/],
    ['keys as a bare string in code', { inputs: ['1'] }, /^scenario\.inputs\[0\]: must be a ScenarioInput \(\{ digits: "1" \}/],
    ['digits that are a number', { inputs: [{ digits: 1 }] }, /^scenario\.inputs\[0\]\.digits: must be a string of keys, got 1$/],
    ['slots without an intent', { inputs: [{ digits: '1', slots: {} }] }, /^scenario\.inputs\[0\]\.slots: only a Lex result \(with "intent"\) has slots$/],
    ['a slot value that is not a string', { inputs: [{ intent: 'A', slots: { n: 1 } }] }, /^scenario\.inputs\[0\]\.slots\.n: must be a string, got 1$/],
    ['a sentiment outside the set', { inputs: [{ intent: 'A', sentiment: 'HAPPY' }] }, /^scenario\.inputs\[0\]\.sentiment: "HAPPY" is not allowed; allowed: POSITIVE, NEGATIVE, NEUTRAL, MIXED$/],
    ['a confidence above 1', { inputs: [{ intent: 'A', confidence: 2 }] }, /^scenario\.inputs\[0\]\.confidence: must be a number from 0 to 1, got 2$/],
    ['an unknown input key', { inputs: [{ digits: '1', digit: '1' }] }, /^scenario\.inputs\[0\]: unknown key "digit"; allowed: digits, intent,/],
    ['a Lambda result with both', { lambdas: { lookup: [{ response: {}, error: 'x' }] } }, /^scenario\.lambdas\.lookup\[0\]: give response or error, not both$/],
    ['a bare Lambda response in code', { lambdas: { lookup: [{ name: 'Ann' }] } }, /^scenario\.lambdas\.lookup\[0\]: unknown key "name"; allowed: response, error$/],
    ['$error in code', { lambdas: { lookup: [{ $error: 'x' }] } }, /^scenario\.lambdas\.lookup\[0\]: unknown key "\$error"; allowed: response, error$/],
    ['a response that is not an object', { lambdas: { lookup: [{ response: 'Ann' }] } }, /^scenario\.lambdas\.lookup\[0\]\.response: must be an object, got "Ann"$/],
    ['hours outside the set', { hours: 'shut' }, /^scenario\.hours: "shut" is not allowed; allowed: open, closed$/],
    ['hours as a map in code', { hours: { Support: 'open' } }, /^scenario\.hours: must be "open" or "closed" \(HoursState\)$/],
    ['hoursByName outside the set', { hoursByName: { sales: 'shut' } }, /^scenario\.hoursByName\.sales: "shut" is not allowed; allowed: open, closed$/],
    ['metric names as flows write them, in code', { metrics: { NumberOfAgentsAvailable: 0 } }, /^scenario\.metrics: unknown key "NumberOfAgentsAvailable"; allowed: numberOfAgentsAvailable, /],
    ['a metric that is not a number', { metrics: { numberOfAgentsAvailable: '0' } }, /^scenario\.metrics\.numberOfAgentsAvailable: must be a number, got "0"$/],
    ['a per-queue metric typo', { metricsByQueue: { Sales: { numberOfAgents: 1 } } }, /^scenario\.metricsByQueue\.Sales: unknown key "numberOfAgents"; allowed: /],
  ])('code form: %s', (_name, scenario, message) => {
    const found = problems(scenario);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
    expect(() => sim.simulate(scenario)).toThrow(/^invalid scenario: scenario\./);
  });

  test.each<[string, any, RegExp]>([
    ['a Lambda response that is not an object', { lambdas: { lookup: ['Ann'] } }, /scenario\.lambdas\.lookup\[0\]: a Lambda response must be an object/],
    ['$error that is not a string', { lambdas: { lookup: [{ $error: 1 }] } }, /scenario\.lambdas\.lookup\[0\]\.\$error: must be a string/],
    ['$error with other keys', { lambdas: { lookup: [{ $error: 'x', name: 'Ann' }] } }, /scenario\.lambdas\.lookup\[0\]: unknown key "name"; allowed: \$error/],
    ['an hours map value outside the set', { hours: { Support: 'shut' } }, /scenario\.hours\.Support: "shut" is not allowed; allowed: open, closed/],
    ['an hours map default outside the set', { hours: { default: 'maybe' } }, /scenario\.hours\.default: "maybe" is not allowed; allowed: open, closed/],
    ['an hours map and hoursByName', { hours: { A: 'open' }, hoursByName: { B: 'open' } }, /scenario\.hours: a map of hours cannot go with "hoursByName"/],
    ['a metrics typo', { metrics: { NumberOfAgentsAvaliable: 0 } }, /scenario\.metrics: unknown key "NumberOfAgentsAvaliable"/],
    ['a per-queue metrics typo', { metrics: { Sales: { NumberOfAgent: 0 } } }, /scenario\.metrics\.Sales: unknown key "NumberOfAgent"/],
    ['per-queue metrics and metricsByQueue', { metrics: { Sales: { NumberOfAgentsOnline: 0 } }, metricsByQueue: { B: {} } }, /scenario\.metrics: per-queue metrics cannot go with "metricsByQueue"/],
    ['an input that is neither keys nor an object', { inputs: [true] }, /scenario\.inputs\[0\]: must be keys \("1"\), a Lex result/],
  ])('JSON form: %s', (_name, json, message) => {
    expect(parseError(json)).toMatch(new RegExp(`^invalid scenario: ${message.source}`));
  });
});

describe('test cases (ContactFlowTest) take the typed form', () => {
  const FN = 'arn:aws:lambda:us-east-1:111122223333:function:Lookup';
  const HOURS = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/operating-hours/h-1';
  const setup = () => {
    const stack = new Stack(new App(), 'Tests', { env: { account: '111122223333', region: 'us-east-1' } });
    const contactCenter = ContactCenter.fromInstanceArn(stack, 'Instance', 'arn:aws:connect:us-east-1:111122223333:instance/i-1');
    const flow = ContactFlow.fromContactFlowAttributes(stack, 'Flow', { contactFlowArn: 'arn:aws:connect:us-east-1:111122223333:instance/i-1/contact-flow/f-1' });
    return { stack, contactCenter, flow };
  };

  test('a typed scenario and the same scenario file give the same test case content', () => {
    const typed: SimulationScenario = {
      inputs: [{ digits: '1' }],
      lambdas: { [FN]: [{ response: { tier: 'gold' } }, { error: 'Throttled' }] },
      hoursByName: { [HOURS]: HoursState.CLOSED },
      expect: { attributes: { tier: 'gold' } },
    };
    const a = setup();
    const fromCode = new ContactFlowTest(a.stack, 'T', { contactCenter: a.contactCenter, flow: a.flow, scenario: typed });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-structs-')), 's.json');
    fs.writeFileSync(file, JSON.stringify({ inputs: ['1'], lambdas: { [FN]: [{ tier: 'gold' }, { $error: 'Throttled' }] }, hours: { [HOURS]: 'closed' }, expect: { attributes: { tier: 'gold' } } }));
    const b = setup();
    const fromFile = ContactFlowTest.fromFile(b.stack, 'T', file, { contactCenter: b.contactCenter, flow: b.flow });
    const resolved = a.stack.resolve(fromCode.content);
    expect(typeof resolved).toBe('string');
    expect(resolved).toEqual(b.stack.resolve(fromFile.content));
    const content = JSON.parse(resolved);
    const overrides = content.Observations[0].Actions.map((x: any) => x.Parameters.Behavior.Properties.Strategy.Response);
    expect(overrides).toEqual([
      { Type: 'ExecutionResult', ExecutionResult: { LoadedData: '{"tier":"gold"}' } },
      { Type: 'Error', Error: { Value: 'NoMatchingError' } },
      { Type: 'ExecutionResult', ExecutionResult: { Value: 'OutOfHours' } },
    ]);
  });

  test('a typed input with two kinds fails at synth, naming the construct and the key', () => {
    const { stack, contactCenter, flow } = setup();
    expect(() => new ContactFlowTest(stack, 'Bad', { contactCenter, flow, scenario: { inputs: [{ digits: '1', timeout: true }] } }))
      .toThrow(/^Tests\/Bad: invalid scenario "\(no description\)": a valid scenario: scenario\.inputs\[0\]: give exactly one of digits, intent or timeout: true, not digits and timeout$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-structs-')), 's.json');
    fs.writeFileSync(file, JSON.stringify({ hours: 'shut' }));
    expect(() => ContactFlowTest.fromFile(stack, 'File', file, { contactCenter, flow }))
      .toThrow(/^Tests\/File: invalid file ".*s\.json": a valid scenario: scenario\.hours: "shut" is not allowed; allowed: open, closed$/);
  });

  test('the typed form written back as a scenario file reads the same', () => {
    const typed: SimulationScenario = {
      inputs: [{ digits: '1' }, { intent: 'Billing', slots: { a: 'b' } }, { timeout: true }],
      lambdas: { f: [{ response: { x: '1' } }, { error: 'boom' }] },
      hours: HoursState.OPEN,
      hoursByName: { Support: HoursState.CLOSED },
      metrics: { numberOfAgentsAvailable: 0 },
      metricsByQueue: { Sales: { numberOfContactsInQueue: 3 } },
    };
    const json = scenarioToJson(typed);
    expect(json).toEqual({
      inputs: ['1', { intent: 'Billing', slots: { a: 'b' } }, { timeout: true }],
      lambdas: { f: [{ x: '1' }, { $error: 'boom' }] },
      hours: { Support: 'closed', default: 'open' },
      metrics: { NumberOfAgentsAvailable: 0, Sales: { NumberOfContactsInQueue: 3 } },
    });
    expect(FlowSimulator.parseScenario(JSON.parse(JSON.stringify(json)))).toEqual(typed);
  });
});

describe('the jsii assembly', () => {
  test('scenario inputs, Lambda results, hours and metrics are structs and enums, not any', () => {
    const file = path.join(__dirname, '..', '..', '.jsii');
    // The assembly is written by the compile step (`jsii`), which runs before the tests.
    expect(fs.existsSync(file)).toBe(true);
    const types: { [fqn: string]: any } = JSON.parse(fs.readFileSync(file, 'utf-8')).types;
    const prop = (type: string, name: string) => types[`cdk-contact-center.${type}`].properties.find((p: any) => p.name === name).type;
    const fqn = (name: string) => ({ fqn: `cdk-contact-center.${name}` });
    expect(prop('SimulationScenario', 'inputs')).toEqual({ collection: { kind: 'array', elementtype: fqn('ScenarioInput') } });
    expect(prop('SimulationScenario', 'lambdas')).toEqual({ collection: { kind: 'map', elementtype: { collection: { kind: 'array', elementtype: fqn('ScenarioLambdaResult') } } } });
    expect(prop('SimulationScenario', 'hours')).toEqual(fqn('HoursState'));
    expect(prop('SimulationScenario', 'hoursByName')).toEqual({ collection: { kind: 'map', elementtype: fqn('HoursState') } });
    expect(prop('SimulationScenario', 'metrics')).toEqual(fqn('QueueMetrics'));
    expect(prop('SimulationScenario', 'metricsByQueue')).toEqual({ collection: { kind: 'map', elementtype: fqn('QueueMetrics') } });
    expect(types['cdk-contact-center.HoursState'].members.map((m: any) => m.name)).toEqual(['OPEN', 'CLOSED']);
    // Inside the structs, only the Lambda response (an arbitrary JSON object) is a map of any.
    const anyProps = ['ScenarioInput', 'ScenarioLambdaResult', 'QueueMetrics', 'SimulationScenario'].flatMap((t) => types[`cdk-contact-center.${t}`].properties
      .filter((p: any) => JSON.stringify(p.type).includes('"primitive":"any"')).map((p: any) => `${t}.${p.name}`));
    expect(anyProps).toEqual(['ScenarioLambdaResult.response']);
    expect(prop('ScenarioLambdaResult', 'response')).toEqual({ collection: { kind: 'map', elementtype: { primitive: 'any' } } });
  });
});

describe('every scenario passed to simulate is checked', () => {
  test('a scenario changed after a run is checked again', () => {
    const scenario: SimulationScenario = { inputs: [{ digits: '1' }, { intent: 'Billing' }], lambdas: { lookup: [{ response: { name: 'Ann' } }] } };
    const own = FlowSimulator.fromDocument(FLOW);
    expect(own.simulate(scenario).prompts).toContain('hello Ann');
    (scenario.inputs as any[]).push({ digits: 2 });
    expect(() => own.simulate(scenario)).toThrow(/^invalid scenario: scenario\.inputs\[2\]\.digits: must be a string of keys, got 2$/);
    (scenario.inputs as any[]).pop();
    (scenario.lambdas as any).lookup[0] = { response: { name: 'Ann' }, error: 'x' };
    expect(() => own.simulate(scenario)).toThrow(/scenario\.lambdas\.lookup\[0\]: give response or error, not both/);
  });

  test('a Lambda key that named nothing is accepted once a stub of that key is added, and only then', () => {
    const own = FlowSimulator.fromDocument(FLOW);
    const scenario: SimulationScenario = { inputs: [{ digits: '1' }, { intent: 'Billing' }], lambdas: { directory: [{ response: {} }] } };
    const unknown = /^scenario\.lambdas: key "directory" matches no function of the flows; functions: arn:aws:lambda:us-east-1:111122223333:function:lookup$/;
    expect(own.validateScenario(scenario)).toEqual([expect.stringMatching(unknown)]);
    expect(() => own.simulate(scenario)).toThrow(/^invalid scenario: scenario\.lambdas: key "directory" matches no function of the flows/);
    expect(own.validateScenario(scenario)).toEqual([expect.stringMatching(unknown)]);
    own.addLambdaStub('directory', { invoke: () => ({}) });
    expect(own.validateScenario(scenario)).toEqual([]);
    expect(own.simulate(scenario).outcome).toBeDefined();
    // Other simulators of the same flow keep their own stubs.
    expect(FlowSimulator.fromDocument(FLOW).validateScenario(scenario)).toEqual([expect.stringMatching(unknown)]);
  });

  test('metricsByQueue that is not an object (NaN included) is rejected', () => {
    for (const bad of [NaN, 0, 'sales', ['sales']]) {
      expect(sim.validateScenario({ metricsByQueue: bad } as any))
        .toEqual(['scenario.metricsByQueue: must be an object of QueueMetrics by queue name, logical ID or ARN fragment']);
    }
  });
});

describe('hours keys', () => {
  const stack = new Stack(new App(), 'Hours');
  const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-hours' });
  const hours = contactCenter.addHoursOfOperation('BusinessHours', { name: 'Business hours', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const queue = contactCenter.addQueue('Sales', { name: 'Sales', hoursOfOperation: hours });
  new ContactFlow(stack, 'Main', {
    contactCenter,
    name: 'Main',
    content: FlowContent.fromJson({
      Version: '2019-10-30',
      StartAction: 'SetQueue',
      Actions: [
        { Identifier: 'SetQueue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: { NextAction: 'Hours', Errors: [err('NoMatchingError', 'End')] } },
        { Identifier: 'Hours', Type: 'CheckHoursOfOperation', Parameters: {}, Transitions: { NextAction: 'End', Conditions: [eq('True', 'Open'), eq('False', 'Closed')], Errors: [err('NoMatchingError', 'End')] } },
        say('Open', 'We are open.'),
        say('Closed', 'We are closed.'),
        { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    }),
  });
  const templateSim = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());

  test('a key names the hours by name, logical ID or ARN fragment', () => {
    expect(templateSim.simulate({ hoursByName: { 'Business hours': HoursState.CLOSED } }).prompts).toEqual(['We are closed.']);
    expect(templateSim.simulate({ hoursByName: { CcBusinessHours: HoursState.CLOSED } }).prompts).toEqual(['We are closed.']);
    expect(templateSim.simulate(FlowSimulator.parseScenario({ hours: { 'Business hours': 'closed' } })).prompts).toEqual(['We are closed.']);
  });

  test('a key that names no hours of the flows is an error listing the hours, in both forms', () => {
    expect(templateSim.validateScenario({ hoursByName: { 'Buisness hours': HoursState.CLOSED } }))
      .toEqual(['scenario.hoursByName: key "Buisness hours" matches no hours of operation of the flows; hours: Business hours']);
    expect(() => templateSim.simulate(FlowSimulator.parseScenario({ hours: { 'Buisness hours': 'closed', 'default': 'open' } })))
      .toThrow(/scenario\.hoursByName: key "Buisness hours" matches no hours of operation of the flows; hours: Business hours/);
  });

  test('a flow without its template: keys are checked against the hours and queues it names, and the contact\'s queue', () => {
    const queueOnly = 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/sales';
    expect(sim.validateScenario({ hoursByName: { Anything: HoursState.CLOSED } }))
      .toEqual([`scenario.hoursByName: key "Anything" matches no hours of operation of the flows; hours: ${queueOnly}`]);
    expect(sim.validateScenario({ hoursByName: { sales: HoursState.CLOSED } })).toEqual([]);
    expect(sim.validateScenario({ contact: { queue: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/vip' }, hoursByName: { vip: HoursState.CLOSED } })).toEqual([]);
  });

  test('the keys of the report ("Nope", "Office hour") are input errors, in both forms', () => {
    for (const key of ['Nope', 'Office hour']) {
      expect(templateSim.validateScenario({ hoursByName: { [key]: HoursState.CLOSED } }))
        .toEqual([`scenario.hoursByName: key "${key}" matches no hours of operation of the flows; hours: Business hours`]);
      expect(templateSim.validateScenario(FlowSimulator.parseScenario({ hours: { [key]: 'closed' } })))
        .toEqual([`scenario.hoursByName: key "${key}" matches no hours of operation of the flows; hours: Business hours`]);
    }
  });
});

describe('lambdas keys', () => {
  const twoFunctions = {
    Version: '2019-10-30',
    StartAction: 'First',
    Actions: [
      { Identifier: 'First', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:LookupCustomer', InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: 'Second', Errors: [err('NoMatchingError', 'Second')] } },
      { Identifier: 'Second', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:ExtensionLookup', InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: 'End', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
  const two = FlowSimulator.fromDocument(twoFunctions, { name: 'Two' });

  test('a fragment that matches several functions is an error naming them; an exact name is not', () => {
    expect(two.validateScenario({ lambdas: { Lookup: [{ response: {} }] } })).toEqual([
      'scenario.lambdas: key "Lookup" matches several functions (arn:aws:lambda:us-east-1:111122223333:function:LookupCustomer, arn:aws:lambda:us-east-1:111122223333:function:ExtensionLookup): each would take the same responses; name one by logical ID, function name or ARN',
    ]);
    expect(two.validateScenario({ lambdas: { LookupCustomer: [{ response: {} }], ExtensionLookup: [{ error: 'Timeout' }] } })).toEqual([]);
    expect(two.validateScenario({ lambdas: { Customer: [{ response: {} }] } })).toEqual([]);
  });
});
