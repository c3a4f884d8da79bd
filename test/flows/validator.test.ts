import { Token } from 'aws-cdk-lib';
import { CORPUS_TYPES, corpusFiles, loadCorpus } from './corpus';
import { ContactFlowType, DiagnosticSeverity, FlowValidator, validateFlow } from '../../src';

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };

/** A flow starting with `action`, followed by a Disconnect named End, plus `extra` actions. */
function flow(action: any, ...extra: any[]): any {
  return { Version: '2019-10-30', StartAction: action.Identifier, Actions: [action, END, ...extra] };
}

function act(type: string, parameters: any, transitions: any = { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] }, id = 'A'): any {
  return { Identifier: id, Type: type, Parameters: parameters, Transitions: transitions };
}

function errors(doc: any, flowType?: string): string[] {
  return validateFlow(doc, { flowType: flowType as ContactFlowType }).filter((d) => d.severity === DiagnosticSeverity.ERROR).map((d) => d.message);
}

function warnings(doc: any, flowType?: string): string[] {
  return validateFlow(doc, { flowType: flowType as ContactFlowType }).filter((d) => d.severity === DiagnosticSeverity.WARNING).map((d) => d.message);
}

const say = (id = 'A', next = 'End') => act('MessageParticipant', { Text: 'Hello' }, { NextAction: next }, id);

describe('conformance corpus', () => {
  test.each(corpusFiles())('%s validates without errors (with its flow type and without)', (file) => {
    const doc = loadCorpus(file);
    expect(errors(doc, CORPUS_TYPES[file])).toEqual([]);
    expect(errors(doc)).toEqual([]);
  });

  test('the corpus is there', () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(8);
  });
});

describe('document shape', () => {
  test('a non-object is rejected', () => {
    expect(errors([])).toEqual([expect.stringMatching(/must be a JSON object/)]);
    expect(errors('flow')).toHaveLength(1);
  });

  test('Version must be 2019-10-30', () => {
    expect(errors({ ...flow(say()), Version: '2020-01-01' })).toEqual([expect.stringMatching(/Version must be "2019-10-30"/)]);
    expect(errors(flow(say()))).toEqual([]);
  });

  test('the legacy console export format is rejected as such', () => {
    const legacy = { modules: [{ id: 'x', type: 'PlayPrompt', branches: [] }], version: '1', start: 'x', type: 'contactFlow' };
    const found = validateFlow(legacy);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(DiagnosticSeverity.ERROR);
    expect(found[0].message).toMatch(/legacy console export format/);
  });

  test('Actions must be a non-empty array', () => {
    expect(errors({ Version: '2019-10-30', StartAction: 'A', Actions: {} })).toEqual([expect.stringMatching(/Actions must be an array/)]);
    expect(errors({ Version: '2019-10-30', StartAction: 'A', Actions: [] })).toContainEqual(expect.stringMatching(/at least one action/));
  });

  test('StartAction must exist', () => {
    expect(errors({ ...flow(say()), StartAction: 'Nope' })).toEqual([expect.stringMatching(/StartAction "Nope" is not the Identifier/)]);
    expect(errors({ ...flow(say()), StartAction: undefined })).toEqual([expect.stringMatching(/StartAction must name/)]);
  });

  test('flow modules with Settings are accepted; malformed Settings are not', () => {
    const module = { ...flow(say()), Settings: { InputParameters: [], OutputParameters: [], Transitions: [{ DisplayName: 'Success', ReferenceName: 'Success' }] } };
    expect(errors(module)).toEqual([]);
    expect(errors({ ...module, Settings: { Transitions: {} } })).toEqual([expect.stringMatching(/Settings.Transitions must be an array/)]);
  });

  test('content over 256,000 characters is an error', () => {
    const big = flow(act('MessageParticipant', { Text: 'x'.repeat(256_100) }, { NextAction: 'End' }));
    expect(errors(big)).toEqual([expect.stringMatching(/at most 256000/)]);
    expect(errors(flow(act('MessageParticipant', { Text: 'x'.repeat(250_000) }, { NextAction: 'End' })))).toEqual([]);
  });

  test('more than 250 actions is a warning', () => {
    const actions = Array.from({ length: 251 }, (_, i) => say(`S${i}`, i === 250 ? 'End' : `S${i + 1}`));
    const doc = { Version: '2019-10-30', StartAction: 'S0', Actions: [...actions, END] };
    expect(errors(doc)).toEqual([]);
    expect(warnings(doc)).toContainEqual(expect.stringMatching(/252 actions/));
  });
});

describe('identifiers', () => {
  test('duplicates are errors', () => {
    expect(errors(flow(say(), say('End')))).toContainEqual(expect.stringMatching(/duplicate Identifier "End"/));
  });

  test('at most 50 characters', () => {
    const long = 'x'.repeat(51);
    expect(errors(flow(say(long)))).toEqual([expect.stringMatching(/51 characters long; at most 50/)]);
    expect(errors(flow(say('x'.repeat(50))))).toEqual([]);
  });

  test('characters the docs forbid are errors; spaces, UUIDs and # are accepted', () => {
    for (const bad of ['a:b', 'a/b', 'a$b', 'a{b}', 'a,b', 'a=b']) {
      expect(errors(flow(say(bad)))).toEqual([expect.stringMatching(/must not contain/)]);
    }
    for (const good of ['query callback record', 'cc06f7c7-7458-4de1-a177-cec53cd2374f', 'FLOW_OBJECT_MAPS#', 'Set Agent Whisper']) {
      expect(errors(flow(say(good)))).toEqual([]);
    }
  });

  test('reserved names are errors', () => {
    expect(errors(flow(say('__proto__')))).toContainEqual(expect.stringMatching(/reserved name/));
    expect(errors(flow(say('constructor')))).toContainEqual(expect.stringMatching(/reserved name/));
  });
});

