/**
 * Every rule of "What the live service enforces" (FLOW-LANGUAGE.md), each with a document the
 * service rejects (the validator reports an error that names what it wants) and one it accepts.
 */
import { ContactFlowType, DiagnosticSeverity, FlowSimulator, SimulationOutcome, validateFlow } from '../../src';

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const FINISH = { Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };
const noError = { NextAction: 'End', ErrorType: 'NoMatchingError' };
const err = (type: string) => ({ NextAction: 'End', ErrorType: type });
const eq = (operand: string, op = 'Equals') => ({ NextAction: 'End', Condition: { Operator: op, Operands: [operand] } });

/** A flow of one action `A` (then End). */
function one(type: string, parameters: any, transitions: any = { NextAction: 'End', Errors: [noError] }, end: any = END): any {
  return { Version: '2019-10-30', StartAction: 'A', Actions: [{ Identifier: 'A', Type: type, Parameters: parameters, Transitions: transitions }, end] };
}

function errorsOf(doc: any, flowType?: ContactFlowType): string[] {
  return validateFlow(doc, { flowType }).filter((d) => d.severity === DiagnosticSeverity.ERROR).map((d) => `${d.path}: ${d.message}`);
}

const thirdParty = (p: any, errors: string[] = ['NoMatchingError']) => one('TransferParticipantToThirdParty',
  { ThirdPartyPhoneNumber: '+15555550123', ThirdPartyConnectionTimeLimitSeconds: '30', ContinueFlowExecution: 'False', ...p },
  { NextAction: 'End', Errors: errors.map(err) });
const store = (errors: string[]) => one('GetParticipantInput', { Text: 'Number?', StoreInput: 'True' }, { NextAction: 'End', Errors: errors.map(err) });
const compare = (value: string, op = 'Equals', operand = 'gold') => one('Compare', { ComparisonValue: value }, { NextAction: 'End', Conditions: [eq(operand, op)], Errors: [err('NoMatchingCondition')] });
const metric = (metricType: string, errors: string[]) => one('CheckMetricData', { MetricType: metricType },
  { NextAction: 'End', Conditions: [eq('0', 'NumberGreaterThan')], Errors: errors.map(err) });
const flowAttributes = (attrs: any, errors = [noError]) => one('UpdateFlowAttributes', { FlowAttributes: attrs }, { NextAction: 'End', Errors: errors });
const loop = (transitions: any) => one('Loop', { LoopCount: '2' }, transitions);

type Rule = [rule: string, rejected: any, flowType: ContactFlowType | undefined, message: RegExp, accepted: any, acceptedFlowType?: ContactFlowType];

