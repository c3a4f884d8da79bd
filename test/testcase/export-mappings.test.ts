import { checkShape } from './shape';
import { exportTestCase, inputPrompts, testCaseEntryNumbers } from '../../src/simulator/test-case/export';

const HOURS = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/operating-hours/h-1';
const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
const AGENT = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/a-1';
/** Weekdays 08:00–18:00 in New York, closed on New Year's Day 2027. */
const SCHEDULE = {
  timeZone: 'America/New_York',
  config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((Day) => ({ Day, StartTime: { Hours: 8, Minutes: 0 }, EndTime: { Hours: 18, Minutes: 0 } })),
  overrides: [{ OverrideName: 'New Year', EffectiveFrom: '2027-01-01', EffectiveTill: '2027-01-01', OverrideConfig: [] }],
};

describe('caller inputs', () => {
  test('a Lex result becomes what the caller says (TextUtterance), slots filled into the utterance', () => {
    const doc = exportTestCase(
      { inputs: [{ intent: 'ReachPerson', slots: { FirstName: 'Rita', LastName: 'Santus' } }, { intent: 'Billing' }], expect: {} },
      { utterances: { ReachPerson: 'I would like to speak to {FirstName} {LastName}', Billing: 'billing' } },
    );
    checkShape(doc);
    expect(doc.Observations[1]).toEqual({
      Identifier: 'input-1',
      Event: { Identifier: 'prompt-1', Type: 'MessageReceived', Actor: 'System', Properties: {} },
      Actions: [{
        Identifier: 'say-1',
        Type: 'SendInstruction',
        Parameters: {
          ActionType: 'SendInstruction',
          Actor: 'Customer',
          Instruction: { Type: 'TextUtterance', Properties: { Text: 'I would like to speak to Rita Santus', LanguageCode: 'en-US' } },
        },
        Transitions: {},
      }],
      Transitions: { NextObservations: ['input-2'] },
    });
    expect(doc.Observations[2].Actions[0].Parameters.Instruction.Properties).toEqual({ Text: 'billing', LanguageCode: 'en-US' });
    const spanish = exportTestCase({ inputs: [{ intent: 'Billing' }], expect: {} }, { utterances: { Billing: 'facturación' }, languageCode: 'es-US' });
    expect(spanish.Observations[1].Actions[0].Parameters.Instruction.Properties.LanguageCode).toBe('es-US');
  });

  test('what an utterance cannot carry fails naming it, unless left out knowingly', () => {
    const utterances = { ReachPerson: '{FirstName}' };
    expect(() => exportTestCase({ inputs: [{ intent: 'ReachPerson', slots: { FirstName: 'Rita', LastName: 'Santus' } }] }, { utterances }))
      .toThrow(/scenario\.inputs\[0\]\.slots\.LastName: the utterance for "ReachPerson" does not say this slot: add \{LastName\}.*leaveOut: \["inputs\[0\]\.slots\.LastName"\]/);
    expect(() => exportTestCase({ inputs: [{ intent: 'ReachPerson', slots: {} }] }, { utterances }))
      .toThrow(/scenario\.inputs\[0\]\.slots\.FirstName: the utterance for "ReachPerson" says \{FirstName\}/);
    expect(() => exportTestCase({ inputs: [{ intent: 'ReachPerson', slots: { FirstName: 'Rita' }, sessionAttributes: { a: '1' } }] }, { utterances }))
      .toThrow(/scenario\.inputs\[0\]\.sessionAttributes: the deployed bot decides this/);
    const left = exportTestCase(
      { inputs: [{ intent: 'ReachPerson', slots: { FirstName: 'Rita' }, sessionAttributes: { a: '1' } }], expect: {} },
      { utterances, leaveOut: ['inputs[0].sessionAttributes'] },
    );
    expect(left.Observations[1].Actions[0].Parameters.Instruction.Properties.Text).toBe('Rita');
  });

  test('silence is the next message with no instruction: the flow\'s own input timeout moves on', () => {
    const doc = exportTestCase({ inputs: [{ timeout: true }, '102#'], expect: {} });
    checkShape(doc);
    expect(doc.Observations[1]).toEqual({
      Identifier: 'input-1',
      Event: { Identifier: 'prompt-1', Type: 'MessageReceived', Actor: 'System', Properties: {} },
      Actions: [],
      Transitions: { NextObservations: ['input-2'] },
    });
    expect(doc.Observations[2].Actions[0].Parameters.Instruction).toEqual({ Type: 'DtmfInput', Properties: { Value: '102#' } });
  });

  test('the prompt each input answers, when known, is the text its message must contain (silence waits for any message)', () => {
    const doc = exportTestCase({ inputs: ['1', { timeout: true }] }, { inputPrompts: ['Press 1 for sales.', 'Anything else?'] });
    checkShape(doc);
    expect(doc.Observations[1].Event.Properties).toEqual({ Text: 'Press 1 for sales.', MatchingCriteria: { Type: 'Inclusion' } });
    expect(doc.Observations[2].Event.Properties).toEqual({});
    expect(exportTestCase({ inputs: ['1'] }, { inputPrompts: ['<speak>Press 1</speak>'] }).Observations[1].Event.Properties)
      .toEqual({ SSML: '<speak>Press 1</speak>', MatchingCriteria: { Type: 'Inclusion' } });
  });

  test('inputPrompts reads the prompt before each scripted input from an offline transcript', () => {
    expect(inputPrompts([
      { kind: 'prompt', text: 'Welcome.' },
      { kind: 'prompt', text: 'Enter the extension.' },
      { kind: 'timeout', text: 'silence (timeout)' },
      { kind: 'input', text: 'no digits: $.StoredCustomerInput is "Timeout"' },
      { kind: 'prompt', text: 'Who would you like to reach?' },
      { kind: 'input', text: 'Lex: {"intent":"Billing"}' },
      { kind: 'input', text: 'keys "1"' },
      { kind: 'timeout', text: 'no input (timeout)' },
    ])).toEqual(['Enter the extension.', 'Who would you like to reach?', 'Who would you like to reach?']);
  });
});

