import { checkShape } from './shape';
import { FlowSimulator, SimulationOutcome } from '../../src';
import { exportTestCase, inputPrompts } from '../../src/simulator/test-case/export';

const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/sales';
const AGENT = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/rita';
const FN = 'arn:aws:lambda:us-east-1:111122223333:function:Greet';
const BOT = 'arn:aws:lex:us-east-1:111122223333:bot-alias/B/A';
const ERR = [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }];
const UTTERANCES = { ReachPerson: 'I would like to speak to {FirstName}', Sales: 'sales please' };
/** A menu (1 for sales), or silence and then a name said to a bot; the agent is greeted by name. */
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Greet',
  Actions: [
    { Identifier: 'Greet', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: FN }, Transitions: { NextAction: 'Hello', Errors: [{ NextAction: 'Hello', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Hello', Type: 'MessageParticipant', Parameters: { Text: 'Welcome to Acme.' }, Transitions: { NextAction: 'Menu', Errors: ERR } },
    {
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 for sales, or stay on the line.', StoreInput: 'False', InputTimeLimitSeconds: '5' },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [{ NextAction: 'Sales', Condition: { Operator: 'Equals', Operands: ['1'] } }],
        Errors: [{ NextAction: 'Who', ErrorType: 'InputTimeLimitExceeded' }, { NextAction: 'Bye', ErrorType: 'NoMatchingCondition' }, ...ERR],
      },
    },
    {
      Identifier: 'Who',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: { Text: 'Who would you like to reach?', LexV2Bot: { AliasArn: BOT } },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [
          { NextAction: 'ToRita', Condition: { Operator: 'Equals', Operands: ['ReachPerson'] } },
          { NextAction: 'Sales', Condition: { Operator: 'Equals', Operands: ['Sales'] } },
        ],
        Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingCondition' }, ...ERR],
      },
    },
    { Identifier: 'ToRita', Type: 'UpdateContactTargetQueue', Parameters: { AgentId: AGENT }, Transitions: { NextAction: 'Connecting', Errors: ERR } },
    { Identifier: 'Connecting', Type: 'MessageParticipant', Parameters: { Text: 'Connecting you to $.Lex.Slots.FirstName.' }, Transitions: { NextAction: 'Transfer', Errors: ERR } },
    { Identifier: 'Sales', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: QUEUE }, Transitions: { NextAction: 'Transfer', Errors: ERR } },
    { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'Bye', Errors: ERR } },
    { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

const simulator = FlowSimulator.fromDocument(FLOW, { name: 'Main' });

describe('round trips through the test-case language', () => {
  test.each([
    ['silence, then a name said to the bot, reaches the agent', {
      lambdas: { [FN]: [{}] },
      inputs: [{ timeout: true }, { intent: 'ReachPerson', slots: { FirstName: 'Rita' } }],
      expect: { outcome: SimulationOutcome.TRANSFERRED_TO_QUEUE, agent: AGENT, prompts: ['Welcome to Acme.', 'Connecting you to Rita.'] },
    }],
    ['silence, then "sales please", reaches the sales queue', {
      inputs: [{ timeout: true }, { intent: 'Sales' }],
      expect: { outcome: SimulationOutcome.TRANSFERRED_TO_QUEUE, queue: QUEUE },
    }],
    ['pressing 1 reaches the sales queue', { inputs: ['1'], expect: { outcome: SimulationOutcome.TRANSFERRED_TO_QUEUE, queue: QUEUE } }],
  ])('%s: scenario → test case → offline run gives the same contact', (_name, scenario: any) => {
    const typed = FlowSimulator.parseScenario(scenario);
    const direct = simulator.simulate(typed);
    expect(FlowSimulator.differences(direct, scenario.expect)).toEqual([]);
    const doc = exportTestCase(scenario, { utterances: UTTERANCES, inputPrompts: inputPrompts(direct.events) });
    checkShape(doc);
    const read = FlowSimulator.scenarioFromTestCase(doc, { utterances: UTTERANCES });
    expect(read.unsupported).toEqual([]);
    expect(read.scenario.inputs).toEqual(typed.inputs);
    const run = simulator.runTestCase(doc, { utterances: UTTERANCES });
    expect(run.unsupported).toEqual([]);
    expect(run.differences).toEqual([]);
    expect(run.passed).toBe(true);
    expect(run.result!.outcome).toBe(direct.outcome);
    expect(run.result!.queue).toBe(direct.queue);
    expect(run.result!.agent).toBe(direct.agent);
    expect(run.result!.path).toEqual(direct.path);
    expect(run.result!.prompts).toEqual(direct.prompts);
  });

  test('the input prompts, unanswered messages and observed Lambda calls are checked on the run', () => {
    const scenario = { inputs: ['1'], expect: { outcome: SimulationOutcome.TRANSFERRED_TO_QUEUE, queue: QUEUE, prompts: ['Welcome to Acme.'] } };
    const doc: any = exportTestCase(scenario, { inputPrompts: ['Press 1 for sales'] });
    expect(simulator.runTestCase(doc).passed).toBe(true);
    doc.Observations[1].Event.Properties.Text = 'Press 2 for support';
    doc.Observations.find((o: any) => o.Identifier === 'expected-prompt-1').Event.Properties.Text = 'Welcome to Umbrella';
    doc.Observations.push({
      Identifier: 'lookup',
      Event: { Identifier: 'lookup-call', Type: 'FlowActionStarted', Actor: 'System', Properties: { ActionType: 'InvokeLambdaFunction', ActionParameters: { LambdaFunctionARN: `${FN}-other` } } },
      Actions: [],
      Transitions: {},
    });
    const run = simulator.runTestCase(doc);
    expect(run.passed).toBe(false);
    expect(run.differences).toEqual([
      'input 1: expected to answer a message containing "Press 2 for support"; it answered "Press 1 for sales, or stay on the line."',
      'prompts: expected one containing "Welcome to Umbrella"; played ["Welcome to Acme.","Press 1 for sales, or stay on the line."]',
      `Lambda: expected 1 call(s) to ${FN}-other; 0 made`,
    ]);
  });

  test('an utterance no intent says, or a Lambda ARN no flow invokes, is reported and nothing runs', () => {
    const doc = exportTestCase({ inputs: [{ intent: 'Sales' }], expect: {} }, { utterances: { Sales: 'I want to buy' } });
    const run = simulator.runTestCase(doc, { utterances: UTTERANCES });
    expect(run).toEqual({
      unsupported: ['Observations[1] (input-1).Actions[0] (say-1): the utterance "I want to buy" matches none of the intents\' utterances (the simulator needs the intent)'],
      differences: [],
      passed: false,
    });
    const unknown = simulator.runTestCase(exportTestCase({ lambdas: { 'arn:aws:lambda:us-east-1:111122223333:function:Nope': [{}] }, expect: {} }));
    expect(unknown.passed).toBe(false);
    expect(unknown.unsupported.join()).toMatch(/scenario\.lambdas/);
  });
});