const RULES: Rule[] = [
  // Spellings the service wants.
  ['Wait takes TimeLimitSeconds, not TimeoutSeconds',
    one('Wait', { TimeoutSeconds: '60' }), undefined, /Parameters\.TimeoutSeconds: the service does not take TimeoutSeconds: write TimeLimitSeconds/,
    one('Wait', { TimeLimitSeconds: '60' })],
  ['a third-party transfer needs ThirdPartyConnectionTimeLimitSeconds (ThirdPartyConnectionTimeoutSeconds alone is rejected)',
    thirdParty({ ThirdPartyConnectionTimeLimitSeconds: undefined, ThirdPartyConnectionTimeoutSeconds: '30' }), undefined,
    /ThirdPartyConnectionTimeoutSeconds: the service does not take ThirdPartyConnectionTimeoutSeconds: write ThirdPartyConnectionTimeLimitSeconds/,
    thirdParty({})],
  ['a third-party transfer without any timeout is missing ThirdPartyConnectionTimeLimitSeconds',
    thirdParty({ ThirdPartyConnectionTimeLimitSeconds: undefined }), undefined, /missing required parameter ThirdPartyConnectionTimeLimitSeconds/,
    thirdParty({ ThirdPartyConnectionTimeLimitSeconds: '0' })],
  ['GetParticipantInput reads InputTimeLimitSeconds (the 2020 spelling InputTimeoutSeconds is read too)',
    one('GetParticipantInput', { Text: 'Press 1', StoreInput: 'False', InputTimeoutSeconds: '0' }, { NextAction: 'End', Conditions: [eq('1')], Errors: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'].map(err) }),
    undefined, /InputTimeoutSeconds must be at least 1/,
    one('GetParticipantInput', { Text: 'Press 1', StoreInput: 'False', InputTimeLimitSeconds: '5' }, { NextAction: 'End', Conditions: [eq('1')], Errors: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'].map(err) })],
  ['UntagContact, not the documented UnTagContact',
    one('UnTagContact', { TagKeys: ['team'] }), undefined, /unknown action type "UnTagContact": the service rejects it; write "UntagContact"/,
    one('UntagContact', { TagKeys: ['team'] })],
  ['UpdateContactRoutingCriteria, not the documented UpdateRoutingCriteria',
    one('UpdateRoutingCriteria', { RoutingCriteria: { Steps: [] } }), undefined, /write "UpdateContactRoutingCriteria"/,
    one('UpdateContactRoutingCriteria', { RoutingCriteria: { Steps: [] } })],
  ['text-to-speech styles are None, Conversational or Newscaster',
    one('UpdateContactTextToSpeechVoice', { TextToSpeechVoice: 'Joanna', TextToSpeechStyle: 'Whisper' }), undefined, /TextToSpeechStyle must be one of None, Conversational, Newscaster/,
    one('UpdateContactTextToSpeechVoice', { TextToSpeechVoice: 'Joanna', TextToSpeechStyle: 'Newscaster' })],
  // Required branches.
  ['UpdateFlowAttributes must declare NoMatchingError',
    flowAttributes({ k: { Type: 'String', Value: 'v' } }, []), undefined, /UpdateFlowAttributes must declare the error branch NoMatchingError/,
    flowAttributes({ k: { Type: 'String', Value: 'v' } })],
  ['UpdateFlowAttributes values are { Type: "String", Value }',
    flowAttributes({ k: 'v' }), undefined, /each flow attribute is \{ "Type": "String", "Value": "<value>" \}/,
    flowAttributes({ k: { Type: 'String', Value: 'v' } })],
  ['CheckMetricData must declare NoMatchingCondition, agent metrics included',
    metric('NumberOfAgentsAvailable', ['NoMatchingError']), undefined, /CheckMetricData must declare the error branch NoMatchingCondition/,
    metric('NumberOfAgentsAvailable', ['NoMatchingError', 'NoMatchingCondition'])],
  ['a Loop needs a NextAction',
    loop({ Conditions: [eq('ContinueLooping'), eq('DoneLooping')] }), undefined, /dead end: Loop must have a NextAction/,
    loop({ NextAction: 'End', Conditions: [eq('ContinueLooping'), eq('DoneLooping')] })],
  ['every non-terminal action needs a NextAction (a transfer too)',
    one('TransferContactToQueue', {}, { Errors: [err('QueueAtCapacity'), noError] }), undefined, /dead end: TransferContactToQueue must have a NextAction/,
    one('TransferContactToQueue', {}, { NextAction: 'End', Errors: [err('QueueAtCapacity'), noError] })],
  // Forbidden branches.
  ['store-mode GetParticipantInput must not declare InputTimeLimitExceeded',
    store(['NoMatchingError', 'InputTimeLimitExceeded']), undefined, /with StoreInput "True" has no conditions and never times out with an error: the service rejects the InputTimeLimitExceeded branch here/,
    store(['NoMatchingError'])],
  ['a third-party transfer with ContinueFlowExecution "False" must not declare CallFailed',
    thirdParty({}, ['CallFailed', 'NoMatchingError']), undefined, /ContinueFlowExecution "False" does not come back to the flow: the service rejects the CallFailed branch here; keep only NoMatchingError/,
    thirdParty({}, ['NoMatchingError'])],
  ['a third-party transfer with ContinueFlowExecution "False" must not declare ConnectionTimeLimitExceeded',
    thirdParty({}, ['ConnectionTimeLimitExceeded', 'NoMatchingError']), undefined, /the service rejects the ConnectionTimeLimitExceeded branch here/,
    thirdParty({ ContinueFlowExecution: 'True' }, ['ConnectionTimeLimitExceeded', 'CallFailed', 'NoMatchingError'])],
  ['ContinueFlowExecution is required',
    thirdParty({ ContinueFlowExecution: undefined }), undefined, /missing required parameter ContinueFlowExecution/,
    thirdParty({ ContinueFlowExecution: 'False' })],
  // Values.
  ['an empty string is never a valid parameter value, at any depth (" " is)',
    one('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', LambdaInvocationAttributes: { greeting: '' } }), undefined,
    /Parameters\.LambdaInvocationAttributes\.greeting: an empty string is never a valid parameter value/,
    one('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', LambdaInvocationAttributes: { greeting: ' ' } })],
  ['an empty condition operand is rejected',
    compare('$.Attributes.tier', 'Equals', ''), undefined, /Operands\[0\]: an empty condition operand is rejected/,
    compare('$.Attributes.tier', 'Equals', 'gold')],
  ['ComparisonValue is one JSONPath, not a literal',
    compare('gold'), undefined, /the service rejects the literal "gold"/,
    compare('$.External.tier')],
  ['ComparisonValue names a leaf, not a bare namespace',
    compare('$.External'), undefined, /ComparisonValue "\$\.External" is a namespace, not a value: name a leaf such as "\$\.External\.tier"/,
    compare('$.External.customer.tier')],
  ['operators are the eight comparisons and KeyExists: no And, Or, Contains',
    compare('$.Attributes.tier', 'Contains', 'go'), undefined, /operator "Contains" is not allowed here \(use TextContains\)/,
    compare('$.Attributes.tier', 'KeyExists', 'tier')],
  ['UpdateContactData needs at least one field',
    one('UpdateContactData', {}), undefined, /UpdateContactData needs at least one field/,
    one('UpdateContactData', { LanguageCode: 'en-US' })],
  ['every scalar in Parameters is a string',
    one('TransferToFlow', { ContactFlowId: 3 }), undefined,
    /every parameter value is a string: write "3", not 3/,
    one('TransferToFlow', { ContactFlowId: 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/f' })],
  ['… except module inputs, which keep their JSON type',
    one('InvokeFlowModule', { FlowModuleId: 'm1', Timeout: 5 }), undefined, /every parameter value is a string/,
    one('InvokeFlowModule', { FlowModuleId: 'm1', Input: { count: 5, verified: true } })],
  // Flow types.
  ['whisper flows reject DisconnectParticipant',
    one('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End' }), ContactFlowType.AGENT_WHISPER, /DisconnectParticipant is not allowed in a AGENT_WHISPER flow/,
    one('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End' }, FINISH)],
  ['hold flows reject DisconnectParticipant',
    one('MessageParticipantIteratively', { Messages: [{ Text: 'Hold' }] }, { NextAction: 'End', Errors: [noError] }), ContactFlowType.CUSTOMER_HOLD, /DisconnectParticipant is not allowed in a CUSTOMER_HOLD flow/,
    one('MessageParticipantIteratively', { Messages: [{ Text: 'Hold' }] }, { NextAction: 'End', Errors: [noError] }, FINISH)],
  ['inbound flows reject EndFlowExecution',
    one('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End' }, FINISH), ContactFlowType.CONTACT_FLOW, /EndFlowExecution is not allowed in a CONTACT_FLOW flow/,
    one('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End' })],
  ['CompleteOutboundCall belongs in outbound whisper flows',
    one('CompleteOutboundCall', {}), ContactFlowType.CONTACT_FLOW, /CompleteOutboundCall is not allowed in a CONTACT_FLOW flow \(allowed in OUTBOUND_WHISPER\)/,
    one('CompleteOutboundCall', {}, { NextAction: 'End', Errors: [noError] }, FINISH), ContactFlowType.OUTBOUND_WHISPER],
  ['a flow\'s content must not have a top-level Settings',
    { ...one('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End' }), Settings: { InputParameters: [], OutputParameters: [], Transitions: [] } },
    ContactFlowType.CONTACT_FLOW, /a flow's content must not have a top-level Settings/,
    one('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End' })],
  // Action types.
  ['unknown action types are rejected',
    one('TeleportCaller', {}), undefined, /unknown action type "TeleportCaller": the service rejects action types it does not know/,
    one('TagContact', { Tags: { team: 'billing' } })],
];