describe('transitions', () => {
  test('a NextAction that does not exist is an error', () => {
    expect(errors(flow(say('A', 'Nowhere')))).toEqual([expect.stringMatching(/NextAction "Nowhere" does not exist/)]);
  });

  test('error and condition targets must exist', () => {
    const lambda = act('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', InvocationTimeLimitSeconds: '3' },
      { NextAction: 'End', Errors: [{ NextAction: 'Gone', ErrorType: 'NoMatchingError' }] });
    expect(errors(flow(lambda))).toEqual([expect.stringMatching(/NextAction "Gone" does not exist/)]);
    const compare = act('Compare', { ComparisonValue: '$.Attributes.x' },
      { NextAction: 'End', Conditions: [{ NextAction: 'Missing', Condition: { Operator: 'Equals', Operands: ['1'] } }] });
    const found = validateFlow(flow(compare));
    expect(found.filter((d) => d.severity === 'error').map((d) => d.path)).toEqual(['$.Actions[0].Transitions.Conditions[0].NextAction']);
  });

  test('a non-terminal action without NextAction is a dead end', () => {
    expect(errors(flow(act('MessageParticipant', { Text: 'Hi' }, {})))).toEqual([expect.stringMatching(/dead end/)]);
  });

  test('a branching action needs a NextAction too (the service rejects it without one)', () => {
    const conds = [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['1'] } }];
    const noMatch = [{ NextAction: 'End', ErrorType: 'NoMatchingCondition' }];
    expect(errors(flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, { Conditions: conds, Errors: noMatch }))))
      .toEqual([expect.stringMatching(/dead end: Compare must have a NextAction: .*exports set it to the error or "no match" branch/)]);
    expect(errors(flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, { NextAction: 'End', Conditions: conds, Errors: noMatch })))).toEqual([]);
  });

  test('a transfer needs a NextAction (exports mirror the error branch); TransferContactToAgent does not', () => {
    const errs = [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }];
    expect(errors(flow(act('TransferContactToQueue', {}, { Errors: errs })))).toEqual([expect.stringMatching(/dead end: TransferContactToQueue must have a NextAction/)]);
    expect(validateFlow(flow(act('TransferContactToQueue', {}, { NextAction: 'End', Errors: errs })))).toEqual([]);
    expect(errors(flow(act('TransferContactToAgent', {}, {})))).toEqual([]);
  });

  test('an unhandled error branch is a warning, not an error', () => {
    const lambda = act('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', InvocationTimeLimitSeconds: '3' }, { NextAction: 'End' });
    expect(errors(flow(lambda))).toEqual([]);
    expect(warnings(flow(lambda))).toEqual([expect.stringMatching(/unhandled error branch NoMatchingError/)]);
  });

  test('an error type the action does not have is an error (closed set), a warning where the set is open', () => {
    const m = act('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }] });
    expect(errors(flow(m))).toEqual([expect.stringMatching(/MessageParticipant has no error branch QueueAtCapacity: .*"Invalid Action error. Error: QueueAtCapacity"\); it takes NoMatchingError/)]);
    const open = act('GetCase', {}, { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }] });
    expect(errors(flow(open))).toEqual([]);
    expect(warnings(flow(open))).toContainEqual(expect.stringMatching(/does not raise QueueAtCapacity/));
  });

  test('unreachable actions are warnings', () => {
    const doc = flow(say(), say('Orphan'));
    expect(errors(doc)).toEqual([]);
    expect(warnings(doc)).toEqual([expect.stringMatching(/"Orphan" \(MessageParticipant\) cannot be reached/)]);
  });

  test('terminal actions with transitions get a warning', () => {
    const doc = flow(say(), { ...END, Identifier: 'End2', Transitions: { NextAction: 'End' } });
    expect(warnings(doc)).toContainEqual(expect.stringMatching(/ends the flow: its transitions are ignored/));
  });

  test('unknown operators and non-numeric Number* operands are errors', () => {
    const c = (op: string, operand: string) => act('Compare', { ComparisonValue: '$.Attributes.x' },
      { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: op, Operands: [operand] } }] });
    expect(errors(flow(c('Matches', 'x')))).toEqual([expect.stringMatching(/operator "Matches" is not allowed/)]);
    expect(errors(flow(c('NumberGreaterThan', 'ten')))).toEqual([expect.stringMatching(/needs a numeric operand/)]);
    expect(errors(flow(c('NumberGreaterThan', '10')))).toEqual([]);
  });
});

