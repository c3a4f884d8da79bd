import { FlowSimulator } from '../../src';
import { exportTestCase } from '../../src/simulator/test-case/export';
import { importTestCase, isTestCaseDocument } from '../../src/simulator/test-case/import';

const FN = 'arn:aws:lambda:us-east-1:111122223333:function:Lookup';
const HOURS = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/operating-hours/h-1';
const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
const ERR = [{ NextAction: 'Sorry', ErrorType: 'NoMatchingError' }];
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Hours',
  Actions: [
    {
      Identifier: 'Hours',
      Type: 'CheckHoursOfOperation',
      Parameters: { HoursOfOperationId: HOURS },
      Transitions: {
        NextAction: 'End',
        Conditions: [{ NextAction: 'Call', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['False'] } }],
        Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }],
      },
    },
    { Identifier: 'Call', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: FN }, Transitions: { NextAction: 'Save', Errors: ERR } },
    { Identifier: 'Save', Type: 'UpdateContactAttributes', Parameters: { Attributes: { tier: '$.External.tier' } }, Transitions: { NextAction: 'Menu', Errors: ERR } },
    {
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 for sales.', StoreInput: 'False', InputTimeLimitSeconds: '5' },
      Transitions: {
        NextAction: 'End',
        Conditions: [{ NextAction: 'Queue', Condition: { Operator: 'Equals', Operands: ['1'] } }],
        Errors: [{ NextAction: 'End', ErrorType: 'InputTimeLimitExceeded' }, { NextAction: 'End', ErrorType: 'NoMatchingCondition' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }],
      },
    },
    { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: QUEUE }, Transitions: { NextAction: 'Transfer', Errors: ERR } },
    { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: ERR } },
    { Identifier: 'Sorry', Type: 'MessageParticipant', Parameters: { Text: 'Sorry.' }, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

describe('importTestCase', () => {
  test.each([
    ['open, gold, presses 1', { hours: { [HOURS]: 'open' }, lambdas: { [FN]: [{ tier: 'gold' }] }, inputs: ['1'], expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: QUEUE, attributes: { tier: 'gold' } } }],
    ['closed', { hours: { [HOURS]: 'closed' }, expect: {} }],
    ['lookup fails', { hours: { [HOURS]: 'open' }, lambdas: { [FN]: [{ $error: 'NoMatchingError' }] }, expect: {} }],
  ])('round trip (%s): scenario → test case → offline run gives the same outcome', (_name, scenario: any) => {
    const simulator = FlowSimulator.fromDocument(FLOW, { name: 'Main' });
    const direct = simulator.simulate(FlowSimulator.parseScenario(scenario));
    const doc = exportTestCase(scenario);
    expect(isTestCaseDocument(doc)).toBe(true);
    const imported = importTestCase(doc);
    expect(imported.unsupported).toEqual([]);
    const typed = FlowSimulator.parseScenario(imported.scenario);
    expect(simulator.validateScenario(typed)).toEqual([]);
    const again = simulator.simulate(typed);
    expect(again.outcome).toBe(direct.outcome);
    expect(again.queue).toBe(direct.queue);
    expect(again.attributes).toEqual(direct.attributes);
    expect(again.path).toEqual(direct.path);
    expect(FlowSimulator.differences(again, imported.scenario.expect)).toEqual([]);
  });

  test('what the simulator cannot run is listed, naming where it is', () => {
    const { scenario, unsupported } = importTestCase({
      Version: '2025-06-21',
      Metadata: {},
      Observations: [
        {
          Identifier: 'start',
          Event: { Identifier: 'e0', Type: 'TestInitiated', Actor: 'System', Properties: {} },
          Actions: [
            { Identifier: 'sub', Type: 'OverrideSystemBehavior', Parameters: { ActionType: 'OverrideSystemBehavior', Behavior: { Type: 'FlowAction', Properties: { ActionType: 'InvokeLambdaFunction', ActionParameters: { LambdaFunctionARN: FN }, Strategy: { Type: 'SubstituteResource', SubstituteArn: FN } } } } },
          ],
        },
        {
          Identifier: 'hello',
          Event: { Identifier: 'e1', Type: 'MessageReceived', Actor: 'System', Properties: { Text: 'Hello' } },
          Actions: [
            { Identifier: 'say', Type: 'SendInstruction', Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'TextUtterance', Properties: { Value: 'sales' } } } },
            { Identifier: 'q', Type: 'Assert', Parameters: { Namespace: '$.Queue.Name', Operator: 'Equals', Operand: 'Sales' } },
            { Identifier: 'end', Type: 'TestControl', Parameters: {} },
          ],
        },
        { Identifier: 'hours', Event: { Identifier: 'e2', Type: 'FlowActionStarted', Actor: 'System', Properties: { ActionType: 'CheckHoursOfOperation', ActionParameters: { HoursOfOperationId: HOURS } } }, Actions: [] },
        {
          Identifier: 'similar',
          Event: { Identifier: 'e3', Type: 'MessageReceived', Actor: 'System', Properties: { Text: 'Goodbye', PromptId: 'p-1', MatchingCriteria: { Type: 'Similarity' } } },
          Usage: { Type: 'ANY' },
          Actions: [{ Identifier: 'bye', Type: 'SendInstruction', Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'Disconnect' } } }],
        },
      ],
    });
    expect(scenario).toEqual({ expect: {} });
    expect(unsupported).toEqual([
      'Observations[0] (start).Actions[0] (sub): InvokeLambdaFunction "SubstituteResource" (only MockResponse is simulated)',
      'Observations[1] (hello).Actions[0] (say): instruction "TextUtterance" (customer DtmfInput and TextUtterance with Text are simulated)',
      'Observations[1] (hello).Actions[1] (q): Assert $.Queue.Name Equals (only $.Attributes.<name> Equals is checked)',
      'Observations[1] (hello).Actions[2] (end): TestControl command undefined',
      'Observations[2] (hours): FlowActionStarted CheckHoursOfOperation is not checked (TransferContactToQueue and InvokeLambdaFunction are)',
      'Observations[3] (similar): Usage {"Type":"ANY"} (an observation is matched once offline)',
      'Observations[3] (similar): the message\'s PromptId is not checked (Text and SSML are)',
      'Observations[3] (similar): "Similarity" matching of a message (only Inclusion, containing the text, is checked offline)',
      'Observations[3] (similar).Actions[0] (bye): instruction "Disconnect" (customer DtmfInput and TextUtterance with Text are simulated)',
    ]);
  });

  test('another version or a non-test-case is reported', () => {
    expect(importTestCase({ Version: '2019-10-30', Observations: [] }).unsupported).toEqual(['Version "2019-10-30": only 2025-06-21 is read']);
    expect(importTestCase({ inputs: [] }).unsupported[0]).toMatch(/not a test case/);
    expect(isTestCaseDocument({ inputs: ['1'] })).toBe(false);
  });
});