describe('what the live service enforces', () => {
  test.each(RULES)('%s', (...row: any[]) => {
    const [, rejected, flowType, message, accepted, acceptedFlowType] = row as Rule;
    const found = errorsOf(rejected, flowType);
    expect(found).toContainEqual(expect.stringMatching(message));
    expect(errorsOf(accepted, acceptedFlowType ?? flowType)).toEqual([]);
  });

  test('a module must have Settings', () => {
    const doc = one('MessageParticipant', { Text: 'Hi' }, { NextAction: 'End' }, { Identifier: 'End', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} });
    expect(errorsOf(doc)).toEqual([]);
    expect(validateFlow(doc, { module: true }).map((d) => d.message)).toEqual([expect.stringMatching(/a flow module needs a top-level Settings/)]);
    expect(validateFlow({ ...doc, Settings: { InputParameters: [], OutputParameters: [], Transitions: [] } }, { module: true })).toEqual([]);
  });

  test('findings name the flow action, the JSON path and what the service wants', () => {
    const [d] = validateFlow(one('Wait', { TimeoutSeconds: '60' }));
    expect(d).toMatchObject({ severity: DiagnosticSeverity.ERROR, actionIdentifier: 'A', path: '$.Actions[0].Parameters.TimeoutSeconds' });
    expect(d.message).toMatch(/write TimeLimitSeconds/);
  });

  test('allowUnknownActions reports unknown types as warnings (misspellings still name the right type)', () => {
    const found = validateFlow(one('UnTagContact', { TagKeys: ['team'] }), { allowUnknownActions: true });
    expect(found.map((d) => [d.severity, d.message])).toEqual([[DiagnosticSeverity.WARNING, expect.stringMatching(/write "UntagContact"/)]]);
  });
});

