/**
 * The flow language, closed: each action type's parameter names and error branches are the sets the
 * live service takes. Every rule has a document the service rejects (an error naming what it wants)
 * and one it accepts; a table walks every action type.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ContactFlowType, DiagnosticSeverity, ValidateFlowOptions, validateFlow } from '../../src';
import {
  ACTION_SPECS, ActionSpec, ActionType, Exit, errorRules, hasClosedErrors, hasClosedParams, isActionType, needsNextAction,
} from '../../src/flows/language';

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const FINISH = { Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };
const err = (type: string) => ({ NextAction: 'End', ErrorType: type });
const eq = (operand: string, op = 'Equals') => ({ NextAction: 'End', Condition: { Operator: op, Operands: [operand] } });

/** A flow of one action `A`, then End. */
function one(type: string, parameters: any, transitions: any, end: any = END): any {
  return { Version: '2019-10-30', StartAction: 'A', Actions: [{ Identifier: 'A', Type: type, Parameters: parameters, Transitions: transitions }, end] };
}

const withErrors = (...types: string[]) => ({ NextAction: 'End', Errors: types.map(err) });

function found(doc: any, severity: DiagnosticSeverity, options: ValidateFlowOptions = {}): string[] {
  return validateFlow(doc, options).filter((d) => d.severity === severity).map((d) => `${d.path}: ${d.message}`);
}
const errorsOf = (doc: any, flowType?: ContactFlowType) => found(doc, DiagnosticSeverity.ERROR, { flowType });
const warningsOf = (doc: any, flowType?: ContactFlowType) => found(doc, DiagnosticSeverity.WARNING, { flowType });

const menu = (params: any, errors: string[]) => one('GetParticipantInput', { Text: 'Press 1', StoreInput: 'False', InputTimeLimitSeconds: '5', ...params },
  { NextAction: 'End', Conditions: [eq('1')], Errors: errors.map(err) });
const view = (params: any, errors: string[]) => one('ShowView',
  { ViewResource: { Id: 'arn:aws:connect:us-east-1:aws:view/form:1' }, InvocationTimeLimitSeconds: '300', ViewData: {}, ...params },
  { NextAction: 'End', Conditions: [eq('Submit')], Errors: errors.map(err) });