describe('action types', () => {
  test('unknown action types are errors, or warnings with allowUnknownActions', () => {
    const doc = flow(act('TeleportCaller', {}, { NextAction: 'End' }));
    expect(errors(doc)).toEqual([expect.stringMatching(/unknown action type "TeleportCaller": the service rejects action types it does not know.*allowUnknownActions \(CLI --allow-unknown-actions\)/)]);
    const lenient = validateFlow(doc, { allowUnknownActions: true });
    expect(lenient.map((d) => d.severity)).toEqual([DiagnosticSeverity.WARNING]);
    expect(lenient[0]).toMatchObject({ actionIdentifier: 'A', path: '$.Actions[0].Type', message: expect.stringMatching(/unknown action type "TeleportCaller"/) });
  });

  test('MessageParticipant needs exactly one prompt', () => {
    expect(errors(flow(act('MessageParticipant', {}, { NextAction: 'End' })))).toEqual([expect.stringMatching(/a prompt is expected/)]);
    expect(errors(flow(act('MessageParticipant', { Text: 'a', SSML: '<speak>b</speak>' }, { NextAction: 'End' })))).toEqual([expect.stringMatching(/exactly one of/)]);
    expect(errors(flow(act('MessageParticipant', { Media: { Uri: 's3://b/k.wav', SourceType: 'HTTP', MediaType: 'Audio' } }, { NextAction: 'End' }))))
      .toEqual([expect.stringMatching(/SourceType must be "S3"/)]);
  });

  test('parameter values are strings', () => {
    const lambda = (t: any, extra: any = {}) => flow(act('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', InvocationTimeLimitSeconds: t, ...extra }));
    // The service accepts a number here (live probes): a warning, and still range-checked.
    expect(errors(lambda(8))).toEqual([]);
    expect(warnings(lambda(8))).toContainEqual(expect.stringMatching(/accepts the number 8 here.*write "8"/));
    expect(errors(lambda(9))).toEqual([expect.stringMatching(/between 1 and 8/)]);
    expect(errors(flow(act('TransferToFlow', { ContactFlowId: 7 })))).toEqual([expect.stringMatching(/every parameter value is a string: write "7", not 7/)]);
    expect(errors(lambda('9'))).toEqual([expect.stringMatching(/between 1 and 8/)]);
    expect(errors(lambda('0'))).toHaveLength(1);
    expect(errors(lambda('8'))).toEqual([]);
    expect(errors(lambda('30', { InvocationType: 'ASYNCHRONOUS' }))).toEqual([]);
    expect(errors(lambda('8', { InvocationType: 'SOMETIMES' }))).toEqual([expect.stringMatching(/InvocationType must be one of SYNCHRONOUS, ASYNCHRONOUS/)]);
  });

  test('required parameters', () => {
    expect(errors(flow(act('InvokeLambdaFunction', { InvocationTimeLimitSeconds: '3' })))).toEqual([expect.stringMatching(/missing required parameter LambdaFunctionARN/)]);
    expect(errors(flow(act('TransferToFlow', {})))).toEqual([expect.stringMatching(/missing required parameter ContactFlowId/)]);
  });

  test('Loop: LoopCount 0-100 and both conditions', () => {
    const loop = (count: string, conds = ['ContinueLooping', 'DoneLooping']) => flow(act('Loop', { LoopCount: count }, {
      NextAction: 'End',
      Conditions: conds.map((c) => ({ NextAction: 'End', Condition: { Operator: 'Equals', Operands: [c] } })),
    }));
    expect(errors(loop('3'))).toEqual([]);
    expect(errors(loop('0'))).toEqual([]);
    expect(errors(loop('101'))).toEqual([expect.stringMatching(/LoopCount must be between 0 and 100/)]);
    expect(errors(loop('three'))).toEqual([expect.stringMatching(/whole number/)]);
    expect(errors(loop('3', ['ContinueLooping']))).toEqual([expect.stringMatching(/needs a condition Equals "DoneLooping"/)]);
    expect(errors(loop('3', ['ContinueLooping', 'DoneLooping', 'Again']))).toEqual([expect.stringMatching(/exactly Equals "ContinueLooping" and Equals "DoneLooping"/)]);
  });

  test('CheckHoursOfOperation needs True and False', () => {
    const hours = (conds: string[]) => flow(act('CheckHoursOfOperation', {}, {
      NextAction: 'End',
      Conditions: conds.map((c) => ({ NextAction: 'End', Condition: { Operator: 'Equals', Operands: [c] } })),
      Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }],
    }));
    expect(validateFlow(hours(['True', 'False']))).toEqual([]);
    expect(errors(hours(['True']))).toEqual([expect.stringMatching(/needs a condition Equals "False"/)]);
  });

  describe('GetParticipantInput', () => {
    const menuErrors = [
      { NextAction: 'End', ErrorType: 'InputTimeLimitExceeded' }, { NextAction: 'End', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'End', ErrorType: 'NoMatchingError' },
    ];
    const menu = (params: any, keys = ['1']) => flow(act('GetParticipantInput', { Text: 'Press 1', StoreInput: 'False', ...params }, {
      NextAction: 'End',
      Errors: menuErrors,
      Conditions: keys.map((k) => ({ NextAction: 'End', Condition: { Operator: 'Equals', Operands: [k] } })),
    }));

    test('timeout range, both spellings', () => {
      expect(validateFlow(menu({ InputTimeLimitSeconds: '5' }))).toEqual([]);
      expect(errors(menu({ InputTimeoutSeconds: '5' }))).toEqual([]);
      expect(errors(menu({ InputTimeLimitSeconds: '0' }))).toEqual([expect.stringMatching(/InputTimeLimitSeconds must be at least 1/)]);
      expect(errors(menu({ InputTimeoutSeconds: '500' }), 'CONTACT_FLOW')).toEqual([expect.stringMatching(/InputTimeLimitSeconds must be between 1 and 180 in a CONTACT_FLOW flow, got "500"/)]);
      // Queue flows use a long input timeout as a timer (real exports): accepted.
      expect(errors(menu({ InputTimeoutSeconds: '500' }), 'CUSTOMER_QUEUE')).toEqual([]);
      expect(warnings(menu({ InputTimeoutSeconds: '500' }))).toEqual([expect.stringMatching(/longer only in customer queue flows/)]);
    });

    test('menu conditions are single keys', () => {
      expect(errors(menu({}, ['12']))).toEqual([expect.stringMatching(/one key 0-9, \* or #/)]);
      expect(errors(menu({}, ['#', '*', '0']))).toEqual([]);
    });

    test('a menu must route a timeout and no match (errors); NoMatchingError left out is a warning', () => {
      const doc = flow(act('GetParticipantInput', { Text: 'Press 1', StoreInput: 'False' }, {
        NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['1'] } }],
      }));
      expect(errors(doc)).toEqual(['InputTimeLimitExceeded', 'NoMatchingCondition'].map((e) => expect.stringMatching(`must declare the error branch ${e}: the service rejects it without one`)));
      expect(warnings(doc)).toEqual([expect.stringMatching('unhandled error branch NoMatchingError')]);
      const withStoreInputMissing = flow(act('GetParticipantInput', { Text: 'Press 1' }, { NextAction: 'End', Errors: menuErrors }));
      expect(errors(withStoreInputMissing)).toContainEqual(expect.stringMatching(/missing required parameter StoreInput/));
    });

    const store = (params: any, transitions: any = { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }, { NextAction: 'End', ErrorType: 'InvalidPhoneNumber' }] }) =>
      flow(act('GetParticipantInput', { Text: 'Enter your number', StoreInput: 'True', ...params }, transitions));

    test('stored input: phone validation, termination sequence, no conditions', () => {
      expect(errors(store({ InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'US' } } }))).toEqual([]);
      expect(errors(store({ InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local' } } }))).toEqual([expect.stringMatching(/needs CountryCode/)]);
      expect(errors(store({ InputValidation: { PhoneNumberValidation: { NumberFormat: 'National' } } }))).toEqual([expect.stringMatching(/NumberFormat must be "Local" or "E164"/)]);
      const plain = { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] };
      expect(errors(store({ DTMFConfiguration: { InputTerminationSequence: '######' } }, plain))).toEqual([expect.stringMatching(/1 to 5 of 0-9/)]);
      expect(errors(store({ DTMFConfiguration: { InputTerminationSequence: '##' } }, plain))).toEqual([]);
      expect(errors(store({ InputValidation: { CustomValidation: { MaximumLength: '30' } } }, plain))).toEqual([expect.stringMatching(/MaximumLength must be an integer between 1 and 20/)]);
      // InvalidPhoneNumber only with PhoneNumberValidation (docs).
      expect(errors(store({ InputValidation: { CustomValidation: { MaximumLength: '5' } } }))).toEqual([expect.stringMatching(/has no error branch InvalidPhoneNumber/)]);
      expect(errors(store({}, {
        NextAction: 'End',
        Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['1'] } }],
        Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }],
      }))).toEqual([expect.stringMatching(/has no conditions/)]);
    });
  });

  test('Wait: TimeLimitSeconds at most 604800 (the documented TimeoutSeconds is rejected)', () => {
    const wait = (p: any) => flow(act('Wait', p, { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['WaitCompleted'] } }], Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] }));
    expect(errors(wait({ TimeoutSeconds: '60' }))).toEqual([expect.stringMatching(/does not take TimeoutSeconds: write TimeLimitSeconds/)]);
    expect(errors(wait({ TimeLimitSeconds: '60' }))).toEqual([]);
    expect(errors(wait({ TimeLimitSeconds: '604801' }))).toEqual([expect.stringMatching(/between 1 and 604800/)]);
  });

  test('TransferParticipantToThirdParty: ThirdPartyConnectionTimeLimitSeconds 0-600, E.164 number', () => {
    const tp = (p: any) => flow(act('TransferParticipantToThirdParty', { ThirdPartyPhoneNumber: '+15555550123', ContinueFlowExecution: 'True', ThirdPartyConnectionTimeLimitSeconds: '30', ...p }, {
      NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'CallFailed' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }],
    }));
    expect(validateFlow(tp({ ThirdPartyConnectionTimeLimitSeconds: '600' }))).toEqual([]);
    expect(errors(tp({ ThirdPartyConnectionTimeLimitSeconds: '601' }))).toEqual([expect.stringMatching(/between 0 and 600/)]);
    expect(errors(tp({ ThirdPartyPhoneNumber: '555-0123' }))).toEqual([expect.stringMatching(/E.164/)]);
    expect(errors(tp({ ThirdPartyPhoneNumber: '$.Attributes.number' }))).toEqual([]);
  });

  test('CreateCallbackContact: delays in range; MaximumConnectionAttempts "0" is only a warning', () => {
    const cb = (p: any) => flow(act('CreateCallbackContact', { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600', ...p }));
    expect(validateFlow(cb({}))).toEqual([]);
    expect(errors(cb({ MaximumConnectionAttempts: '0' }))).toEqual([]);
    expect(warnings(cb({ MaximumConnectionAttempts: '0' }))).toEqual([expect.stringMatching(/MaximumConnectionAttempts "0"/)]);
    expect(errors(cb({ InitialCallDelaySeconds: '0' }))).toEqual([expect.stringMatching(/InitialCallDelaySeconds must be between 1 and 259200/)]);
    expect(errors(cb({ RetryDelaySeconds: '259201' }))).toEqual([expect.stringMatching(/RetryDelaySeconds must be between 1 and 259200/)]);
  });

  test('UpdateContactCallbackNumber takes one JSONPath, never a constant', () => {
    const u = (n: string) => flow(act('UpdateContactCallbackNumber', { CallbackNumber: n }, { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'InvalidCallbackNumber' }] }));
    expect(errors(u('$.StoredCustomerInput'))).toEqual([]);
    expect(errors(u('+15555550100'))).toEqual([expect.stringMatching(/must be one JSONPath/)]);
  });

  test('UpdateContactTargetQueue takes exactly one of QueueId, AgentId', () => {
    expect(errors(flow(act('UpdateContactTargetQueue', { QueueId: 'arn:q' })))).toEqual([]);
    expect(errors(flow(act('UpdateContactTargetQueue', {})))).toEqual([expect.stringMatching(/exactly one of QueueId, AgentId/)]);
    expect(errors(flow(act('UpdateContactTargetQueue', { QueueId: 'q', AgentId: 'a' })))).toEqual([expect.stringMatching(/exactly one of QueueId, AgentId; got QueueId and AgentId/)]);
  });

  test('UpdateContactEventHooks takes known keys, one per action (0 or 2 are accepted at create time: a warning)', () => {
    const hooks = (h: any) => flow(act('UpdateContactEventHooks', { EventHooks: h }));
    expect(errors(hooks({ CustomerQueue: 'arn:f' }))).toEqual([]);
    expect(warnings(hooks({ CustomerQueue: 'arn:f' }))).toEqual([]);
    expect(errors(hooks({ CustomerQueue: 'arn:f', AgentWhisper: 'arn:g' }))).toEqual([]);
    expect(warnings(hooks({ CustomerQueue: 'arn:f', AgentWhisper: 'arn:g' }))).toEqual([expect.stringMatching(/exactly one key per action .* got 2/)]);
    expect(errors(hooks({}))).toEqual([]);
    expect(warnings(hooks({}))).toEqual([expect.stringMatching(/got 0/)]);
    expect(errors(hooks({ Elevator: 'arn:f' }))).toEqual([expect.stringMatching(/unknown event hook "Elevator"/)]);
  });

  test('UpdateContactAttributes keys must not contain $ or .', () => {
    expect(errors(flow(act('UpdateContactAttributes', { Attributes: { tier: 'gold' } })))).toEqual([]);
    expect(errors(flow(act('UpdateContactAttributes', { Attributes: { 'a.b': 'gold' } })))).toEqual([expect.stringMatching(/must not contain "\$" or "\."/)]);
  });

  test('CheckMetricData: agent metrics only NumberGreaterThan "0"', () => {
    const check = (metric: string, op: string, operand: string) => flow(act('CheckMetricData', { MetricType: metric }, {
      NextAction: 'End',
      Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }, { NextAction: 'End', ErrorType: 'NoMatchingCondition' }],
      Conditions: [{ NextAction: 'End', Condition: { Operator: op, Operands: [operand] } }],
    }));
    expect(errors(check('NumberOfAgentsAvailable', 'NumberGreaterThan', '0'))).toEqual([]);
    expect(errors(check('NumberOfAgentsAvailable', 'NumberGreaterThan', '5'))).toEqual([expect.stringMatching(/only supports the condition NumberGreaterThan "0"/)]);
    expect(errors(check('NumberOfContactsInQueue', 'NumberGreaterThan', '5'))).toEqual([]);
    expect(errors(check('QueueMood', 'NumberGreaterThan', '5'))).toContainEqual(expect.stringMatching(/MetricType must be one of/));
  });

  test('DistributeByPercentage thresholds increase', () => {
    const d = (ops: string[]) => flow(act('DistributeByPercentage', {}, {
      NextAction: 'End',
      Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingCondition' }],
      Conditions: ops.map((o) => ({ NextAction: 'End', Condition: { Operator: 'NumberLessThan', Operands: [o] } })),
    }));
    expect(errors(d(['34', '67']))).toEqual([]);
    expect(errors(d(['67', '34']))).toEqual([expect.stringMatching(/must increase/)]);
  });

  test('UpdateContactRoutingBehavior: a priority from 1, any time adjustment', () => {
    const r = (p: any) => flow(act('UpdateContactRoutingBehavior', p, { NextAction: 'End' }));
    expect(errors(r({ QueuePriority: '1' }))).toEqual([]);
    expect(errors(r({ QueuePriority: '0' }))).toEqual([expect.stringMatching(/QueuePriority must be at least 1, got "0"/)]);
    expect(errors(r({ QueueTimeAdjustmentSeconds: '-600' }))).toEqual([]);
    expect(errors(r({ QueuePriority: '1', QueueTimeAdjustmentSeconds: '60' }))).toEqual([expect.stringMatching(/exactly one of QueuePriority, QueueTimeAdjustmentSeconds/)]);
  });

  test('Compare needs at least one condition', () => {
    expect(errors(flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, { NextAction: 'End' })))).toEqual([expect.stringMatching(/at least one condition/)]);
  });

  test('actions that take no conditions', () => {
    expect(errors(flow(act('MessageParticipant', { Text: 'x' }, { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['1'] } }] }))))
      .toEqual([expect.stringMatching(/takes no conditions/)]);
  });
});

