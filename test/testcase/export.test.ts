import { checkShape } from './shape';
import { exportTestCase, testCaseEntryNumbers, TEST_CASE_VERSION } from '../../src/simulator/test-case/export';

const FN = 'arn:aws:lambda:us-east-1:111122223333:function:lookup';
const HOURS = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/operating-hours/h-1';

describe('exportTestCase', () => {
  test('a scenario that knowingly expects nothing ("expect": {}) is a test that starts and completes', () => {
    const doc = exportTestCase({ expect: {} });
    checkShape(doc);
    expect(doc.Version).toBe(TEST_CASE_VERSION);
    expect(doc.Observations.map((o) => o.Identifier)).toEqual(['start', 'end']);
    expect(doc.Observations[0].Transitions).toEqual({ NextObservations: ['end'] });
    expect(doc.Observations[1].Transitions).toEqual({});
  });

  test('a scenario with no expect and nothing else to check fails naming expect', () => {
    const nothing = /scenario\.expect: missing, and no input waits for a known prompt: the test case would check nothing/;
    expect(() => exportTestCase({})).toThrow(nothing);
    expect(() => exportTestCase({ inputs: ['1'], lambdas: { [FN]: [{}] }, hours: 'open' }, { hoursArns: { Main: HOURS } })).toThrow(nothing);
    // An input that waits for a known prompt checks that prompt: no expect needed.
    expect(exportTestCase({ inputs: ['1'] }, { inputPrompts: ['Press 1'] }).Observations[1].Event.Properties.Text).toBe('Press 1');
  });

  test('DTMF inputs become customer DTMF instructions, one observation each, in order', () => {
    const doc = exportTestCase({ inputs: ['1', 42], expect: {} });
    checkShape(doc);
    expect(doc.Observations.map((o) => o.Identifier)).toEqual(['start', 'input-1', 'input-2', 'end']);
    expect(doc.Observations[1]).toEqual({
      Identifier: 'input-1',
      Event: { Identifier: 'prompt-1', Type: 'MessageReceived', Actor: 'System', Properties: {} },
      Actions: [{
        Identifier: 'dtmf-1',
        Type: 'SendInstruction',
        Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'DtmfInput', Properties: { Value: '1' } } },
        Transitions: {},
      }],
      Transitions: { NextObservations: ['input-2'] },
    });
    expect(doc.Observations[2].Actions[0].Parameters.Instruction.Properties.Value).toBe('42');
  });

  test('Lambda responses and errors become mock-response overrides, in order, at test start', () => {
    const doc = exportTestCase({ lambdas: { Lookup: [{ tier: 'gold' }, { $error: 'boom' }] }, expect: {} }, { lambdaArns: { Lookup: FN } });
    checkShape(doc);
    const actions = doc.Observations[0].Actions;
    expect(actions).toHaveLength(2);
    expect(actions[0]).toEqual({
      Identifier: 'lambda-1',
      Type: 'OverrideSystemBehavior',
      Parameters: {
        ActionType: 'OverrideSystemBehavior',
        Behavior: {
          Type: 'FlowAction',
          Properties: {
            ActionType: 'InvokeLambdaFunction',
            ActionParameters: { LambdaFunctionARN: FN },
            Strategy: { Type: 'MockResponse', Response: { Type: 'ExecutionResult', ExecutionResult: { LoadedData: '{"tier":"gold"}' } } },
          },
        },
      },
      Transitions: { NextAction: 'lambda-2' },
    });
    expect(actions[1].Parameters.Behavior.Properties.Strategy.Response).toEqual({ Type: 'Error', Error: { Value: 'NoMatchingError' } });
    expect(actions[1].Transitions).toEqual({});
  });

  test('a Lambda key that is an ARN needs no mapping; a logical ID without one fails naming it', () => {
    expect(exportTestCase({ lambdas: { [FN]: [{}] }, expect: {} }).Observations[0].Actions).toHaveLength(1);
    expect(() => exportTestCase({ lambdas: { Lookup: [{}] } })).toThrow(/scenario\.lambdas\.Lookup: the test case needs the function ARN/);
  });

  test('hours become CheckHoursOfOperation mock results', () => {
    const closed = exportTestCase({ hours: 'closed', expect: {} }, { hoursArns: { Main: HOURS } });
    checkShape(closed);
    expect(closed.Observations[0].Actions[0].Parameters.Behavior.Properties).toEqual({
      ActionType: 'CheckHoursOfOperation',
      ActionParameters: { HoursOfOperationId: HOURS },
      Strategy: { Type: 'MockResponse', Response: { Type: 'ExecutionResult', ExecutionResult: { Value: 'OutOfHours' } } },
    });
    const open = exportTestCase({ hours: { Main: 'open' }, expect: {} }, { hoursArns: { Main: HOURS } });
    expect(open.Observations[0].Actions[0].Parameters.Behavior.Properties.Strategy.Response.ExecutionResult.Value).toBe('InHours');
    expect(() => exportTestCase({ hours: 'open' })).toThrow(/scenario\.hours: .*hoursArns/);
    expect(() => exportTestCase({ hours: { default: 'open' } }, { hoursArns: { Main: HOURS } })).toThrow(/scenario\.hours\.default/);
    expect(() => exportTestCase({ hours: { Main: 'maybe' } }, { hoursArns: { Main: HOURS } })).toThrow(/scenario\.hours\.Main: "maybe"/);
  });

  test('expected attributes become Equals assertions at test completion', () => {
    const doc = exportTestCase({ expect: { attributes: { tier: 'gold', lang: 'en' } } });
    checkShape(doc);
    expect(doc.Observations[1].Actions).toEqual([
      { Identifier: 'assert-1', Type: 'Assert', Parameters: { Namespace: '$.Attributes.tier', Operator: 'Equals', Operand: 'gold' }, Transitions: { NextAction: 'assert-2' } },
      { Identifier: 'assert-2', Type: 'Assert', Parameters: { Namespace: '$.Attributes.lang', Operator: 'Equals', Operand: 'en' }, Transitions: {} },
    ]);
  });

  test.each([
    [{ contact: { languageCode: 'fr-FR' } }, /scenario\.contact\.languageCode/],
    [{ metrics: {} }, /scenario\.metrics/],
    [{ maxSteps: 10 }, /scenario\.maxSteps/],
    [{ seed: 2 }, /scenario\.seed/],
    [{ queueAtCapacity: true }, /scenario\.queueAtCapacity/],
    [{ thirdPartyResult: 'failed' }, /scenario\.thirdPartyResult/],
    [{ undialablePrefixes: ['+447'] }, /scenario\.undialablePrefixes/],
    [{ actionResults: {} }, /scenario\.actionResults/],
    [{ bogus: 1 }, /scenario\.bogus: unknown scenario key/],
    [{ time: '2026-12-25T10:30:00-05:00' }, /scenario\.time: .*hoursArns and hoursSchedules/],
    [{ inputs: [{ intent: 'Billing' }] }, /scenario\.inputs\[0\]: .*utterances/],
    [{ expect: { agent: 'a' } }, /scenario\.expect\.agent: .*TRANSFERRED_TO_QUEUE/],
    [{ expect: { outcome: 'DISCONNECTED' } }, /scenario\.expect\.outcome/],
    [{ expect: { callbackNumber: '+1' } }, /scenario\.expect\.callbackNumber/],
    [{ expect: { lambdaCalls: 1 } }, /scenario\.expect\.lambdaCalls/],
    [{ expect: { transferredTo: 'x' } }, /scenario\.expect\.transferredTo/],
    [{ expect: { contactTags: {} } }, /scenario\.expect\.contactTags/],
  ])('%j has no equivalent and fails naming it', (scenario, message) => {
    expect(() => exportTestCase(scenario)).toThrow(message);
    expect(() => exportTestCase(scenario)).toThrow(/^cannot export /);
  });

  test('description and flow are not test content and export', () => {
    expect(exportTestCase({ description: 'x', flow: 'Main', expect: {} }).Observations).toHaveLength(2);
  });
});