const hours = (errors: string[]) => one('CheckHoursOfOperation', {}, { NextAction: 'End', Conditions: [eq('True'), eq('False')], Errors: errors.map(err) });
const tags = (n: number, errors = ['NoMatchingError']) => one('TagContact',
  { Tags: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'])) }, withErrors(...errors));
const recording = (params: any, errors: string[]) => one('UpdateContactRecordingAndAnalyticsBehavior', params, withErrors(...errors));
const VOICE = { VoiceBehavior: { VoiceRecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } } };
const SCREEN = { ScreenRecordingBehavior: { ScreenRecordedParticipants: ['Agent'] } };
const CHAT = { ChatBehavior: { ChatAnalyticsBehavior: { Enabled: 'True' } } };
const wait = (params: any, conditions: string[]) => one('Wait', { TimeLimitSeconds: '60', ...params },
  { NextAction: 'End', Conditions: conditions.map((c) => eq(c)), Errors: [err('NoMatchingError')] });
const thirdParty = (errors: string[]) => one('TransferParticipantToThirdParty',
  { ThirdPartyPhoneNumber: '$.Attributes.desk', ThirdPartyConnectionTimeLimitSeconds: '30', ContinueFlowExecution: 'True' }, withErrors(...errors));

type Rule = [rule: string, rejected: any, message: RegExp, accepted: any, flowType?: ContactFlowType];

const RULES: Rule[] = [
  // Required error branches: an error, in the service's words.
  ['TransferContactToQueue must route QueueAtCapacity',
    one('TransferContactToQueue', {}, withErrors('NoMatchingError')), /must declare the error branch QueueAtCapacity.*"Action is missing required error. Error: QueueAtCapacity"/,
    one('TransferContactToQueue', {}, withErrors('QueueAtCapacity', 'NoMatchingError'))],
  ['DequeueContactAndTransferToQueue must route QueueAtCapacity',
    one('DequeueContactAndTransferToQueue', { QueueId: 'arn:q' }, withErrors('NoMatchingError'), FINISH), /must declare the error branch QueueAtCapacity/,
    one('DequeueContactAndTransferToQueue', { QueueId: 'arn:q' }, withErrors('QueueAtCapacity', 'NoMatchingError'), FINISH), ContactFlowType.CUSTOMER_QUEUE],
  ['CheckHoursOfOperation must route NoMatchingError',
    hours([]), /CheckHoursOfOperation must declare the error branch NoMatchingError/, hours(['NoMatchingError'])],
  ['a menu must route NoMatchingCondition',
    menu({}, ['InputTimeLimitExceeded', 'NoMatchingError']), /must declare the error branch NoMatchingCondition/,
    menu({}, ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'])],
  ['a menu must route InputTimeLimitExceeded',
    menu({}, ['NoMatchingCondition', 'NoMatchingError']), /must declare the error branch InputTimeLimitExceeded/,
    menu({}, ['InputTimeLimitExceeded', 'NoMatchingCondition'])],
  ['TagContact must route NoMatchingError',
    tags(1, []), /TagContact must declare the error branch NoMatchingError/, tags(1)],
  ['ShowView must route TimeLimitExceeded (and its two other branches)',
    view({}, ['NoMatchingCondition', 'NoMatchingError']), /ShowView must declare the error branch TimeLimitExceeded/,
    view({}, ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded'])],
  ['UpdateContactRecordingAndAnalyticsBehavior must route ChannelMismatch',
    recording(VOICE, ['NoMatchingError']), /must declare the error branch ChannelMismatch/, recording(VOICE, ['NoMatchingError', 'ChannelMismatch'])],
  ['… and InFlightRedactionConfigurationFailed with ChatBehavior',
    recording(CHAT, ['NoMatchingError', 'ChannelMismatch']), /must declare the error branch InFlightRedactionConfigurationFailed/,
    recording(CHAT, ['NoMatchingError', 'ChannelMismatch', 'InFlightRedactionConfigurationFailed'])],
  // Error branches the action does not have: an error.
  ['UpdateFlowLoggingBehavior has no NoMatchingError',
    one('UpdateFlowLoggingBehavior', { FlowLoggingBehavior: 'Enabled' }, withErrors('NoMatchingError')),
    /UpdateFlowLoggingBehavior has no error branch NoMatchingError: .*"Invalid Action error. Error: NoMatchingError"/,
    one('UpdateFlowLoggingBehavior', { FlowLoggingBehavior: 'Enabled' }, { NextAction: 'End' })],
  ['UpdateContactRecordingBehavior has no NoMatchingError',
    one('UpdateContactRecordingBehavior', { RecordingBehavior: { RecordedParticipants: ['Agent'] } }, withErrors('NoMatchingError')),
    /UpdateContactRecordingBehavior has no error branch NoMatchingError/,
    one('UpdateContactRecordingBehavior', { RecordingBehavior: { RecordedParticipants: ['Agent'] } }, { NextAction: 'End' })],
  ['an invented error type on TransferContactToQueue',
    one('TransferContactToQueue', {}, withErrors('QueueAtCapacity', 'NoMatchingError', 'QueueIsClosed')), /TransferContactToQueue has no error branch QueueIsClosed/,
    one('TransferContactToQueue', {}, withErrors('QueueAtCapacity', 'NoMatchingError'))],
  ['Compare has no NoMatchingError',
    one('Compare', { ComparisonValue: '$.Channel' }, { NextAction: 'End', Conditions: [eq('VOICE')], Errors: [err('NoMatchingError')] }), /Compare has no error branch NoMatchingError/,
    one('Compare', { ComparisonValue: '$.Channel' }, { NextAction: 'End', Conditions: [eq('VOICE')], Errors: [err('NoMatchingCondition')] })],
  ['CheckVoiceId has no NoMatchingCondition',
    one('CheckVoiceId', { CheckVoiceIdOption: 'enrollmentStatus' }, { NextAction: 'End', Conditions: [eq('Enrolled')], Errors: [err('NoMatchingError'), err('NoMatchingCondition')] }),
    /CheckVoiceId has no error branch NoMatchingCondition/,
    one('CheckVoiceId', { CheckVoiceIdOption: 'enrollmentStatus' }, { NextAction: 'End', Conditions: [eq('Enrolled')], Errors: [err('NoMatchingError')] })],
  ['UpdateContactCallbackNumber has no NoMatchingError',
    one('UpdateContactCallbackNumber', { CallbackNumber: '$.StoredCustomerInput' }, withErrors('InvalidCallbackNumber', 'CallbackNumberNotDialable', 'NoMatchingError')),
    /UpdateContactCallbackNumber has no error branch NoMatchingError/,
    one('UpdateContactCallbackNumber', { CallbackNumber: '$.StoredCustomerInput' }, withErrors('InvalidCallbackNumber', 'CallbackNumberNotDialable'))],
  ['UpdateContactRoutingBehavior has no error branches',
    one('UpdateContactRoutingBehavior', { QueuePriority: '1' }, withErrors('NoMatchingError')), /UpdateContactRoutingBehavior has no error branch NoMatchingError/,
    one('UpdateContactRoutingBehavior', { QueuePriority: '1' }, { NextAction: 'End' })],
  ['store-mode input has no NoMatchingCondition',
    one('GetParticipantInput', { Text: 'Number?', StoreInput: 'True' }, withErrors('NoMatchingError', 'NoMatchingCondition')), /the service rejects the NoMatchingCondition branch here/,
    one('GetParticipantInput', { Text: 'Number?', StoreInput: 'True' }, withErrors('NoMatchingError'))],
  ['a menu has no InvalidPhoneNumber',
    menu({}, ['InputTimeLimitExceeded', 'NoMatchingCondition', 'InvalidPhoneNumber']), /the service rejects the InvalidPhoneNumber branch here/,
    menu({}, ['InputTimeLimitExceeded', 'NoMatchingCondition'])],
  ['a voice recording action has no InFlightRedactionConfigurationFailed',
    recording(VOICE, ['ChannelMismatch', 'InFlightRedactionConfigurationFailed']), /the service rejects the InFlightRedactionConfigurationFailed branch here/,
    recording(VOICE, ['ChannelMismatch'])],
  ['a third-party transfer in an agent transfer flow has no failure branches',
    thirdParty(['CallFailed', 'NoMatchingError']), /in an AGENT_TRANSFER flow does not come back with a call failure or timeout/,
    thirdParty(['NoMatchingError']), ContactFlowType.AGENT_TRANSFER],
  // Parameter names and shapes.
  ['an unknown parameter name, with the closest known name',
    one('MessageParticipant', { Txt: 'Hello' }, { NextAction: 'End' }),
    /Parameters\.Txt: unknown parameter "Txt" for MessageParticipant: the service rejects parameter names an action does not have \("Invalid Action property name"\); did you mean "Text"\?/,
    one('MessageParticipant', { Text: 'Hello' }, { NextAction: 'End' })],
  ['an unknown field inside a described object',
    one('MessageParticipant', { Media: { Uri: 's3://b/k.wav', SourceType: 'S3', MediaType: 'Audio', Volume: '11' } }, { NextAction: 'End' }),
    /Parameters\.Media\.Volume: unknown parameter "Volume" for Media/,
    one('MessageParticipant', { Media: { Uri: 's3://b/k.wav', SourceType: 'S3', MediaType: 'Audio' } }, { NextAction: 'End' })],
  ['UpdateContactData takes no References',
    one('UpdateContactData', { LanguageCode: 'en-US', References: { a: 'b' } }, withErrors('NoMatchingError')), /unknown parameter "References" for UpdateContactData/,
    one('UpdateContactData', { LanguageCode: 'en-US' }, withErrors('NoMatchingError'))],
  ['a menu needs StoreInput',
    menu({ StoreInput: undefined }, ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError']), /missing required parameter StoreInput.*"Action is missing required property"/,
    menu({}, ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'])],
  ['ShowView needs InvocationTimeLimitSeconds',
    view({ InvocationTimeLimitSeconds: undefined }, ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded']), /missing required parameter InvocationTimeLimitSeconds/,
    view({}, ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded'])],
  ['Wait needs TimeLimitSeconds',
    wait({ TimeLimitSeconds: undefined }, ['WaitCompleted']), /missing required parameter TimeLimitSeconds/, wait({}, ['WaitCompleted'])],
  ['Wait takes only the two documented events',
    wait({ Events: ['LambdaReturned'] }, ['WaitCompleted']), /each Events entry is one of CustomerReturned, BotParticipantDisconnected, got "LambdaReturned"/,
    wait({ Events: ['CustomerReturned'] }, ['WaitCompleted', 'CustomerReturned'])],
  ['a continuing Wait needs MinimumWaitTimeSeconds and exactly Continue and WaitCompleted',
    wait({ ContinueExecution: 'True' }, ['WaitCompleted']), /needs MinimumWaitTimeSeconds/,
    wait({ ContinueExecution: 'True', MinimumWaitTimeSeconds: '10' }, ['Continue', 'WaitCompleted'])],
  ['UpdatePreviousContactParticipantState takes AgentOnHold, CustomerOnHold or OffHold',
    one('UpdatePreviousContactParticipantState', { PreviousContactParticipantState: 'OnHold' }, withErrors('NoMatchingError')), /must be one of AgentOnHold, CustomerOnHold, OffHold/,
    one('UpdatePreviousContactParticipantState', { PreviousContactParticipantState: 'AgentOnHold' }, withErrors('NoMatchingError'))],
  // Counts and groups.
  ['at most 6 tags',
    tags(7), /Tags takes at most 6 entries, got 7: the service rejects more \("More than 6 tags in Parameters.Tags"\)/, tags(6)],
  ['UntagContact needs at least one key',
    one('UntagContact', { TagKeys: [] }, withErrors('NoMatchingError')), /TagKeys must not be empty/,
    one('UntagContact', { TagKeys: ['team'] }, withErrors('NoMatchingError'))],
  ['one of VoiceBehavior, ChatBehavior, ScreenRecordingBehavior, not two',
    recording({ ...VOICE, ...SCREEN }, ['ChannelMismatch']), /give exactly one of VoiceBehavior, ChatBehavior, ScreenRecordingBehavior; got VoiceBehavior and ScreenRecordingBehavior/,
    recording(SCREEN, ['ChannelMismatch'])],
  ['… nor none',
    recording({}, ['ChannelMismatch']), /give exactly one of VoiceBehavior, ChatBehavior, ScreenRecordingBehavior/, recording(VOICE, ['ChannelMismatch'])],
];

describe('the closed flow language: each rule both ways', () => {
  // A rest parameter: jest takes a function with more parameters than the row has for a callback test.
  test.each(RULES)('%s', (...row: any[]) => {
    const [, rejected, message, accepted, flowType] = row as Rule;
    expect(errorsOf(rejected, flowType)).toContainEqual(expect.stringMatching(message));
    expect(errorsOf(accepted, flowType)).toEqual([]);
  });
});

describe('what the service accepts is not an error', () => {
  type Lenient = [what: string, doc: any, warning: RegExp | undefined, flowType?: ContactFlowType];
  const loop = (count: any) => one('Loop', { LoopCount: count }, { NextAction: 'End', Conditions: [eq('ContinueLooping'), eq('DoneLooping')] });
  const split = (operands: any[]) => one('DistributeByPercentage', {}, {
    NextAction: 'End', Conditions: operands.map((o) => ({ NextAction: 'End', Condition: { Operator: 'NumberLessThan', Operands: [o] } })), Errors: [err('NoMatchingCondition')],
  });
  const lambda = (t: any) => one('InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', InvocationTimeLimitSeconds: t }, withErrors('NoMatchingError'));
  const hooks = (h: any, extra: any = {}) => one('UpdateContactEventHooks', { EventHooks: h, ...extra }, withErrors('NoMatchingError'));
  const voice = (engine: string) => one('UpdateContactTextToSpeechVoice', { TextToSpeechVoice: 'Joanna', TextToSpeechEngine: engine }, { NextAction: 'End' });
  const hold = (transitions: any) => one('MessageParticipantIteratively', { Messages: [{ Text: 'Please hold' }] }, transitions, FINISH);
  const CASES: Lenient[] = [
    ['a numeric LoopCount', loop(3), /accepts the number 3 here.*write "3"/],
    ['LoopCount as a string', loop('3'), undefined],
    ['numeric DistributeByPercentage operands', split([50, 100]), /accepts the number 50 here.*write "50"/],
    ['DistributeByPercentage operands as strings', split(['50', '100']), undefined],
    ['InvocationTimeLimitSeconds 8 as a number', lambda(8), /accepts the number 8 here/],
    ['EventHooks with no entry', hooks({}), /exactly one key per action .*got 0/],
    ['EventHooks with two entries', hooks({ CustomerQueue: 'arn:q', CustomerHold: 'arn:h' }), /got 2 \(CustomerQueue, CustomerHold\)/],
    ['EventHooks with one entry', hooks({ CustomerQueue: 'arn:q' }), undefined],
    ['a console export\'s EventHooksConfiguration', hooks({ AgentWhisper: 'arn:w' }, { EventHooksConfiguration: { AgentWhisper: { DisableExecution: 'false' } } }),
      /EventHooksConfiguration is not on the action page/],
    ['TextToSpeechEngine "Turbo"', voice('Turbo'), /TextToSpeechEngine "Turbo" is none of .*the service accepts it at create time/],
    ['TextToSpeechEngine "Neural" (console spelling)', voice('Neural'), undefined],
    ['TextToSpeechEngine "neural" (Polly spelling)', voice('neural'), undefined],
    ['a hold loop with no NextAction (Amazon Connect\'s default hold flow)', hold({ Errors: [], Conditions: [] }), /unhandled error branch NoMatchingError/, ContactFlowType.CUSTOMER_HOLD],
    ['a queue loop with only the interrupt condition', hold({ Conditions: [eq('MessagesInterrupted')], Errors: [err('NoMatchingError')] }), undefined, ContactFlowType.CUSTOMER_QUEUE],
    ['JSON booleans in ShowView.ViewData (AWS step-by-step guides)',
      view({ ViewData: { IsEditable: false, Sections: [{ Heading: 'h', Collapsed: true }] } }, ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded']), undefined],
    ['Compare on $.Channel', one('Compare', { ComparisonValue: '$.Channel' }, { NextAction: 'End', Conditions: [eq('VOICE')], Errors: [err('NoMatchingCondition')] }), undefined],
    ['Compare on $.StoredCustomerInput',
      one('Compare', { ComparisonValue: '$.StoredCustomerInput' }, { NextAction: 'End', Conditions: [eq('Timeout')], Errors: [err('NoMatchingCondition')] }), undefined],
    ['a Loop with NoMatchingError', one('Loop', { LoopCount: '2' }, { NextAction: 'End', Conditions: [eq('ContinueLooping'), eq('DoneLooping')], Errors: [err('NoMatchingError')] }),
      undefined],
    ['Set voice without an error branch (exports leave it out)', voice('Neural'), undefined],
  ];
  test.each(CASES)('%s', (...row: any[]) => {
    const [, doc, warning, flowType] = row as Lenient;
    expect(errorsOf(doc, flowType)).toEqual([]);
    if (warning) expect(warningsOf(doc, flowType)).toContainEqual(expect.stringMatching(warning));
    else expect(warningsOf(doc, flowType)).toEqual([]);
  });

  test('a JSON boolean anywhere else is still an error', () => {
    expect(errorsOf(one('UpdateContactAttributes', { Attributes: { vip: true } }, withErrors('NoMatchingError'))))
      .toEqual([expect.stringMatching(/every parameter value is a string: write "True", not true/)]);
  });

  test('a number where no live probe took one is still an error', () => {
    expect(errorsOf(one('TransferParticipantToThirdParty', { ThirdPartyPhoneNumber: '$.Attributes.desk', ThirdPartyConnectionTimeLimitSeconds: 30, ContinueFlowExecution: 'False' },
      withErrors('NoMatchingError')))).toEqual([expect.stringMatching(/every parameter value is a string: write "30", not 30/)]);
  });
});

describe('escape hatches', () => {
  const doc = one('MessageParticipant', { Text: 'Hello', Voice: 'Brian' }, { NextAction: 'End' });

  test('an unknown parameter stays an error with allowUnknownActions, and names allowUnknownParameters', () => {
    expect(found(doc, DiagnosticSeverity.ERROR, { allowUnknownActions: true }))
      .toEqual([expect.stringMatching(/unknown parameter "Voice" for MessageParticipant.*; if the service has added it since this library, validate with allowUnknownParameters/)]);
  });

  test('allowUnknownParameters makes it a warning', () => {
    expect(found(doc, DiagnosticSeverity.ERROR, { allowUnknownParameters: true })).toEqual([]);
    expect(validateFlow(doc, { allowUnknownParameters: true })).toEqual([expect.objectContaining({
      severity: DiagnosticSeverity.WARNING, rule: 'unknown-parameter', path: '$.Actions[0].Parameters.Voice', actionIdentifier: 'A',
    })]);
  });

  test('a name far from every known one lists what the action takes', () => {
    expect(errorsOf(one('TransferToFlow', { ContactFlowId: 'arn:f', Zzz: 'x' }, withErrors('NoMatchingError'))))
      .toEqual([expect.stringMatching(/unknown parameter "Zzz" for TransferToFlow: .*; it takes ContactFlowId;/)]);
    expect(errorsOf(one('TransferContactToQueue', { QueueId: 'arn:q' }, withErrors('QueueAtCapacity', 'NoMatchingError'))))
      .toEqual([expect.stringMatching(/unknown parameter "QueueId" for TransferContactToQueue: .*; it takes no parameters/)]);
  });

  test('unknown action types are still warnings with allowUnknownActions', () => {
    const unknown = one('TeleportCaller', { Anything: 'x' }, { NextAction: 'End' });
    expect(found(unknown, DiagnosticSeverity.ERROR, { allowUnknownActions: true })).toEqual([]);
  });
});

/** A minimal action of each type that the service accepts, with the flow type to try it in. */
const MINIMAL: { [T in ActionType]: { params: any; flowType?: ContactFlowType; conditions?: string[] } } = {
  [ActionType.CONNECT_PARTICIPANT_WITH_LEX_BOT]: { params: { Text: 'Hi', LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:1:bot-alias/B/A' } }, conditions: ['Sales'] },
  [ActionType.DISCONNECT_PARTICIPANT]: { params: {} },
  [ActionType.GET_PARTICIPANT_INPUT]: { params: { Text: 'Press 1', StoreInput: 'False', InputTimeLimitSeconds: '5' }, conditions: ['1'] },
  [ActionType.MESSAGE_PARTICIPANT]: { params: { Text: 'Hi' } },
  [ActionType.MESSAGE_PARTICIPANT_ITERATIVELY]: { params: { Messages: [{ Text: 'Hold' }] }, flowType: ContactFlowType.CUSTOMER_QUEUE },
  [ActionType.SHOW_VIEW]: { params: { ViewResource: { Id: 'arn:v' }, InvocationTimeLimitSeconds: '300' }, conditions: ['Submit'] },
  [ActionType.TRANSFER_PARTICIPANT_TO_THIRD_PARTY]: { params: { ThirdPartyPhoneNumber: '+15555550123', ThirdPartyConnectionTimeLimitSeconds: '30', ContinueFlowExecution: 'False' } },
  [ActionType.CHECK_HOURS_OF_OPERATION]: { params: {}, conditions: ['True', 'False'] },
  [ActionType.CHECK_METRIC_DATA]: { params: { MetricType: 'NumberOfContactsInQueue' }, conditions: ['5'] },
  [ActionType.CHECK_OUTBOUND_CALL_STATUS]: { params: {}, conditions: ['CallAnswered'] },
  [ActionType.CHECK_VOICE_ID]: { params: { CheckVoiceIdOption: 'enrollmentStatus' }, conditions: ['Enrolled'] },
  [ActionType.COMPARE]: { params: { ComparisonValue: '$.Attributes.tier' }, conditions: ['gold'] },
  [ActionType.DISTRIBUTE_BY_PERCENTAGE]: { params: {}, conditions: ['50'] },
  [ActionType.END_FLOW_EXECUTION]: { params: {}, flowType: ContactFlowType.CUSTOMER_QUEUE },
  [ActionType.GET_METRIC_DATA]: { params: {} },
  [ActionType.LOOP]: { params: { LoopCount: '2' }, conditions: ['ContinueLooping', 'DoneLooping'] },
  [ActionType.START_VOICE_ID_STREAM]: { params: {} },
  [ActionType.TRANSFER_TO_FLOW]: { params: { ContactFlowId: 'arn:f' } },
  [ActionType.UPDATE_FLOW_ATTRIBUTES]: { params: { FlowAttributes: { k: { Type: 'String', Value: 'v' } } } },
  [ActionType.UPDATE_FLOW_LOGGING_BEHAVIOR]: { params: { FlowLoggingBehavior: 'Enabled' } },
  [ActionType.UPDATE_CONTACT_ROUTING_CRITERIA]: { params: { RoutingCriteria: { Steps: [{ Expression: { AttributeCondition: { Name: 'Language', Value: 'es' } } }] } } },
  [ActionType.WAIT]: { params: { TimeLimitSeconds: '60' }, conditions: ['WaitCompleted'] },
  [ActionType.ASSOCIATE_CONTACT_TO_CUSTOMER_PROFILE]: { params: { ProfileRequestData: { ProfileId: '$.Customer.ProfileId', ContactId: '$.ContactId' } } },
  [ActionType.CREATE_CALLBACK_CONTACT]: { params: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' } },
  [ActionType.CREATE_CUSTOMER_PROFILE]: { params: { ProfileRequestData: { FirstName: 'A' } } },
  [ActionType.GET_CALCULATED_ATTRIBUTES_FOR_CUSTOMER_PROFILE]: { params: {} },
  [ActionType.GET_CUSTOMER_PROFILE]: { params: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' } } },
  [ActionType.GET_CUSTOMER_PROFILE_OBJECT]: { params: {} },
  [ActionType.INVOKE_LAMBDA_FUNCTION]: { params: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', InvocationTimeLimitSeconds: '3' } },
  [ActionType.UPDATE_CUSTOMER_PROFILE]: { params: { ProfileRequestData: { FirstName: 'A' } } },
  [ActionType.COMPLETE_OUTBOUND_CALL]: { params: {}, flowType: ContactFlowType.OUTBOUND_WHISPER },
  [ActionType.CREATE_CASE]: { params: { CaseTemplateId: 't' } },
  [ActionType.CREATE_TASK]: { params: { Name: 'Follow up', ContactFlowId: 'arn:f' } },
  [ActionType.CREATE_WISDOM_SESSION]: { params: { WisdomAssistantArn: 'arn:aws:wisdom:us-east-1:1:assistant/a' } },
  [ActionType.DEQUEUE_CONTACT_AND_TRANSFER_TO_QUEUE]: { params: { QueueId: 'arn:q' }, flowType: ContactFlowType.CUSTOMER_QUEUE },
  [ActionType.END_FLOW_MODULE_EXECUTION]: { params: { ResultData: { verified: true } } },
  [ActionType.GET_CASE]: { params: {} },
  [ActionType.INVOKE_FLOW_MODULE]: { params: { FlowModuleId: 'm1', Input: { count: 5 } } },
  [ActionType.RESUME_CONTACT]: { params: {} },
  [ActionType.START_OUTBOUND_CHAT_CONTACT]: {
    params: {
      SourceEndpoint: { Address: 'arn:aws:connect:us-east-1:1:phone-number/p', Type: 'CONNECT_PHONENUMBER_ARN' },
      DestinationEndpoint: { Address: '$.CustomerEndpoint.Address', Type: 'TELEPHONE_NUMBER' },
      ContactFlowArn: 'arn:f',
      ContactSubtype: 'connect:SMS',
    },
  },
  [ActionType.TAG_CONTACT]: { params: { Tags: { team: 'billing' } } },
  [ActionType.TRANSFER_CONTACT_TO_AGENT]: { params: {}, flowType: ContactFlowType.AGENT_TRANSFER },
  [ActionType.TRANSFER_CONTACT_TO_QUEUE]: { params: {} },
  [ActionType.UNTAG_CONTACT]: { params: { TagKeys: ['team'] } },
  [ActionType.UPDATE_CASE]: { params: {} },
  [ActionType.UPDATE_CONTACT_ATTRIBUTES]: { params: { Attributes: { tier: 'gold' }, TargetContact: 'Current' } },
  [ActionType.UPDATE_CONTACT_CALLBACK_NUMBER]: { params: { CallbackNumber: '$.StoredCustomerInput' } },
  [ActionType.UPDATE_CONTACT_DATA]: { params: { LanguageCode: 'en-US' } },
  [ActionType.UPDATE_CONTACT_EVENT_HOOKS]: { params: { EventHooks: { CustomerQueue: 'arn:f' } } },
  [ActionType.UPDATE_CONTACT_MEDIA_PROCESSING]: { params: { ChatProcessor: { ProcessingEnabled: 'True' } } },
  [ActionType.UPDATE_CONTACT_MEDIA_STREAMING_BEHAVIOR]: {
    params: { MediaStreamingState: 'Enabled', Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From', 'To'] }], MediaStreamType: 'Audio' },
  },
  [ActionType.UPDATE_CONTACT_RECORDING_AND_ANALYTICS_BEHAVIOR]: { params: VOICE },
  [ActionType.UPDATE_CONTACT_RECORDING_BEHAVIOR]: { params: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } } },
  [ActionType.UPDATE_CONTACT_ROUTING_BEHAVIOR]: { params: { QueuePriority: '1' } },
  [ActionType.UPDATE_CONTACT_TARGET_QUEUE]: { params: { QueueId: 'arn:q' } },
  [ActionType.UPDATE_CONTACT_TEXT_TO_SPEECH_VOICE]: { params: { TextToSpeechVoice: 'Joanna' } },
  [ActionType.UPDATE_PREVIOUS_CONTACT_PARTICIPANT_STATE]: { params: { PreviousContactParticipantState: 'CustomerOnHold' } },
};

/** The action with every branch its rules require or expect, as the spec describes it. */
function minimal(spec: ActionSpec, extra: { params?: any; errors?: string[] } = {}): any {
  const m = MINIMAL[spec.type];
  const params = { ...m.params, ...extra.params };
  const rules = errorRules(spec, params, m.flowType);
  const errors = extra.errors ?? [...new Set([...(rules.required ?? []), ...(rules.expected ?? [])])];
  const conditions = (m.conditions ?? []).map((o) => ({
    NextAction: 'End', Condition: { Operator: spec.type === ActionType.DISTRIBUTE_BY_PERCENTAGE ? 'NumberLessThan' : (spec.type === ActionType.CHECK_METRIC_DATA ? 'NumberGreaterThan' : 'Equals'), Operands: [o] },
  }));
  const transitions = spec.exit === Exit.TERMINAL ? {} : {
    ...(needsNextAction(spec) ? { NextAction: 'End' } : {}),
    ...(errors.length ? { Errors: errors.map(err) } : {}),
    ...(conditions.length ? { Conditions: conditions } : {}),
  };
  const routing = [ContactFlowType.CONTACT_FLOW, ContactFlowType.AGENT_TRANSFER, ContactFlowType.QUEUE_TRANSFER];
  const endInFlowType = m.flowType === undefined || routing.includes(m.flowType) ? END : FINISH;
  return one(spec.type, params, transitions, endInFlowType);
}

describe('every action type', () => {
  const types = Object.values(ActionType);

  test.each(types)('%s: its minimal accepted form validates clean', (type) => {
    const spec = ACTION_SPECS[type];
    expect(errorsOf(minimal(spec), MINIMAL[type].flowType)).toEqual([]);
  });

  test.each(types)('%s: an unknown parameter name is an error exactly when its parameter set is closed', (type) => {
    const spec = ACTION_SPECS[type];
    const doc = minimal(spec, { params: { ZzUnknownParameter: 'x' } });
    const unknown = errorsOf(doc, MINIMAL[type].flowType).filter((e) => /unknown parameter "ZzUnknownParameter"/.test(e));
    expect(unknown).toHaveLength(hasClosedParams(spec) ? 1 : 0);
    if (!hasClosedParams(spec)) expect(spec.paramsOpen).toMatch(/\w/);
  });

  test.each(types)('%s: an error type it does not have is an error exactly when its error set is closed', (type) => {
    const spec = ACTION_SPECS[type];
    if (spec.exit === Exit.TERMINAL) return; // terminal actions take no transitions at all
    const rules = errorRules(spec, MINIMAL[type].params, MINIMAL[type].flowType);
    const doc = minimal(spec, { errors: [...(rules.required ?? []), 'ZzUnknownError'] });
    const unknown = found(doc, hasClosedErrors(spec) ? DiagnosticSeverity.ERROR : DiagnosticSeverity.WARNING, { flowType: MINIMAL[type].flowType })
      .filter((e) => /ZzUnknownError/.test(e));
    expect(unknown).toHaveLength(1);
    if (!hasClosedErrors(spec)) expect(spec.errorsOpen).toMatch(/\w/);
  });

  test.each(types)('%s: leaving out a required error branch is an error', (type) => {
    const spec = ACTION_SPECS[type];
    const rules = errorRules(spec, MINIMAL[type].params, MINIMAL[type].flowType);
    for (const required of rules.required ?? []) {
      const doc = minimal(spec, { errors: (rules.required ?? []).filter((r) => r !== required) });
      expect(errorsOf(doc, MINIMAL[type].flowType)).toContainEqual(expect.stringMatching(`must declare the error branch ${required}`));
    }
  });

  test('the counts of closed sets (the README states them)', () => {
    const specs = Object.values(ACTION_SPECS);
    expect(specs).toHaveLength(57);
    expect(specs.filter(hasClosedParams)).toHaveLength(48);
    expect(specs.filter(hasClosedErrors)).toHaveLength(46);
    expect(specs.filter((s) => hasClosedParams(s) && hasClosedErrors(s))).toHaveLength(46);
  });

  test('misspellings the service rejects are not types', () => {
    expect(isActionType('UnTagContact')).toBe(false);
    expect(isActionType('UpdateRoutingCriteria')).toBe(false);
    expect(isActionType('UpdateContactRoutingCriteria')).toBe(true);
  });
});

describe('the README conformance table', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
  const start = readme.indexOf('#### Conformance: parameters and error branches per action type');
  const section = readme.slice(start, readme.indexOf('\n### ', start));
  const rows = new Map([...section.matchAll(/^\| `([A-Za-z]+)` \|(.*)$/gm)].map((m) => [m[1], m[2]]));

  test.each(Object.values(ActionType))('%s has a row with its required branches and closed parameters', (type) => {
    const spec = ACTION_SPECS[type];
    const row = rows.get(type);
    expect(row).toBeDefined();
    for (const r of errorRules(spec, MINIMAL[type].params, MINIMAL[type].flowType).required ?? []) expect(row).toContain(r);
    for (const p of spec.params ?? []) expect(row).toContain(`\`${p.name}\``);
    expect(row!.split('|')[0].trim().startsWith('open')).toBe(!hasClosedParams(spec));
  });

  test('states the counts', () => {
    expect(rows.size).toBe(57);
    expect(section).toMatch(/57 action types: \*\*48\*\* have a closed parameter set and \*\*46\*\* a closed error set \(46 both\)/);
  });
});
