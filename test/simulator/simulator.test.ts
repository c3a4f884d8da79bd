import { ContactFlowType, FlowSimulator, HoursState, ILambdaStub, LambdaInvocation, SimulationOutcome, SimulationScenario } from '../../src';
import { toE164 } from '../../src/simulator';

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const doc = (start: string, ...actions: any[]) => ({ Version: '2019-10-30', StartAction: start, Actions: [...actions, END] });
const say = (id: string, text: string, next = 'End') => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next } });
const eq = (operand: string, next: string, op = 'Equals') => ({ NextAction: next, Condition: { Operator: op, Operands: [operand] } });
const err = (type: string, next: string) => ({ NextAction: next, ErrorType: type });

const MENU = doc('Menu',
  {
    Identifier: 'Menu',
    Type: 'GetParticipantInput',
    Parameters: { Text: 'Press 1 for sales, 2 for support', InputTimeLimitSeconds: '5' },
    Transitions: {
      NextAction: 'NoMatch',
      Conditions: [eq('1', 'Sales'), eq('2', 'Support')],
      Errors: [err('InputTimeLimitExceeded', 'Timeout'), err('NoMatchingCondition', 'NoMatch'), err('NoMatchingError', 'End')],
    },
  },
  say('Sales', 'Sales'), say('Support', 'Support'), say('Timeout', 'Nothing?'), say('NoMatch', 'Not an option'),
);

describe('menus and inputs', () => {
  const sim = FlowSimulator.fromDocument(MENU, { name: 'Menu' });

  test('the first key is the choice', () => {
    expect(sim.simulate({ inputs: [{ digits: '2' }] }).prompts).toEqual(['Press 1 for sales, 2 for support', 'Support']);
    expect(sim.simulate({ inputs: [{ digits: '123#' }] }).prompts[1]).toBe('Sales');
  });

  test('no input is a timeout; { timeout: true } too', () => {
    expect(sim.simulate().prompts[1]).toBe('Nothing?');
    expect(sim.simulate({ inputs: [{ timeout: true }] }).prompts[1]).toBe('Nothing?');
  });

  test('an unknown key takes NoMatchingCondition', () => {
    expect(sim.simulate({ inputs: [{ digits: '9' }] }).prompts[1]).toBe('Not an option');
  });

  test('result shape: outcome, path, flows, events', () => {
    const r = sim.simulate({ inputs: [{ digits: '1' }] });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.path).toEqual(['Menu', 'Sales', 'End']);
    expect(r.flows).toEqual(['Menu']);
    expect(r.events.map((e) => e.kind)).toEqual(['prompt', 'input', 'prompt']);
    expect(r.steps).toBe(3);
  });

  test('a missing error branch ends with ERROR', () => {
    const noTimeout = JSON.parse(JSON.stringify(MENU));
    noTimeout.Actions[0].Transitions.Errors = [];
    const r = FlowSimulator.fromDocument(noTimeout).simulate();
    expect(r.outcome).toBe(SimulationOutcome.ERROR);
    expect(r.detail).toMatch(/raised InputTimeLimitExceeded .* has no InputTimeLimitExceeded branch/);
  });

  test('a dangling branch ends with ERROR', () => {
    const r = FlowSimulator.fromDocument(doc('A', say('A', 'x', 'Nowhere'))).simulate();
    expect(r.outcome).toBe(SimulationOutcome.ERROR);
    expect(r.detail).toMatch(/does not exist/);
  });
});

