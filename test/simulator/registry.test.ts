import { FlowSimulator, SimulationEventKind, SimulationOutcome } from '../../src';

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const err = (type: string, next: string) => ({ NextAction: next, ErrorType: type });
const say = (id: string, text: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'End' } });
const doc = (start: string, ...actions: any[]) => ({ Version: '2019-10-30', StartAction: start, Actions: [...actions, END] });

describe('actions that call other services are recorded and take their branch from the scenario', () => {
  const profile = doc('Profile',
    {
      Identifier: 'Profile',
      Type: 'GetCustomerProfile',
      Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' } },
      Transitions: { NextAction: 'Known', Errors: [err('NoneFoundError', 'New'), err('MultipleFoundError', 'Agent'), err('NoMatchingError', 'Sorry')] },
    },
    say('Known', 'Welcome back'), say('New', 'Welcome'), say('Agent', 'Let me find you'), say('Sorry', 'Sorry'));
  const sim = FlowSimulator.fromDocument(profile);

  test('success by default', () => {
    const r = sim.simulate();
    expect(r.prompts).toEqual(['Welcome back']);
    expect(r.recordedActions).toEqual([{
      actionType: 'GetCustomerProfile',
      actionIdentifier: 'Profile',
      result: 'success',
      parameters: { ProfileRequestData: JSON.stringify({ IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }) },
    }]);
    expect(r.events.filter((e) => e.kind === SimulationEventKind.ACTION)).toHaveLength(1);
  });

  test('an error type from the scenario takes that branch, by type or by Identifier; the last result repeats', () => {
    expect(sim.simulate({ actionResults: { GetCustomerProfile: ['NoneFoundError'] } }).prompts).toEqual(['Welcome']);
    expect(sim.simulate({ actionResults: { Profile: ['MultipleFoundError'] } }).prompts).toEqual(['Let me find you']);
    const r = sim.simulate({ actionResults: { Profile: ['NoMatchingError'] } });
    expect(r.prompts).toEqual(['Sorry']);
    expect(r.recordedActions[0].result).toBe('NoMatchingError');
  });

  test('a value is compared with the conditions (Voice ID)', () => {
    const voice = doc('Check',
      {
        Identifier: 'Check',
        Type: 'CheckVoiceId',
        Parameters: {},
        Transitions: {
          NextAction: 'Other',
          Conditions: [{ NextAction: 'Ok', Condition: { Operator: 'Equals', Operands: ['Authenticated'] } }],
          Errors: [err('NoMatchingCondition', 'Other'), err('NoMatchingError', 'Other')],
        },
      },
      say('Ok', 'verified'), say('Other', 'not verified'));
    const v = FlowSimulator.fromDocument(voice);
    expect(v.simulate({ actionResults: { CheckVoiceId: ['Authenticated'] } }).prompts).toEqual(['verified']);
    expect(v.simulate({ actionResults: { CheckVoiceId: ['NotAuthenticated'] } }).prompts).toEqual(['not verified']);
  });
});

describe('contact state', () => {
  test('tags are set and removed; media streaming is recorded', () => {
    const flow = doc('Start',
      { Identifier: 'Start', Type: 'UpdateContactMediaStreamingBehavior', Parameters: { MediaStreamingState: 'Enabled', Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From', 'To'] }], MediaStreamType: 'Audio' }, Transitions: { NextAction: 'Tag', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Tag', Type: 'TagContact', Parameters: { Tags: { team: 'billing', caller: '$.CustomerEndpoint.Address' } }, Transitions: { NextAction: 'Untag', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Untag', Type: 'UntagContact', Parameters: { TagKeys: ['team'] }, Transitions: { NextAction: 'Say', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Tagged $.Tags.caller' }, Transitions: { NextAction: 'End' } });
    const r = FlowSimulator.fromDocument(flow).simulate();
    expect(r.contactTags).toEqual({ caller: '+15555550100' });
    expect(r.mediaStreaming).toBe(true);
    expect(r.prompts).toEqual(['Tagged +15555550100']);
    expect(r.recordedActions.map((a) => a.actionType)).toEqual(['UpdateContactMediaStreamingBehavior', 'TagContact', 'UntagContact']);
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
  });

  test('a failed tag takes its error branch and leaves the tags alone', () => {
    const flow = doc('Tag',
      { Identifier: 'Tag', Type: 'TagContact', Parameters: { Tags: { team: 'billing' } }, Transitions: { NextAction: 'End', Errors: [err('NoMatchingError', 'Sorry')] } },
      say('Sorry', 'sorry'));
    const r = FlowSimulator.fromDocument(flow).simulate({ actionResults: { Tag: ['NoMatchingError'] } });
    expect(r.contactTags).toEqual({});
    expect(r.prompts).toEqual(['sorry']);
  });

  test('TransferContactToAgent is a transfer to the working agent', () => {
    const flow = doc('Agent',
      { Identifier: 'Agent', Type: 'UpdateContactTargetQueue', Parameters: { AgentId: 'arn:aws:connect:us-east-1:1:instance/i/agent/a1' }, Transitions: { NextAction: 'Go', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Go', Type: 'TransferContactToAgent', Parameters: {}, Transitions: {} });
    const r = FlowSimulator.fromDocument(flow).simulate();
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_AGENT);
    expect(r.detail).toBe('transferred to arn:aws:connect:us-east-1:1:instance/i/agent/a1 at "Go"');
  });

  test('an attribute key that is one JSONPath is resolved when the action runs', () => {
    const flow = doc('Set',
      { Identifier: 'Set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { '$.External.key': '$.External.value' } }, Transitions: { NextAction: 'End', Errors: [err('NoMatchingError', 'End')] } });
    const sim = FlowSimulator.fromDocument({ ...flow, StartAction: 'Call', Actions: [{ Identifier: 'Call', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:kv' }, Transitions: { NextAction: 'Set', Errors: [err('NoMatchingError', 'End')] } }, ...flow.Actions] });
    expect(sim.simulate({ lambdas: { kv: [{ response: { key: 'tier', value: 'gold' } }] } }).attributes).toEqual({ tier: 'gold' });
  });

  test('an action type the language does not know continues with a warning', () => {
    const r = FlowSimulator.fromDocument(doc('X', { Identifier: 'X', Type: 'TeleportCaller', Parameters: {}, Transitions: { NextAction: 'End' } })).simulate();
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.warnings).toEqual([expect.stringMatching(/"TeleportCaller" is not simulated/)]);
  });
});