describe('flow types', () => {
  const lambda = act('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', InvocationTimeLimitSeconds: '3' });
  const transfer = act('TransferContactToQueue', {}, { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] });

  test('InvokeLambdaFunction is accepted in an outbound whisper flow (deployed exports use it)', () => {
    const whisper = { Version: '2019-10-30', StartAction: 'A', Actions: [{ ...lambda, Transitions: { NextAction: 'E', Errors: [{ NextAction: 'E', ErrorType: 'NoMatchingError' }] } }, { Identifier: 'E', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] };
    expect(errors(whisper, 'OUTBOUND_WHISPER')).toEqual([]);
    expect(errors(flow(lambda), 'CONTACT_FLOW')).toEqual([]);
    expect(errors(flow(lambda))).toEqual([]);
  });

  test('TransferContactToQueue is not allowed in a customer queue flow (hint: Dequeue)', () => {
    expect(errors(flow(transfer), 'CUSTOMER_QUEUE')).toEqual([expect.stringMatching(/not allowed in a CUSTOMER_QUEUE flow.*DequeueContactAndTransferToQueue/)]);
    expect(errors(flow(transfer), 'QUEUE_TRANSFER')).toEqual([]);
  });

  test('EndFlowExecution belongs to whisper, queue and hold flows', () => {
    const doc = { Version: '2019-10-30', StartAction: 'A', Actions: [say('A', 'E'), { Identifier: 'E', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] };
    expect(errors(doc, 'AGENT_WHISPER')).toEqual([]);
    expect(errors(doc, 'CONTACT_FLOW')).toEqual([expect.stringMatching(/EndFlowExecution is not allowed/)]);
  });

  test('an unknown flow type is a warning', () => {
    expect(warnings(flow(say()), 'IVR')).toEqual([expect.stringMatching(/unknown flow type "IVR"/)]);
  });
});