describe('contact and transfers', () => {
  const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
  test('caller and dialled numbers go to the entry point, not the content', () => {
    const scenario = { contact: { customerNumber: '+15555550123', systemNumber: '+15555550199', channel: 'VOICE' }, expect: {} };
    expect(testCaseEntryNumbers(scenario)).toEqual({ sourcePhoneNumber: '+15555550123', destinationPhoneNumber: '+15555550199' });
    expect(exportTestCase(scenario).Observations).toHaveLength(2);
    expect(() => exportTestCase({ contact: { channel: 'CHAT' } })).toThrow(/scenario\.contact\.channel: .*voice entry point/);
    expect(() => exportTestCase({ contact: { attributes: { a: 1 } } })).toThrow(/scenario\.contact\.attributes: must be an object of strings/);
  });

  test('an ARN the scenario gives directly must be one of its kind, and the Connect ARNs of the test case of one instance', () => {
    expect(() => exportTestCase({ hours: { [QUEUE]: 'open' }, expect: {} }))
      .toThrow(`cannot export to a test case: scenario.hours.${QUEUE}: "${QUEUE}" is not an hours of operation ARN, `
        + 'arn:<partition>:connect:<region>:<account>:instance/<instanceId>/operating-hours/<hoursOfOperationId>');
    expect(() => exportTestCase({ lambdas: { 'arn:aws:lambda:us-east-1:111122223333:layer:lookup': [{}] }, expect: {} }))
      .toThrow(/scenario\.lambdas\.arn:aws:lambda:us-east-1:111122223333:layer:lookup: .* is not a Lambda function ARN/);
    const other = QUEUE.replace('i-1', 'i-2');
    expect(() => exportTestCase({ hours: { Main: 'closed' }, expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: other } }, { hoursArns: { Main: HOURS } }))
      .toThrow(`cannot export to a test case: scenario.expect.queue: "${other}" is not an ARN of the instance of scenario.hours.Main "${HOURS}" `
        + '(instance ID i-1, not i-2): a test case runs on one Amazon Connect instance');
    // Values that are no ARN (deploy-time tokens of ContactFlowTest) are not compared.
    expect(exportTestCase({ hours: 'open', expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: other } }, { hoursArns: { Main: '${Token[TOKEN.1]}' } })
      .Observations.map((o) => o.Identifier)).toEqual(['start', 'transfer', 'end']);
  });

  test('an expected transfer to a queue is observed as the TransferContactToQueue flow action', () => {
    const doc = exportTestCase({ inputs: ['1'], expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: 'Sales' } }, { queueArns: { Sales: QUEUE } });
    checkShape(doc);
    expect(doc.Observations.map((o) => o.Identifier)).toEqual(['start', 'input-1', 'transfer', 'end']);
    expect(doc.Observations[2].Event).toEqual({
      Identifier: 'transfer-to-queue',
      Type: 'FlowActionStarted',
      Actor: 'System',
      Properties: { ActionType: 'TransferContactToQueue', ActionParameters: { QueueId: QUEUE } },
    });
    expect(exportTestCase({ expect: { outcome: 'TRANSFERRED_TO_QUEUE' } }).Observations[1].Event.Properties.ActionParameters).toEqual({});
    expect(() => exportTestCase({ expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: 'Sales' } })).toThrow(/scenario\.expect\.queue: .*queueArns/);
    expect(() => exportTestCase({ expect: { queue: QUEUE } })).toThrow(/scenario\.expect\.queue: .*TRANSFERRED_TO_QUEUE/);
  });
});