describe('what real deployed flows contain is accepted', () => {
  const wrap = (actions: any[]) => ({ Version: '2019-10-30', StartAction: 'a', Actions: [...actions, { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] });

  test('UpdateContactAttributes with a key that is one JSONPath', () => {
    const doc = wrap([{ Identifier: 'a', Type: 'UpdateContactAttributes', Parameters: { Attributes: { '$.External.key': '$.External.value' }, TargetContact: 'Current' }, Transitions: { NextAction: 'b', Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingError' }] } }]);
    expect(errorsOf(doc, ContactFlowType.CONTACT_FLOW)).toEqual([]);
    const r = FlowSimulator.fromDocument(doc).simulate({ flow: undefined, lambdas: {} });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    // Rejected: a key with "." that is not one JSONPath.
    const bad = wrap([{ Identifier: 'a', Type: 'UpdateContactAttributes', Parameters: { Attributes: { 'a.b': 'x' } }, Transitions: { NextAction: 'b', Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingError' }] } }]);
    expect(errorsOf(bad)).toEqual([expect.stringMatching(/must not contain "\$" or "\."/)]);
  });

  test('ConnectParticipantWithLexBot with errors only, no intent condition', () => {
    const doc = wrap([{ Identifier: 'a', Type: 'ConnectParticipantWithLexBot', Parameters: { Text: 'How can I help?', LexV2Bot: { AliasArn: 'arn:aws:lex:us-west-2:111122223333:bot-alias/ABCDEFGHIJ/KLMNOPQRST' } }, Transitions: { NextAction: 'b', Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingCondition' }, { NextAction: 'b', ErrorType: 'NoMatchingError' }] } }]);
    expect(errorsOf(doc, ContactFlowType.CONTACT_FLOW)).toEqual([]);
  });

  test('InvokeLambdaFunction in an outbound whisper flow ending in EndFlowExecution', () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        { Identifier: 'a', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:f', InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: 'b', Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'b', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      ],
    };
    expect(errorsOf(doc, ContactFlowType.OUTBOUND_WHISPER)).toEqual([]);
  });

  test('a 300-second input timeout in a customer queue flow (a timer), but not in an inbound flow', () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        { Identifier: 'a', Type: 'GetParticipantInput', Parameters: { Text: 'beep', StoreInput: 'False', InputTimeLimitSeconds: '300' }, Transitions: { NextAction: 'b', Errors: [{ NextAction: 'b', ErrorType: 'InputTimeLimitExceeded' }, { NextAction: 'b', ErrorType: 'NoMatchingCondition' }, { NextAction: 'b', ErrorType: 'NoMatchingError' }], Conditions: [] } },
        { Identifier: 'b', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      ],
    };
    expect(errorsOf(doc, ContactFlowType.CUSTOMER_QUEUE)).toEqual([]);
    expect(errorsOf({ ...doc, Actions: [doc.Actions[0], { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }, ContactFlowType.CONTACT_FLOW))
      .toEqual([expect.stringMatching(/InputTimeLimitSeconds must be between 1 and 180 in a CONTACT_FLOW flow/)]);
  });

  test('TransferContactToAgent with no transitions is a transfer to the agent', () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        { Identifier: 'a', Type: 'MessageParticipant', Parameters: { Text: 'Transferring now...' }, Transitions: { NextAction: 'b' } },
        { Identifier: 'b', Type: 'TransferContactToAgent', Parameters: {}, Transitions: {} },
      ],
    };
    expect(errorsOf(doc)).toEqual([]);
    const r = FlowSimulator.fromDocument(doc).simulate();
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_AGENT);
    expect(r.prompts).toEqual(['Transferring now...']);
  });
});

describe('dynamic values', () => {
  test('prompt text interpolates references; a prompt ID is a constant or one JSONPath', () => {
    const say = (p: any) => one('MessageParticipant', p, { NextAction: 'End' });
    expect(validateFlow(say({ Text: 'Hello $.Attributes.name, welcome' }))).toEqual([]);
    expect(validateFlow(say({ PromptId: '$.Attributes.prompt' }))).toEqual([]);
    expect(validateFlow(say({ PromptId: 'arn:aws:connect:us-east-1:1:instance/i/prompt/$.Attributes.p' })).map((d) => d.message))
      .toEqual([expect.stringMatching(/PromptId is a constant or one whole JSONPath: references inside text .* are not interpolated here/)]);
  });

  test('a parameter that must be static rejects a JSONPath', () => {
    const cb = (p: any) => one('CreateCallbackContact', { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600', ...p });
    expect(errorsOf(cb({}))).toEqual([]);
    expect(errorsOf(cb({ InitialCallDelaySeconds: '$.Attributes.delay' }))).toEqual([expect.stringMatching(/InitialCallDelaySeconds must be a constant, not the JSONPath/)]);
  });
});