describe('opaque values', () => {
  test('CDK tokens and placeholders are never range-checked', () => {
    const loop = (count: any) => flow(act('Loop', { LoopCount: count }, {
      NextAction: 'End',
      Conditions: ['ContinueLooping', 'DoneLooping'].map((c) => ({ NextAction: 'End', Condition: { Operator: 'Equals', Operands: [c] } })),
    }));
    expect(errors(loop(Token.asString({ Ref: 'Count' })))).toEqual([]);
    expect(errors(loop('%LoopCount%'))).toEqual([]);
    expect(errors(loop('${LOOP_COUNT}'))).toEqual([]);
    expect(errors(loop(Token.asNumber({ Ref: 'Count' })))).toEqual([]);
    expect(errors(loop('$.Attributes.count'))).toEqual([]);
  });

  test('a token in a NextAction-free value such as a queue ARN is accepted', () => {
    const doc = flow(act('UpdateContactTargetQueue', { QueueId: Token.asString({ 'Fn::GetAtt': ['Queue', 'QueueArn'] }) }));
    expect(errors(doc)).toEqual([]);
  });
});

describe('FlowValidator', () => {
  test('validate and errors', () => {
    const doc = flow(say('A', 'Nowhere'), say('Orphan'));
    expect(FlowValidator.validate(doc).map((d) => d.severity)).toEqual(['error', 'warning', 'warning']);
    expect(FlowValidator.errors(doc)).toHaveLength(1);
    expect(FlowValidator.errors(doc)[0]).toMatchObject({ actionIdentifier: 'A', path: '$.Actions[0].Transitions.NextAction' });
  });

  test('errors come first and the result is deterministic', () => {
    const doc = flow(say('A', 'Nowhere'), say('Orphan'), say('B:', 'End'));
    expect(validateFlow(doc)).toEqual(validateFlow(JSON.parse(JSON.stringify(doc))));
  });
});