describe('expectations', () => {
  test('expected prompts are their own chain of MessageReceived observations, in order', () => {
    const doc = exportTestCase({ inputs: ['1'], expect: { prompts: ['Hello Ann.', 'Goodbye.'] } });
    checkShape(doc);
    expect(doc.Observations.map((o) => o.Identifier)).toEqual(['start', 'input-1', 'end', 'expected-prompt-1', 'expected-prompt-2']);
    expect(doc.Observations[2].Transitions).toEqual({});
    expect(doc.Observations[3]).toEqual({
      Identifier: 'expected-prompt-1',
      Event: { Identifier: 'expected-message-1', Type: 'MessageReceived', Actor: 'System', Properties: { Text: 'Hello Ann.', MatchingCriteria: { Type: 'Inclusion' } } },
      Actions: [],
      Transitions: { NextObservations: ['expected-prompt-2'] },
    });
    expect(doc.Observations[4].Transitions).toEqual({});
    expect(() => exportTestCase({ expect: { prompts: ['prompt:arn:aws:connect:us-east-1:1:instance/i/prompt/p'] } }))
      .toThrow(/scenario\.expect\.prompts\[0\]: a recorded prompt/);
  });

  test('an expected agent is the AgentId of the observed transfer', () => {
    const doc = exportTestCase({ expect: { outcome: 'TRANSFERRED_TO_QUEUE', agent: 'Rita' } }, { agentArns: { Rita: AGENT } });
    checkShape(doc);
    expect(doc.Observations[1].Event.Properties).toEqual({ ActionType: 'TransferContactToQueue', ActionParameters: { AgentId: AGENT } });
    const both = exportTestCase({ expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: QUEUE, agent: AGENT } });
    expect(both.Observations[1].Event.Properties.ActionParameters).toEqual({ QueueId: QUEUE, AgentId: AGENT });
    expect(() => exportTestCase({ expect: { outcome: 'TRANSFERRED_TO_QUEUE', agent: 'Rita' } })).toThrow(/scenario\.expect\.agent: .*agentArns/);
  });

  test.each(['DISCONNECTED', 'TRANSFERRED_TO_FLOW', 'TRANSFERRED_TO_PHONE_NUMBER', 'TRANSFERRED_TO_AGENT', 'CALLBACK_CREATED', 'ENDED', 'ERROR', 'STEP_LIMIT'])(
    'the outcome %s has no documented observation: it fails, or is left out knowingly', (outcome) => {
      expect(() => exportTestCase({ expect: { outcome } })).toThrow(new RegExp(`scenario\\.expect\\.outcome: "${outcome}": .*TransferContactToQueue only`));
      expect(exportTestCase({ expect: { outcome, prompts: ['Bye.'] } }, { leaveOut: ['expect.outcome'] }).Observations.map((o) => o.Identifier))
        .toEqual(['start', 'end', 'expected-prompt-1']);
    });

  test('leaveOut must name an element that would have failed', () => {
    expect(() => exportTestCase({ expect: { lambdaCalls: 1 } }, { leaveOut: ['expect.lambdaCalls', 'expect.queue'] }))
      .toThrow(/leaveOut "expect\.queue": names no scenario element that lacks a test-case equivalent/);
    expect(exportTestCase({ expect: { lambdaCalls: 0, attributes: { a: 'b' } }, metrics: {} }, { leaveOut: ['expect.lambdaCalls', 'metrics'] }).Observations).toHaveLength(2);
  });

  test('a test case left with nothing to check fails rather than pass whatever the flow does', () => {
    expect(() => exportTestCase({ time: '2026-12-02T17:30:00Z', expect: { outcome: 'DISCONNECTED', lambdaCalls: 0 } }, {
      hoursArns: { Main: HOURS },
      hoursSchedules: { Main: SCHEDULE },
      leaveOut: ['expect.outcome', 'expect.lambdaCalls'],
    })).toThrow(/scenario\.expect: nothing it expects has a test-case equivalent .*would check nothing/);
  });
});