describe('attributes, interpolation, Compare', () => {
  const flow = doc('Set',
    { Identifier: 'Set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { tier: 'gold', caller: '$.CustomerEndpoint.Address' } }, Transitions: { NextAction: 'Hello' } },
    say('Hello', 'Hello $.Attributes.tier customer, calling from $.CustomerEndpoint.Address.', 'Cmp'),
    { Identifier: 'Cmp', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.tier' }, Transitions: { NextAction: 'Other', Conditions: [eq('gold', 'Gold')], Errors: [err('NoMatchingCondition', 'Other')] } },
    say('Gold', 'Gold line'), say('Other', 'Other line'),
  );

  test('attributes are set, read and interpolated', () => {
    const r = FlowSimulator.fromDocument(flow).simulate({ contact: { customerNumber: '+442071234567' } });
    expect(r.attributes).toEqual({ tier: 'gold', caller: '+442071234567' });
    expect(r.prompts).toEqual(['Hello gold customer, calling from +442071234567.', 'Gold line']);
  });

  test.each([
    ['Equals', 'abc', 'abc', true], ['Equals', 'abc', 'ab', false],
    ['TextStartsWith', 'abcdef', 'abc', true], ['TextStartsWith', 'abcdef', 'bc', false],
    ['TextEndsWith', 'abcdef', 'def', true], ['TextEndsWith', 'abcdef', 'de', false],
    ['TextContains', 'abcdef', 'cd', true], ['TextContains', 'abcdef', 'x', false],
    ['NumberGreaterThan', '10', '5', true], ['NumberGreaterThan', '5', '5', false],
    ['NumberGreaterOrEqualTo', '5', '5', true], ['NumberGreaterOrEqualTo', '4', '5', false],
    ['NumberLessThan', '4', '5', true], ['NumberLessThan', '5', '5', false],
    ['NumberLessOrEqualTo', '5', '5', true], ['NumberLessOrEqualTo', '6', '5', false],
    ['NumberGreaterThan', 'ten', '5', false], ['NumberLessThan', '', '5', false],
  ])('Compare %s: %p vs %p → %p', (op, value, operand, matches) => {
    const f = doc('Cmp',
      { Identifier: 'Cmp', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.v' }, Transitions: { Conditions: [eq(operand as string, 'Yes', op as string)], Errors: [err('NoMatchingCondition', 'No')] } },
      say('Yes', 'yes'), say('No', 'no'));
    const r = FlowSimulator.fromDocument(f).simulate({ contact: { attributes: { v: value as string } } });
    expect(r.prompts).toEqual([matches ? 'yes' : 'no']);
  });
});

describe('Lambda', () => {
  const flow = doc('Call',
    {
      Identifier: 'Call',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookup', InvocationTimeLimitSeconds: '3', LambdaInvocationAttributes: { number: '$.CustomerEndpoint.Address' } },
      Transitions: { NextAction: 'Say', Errors: [err('NoMatchingError', 'Oops')] },
    },
    say('Say', 'Hello $.External.name'), say('Oops', 'Lambda failed'),
  );

  test('responses in order, the last repeats, $error fails the call', () => {
    const sim = FlowSimulator.fromDocument(flow);
    const scenario: SimulationScenario = { lambdas: { lookup: [{ response: { name: 'Ann' } }] } };
    expect(sim.simulate(scenario).prompts).toEqual(['Hello Ann']);
    expect(sim.simulate({ lambdas: { 'function:lookup': [{ error: 'Throttled' }] } }).prompts).toEqual(['Lambda failed']);
    const r = sim.simulate(scenario);
    expect(r.lambdaCalls).toEqual([{
      functionName: 'arn:aws:lambda:us-east-1:111122223333:function:lookup',
      functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:lookup',
      parameters: { number: '+15555550100' },
      actionIdentifier: 'Call',
      response: { name: 'Ann' },
    }]);
  });

  test('a function not listed returns {}', () => {
    expect(FlowSimulator.fromDocument(flow).simulate().prompts).toEqual(['Hello ']);
  });

  test('$.External holds only the last result', () => {
    const twice = doc('C1',
      { Identifier: 'C1', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f' }, Transitions: { NextAction: 'C2', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'C2', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f' }, Transitions: { NextAction: 'Say', Errors: [err('NoMatchingError', 'End')] } },
      say('Say', '[$.External.a][$.External.b]'));
    const r = FlowSimulator.fromDocument(twice).simulate({ lambdas: { f: [{ response: { a: '1' } }, { response: { b: '2' } }] } });
    expect(r.prompts).toEqual(['[][2]']);
  });

  test('a STRING_MAP response with a nested value fails', () => {
    expect(FlowSimulator.fromDocument(flow).simulate({ lambdas: { lookup: [{ response: { name: { first: 'Ann' } } }] } }).prompts).toEqual(['Lambda failed']);
  });

  test('an ILambdaStub answers calls; throwing fails them', () => {
    const sim = FlowSimulator.fromDocument(flow);
    const calls: LambdaInvocation[] = [];
    const stub: ILambdaStub = {
      invoke(invocation) {
        calls.push(invocation);
        if (invocation.parameters.number === '+10000000000') throw new Error('not found');
        return { name: `caller ${invocation.parameters.number}` };
      },
    };
    sim.addLambdaStub('lookup', stub);
    expect(sim.simulate().prompts).toEqual(['Hello caller +15555550100']);
    expect(sim.simulate({ contact: { customerNumber: '+10000000000' } }).prompts).toEqual(['Lambda failed']);
    expect(calls[0]).toMatchObject({ functionName: 'arn:aws:lambda:us-east-1:111122223333:function:lookup', actionIdentifier: 'Call' });
    // scripted responses take precedence over stubs
    expect(sim.simulate({ lambdas: { lookup: [{ response: { name: 'Scripted' } }] } }).prompts).toEqual(['Hello Scripted']);
  });
});

describe('Lex', () => {
  const flow = doc('Bot',
    {
      Identifier: 'Bot',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: { Text: 'How can I help?', LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:1:bot-alias/B/A' }, LexSessionAttributes: { 'x-amz-lex:audio:max-length-ms': '5000', 'channel': 'phone' } },
      Transitions: {
        NextAction: 'Fallback',
        Conditions: [eq('SpeakToSpecificPerson', 'Person')],
        Errors: [err('NoMatchingCondition', 'Fallback'), err('NoMatchingError', 'End'), err('InputTimeLimitExceeded', 'Silence')],
      },
    },
    say('Person', 'Connecting you to $.Lex.Slots.LastName ($.Lex.IntentName, $.Lex.SessionAttributes.team, $.Lex.SessionAttributes.channel)'),
    say('Fallback', 'Sorry'), say('Silence', 'Are you there?'),
  );

  test('intent, slots and session attributes', () => {
    const r = FlowSimulator.fromDocument(flow).simulate({ inputs: [{ intent: 'SpeakToSpecificPerson', slots: { LastName: 'Santus' }, sessionAttributes: { team: 'blue' } }] });
    expect(r.prompts[1]).toBe('Connecting you to Santus (SpeakToSpecificPerson, blue, phone)');
  });

  test('other intent, DTMF and silence', () => {
    const sim = FlowSimulator.fromDocument(flow);
    expect(sim.simulate({ inputs: [{ intent: 'Other' }] }).prompts[1]).toBe('Sorry');
    expect(sim.simulate({ inputs: [{ digits: '1' }] }).prompts[1]).toBe('Sorry');
    expect(sim.simulate().prompts[1]).toBe('Are you there?');
  });
});

describe('Loop', () => {
  const flow = doc('Loop',
    { Identifier: 'Loop', Type: 'Loop', Parameters: { LoopCount: '2' }, Transitions: { Conditions: [eq('ContinueLooping', 'Again'), eq('DoneLooping', 'Done')] } },
    say('Again', 'again', 'Loop'),
    say('Done', 'done', 'Twice'),
    { Identifier: 'Twice', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.round' }, Transitions: { Conditions: [eq('2', 'End')], Errors: [err('NoMatchingCondition', 'Round2')] } },
    { Identifier: 'Round2', Type: 'UpdateContactAttributes', Parameters: { Attributes: { round: '2' } }, Transitions: { NextAction: 'Loop' } },
  );

  test('ContinueLooping LoopCount times, then DoneLooping once, then the counter resets', () => {
    const r = FlowSimulator.fromDocument(flow).simulate();
    expect(r.prompts).toEqual(['again', 'again', 'done', 'again', 'again', 'done']);
  });

  test('LoopCount 0 is done at once', () => {
    const zero = JSON.parse(JSON.stringify(flow));
    zero.Actions[0].Parameters.LoopCount = '0';
    expect(FlowSimulator.fromDocument(zero).simulate().prompts).toEqual(['done', 'done']);
  });
});

describe('hours, metrics, queues', () => {
  const flow = doc('SetQueue',
    { Identifier: 'SetQueue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/sales' }, Transitions: { NextAction: 'Hours', Errors: [err('NoMatchingError', 'End')] } },
    { Identifier: 'Hours', Type: 'CheckHoursOfOperation', Parameters: {}, Transitions: { Conditions: [eq('True', 'Staffed'), eq('False', 'Closed')], Errors: [err('NoMatchingError', 'End')] } },
    { Identifier: 'Staffed', Type: 'CheckMetricData', Parameters: { MetricType: 'NumberOfAgentsAvailable' }, Transitions: { NextAction: 'NoAgents', Conditions: [eq('0', 'Metrics', 'NumberGreaterThan')], Errors: [err('NoMatchingError', 'End')] } },
    { Identifier: 'Metrics', Type: 'GetMetricData', Parameters: {}, Transitions: { NextAction: 'Size', Errors: [err('NoMatchingError', 'End')] } },
    { Identifier: 'Size', Type: 'Compare', Parameters: { ComparisonValue: '$.Metrics.Queue.Size' }, Transitions: { NextAction: 'Transfer', Conditions: [eq('10', 'Busy', 'NumberGreaterThan')] } },
    { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { Errors: [err('QueueAtCapacity', 'Busy'), err('NoMatchingError', 'End')] } },
    say('Closed', 'We are closed'), say('NoAgents', 'Nobody is there'), say('Busy', 'We are busy'),
  );
  const sim = FlowSimulator.fromDocument(flow);

  test('open, staffed, short queue: transferred', () => {
    const r = sim.simulate();
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.queue).toBe('arn:aws:connect:us-east-1:1:instance/i/queue/sales');
  });

  test('closed (every hours, by name, and the JSON string and map forms)', () => {
    expect(sim.simulate({ hours: HoursState.CLOSED }).prompts).toEqual(['We are closed']);
    expect(sim.simulate({ hoursByName: { sales: HoursState.CLOSED } }).prompts).toEqual(['We are closed']);
    // Hours the flow cannot check are a typo, not "other hours": an input error.
    expect(() => sim.simulate({ hours: HoursState.CLOSED, hoursByName: { other: HoursState.OPEN } }))
      .toThrow('scenario.hoursByName: key "other" matches no hours of operation of the flows; hours: arn:aws:connect:us-east-1:1:instance/i/queue/sales');
    expect(sim.simulate({ hours: HoursState.OPEN, hoursByName: { sales: HoursState.CLOSED } }).prompts).toEqual(['We are closed']);
    expect(sim.simulate(FlowSimulator.parseScenario({ hours: 'closed' })).prompts).toEqual(['We are closed']);
    expect(sim.simulate(FlowSimulator.parseScenario({ hours: { sales: 'closed' } })).prompts).toEqual(['We are closed']);
    expect(sim.simulate(FlowSimulator.parseScenario({ hours: { default: 'closed' } })).prompts).toEqual(['We are closed']);
    expect(() => sim.simulate(FlowSimulator.parseScenario({ hours: { default: 'closed', other: 'open' } }))).toThrow(/key "other" matches no hours/);
  });

  test('metrics: no agents, long queue (global and per queue)', () => {
    expect(sim.simulate({ metrics: { numberOfAgentsAvailable: 0 } }).prompts).toEqual(['Nobody is there']);
    expect(sim.simulate({ metrics: { numberOfContactsInQueue: 11 } }).prompts).toEqual(['We are busy']);
    expect(sim.simulate({ metricsByQueue: { sales: { numberOfContactsInQueue: 11 } } }).prompts).toEqual(['We are busy']);
    expect(sim.simulate({ metricsByQueue: { support: { numberOfContactsInQueue: 11 } } }).outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    const perQueue = sim.simulate({ metrics: { numberOfContactsInQueue: 11 }, metricsByQueue: { sales: { numberOfContactsInQueue: 0 } } });
    expect(perQueue.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(sim.simulate(FlowSimulator.parseScenario({ metrics: { NumberOfAgentsAvailable: 0 } })).prompts).toEqual(['Nobody is there']);
    expect(sim.simulate(FlowSimulator.parseScenario({ metrics: { sales: { NumberOfContactsInQueue: 11 } } })).prompts).toEqual(['We are busy']);
  });

  test('the working agent: UpdateContactTargetQueue with AgentId; agent queues have no hours', () => {
    const agentFlow = JSON.parse(JSON.stringify(flow));
    agentFlow.Actions[0].Parameters = { AgentId: 'arn:aws:connect:us-east-1:1:instance/i/agent/ann' };
    const r = FlowSimulator.fromDocument(agentFlow).simulate();
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.agent).toBe('arn:aws:connect:us-east-1:1:instance/i/agent/ann');
    expect(r.queue).toBeUndefined();
    expect(r.events.find((e) => e.kind === 'error')?.text).toMatch(/agent queue has no hours/);
  });
});

describe('transfers, callbacks, distribution', () => {
  test('TransferParticipantToThirdParty: connected, failed, timeout', () => {
    const flow = doc('Call',
      {
        Identifier: 'Call',
        Type: 'TransferParticipantToThirdParty',
        Parameters: { ThirdPartyPhoneNumber: '+15555550123', ThirdPartyConnectionTimeLimitSeconds: '30' },
        Transitions: { NextAction: 'End', Errors: [err('CallFailed', 'Failed'), err('ConnectionTimeLimitExceeded', 'Timeout')] },
      },
      say('Failed', 'failed'), say('Timeout', 'no answer'));
    const sim = FlowSimulator.fromDocument(flow);
    const r = sim.simulate();
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_PHONE_NUMBER);
    expect(r.transferredTo).toBe('+15555550123');
    expect(sim.simulate({ thirdPartyResult: 'failed' }).prompts).toEqual(['failed']);
    expect(sim.simulate({ thirdPartyResult: 'timeout' }).prompts).toEqual(['no answer']);
  });

  test('UpdateContactCallbackNumber: invalid numbers take InvalidCallbackNumber; CreateCallbackContact uses the working queue', () => {
    const flow = doc('Queue',
      { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/cb' }, Transitions: { NextAction: 'Number', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Number', Type: 'UpdateContactCallbackNumber', Parameters: { CallbackNumber: '$.Attributes.number' }, Transitions: { NextAction: 'Create', Errors: [err('InvalidCallbackNumber', 'Invalid')] } },
      { Identifier: 'Create', Type: 'CreateCallbackContact', Parameters: { InitialCallDelaySeconds: '30', MaximumConnectionAttempts: '3', RetryDelaySeconds: '300' }, Transitions: { NextAction: 'Bye', Errors: [err('NoMatchingError', 'End')] } },
      say('Bye', 'We will call you'), say('Invalid', 'invalid number'));
    const sim = FlowSimulator.fromDocument(flow);
    const ok = sim.simulate({ contact: { attributes: { number: '+442071234567' } } });
    expect(ok.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(ok.callback).toMatchObject({ number: '+442071234567', queue: 'arn:aws:connect:us-east-1:1:instance/i/queue/cb', initialCallDelaySeconds: 30, maximumConnectionAttempts: 3, retryDelaySeconds: 300 });
    const bad = sim.simulate({ contact: { attributes: { number: '2071234567' } } });
    expect(bad.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(bad.prompts).toEqual(['invalid number']);
  });

  test('DistributeByPercentage is deterministic for a seed and follows the draw', () => {
    const flow = doc('Split',
      { Identifier: 'Split', Type: 'DistributeByPercentage', Parameters: {}, Transitions: { NextAction: 'C', Conditions: [eq('34', 'A', 'NumberLessThan'), eq('67', 'B', 'NumberLessThan')], Errors: [err('NoMatchingCondition', 'C')] } },
      say('A', 'a'), say('B', 'b'), say('C', 'c'));
    const sim = FlowSimulator.fromDocument(flow);
    const seen = new Map<string, number>();
    for (let seed = 0; seed < 300; seed++) {
      const r = sim.simulate({ seed });
      expect(sim.simulate({ seed }).prompts).toEqual(r.prompts);
      const draw = Number(/drew (\d+)/.exec(r.events[0].text)![1]);
      expect(r.prompts[0]).toBe(draw < 34 ? 'a' : draw < 67 ? 'b' : 'c');
      seen.set(r.prompts[0], (seen.get(r.prompts[0]) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(['a', 'b', 'c']);
    for (const n of seen.values()) expect(n).toBeGreaterThan(60);
  });

  test('event hooks and unknown action types', () => {
    const flow = doc('Hook',
      { Identifier: 'Hook', Type: 'UpdateContactEventHooks', Parameters: { EventHooks: { CustomerQueue: 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/q' } }, Transitions: { NextAction: 'Odd', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Odd', Type: 'TeleportCaller', Parameters: {}, Transitions: { NextAction: 'End' } });
    const r = FlowSimulator.fromDocument(flow).simulate();
    expect(r.eventHooks).toEqual({ CustomerQueue: 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/q' });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.warnings).toEqual([expect.stringMatching(/"Odd" \(TeleportCaller\): action type "TeleportCaller" is not simulated/)]);
  });

  test('a callback counts even if the flow errors afterwards', () => {
    const flow = doc('Create',
      { Identifier: 'Create', Type: 'CreateCallbackContact', Parameters: { QueueId: 'arn:q', InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '60' }, Transitions: { NextAction: 'Broken' } },
      { Identifier: 'Broken', Type: 'MessageParticipant', Parameters: { Text: 'x' }, Transitions: {} });
    const r = FlowSimulator.fromDocument(flow).simulate();
    expect(r.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(r.detail).toMatch(/then ERROR/);
  });

  test('the step limit', () => {
    const r = FlowSimulator.fromDocument(doc('A', say('A', 'a', 'B'), say('B', 'b', 'A'))).simulate({ maxSteps: 7 });
    expect(r.outcome).toBe(SimulationOutcome.STEP_LIMIT);
    expect(r.steps).toBe(7);
    expect(r.path).toHaveLength(7);
  });

  test('a flow that cannot start', () => {
    expect(FlowSimulator.fromDocument({ Version: '2019-10-30', StartAction: 'X', Actions: [] }).simulate().outcome).toBe(SimulationOutcome.ERROR);
  });
});

describe('stored input', () => {
  const flow = (validation: any, term?: string) => doc('Ask',
    {
      Identifier: 'Ask',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Number?', StoreInput: 'True', InputTimeLimitSeconds: '5', InputValidation: validation, ...(term ? { DTMFConfiguration: { InputTerminationSequence: term } } : {}) },
      Transitions: { NextAction: 'Say', Errors: [err('NoMatchingError', 'Error'), err('InvalidPhoneNumber', 'Invalid')] },
    },
    say('Say', 'Got $.StoredCustomerInput'), say('Error', 'error'), say('Invalid', 'invalid'));

  test('custom validation: digits up to the termination sequence, truncated to MaximumLength', () => {
    expect(FlowSimulator.fromDocument(flow({ CustomValidation: { MaximumLength: '4' } })).simulate({ inputs: [{ digits: '12#34' }] }).prompts[1]).toBe('Got 12');
    expect(FlowSimulator.fromDocument(flow({ CustomValidation: { MaximumLength: '4' } })).simulate({ inputs: [{ digits: '123456' }] }).prompts[1]).toBe('Got 1234');
    expect(FlowSimulator.fromDocument(flow({ CustomValidation: { MaximumLength: '9' } }, '**')).simulate({ inputs: [{ digits: '12#3**9' }] }).prompts[1]).toBe('Got 12#3');
  });

  test('phone validation stores E.164 (Local + country code converted)', () => {
    const local = (cc: string, input: string) => FlowSimulator.fromDocument(flow({ PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: cc } })).simulate({ inputs: [{ digits: input }] }).prompts[1];
    expect(local('US', '2065550100#')).toBe('Got +12065550100');
    expect(local('GB', '02071234567#')).toBe('Got +442071234567');
    expect(local('DE', '030123456#')).toBe('Got +4930123456');
    expect(local('FR', '0612345678#')).toBe('Got +33612345678');
    expect(local('AU', '0412345678#')).toBe('Got +61412345678');
    expect(local('US', '12#')).toBe('invalid');
    const e164 = FlowSimulator.fromDocument(flow({ PhoneNumberValidation: { NumberFormat: 'E164' } }));
    expect(e164.simulate({ inputs: [{ digits: '442071234567#' }] }).prompts[1]).toBe('Got +442071234567');
    expect(e164.simulate().prompts[1]).toBe('error');
  });

  test('toE164', () => {
    expect(toE164('(206) 555-0100', 'Local', 'US')).toBe('+12065550100');
    expect(toE164('12065550100', 'Local', 'CA')).toBe('+12065550100');
    expect(toE164('0206555', 'Local', 'XX')).toBeUndefined();
    expect(toE164('1065550100', 'Local', 'US')).toBeUndefined();
  });
});

describe('more actions', () => {
  test('DequeueContactAndTransferToQueue (customer queue flows)', () => {
    const flow = doc('Move',
      { Identifier: 'Move', Type: 'DequeueContactAndTransferToQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/vip' }, Transitions: { Errors: [err('QueueAtCapacity', 'Full'), err('NoMatchingError', 'End')] } },
      say('Full', 'full'));
    const sim = FlowSimulator.fromDocument(flow);
    const r = sim.simulate({ contact: { queue: 'arn:aws:connect:us-east-1:1:instance/i/queue/basic' } });
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.queue).toBe('arn:aws:connect:us-east-1:1:instance/i/queue/vip');
    expect(sim.simulate({ queueAtCapacity: true }).prompts).toEqual(['full']);
  });

  test('Wait takes WaitCompleted; EndFlowModuleExecution outside a module ends', () => {
    const flow = doc('Wait',
      { Identifier: 'Wait', Type: 'Wait', Parameters: { TimeLimitSeconds: '60' }, Transitions: { NextAction: 'End', Conditions: [eq('WaitCompleted', 'Out')] } },
      { Identifier: 'Out', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} });
    const r = FlowSimulator.fromDocument(flow).simulate();
    expect(r.path).toEqual(['Wait', 'Out']);
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
  });

  test('GetMetricData fills $.Metrics; system values; UpdateContactData sets the language', () => {
    const flow = doc('Queue',
      { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/sales' }, Transitions: { NextAction: 'Lang', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Lang', Type: 'UpdateContactData', Parameters: { LanguageCode: 'fr-FR' }, Transitions: { NextAction: 'Get', Errors: [err('NoMatchingError', 'End')] } },
      { Identifier: 'Get', Type: 'GetMetricData', Parameters: {}, Transitions: { NextAction: 'Say', Errors: [err('NoMatchingError', 'End')] } },
      say('Say', '$.Metrics.Queue.Name: $.Metrics.Queue.Size waiting, oldest $.Metrics.Queue.OldestContactAge s, $.Metrics.Agents.Available.Count free; $.Channel $.LanguageCode $.SystemEndpoint.Address $.ContactId'));
    const r = FlowSimulator.fromDocument(flow).simulate({
      metrics: { numberOfContactsInQueue: 4, oldestContactInQueueAgeSeconds: 90, numberOfAgentsAvailable: 2 },
      contact: { channel: 'CHAT', contactId: 'c-42' },
    });
    expect(r.prompts).toEqual(['sales: 4 waiting, oldest 90 s, 2 free; CHAT fr-FR +15555550199 c-42']);
  });

  test('GetMetricData and CheckMetricData without a queue take NoMatchingError', () => {
    const flow = doc('Get',
      { Identifier: 'Get', Type: 'GetMetricData', Parameters: {}, Transitions: { NextAction: 'End', Errors: [err('NoMatchingError', 'NoQueue')] } },
      say('NoQueue', 'no queue'));
    expect(FlowSimulator.fromDocument(flow).simulate().prompts).toEqual(['no queue']);
  });

  test('asynchronous Lambda calls do not change $.External; a non-object response fails', () => {
    const flow = doc('Sync',
      { Identifier: 'Sync', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:sync' }, Transitions: { NextAction: 'Async', Errors: [err('NoMatchingError', 'Oops')] } },
      { Identifier: 'Async', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:async', InvocationType: 'ASYNCHRONOUS' }, Transitions: { NextAction: 'Say', Errors: [err('NoMatchingError', 'Oops')] } },
      say('Say', 'v=$.External.v'), say('Oops', 'failed'));
    const sim = FlowSimulator.fromDocument(flow);
    expect(sim.simulate({ lambdas: { sync: [{ response: { v: 'sync' } }], async: [{ response: { v: 'async' } }] } }).prompts).toEqual(['v=sync']);
    sim.addLambdaStub('sync', { invoke: () => 'plain string' });
    expect(sim.simulate().prompts).toEqual(['failed']);
    expect(() => FlowSimulator.parseScenario({ lambdas: { sync: ['plain string'] } })).toThrow(/scenario\.lambdas\.sync\[0\]: a Lambda response must be an object/);
  });

  test('Lex V1 bots and missing bots', () => {
    const flow = (bot: any) => doc('Bot',
      { Identifier: 'Bot', Type: 'ConnectParticipantWithLexBot', Parameters: { Text: 'Hi', ...bot }, Transitions: { NextAction: 'End', Conditions: [eq('Yes', 'Yes')], Errors: [err('NoMatchingCondition', 'End'), err('NoMatchingError', 'Broken')] } },
      say('Yes', 'yes'), say('Broken', 'broken'));
    expect(FlowSimulator.fromDocument(flow({ LexBot: { Name: 'Bot', Region: 'us-east-1', Alias: 'live' } })).simulate({ inputs: [{ intent: 'Yes' }] }).prompts).toEqual(['Hi', 'yes']);
    expect(FlowSimulator.fromDocument(flow({ LexV2Bot: { AliasArn: '$.Attributes.bot' } })).simulate({ inputs: [{ intent: 'Yes' }] }).prompts).toEqual(['Hi', 'broken']);
  });

  test('UpdateFlowAttributes and $.FlowAttributes (interpolated values)', () => {
    const flow = doc('Set',
      { Identifier: 'Set', Type: 'UpdateFlowAttributes', Parameters: { FlowAttributes: { fn: { Value: 'arn:aws:lambda:$.AwsRegion:1:function:f' } } }, Transitions: { NextAction: 'Say' } },
      say('Say', '$.FlowAttributes.fn'));
    expect(FlowSimulator.fromDocument(flow).simulate().prompts).toEqual(['arn:aws:lambda:us-east-1:1:function:f']);
  });

  test('third party with ContinueFlowExecution continues the flow', () => {
    const flow = doc('Call',
      { Identifier: 'Call', Type: 'TransferParticipantToThirdParty', Parameters: { ThirdPartyPhoneNumber: '+15555550123', ContinueFlowExecution: 'True' }, Transitions: { NextAction: 'After', Errors: [err('CallFailed', 'End')] } },
      say('After', 'back'));
    const r = FlowSimulator.fromDocument(flow).simulate();
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.prompts).toEqual(['back']);
    expect(r.transferredTo).toBe('+15555550123');
  });
});

describe('semantics checked against the flow-language reference', () => {
  test.each([
    ['NumberGreaterThan', '5', ''], ['NumberLessThan', '-5', ''], ['NumberGreaterOrEqualTo', '0', ' '], ['NumberLessOrEqualTo', '0', ''],
  ])('Compare %s: %p vs the blank operand %p is false (the operand is not numeric)', (op, value, operand) => {
    const f = doc('Cmp',
      { Identifier: 'Cmp', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.v' }, Transitions: { Conditions: [eq(operand, 'Yes', op)], Errors: [err('NoMatchingCondition', 'No')] } },
      say('Yes', 'yes'), say('No', 'no'));
    expect(FlowSimulator.fromDocument(f).simulate({ contact: { attributes: { v: value } } }).prompts).toEqual(['no']);
  });
});

test('a legacy console export is reported as such, not as a document without actions', () => {
  const r = FlowSimulator.fromDocument({ modules: [], version: '1', start: 'x' }).simulate();
  expect(r.outcome).toBe(SimulationOutcome.ERROR);
  expect(r.detail).toContain('legacy console export format');
});

test('CheckMetricData with an agent metric: no agent takes the NextAction, not NoMatchingCondition', () => {
  const f = doc('Staffed',
    { Identifier: 'Staffed', Type: 'CheckMetricData', Parameters: { MetricType: 'NumberOfAgentsStaffed', QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/q' }, Transitions: { NextAction: 'None', Conditions: [eq('0', 'Some', 'NumberGreaterThan')], Errors: [err('NoMatchingError', 'End'), err('NoMatchingCondition', 'Other')] } },
    say('Some', 'agents'), say('None', 'no agents'), say('Other', 'never'));
  const sim = FlowSimulator.fromDocument(f);
  expect(sim.simulate({ metrics: { numberOfAgentsStaffed: 0 } }).prompts).toEqual(['no agents']);
  expect(sim.simulate({ metrics: { numberOfAgentsStaffed: 2 } }).prompts).toEqual(['agents']);
});

test('stored input without digits takes the success branch with $.StoredCustomerInput "Timeout" (as Connect does)', () => {
  const f = doc('Ask',
    {
      Identifier: 'Ask',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Account number?', StoreInput: 'True', InputTimeLimitSeconds: '5', InputValidation: { CustomValidation: { MaximumLength: '8' } } },
      Transitions: { NextAction: 'Check', Errors: [err('NoMatchingError', 'Error')] },
    },
    { Identifier: 'Check', Type: 'Compare', Parameters: { ComparisonValue: '$.StoredCustomerInput' }, Transitions: { NextAction: 'Got', Conditions: [eq('Timeout', 'Silence')], Errors: [err('NoMatchingCondition', 'Got')] } },
    say('Got', 'Got $.StoredCustomerInput'), say('Silence', 'You entered nothing'), say('Error', 'error'));
  const sim = FlowSimulator.fromDocument(f);
  expect(sim.simulate().prompts).toEqual(['Account number?', 'You entered nothing']);
  expect(sim.simulate({ inputs: [{ timeout: true }] }).prompts).toEqual(['Account number?', 'You entered nothing']);
  expect(sim.simulate({ inputs: [{ digits: '#' }] }).prompts).toEqual(['Account number?', 'You entered nothing']);
  expect(sim.simulate({ inputs: [{ digits: '1234#' }] }).prompts).toEqual(['Account number?', 'Got 1234']);
});

describe('loop of prompts (MessageParticipantIteratively)', () => {
  const hold = (interrupt: boolean) => doc('Hold',
    {
      Identifier: 'Hold',
      Type: 'MessageParticipantIteratively',
      Parameters: { Messages: [{ Text: 'Please hold' }, { Text: 'Your call is important' }], ...(interrupt ? { InterruptFrequencySeconds: '60' } : {}) },
      // As exported: the NextAction mirrors the error branch.
      Transitions: { NextAction: 'End', Errors: [err('NoMatchingError', 'End')], ...(interrupt ? { Conditions: [eq('MessagesInterrupted', 'Offer')] } : {}) },
    },
    say('Offer', 'Press 1 for a callback'));

  test('without an interruption the messages loop until the contact leaves the queue: the flow never takes its NextAction', () => {
    const r = FlowSimulator.fromDocument(hold(false), { type: ContactFlowType.CUSTOMER_QUEUE }).simulate();
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
    expect(r.detail).toMatch(/messages loop until/);
    expect(r.prompts).toEqual(['Please hold', 'Your call is important']);
    expect(r.path).toEqual(['Hold']);
  });

  test('with an interruption the MessagesInterrupted branch is taken', () => {
    const r = FlowSimulator.fromDocument(hold(true), { type: ContactFlowType.CUSTOMER_QUEUE }).simulate();
    expect(r.prompts).toEqual(['Please hold', 'Your call is important', 'Press 1 for a callback']);
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
  });
});

test('a number in the scenario inputs (JSON written by hand) is DTMF, not a Lex result', () => {
  const sim = FlowSimulator.fromDocument(MENU, { name: 'Menu' });
  const r = sim.simulate(FlowSimulator.parseScenario({ inputs: [2] }));
  expect(r.prompts[1]).toBe('Support');
  expect(r.warnings).toEqual([]);
});