describe('malformed documents and parameters', () => {
  const next = { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] };
  test.each([
    ['an action that is not an object', flow(say(), 'oops' as any), /each action must be an object/],
    ['an Identifier that is not a string', flow(say(), { ...END, Identifier: 7 }), /Identifier must be a non-empty string/],
    ['a missing Type', flow({ Identifier: 'A', Parameters: {}, Transitions: { NextAction: 'End' } }), /Type must be a non-empty string/],
    ['Parameters that are not an object', flow(act('MessageParticipant', 'Hi', { NextAction: 'End' })), /Parameters must be an object/],
    ['Transitions that are not an object', flow(act('MessageParticipant', { Text: 'Hi' }, [])), /Transitions must be an object/],
    ['Errors that are not an array', flow(act('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End', Errors: {} })), /Errors must be an array/],
    ['an error branch without ErrorType', flow(act('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End', Errors: [{ NextAction: 'End' }] })), /ErrorType must be a non-empty string/],
    ['an error branch that is not an object', flow(act('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End', Errors: ['End'] })), /each error branch is/],
    ['Conditions that are not an array', flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, { NextAction: 'End', Conditions: {} })), /Conditions must be an array/],
    ['a condition without Condition', flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, { NextAction: 'End', Conditions: [{ NextAction: 'End' }] })), /each condition is/],
    ['two operands', flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['1', '2'] } }] })), /Operands must be an array of one string/],
    ['a numeric operand', flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: [1] } }] })), /condition operands are strings/],
    ['empty Messages', flow(act('MessageParticipantIteratively', { Messages: [] })), /Messages must not be empty/],
    ['a message that is not an object', flow(act('MessageParticipantIteratively', { Messages: ['hi'] })), /each message is an object/],
    ['Media that is not an object', flow(act('MessageParticipant', { Media: 's3://x' }, { NextAction: 'End' })), /Media must be an object/],
    ['Media without Uri', flow(act('MessageParticipant', { Media: { SourceType: 'S3', MediaType: 'Audio' } }, { NextAction: 'End' })), /Media.Uri is required/],
    ['an empty Text', flow(act('MessageParticipant', { Text: '' }, { NextAction: 'End' })), /an empty string is never a valid parameter value/],
    ['LexV2Bot without AliasArn', flow(act('ConnectParticipantWithLexBot', { LexV2Bot: {} }, {
      NextAction: 'End',
      Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['Intent'] } }],
      Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingCondition' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }],
    })), /LexV2Bot needs AliasArn/],
    ['an unknown ResponseType', flow(act('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:f', ResponseValidation: { ResponseType: 'XML' } })), /ResponseType must be "STRING_MAP" or "JSON"/],
    ['a LambdaInvocationAttributes value that is not a string', flow(act('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:f', LambdaInvocationAttributes: { n: 1 } })), /every parameter value is a string: write "1", not 1/],
    ['an event hook that is not a string', flow(act('UpdateContactEventHooks', { EventHooks: { CustomerQueue: 1 } })), /every parameter value is a string/],
    ['unknown recorded participants', flow(act('UpdateContactRecordingBehavior', { RecordingBehavior: { RecordedParticipants: ['Supervisor'] } }, { NextAction: 'End' })), /RecordedParticipants is a list of "Agent" and "Customer"/],
    ['an unknown IVRRecordingBehavior', flow(act('UpdateContactRecordingBehavior', { RecordingBehavior: { IVRRecordingBehavior: 'Maybe' } }, { NextAction: 'End' })), /IVRRecordingBehavior must be "Enabled" or "Disabled"/],
    ['recording without behaviours', flow(act('UpdateContactRecordingBehavior', {}, { NextAction: 'End' })), /give RecordingBehavior and\/or AnalyticsBehavior/],
    ['UpdateContactData without parameters', flow(act('UpdateContactData', {})), /needs at least one field/],
    ['a StoreInput that is not a boolean', flow(act('GetParticipantInput', { Text: 'x', StoreInput: 'Yes' }, next)), /StoreInput must be "True" or "False"/],
    ['InputValidation without StoreInput', flow(act('GetParticipantInput', { Text: 'x', InputValidation: { CustomValidation: { MaximumLength: '3' } } }, next)), /InputValidation needs StoreInput "True"/],
    ['encryption with phone validation', flow(act('GetParticipantInput', {
      Text: 'x', StoreInput: 'True', InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' } }, InputEncryption: { EncryptionKeyId: 'k', Key: 'pem' },
    }, next)), /InputEncryption is only allowed with CustomValidation/],
    ['encryption without its key', flow(act('GetParticipantInput', { Text: 'x', StoreInput: 'True', InputEncryption: { EncryptionKeyId: 'k' } }, next)), /InputEncryption needs EncryptionKeyId and Key/],
    ['both validations', flow(act('GetParticipantInput', {
      Text: 'x', StoreInput: 'True', InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' }, CustomValidation: { MaximumLength: '3' } },
    }, next)), /exactly one of PhoneNumberValidation, CustomValidation/],
    ['a DisableCancelKey that is not a boolean', flow(act('GetParticipantInput', { Text: 'x', StoreInput: 'True', DTMFConfiguration: { DisableCancelKey: 'no' } }, next)), /DisableCancelKey must be "True" or "False"/],
    ['a static parameter given as a JSONPath', flow(act('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:f', InvocationType: '$.Attributes.type' })), /InvocationType must be a constant, not the JSONPath/],
    ['a required string that is empty', flow(act('TransferToFlow', { ContactFlowId: '' })), /an empty string is never a valid parameter value/],
    ['an Attributes key that is empty', flow(act('UpdateContactAttributes', { Attributes: { '': 'x' } })), /attribute keys must not be empty/],
  ])('%s', (_what, doc, message) => {
    expect(errors(doc)).toContainEqual(expect.stringMatching(message));
  });

  test('a constant ComparisonValue is an error (the service rejects it)', () => {
    const doc = flow(act('Compare', { ComparisonValue: 'gold' }, { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['gold'] } }] }));
    expect(errors(doc)).toEqual([expect.stringMatching(/ComparisonValue must be one JSONPath reference/)]);
  });

  test('a menu without conditions is a warning', () => {
    const doc = flow(act('GetParticipantInput', { Text: 'Press a key', StoreInput: 'False' }, {
      NextAction: 'End', Errors: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'].map((e) => ({ NextAction: 'End', ErrorType: e })),
    }));
    expect(errors(doc)).toEqual([]);
    expect(warnings(doc)).toEqual([expect.stringMatching(/without conditions: every key press takes NoMatchingCondition/)]);
  });

  test('an error type routed twice is a warning', () => {
    const doc = flow(act('MessageParticipant', { Text: 'x' }, { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] }));
    expect(warnings(doc)).toEqual([expect.stringMatching(/routed twice/)]);
  });
});