describe('time and contact attributes', () => {
  test('a time becomes the result each schedule has then, as hours mock results', () => {
    const at = (time: string) => exportTestCase({ time, expect: {} }, { hoursArns: { Main: HOURS }, hoursSchedules: { Main: SCHEDULE } })
      .Observations[0].Actions.map((a: any) => a.Parameters.Behavior.Properties.Strategy.Response.ExecutionResult.Value);
    expect(at('2026-12-02T15:30:00Z')).toEqual(['InHours']); // Wednesday 10:30 in New York
    expect(at('2026-12-02T23:30:00Z')).toEqual(['OutOfHours']); // 18:30
    expect(at('2027-01-01T15:30:00Z')).toEqual(['OutOfHours']); // the New Year override
    // "hours" wins over the time for the hours it names.
    expect(exportTestCase({ time: '2027-01-01T15:30:00Z', hours: { Main: 'open' }, expect: {} }, { hoursArns: { Main: HOURS }, hoursSchedules: { Main: SCHEDULE } })
      .Observations[0].Actions[0].Parameters.Behavior.Properties.Strategy.Response.ExecutionResult.Value).toBe('InHours');
    expect(() => exportTestCase({ time: '2027-01-01T15:30:00Z' }, { hoursArns: { Main: HOURS } })).toThrow(/scenario\.time: .*schedule of hours "Main"/);
    expect(() => exportTestCase({ time: 'noon' }, { hoursArns: { Main: HOURS }, hoursSchedules: { Main: SCHEDULE } })).toThrow(/scenario\.time: must be an ISO 8601 time/);
  });

  test('contact attributes are the initial custom attributes of the entry point, not content', () => {
    const scenario = { contact: { customerNumber: '+15555550123', attributes: { name: 'Ann' } }, expect: {} };
    expect(testCaseEntryNumbers(scenario)).toEqual({ sourcePhoneNumber: '+15555550123', destinationPhoneNumber: undefined, initializationData: '{"name":"Ann"}' });
    expect(exportTestCase(scenario).Observations).toHaveLength(2);
  });
});