describe('rules checked against the flow-language reference', () => {
  test('CheckMetricData: contact metrics also take Equals with a number', () => {
    const check = (metric: string, op: string, operand: string) => flow(act('CheckMetricData', { MetricType: metric }, {
      NextAction: 'End',
      Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }, { NextAction: 'End', ErrorType: 'NoMatchingCondition' }],
      Conditions: [{ NextAction: 'End', Condition: { Operator: op, Operands: [operand] } }],
    }));
    expect(errors(check('NumberOfContactsInQueue', 'Equals', '5'))).toEqual([]);
    expect(errors(check('OldestContactInQueueAgeSeconds', 'Equals', '120'))).toEqual([]);
    expect(errors(check('NumberOfContactsInQueue', 'Equals', 'many'))).toEqual([expect.stringMatching(/conditions compare numbers/)]);
    expect(errors(check('NumberOfContactsInQueue', 'TextContains', '5'))).toEqual([expect.stringMatching(/conditions compare numbers/)]);
  });

  test.each(['__defineGetter__', '__defineSetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'hasOwnProperty', 'valueOf'])(
    'the reserved name %s is not an Identifier', (id) => {
      expect(errors(flow(say(id)))).toContainEqual(expect.stringMatching(/reserved name/));
    });

  test('Number* conditions with an empty operand are errors', () => {
    const doc = (operand: string) => flow(act('Compare', { ComparisonValue: '$.Attributes.x' }, {
      NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'NumberGreaterThan', Operands: [operand] } }],
    }));
    expect(errors(doc('5'))).toEqual([]);
    expect(errors(doc(''))).toEqual([expect.stringMatching(/an empty condition operand is rejected/)]);
    expect(errors(doc(' '))).toEqual([expect.stringMatching(/NumberGreaterThan needs a numeric operand/)]);
  });

  test('a transfer to a phone number that resumes the flow needs a NextAction', () => {
    const t = (resume: string, transitions: any) => flow(act('TransferParticipantToThirdParty', {
      ThirdPartyPhoneNumber: '+15555550123', ThirdPartyConnectionTimeLimitSeconds: '30', ContinueFlowExecution: resume,
    }, transitions));
    const errorsOnly = { Errors: [{ NextAction: 'End', ErrorType: 'CallFailed' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] };
    expect(errors(t('True', { NextAction: 'End', ...errorsOnly }))).toEqual([]);
    expect(errors(t('True', errorsOnly))).toEqual([expect.stringMatching(/dead end: TransferParticipantToThirdParty must have a NextAction/)]);
  });
});

describe('queued callback offered from a loop of prompts', () => {
  const queueFlow = (interrupt: string) => ({
    Version: '2019-10-30',
    StartAction: 'Hold',
    Actions: [
      { Identifier: 'Hold', Type: 'MessageParticipantIteratively', Parameters: { Messages: [{ Text: 'Please hold' }], InterruptFrequencySeconds: interrupt }, Transitions: { NextAction: 'Bye', Conditions: [{ NextAction: 'Offer', Condition: { Operator: 'Equals', Operands: ['MessagesInterrupted'] } }], Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'Offer', Type: 'GetParticipantInput', Parameters: { Text: 'Press 1 for a callback', InputTimeLimitSeconds: '5', StoreInput: 'False' }, Transitions: { NextAction: 'Hold', Conditions: [{ NextAction: 'Callback', Condition: { Operator: 'Equals', Operands: ['1'] } }], Errors: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'].map((e) => ({ NextAction: 'Hold', ErrorType: e })) } },
      { Identifier: 'Callback', Type: 'CreateCallbackContact', Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' }, Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });

  test('an interrupt of 20 seconds or less before a callback offer is a warning', () => {
    expect(errors(queueFlow('20'), 'CUSTOMER_QUEUE')).toEqual([]);
    expect(warnings(queueFlow('20'), 'CUSTOMER_QUEUE')).toEqual([expect.stringMatching(/InterruptFrequencySeconds "20" leads to CreateCallbackContact "Callback": interrupt a loop that offers a callback after more than 20 seconds/)]);
    expect(warnings(queueFlow('21'), 'CUSTOMER_QUEUE')).toEqual([]);
  });
});

describe('CheckMetricData with an agent metric: the service requires NoMatchingCondition', () => {
  const check = (transitions: any) => flow(act('CheckMetricData', { MetricType: 'NumberOfAgentsStaffed' }, {
    Conditions: [{ NextAction: 'End', Condition: { Operator: 'NumberGreaterThan', Operands: ['0'] } }],
    ...transitions,
  }));
  const noError = { ErrorType: 'NoMatchingError', NextAction: 'End' };
  const noCondition = { ErrorType: 'NoMatchingCondition', NextAction: 'End' };

  test('without NoMatchingCondition it is rejected', () => {
    expect(errors(check({ NextAction: 'End', Errors: [noError] }))).toEqual([expect.stringMatching(/CheckMetricData must declare the error branch NoMatchingCondition/)]);
  });

  test('with NoMatchingCondition and a NextAction it is accepted', () => {
    expect(validateFlow(check({ NextAction: 'End', Errors: [noError, noCondition] }))).toEqual([]);
  });
});

test('DistributeByPercentage: no threshold above 100 (the draw is 1 to 100)', () => {
  const d = (ops: string[]) => flow(act('DistributeByPercentage', {}, {
    NextAction: 'End',
    Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingCondition' }],
    Conditions: ops.map((o) => ({ NextAction: 'End', Condition: { Operator: 'NumberLessThan', Operands: [o] } })),
  }));
  expect(errors(d(['51', '100']))).toEqual([]);
  expect(errors(d(['51', '101']))).toEqual([expect.stringMatching(/whole number 1-100/)]);
});

test('CreateCallbackContact: delays and attempts must be static', () => {
  const cb = (p: any) => flow(act('CreateCallbackContact', { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600', ...p }));
  expect(errors(cb({}))).toEqual([]);
  expect(errors(cb({ InitialCallDelaySeconds: '$.Attributes.delay' }))).toEqual([expect.stringMatching(/InitialCallDelaySeconds must be a constant/)]);
  expect(errors(cb({ MaximumConnectionAttempts: '$.Attributes.attempts' }))).toEqual([expect.stringMatching(/MaximumConnectionAttempts must be a constant/)]);
  expect(errors(cb({ RetryDelaySeconds: '$.External.retry' }))).toEqual([expect.stringMatching(/RetryDelaySeconds must be a constant/)]);
});

describe('a loop of prompts completes only when interrupted', () => {
  const loop = (transitions: any, params: any = {}) => flow(act('MessageParticipantIteratively', { Messages: [{ Text: 'Please hold' }], ...params }, transitions));

  test('it needs no NextAction (Amazon Connect\'s own default hold and queue flows have none); an unrouted error branch is a warning', () => {
    expect(errors(loop({}), 'CUSTOMER_QUEUE')).toEqual([]);
    expect(errors(loop({ Errors: [], Conditions: [] }), 'CUSTOMER_QUEUE')).toEqual([]);
    expect(errors(loop({ NextAction: 'End' }), 'CUSTOMER_QUEUE')).toEqual([]);
    expect(warnings(loop({ NextAction: 'End' }), 'CUSTOMER_QUEUE')).toContainEqual(expect.stringMatching(/unhandled error branch NoMatchingError/));
  });

  test('with an interruption branch', () => {
    const t = { NextAction: 'End', Conditions: [{ NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['MessagesInterrupted'] } }], Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] };
    expect(errors(loop(t, { InterruptFrequencySeconds: '60' }), 'CUSTOMER_QUEUE')).toEqual([]);
    expect(warnings(loop(t, { InterruptFrequencySeconds: '60' }), 'CUSTOMER_QUEUE')).toEqual([]);
  });
});

test('UpdateContactRoutingBehavior: priority and time adjustment must be static', () => {
  const r = (p: any) => flow(act('UpdateContactRoutingBehavior', p, { NextAction: 'End' }));
  expect(errors(r({ QueuePriority: '$.Attributes.priority' }))).toEqual([expect.stringMatching(/QueuePriority must be a constant/)]);
  expect(errors(r({ QueueTimeAdjustmentSeconds: '$.External.age' }))).toEqual([expect.stringMatching(/QueueTimeAdjustmentSeconds must be a constant/)]);
});

test('the 50-character Identifier limit counts characters, not UTF-16 code units', () => {
  expect(errors(flow(say('☎️'.repeat(10) + '𝔸'.repeat(30))))).toEqual([]);
  expect(errors(flow(say('𝔸'.repeat(51))))).toEqual([expect.stringMatching(/Identifier is 51 characters long; at most 50/)]);
});
