/**
 * THE description of the flow language: one spec per action type. The builder, the validator,
 * the simulator and the diagram read it. Sources, in order of authority: what the live service
 * accepts, real console exports, the "Flow language" action pages.
 */
import { ActionSpec, Dynamic, ErrorRules, Exit, ParamKind, ParamSpec, Params } from './action-spec';
import { ActionType } from './action-type';
import {
  AGENT_METRICS, CONTACT_METRICS, checkAttributes, checkCallback, checkCheckMetricData, checkComparisonValue,
  checkDistribution, checkEventHooks, checkFlowAttributes, checkIterativeMessages, checkLambda, checkLexBot,
  checkMediaStreaming, checkParticipantInput, checkPrompt, checkRecording, checkThirdParty, checkUntag,
  checkUpdateContactData,
} from './checks';
import { ContactFlowType, HOLD, INBOUND, TRANSFER, WHISPER } from './flow-types';
import { isFalse, isObject, isTrue } from './values';

const ROUTING_FLOWS = [...INBOUND, ...TRANSFER];
const INPUT_FLOWS = [...INBOUND, ...TRANSFER, ContactFlowType.CUSTOMER_QUEUE];
const NOT_HOLD_OR_WHISPER = [...HOLD, ...WHISPER];

const NO_MATCHING_ERROR: ErrorRules = { allowed: ['NoMatchingError'] };
const ROUTED_ERROR: ErrorRules = { allowed: ['NoMatchingError'], expected: ['NoMatchingError'] };
const NO_ERRORS: ErrorRules = { allowed: [] };
const FOUND_ERRORS: ErrorRules = { allowed: ['NoMatchingError', 'NoneFoundError', 'MultipleFoundError'], expected: ['NoMatchingError'] };

/** The first string among these parameters. */
function key(...names: string[]): (p: Params) => string | undefined {
  return (p) => {
    for (const n of names) if (typeof p[n] === 'string') return p[n];
    return undefined;
  };
}

/** The keys of an object parameter, joined. */
function keysOf(name: string): (p: Params) => string | undefined {
  return (p) => (isObject(p[name]) ? Object.keys(p[name]).join(', ') : undefined);
}

const PROMPT = key('Text', 'SSML', 'PromptId');
const promptOrMedia = (p: Params) => PROMPT(p) ?? (isObject(p.Media) && typeof p.Media.Uri === 'string' ? p.Media.Uri : undefined);
const none = () => undefined;

/** The prompt parameters: text and SSML may interpolate references; a prompt ID is a constant or one JSONPath. */
const PROMPT_PARAMS: ParamSpec[] = [
  { name: 'Text', kind: ParamKind.STRING, dynamic: Dynamic.INTERPOLATED },
  { name: 'SSML', kind: ParamKind.STRING, dynamic: Dynamic.INTERPOLATED },
  { name: 'PromptId', kind: ParamKind.STRING, dynamic: Dynamic.STATIC_OR_PATH },
  { name: 'Media', kind: ParamKind.OBJECT },
];

function inputErrors(p: Params): ErrorRules {
  if (isTrue(p.StoreInput)) {
    const phone = isObject(p.InputValidation) && p.InputValidation.PhoneNumberValidation !== undefined;
    return {
      allowed: phone ? ['NoMatchingError', 'InvalidPhoneNumber'] : ['NoMatchingError'],
      forbidden: ['InputTimeLimitExceeded'],
      forbiddenBecause: 'with StoreInput "True" never times out with an error',
      expected: phone ? ['NoMatchingError', 'InvalidPhoneNumber'] : ['NoMatchingError'],
    };
  }
  const all = ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'];
  return { allowed: all, expected: all };
}

function thirdPartyErrors(p: Params): ErrorRules {
  if (isTrue(p.ContinueFlowExecution)) {
    return { allowed: ['CallFailed', 'ConnectionTimeLimitExceeded', 'NoMatchingError'], expected: ['CallFailed', 'NoMatchingError'] };
  }
  return {
    allowed: ['NoMatchingError'],
    forbidden: isFalse(p.ContinueFlowExecution) ? ['CallFailed', 'ConnectionTimeLimitExceeded'] : [],
    forbiddenBecause: 'with ContinueFlowExecution "False" does not come back to the flow',
    expected: ['NoMatchingError'],
  };
}

const specs: ActionSpec[] = [
  // ---- participant actions
  {
    type: ActionType.MESSAGE_PARTICIPANT,
    block: 'Play prompt',
    params: PROMPT_PARAMS,
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    notIn: HOLD,
    notAllowedHint: 'hold flows play prompts with MessageParticipantIteratively',
    diagramKey: promptOrMedia,
    check: (a, ctx) => checkPrompt(a.Parameters ?? {}, '.Parameters', ctx, 'required'),
  },
  {
    type: ActionType.MESSAGE_PARTICIPANT_ITERATIVELY,
    block: 'Loop prompts',
    params: [
      { name: 'Messages', kind: ParamKind.ARRAY, required: true },
      { name: 'InterruptFrequencySeconds', kind: ParamKind.INT, min: 1, max: 3600 },
    ],
    conditions: { operators: ['Equals'], operand: /^MessagesInterrupted$/, operandDescription: '"MessagesInterrupted"' },
    errors: ROUTED_ERROR,
    // The messages repeat until the contact leaves the flow; the action completes only when interrupted.
    exit: Exit.LEAVES_FLOW,
    allowedIn: [ContactFlowType.CUSTOMER_QUEUE, ...HOLD],
    diagramKey: (p) => (Array.isArray(p.Messages) && isObject(p.Messages[0]) ? PROMPT(p.Messages[0]) : undefined),
    check: checkIterativeMessages,
  },
  {
    type: ActionType.GET_PARTICIPANT_INPUT,
    block: 'Get customer input / Store customer input',
    params: [
      ...PROMPT_PARAMS,
      // Above 180 only in queue flows: see checkParticipantInput.
      { name: 'InputTimeLimitSeconds', accepts: ['InputTimeoutSeconds'], kind: ParamKind.INT, min: 1 },
      { name: 'StoreInput', kind: ParamKind.BOOL, dynamic: Dynamic.STATIC },
      { name: 'InputValidation', kind: ParamKind.OBJECT },
      { name: 'InputEncryption', kind: ParamKind.OBJECT },
      { name: 'DTMFConfiguration', kind: ParamKind.OBJECT },
    ],
    conditions: {},
    errors: inputErrors,
    exit: Exit.NEXT,
    allowedIn: INPUT_FLOWS,
    diagramKey: promptOrMedia,
    check: checkParticipantInput,
  },
  {
    type: ActionType.CONNECT_PARTICIPANT_WITH_LEX_BOT,
    block: 'Get customer input (Amazon Lex)',
    params: [
      ...PROMPT_PARAMS,
      { name: 'LexV2Bot', kind: ParamKind.OBJECT },
      { name: 'LexBot', kind: ParamKind.OBJECT },
      { name: 'LexSessionAttributes', kind: ParamKind.STRING_MAP },
      { name: 'LexInitializationData', kind: ParamKind.OBJECT },
    ],
    exactlyOne: [['LexV2Bot', 'LexBot']],
    // Real exports route only the errors, with no intent condition: accepted.
    conditions: { operators: ['Equals'] },
    errors: { allowed: ['NoMatchingCondition', 'NoMatchingError', 'InputTimeLimitExceeded'], expected: ['NoMatchingCondition', 'NoMatchingError'] },
    exit: Exit.NEXT,
    allowedIn: INPUT_FLOWS,
    diagramKey: (p) => PROMPT(p) ?? (isObject(p.LexV2Bot) && typeof p.LexV2Bot.AliasArn === 'string' ? p.LexV2Bot.AliasArn : undefined),
    check: checkLexBot,
  },
  {
    type: ActionType.DISCONNECT_PARTICIPANT,
    block: 'Disconnect / hang up',
    conditions: 'none',
    errors: NO_ERRORS,
    exit: Exit.TERMINAL,
    notIn: NOT_HOLD_OR_WHISPER,
    notAllowedHint: 'end whisper and hold flows with EndFlowExecution',
    diagramKey: none,
  },
  {
    type: ActionType.SHOW_VIEW,
    block: 'Show view',
    params: [
      { name: 'ViewResource', kind: ParamKind.OBJECT, required: true },
      { name: 'InvocationTimeLimitSeconds', kind: ParamKind.INT, min: 1 },
      { name: 'ViewData', kind: ParamKind.OBJECT },
    ],
    conditions: { operators: ['Equals'] },
    errors: { allowed: ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: (p) => (isObject(p.ViewResource) && typeof p.ViewResource.Id === 'string' ? p.ViewResource.Id : undefined),
  },
  {
    type: ActionType.TRANSFER_PARTICIPANT_TO_THIRD_PARTY,
    block: 'Transfer to phone number',
    params: [
      { name: 'ThirdPartyPhoneNumber', kind: ParamKind.STRING, required: true },
      {
        name: 'ThirdPartyConnectionTimeLimitSeconds',
        kind: ParamKind.INT,
        min: 0,
        max: 600,
        required: true,
        rejects: [{ name: 'ThirdPartyConnectionTimeoutSeconds', onlyWhenAlone: true }],
      },
      { name: 'ContinueFlowExecution', kind: ParamKind.BOOL, required: true, dynamic: Dynamic.STATIC },
      { name: 'ThirdPartyDTMFDigits', kind: ParamKind.STRING },
      { name: 'CallerId', kind: ParamKind.OBJECT },
    ],
    conditions: 'none',
    errors: thirdPartyErrors,
    exit: Exit.TRANSFER,
    allowedIn: ROUTING_FLOWS,
    diagramKey: key('ThirdPartyPhoneNumber'),
    check: checkThirdParty,
  },
  // ---- flow control actions
  {
    type: ActionType.CHECK_HOURS_OF_OPERATION,
    block: 'Check hours of operation',
    params: [{ name: 'HoursOfOperationId', kind: ParamKind.STRING }],
    conditions: { operators: ['Equals'], required: ['True', 'False'], only: true },
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    notIn: NOT_HOLD_OR_WHISPER,
    diagramKey: key('HoursOfOperationId'),
  },
  {
    type: ActionType.CHECK_METRIC_DATA,
    block: 'Check staffing / Check queue status',
    params: [
      { name: 'MetricType', kind: ParamKind.ENUM, required: true, values: [...AGENT_METRICS, ...CONTACT_METRICS], dynamic: Dynamic.STATIC },
      { name: 'QueueId', kind: ParamKind.STRING },
      { name: 'AgentId', kind: ParamKind.STRING },
    ],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: { nonEmpty: true },
    // The service rejects CheckMetricData without NoMatchingCondition, agent metrics included.
    errors: { allowed: ['NoMatchingError', 'NoMatchingCondition'], required: ['NoMatchingCondition'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    notIn: NOT_HOLD_OR_WHISPER,
    diagramKey: key('MetricType'),
    check: checkCheckMetricData,
  },
  {
    type: ActionType.CHECK_OUTBOUND_CALL_STATUS,
    block: 'Check call progress',
    conditions: { operators: ['Equals'] },
    errors: { allowed: ['NoMatchingCondition', 'NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.CHECK_VOICE_ID,
    block: 'Check Voice ID',
    params: [{ name: 'CheckVoiceId', kind: ParamKind.OBJECT }],
    conditions: { operators: ['Equals'] },
    errors: { allowed: ['NoMatchingCondition', 'NoMatchingError'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.COMPARE,
    block: 'Check contact attributes',
    params: [{ name: 'ComparisonValue', kind: ParamKind.STRING, required: true }],
    conditions: { nonEmpty: true },
    errors: { allowed: ['NoMatchingCondition'] },
    exit: Exit.NEXT,
    diagramKey: key('ComparisonValue'),
    check: checkComparisonValue,
  },
  {
    type: ActionType.DISTRIBUTE_BY_PERCENTAGE,
    block: 'Distribute by percentage',
    conditions: { operators: ['NumberLessThan'], nonEmpty: true },
    errors: { allowed: ['NoMatchingCondition'] },
    exit: Exit.NEXT,
    diagramKey: none,
    check: checkDistribution,
  },
  {
    type: ActionType.END_FLOW_EXECUTION,
    block: 'End flow / Resume',
    conditions: 'none',
    errors: NO_ERRORS,
    exit: Exit.TERMINAL,
    allowedIn: [ContactFlowType.CUSTOMER_QUEUE, ...HOLD, ...WHISPER],
    notAllowedHint: 'end an inbound or transfer flow with DisconnectParticipant or a transfer',
    diagramKey: none,
  },
  {
    type: ActionType.GET_METRIC_DATA,
    block: 'Get queue metrics',
    params: [
      { name: 'QueueId', kind: ParamKind.STRING },
      { name: 'AgentId', kind: ParamKind.STRING },
      { name: 'QueueChannel', kind: ParamKind.ENUM, values: ['Voice', 'Chat'] },
    ],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('QueueId', 'AgentId'),
  },
  {
    type: ActionType.LOOP,
    block: 'Loop',
    params: [{ name: 'LoopCount', kind: ParamKind.INT, min: 0, max: 100, required: true }],
    conditions: { operators: ['Equals'], required: ['ContinueLooping', 'DoneLooping'], only: true },
    errors: NO_ERRORS,
    exit: Exit.NEXT,
    diagramKey: key('LoopCount'),
  },
  {
    type: ActionType.START_VOICE_ID_STREAM,
    block: 'Set Voice ID',
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.TRANSFER_TO_FLOW,
    block: 'Transfer to flow',
    params: [{ name: 'ContactFlowId', kind: ParamKind.STRING, required: true }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.TRANSFER,
    allowedIn: ROUTING_FLOWS,
    diagramKey: key('ContactFlowId'),
  },
  {
    type: ActionType.UPDATE_FLOW_ATTRIBUTES,
    block: 'Set flow attributes',
    params: [{ name: 'FlowAttributes', kind: ParamKind.OBJECT, required: true }],
    conditions: 'none',
    // The service rejects UpdateFlowAttributes without its NoMatchingError branch.
    errors: { allowed: ['NoMatchingError'], required: ['NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: keysOf('FlowAttributes'),
    check: checkFlowAttributes,
  },
  {
    type: ActionType.UPDATE_FLOW_LOGGING_BEHAVIOR,
    block: 'Set logging behavior',
    params: [{ name: 'FlowLoggingBehavior', kind: ParamKind.ENUM, values: ['Enabled', 'Disabled'], required: true }],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('FlowLoggingBehavior'),
  },
  {
    type: ActionType.UPDATE_CONTACT_ROUTING_CRITERIA,
    block: 'Set routing criteria',
    params: [{ name: 'RoutingCriteria', kind: ParamKind.OBJECT, required: true }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.WAIT,
    block: 'Wait',
    params: [
      { name: 'TimeLimitSeconds', kind: ParamKind.INT, min: 1, max: 604800, rejects: [{ name: 'TimeoutSeconds' }] },
      { name: 'Events', kind: ParamKind.ARRAY },
      { name: 'ContinueExecution', kind: ParamKind.BOOL },
      { name: 'MinimumWaitTimeSeconds', kind: ParamKind.INT, min: 0, max: 604800 },
    ],
    conditions: { operators: ['Equals'] },
    errors: { allowed: ['NoMatchingError', 'ParticipantNotFound'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: key('TimeLimitSeconds'),
  },
  // ---- interactions
  {
    type: ActionType.ASSOCIATE_CONTACT_TO_CUSTOMER_PROFILE,
    block: 'Customer profiles (associate contact)',
    params: [{ name: 'ProfileRequestData', kind: ParamKind.OBJECT }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.CREATE_CALLBACK_CONTACT,
    block: 'Transfer to queue (callback)',
    params: [
      { name: 'QueueId', kind: ParamKind.STRING },
      { name: 'AgentId', kind: ParamKind.STRING },
      // The CreateCallbackContact reference: the three are "defined statically".
      { name: 'InitialCallDelaySeconds', kind: ParamKind.INT, min: 1, max: 259200, required: true, dynamic: Dynamic.STATIC },
      { name: 'MaximumConnectionAttempts', kind: ParamKind.INT, min: 0, max: 100, required: true, dynamic: Dynamic.STATIC },
      { name: 'RetryDelaySeconds', kind: ParamKind.INT, min: 1, max: 259200, required: true, dynamic: Dynamic.STATIC },
      { name: 'ContactFlowId', kind: ParamKind.STRING },
    ],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    allowedIn: INPUT_FLOWS,
    diagramKey: key('QueueId', 'AgentId'),
    check: checkCallback,
  },
  {
    type: ActionType.CREATE_CUSTOMER_PROFILE,
    block: 'Customer profiles (create)',
    params: [{ name: 'ProfileRequestData', kind: ParamKind.OBJECT }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.GET_CALCULATED_ATTRIBUTES_FOR_CUSTOMER_PROFILE,
    block: 'Customer profiles (calculated attributes)',
    conditions: 'none',
    errors: FOUND_ERRORS,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.GET_CUSTOMER_PROFILE,
    block: 'Customer profiles (get profile)',
    params: [{ name: 'ProfileRequestData', kind: ParamKind.OBJECT }, { name: 'ProfileResponseData', kind: ParamKind.ARRAY }],
    conditions: 'none',
    errors: FOUND_ERRORS,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.GET_CUSTOMER_PROFILE_OBJECT,
    block: 'Customer profiles (get profile object)',
    conditions: 'none',
    errors: FOUND_ERRORS,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.INVOKE_LAMBDA_FUNCTION,
    block: 'Invoke AWS Lambda function',
    params: [
      { name: 'LambdaFunctionARN', kind: ParamKind.STRING, required: true },
      { name: 'InvocationTimeLimitSeconds', kind: ParamKind.INT, min: 1, max: 60, dynamic: Dynamic.STATIC },
      { name: 'InvocationType', kind: ParamKind.ENUM, values: ['SYNCHRONOUS', 'ASYNCHRONOUS'], dynamic: Dynamic.STATIC },
      { name: 'LambdaInvocationAttributes', kind: ParamKind.STRING_MAP },
      { name: 'ResponseValidation', kind: ParamKind.OBJECT },
    ],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    // Deployed outbound whisper flows invoke Lambda functions: allowed in every flow type.
    diagramKey: key('LambdaFunctionARN'),
    check: checkLambda,
  },
  {
    type: ActionType.UPDATE_CUSTOMER_PROFILE,
    block: 'Customer profiles (update)',
    params: [{ name: 'ProfileRequestData', kind: ParamKind.OBJECT }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  // ---- contact actions
  {
    type: ActionType.COMPLETE_OUTBOUND_CALL,
    block: 'Call phone number (complete outbound call)',
    params: [{ name: 'CallerId', kind: ParamKind.OBJECT }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    allowedIn: [ContactFlowType.OUTBOUND_WHISPER],
    notAllowedHint: 'CompleteOutboundCall completes an outbound call from an outbound whisper flow',
    diagramKey: none,
  },
  {
    type: ActionType.CREATE_CASE,
    block: 'Cases (create)',
    params: [{ name: 'CaseTemplateId', kind: ParamKind.STRING }, { name: 'CaseRequestFields', kind: ParamKind.OBJECT }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('CaseTemplateId'),
  },
  {
    type: ActionType.CREATE_TASK,
    block: 'Create task',
    params: [{ name: 'Name', kind: ParamKind.STRING }, { name: 'ContactFlowId', kind: ParamKind.STRING }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('Name'),
  },
  {
    type: ActionType.CREATE_WISDOM_SESSION,
    block: 'Amazon Q in Connect (create session)',
    params: [{ name: 'WisdomAssistantArn', kind: ParamKind.STRING }],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('WisdomAssistantArn'),
  },
  {
    type: ActionType.DEQUEUE_CONTACT_AND_TRANSFER_TO_QUEUE,
    block: 'Transfer to queue (customer queue flow)',
    params: [{ name: 'QueueId', kind: ParamKind.STRING }, { name: 'AgentId', kind: ParamKind.STRING }],
    exactlyOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: { allowed: ['NoMatchingError', 'QueueAtCapacity'] },
    exit: Exit.TRANSFER,
    allowedIn: [ContactFlowType.CUSTOMER_QUEUE],
    diagramKey: key('QueueId', 'AgentId'),
  },
  {
    type: ActionType.END_FLOW_MODULE_EXECUTION,
    block: 'Return (flow module)',
    typedValues: ['ResultData'],
    conditions: 'none',
    errors: NO_ERRORS,
    exit: Exit.TERMINAL,
    diagramKey: none,
  },
  {
    type: ActionType.GET_CASE,
    block: 'Cases (get)',
    params: [{ name: 'CaseRequestFields', kind: ParamKind.OBJECT }],
    conditions: 'none',
    errors: FOUND_ERRORS,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.INVOKE_FLOW_MODULE,
    block: 'Invoke module',
    params: [{ name: 'FlowModuleId', kind: ParamKind.STRING, required: true }, { name: 'Input', kind: ParamKind.OBJECT }],
    typedValues: ['Input'],
    conditions: {},
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    allowedIn: INBOUND,
    notAllowedHint: 'the Invoke module block exists only in inbound flows',
    diagramKey: key('FlowModuleId'),
  },
  {
    type: ActionType.RESUME_CONTACT,
    block: 'Resume contact',
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.START_OUTBOUND_CHAT_CONTACT,
    block: 'Start outbound chat',
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.TAG_CONTACT,
    block: 'Tag contact',
    params: [{ name: 'Tags', kind: ParamKind.STRING_MAP, required: true }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: keysOf('Tags'),
  },
  {
    type: ActionType.TRANSFER_CONTACT_TO_AGENT,
    block: 'Transfer to agent',
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    // Ends the flow and joins the contact with the agent; real exports write `Transitions: {}`.
    exit: Exit.TRANSFER,
    nextOptional: true,
    diagramKey: none,
  },
  {
    type: ActionType.TRANSFER_CONTACT_TO_QUEUE,
    block: 'Transfer to queue',
    conditions: 'none',
    errors: { allowed: ['QueueAtCapacity', 'NoMatchingError'], expected: ['QueueAtCapacity', 'NoMatchingError'] },
    exit: Exit.TRANSFER,
    allowedIn: ROUTING_FLOWS,
    notAllowedHint: 'in customer queue flows use DequeueContactAndTransferToQueue',
    diagramKey: none,
  },
  {
    type: ActionType.UNTAG_CONTACT,
    block: 'Untag contact',
    params: [{ name: 'TagKeys', kind: ParamKind.ARRAY, required: true }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: (p) => (Array.isArray(p.TagKeys) ? p.TagKeys.join(', ') : undefined),
    check: checkUntag,
  },
  {
    type: ActionType.UPDATE_CASE,
    block: 'Cases (update)',
    params: [{ name: 'CaseRequestFields', kind: ParamKind.OBJECT }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.UPDATE_CONTACT_ATTRIBUTES,
    block: 'Set contact attributes',
    params: [
      { name: 'Attributes', kind: ParamKind.STRING_MAP, required: true },
      { name: 'TargetContact', kind: ParamKind.ENUM, values: ['Current', 'Related'], dynamic: Dynamic.STATIC },
    ],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: keysOf('Attributes'),
    check: checkAttributes,
  },
  {
    type: ActionType.UPDATE_CONTACT_CALLBACK_NUMBER,
    block: 'Set callback number',
    params: [{ name: 'CallbackNumber', kind: ParamKind.STRING, required: true, dynamic: Dynamic.PATH }],
    conditions: 'none',
    errors: { allowed: ['InvalidCallbackNumber', 'CallbackNumberNotDialable', 'NoMatchingError'], expected: ['InvalidCallbackNumber'] },
    exit: Exit.NEXT,
    notIn: NOT_HOLD_OR_WHISPER,
    diagramKey: key('CallbackNumber'),
  },
  {
    type: ActionType.UPDATE_CONTACT_DATA,
    block: 'Set voice (language) / contact data',
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('LanguageCode', 'Name'),
    check: checkUpdateContactData,
  },
  {
    type: ActionType.UPDATE_CONTACT_EVENT_HOOKS,
    block: 'Set event flow / hold flow / whisper flow',
    params: [
      { name: 'EventHooks', kind: ParamKind.STRING_MAP, required: true },
      { name: 'EventHooksConfiguration', kind: ParamKind.OBJECT },
    ],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: keysOf('EventHooks'),
    check: checkEventHooks,
  },
  {
    type: ActionType.UPDATE_CONTACT_MEDIA_PROCESSING,
    block: 'Set media processing',
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.UPDATE_CONTACT_MEDIA_STREAMING_BEHAVIOR,
    block: 'Start / Stop media streaming',
    params: [
      { name: 'MediaStreamingState', kind: ParamKind.ENUM, values: ['Enabled', 'Disabled'], required: true, dynamic: Dynamic.STATIC },
      { name: 'Participants', kind: ParamKind.ARRAY, required: true },
      { name: 'MediaStreamType', kind: ParamKind.ENUM, values: ['Audio'], required: true, dynamic: Dynamic.STATIC },
    ],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    notIn: HOLD,
    diagramKey: key('MediaStreamingState'),
    check: checkMediaStreaming,
  },
  {
    type: ActionType.UPDATE_CONTACT_RECORDING_AND_ANALYTICS_BEHAVIOR,
    block: 'Set recording, analytics and processing behavior',
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    notIn: [ContactFlowType.CUSTOMER_WHISPER, ContactFlowType.AGENT_WHISPER, ...HOLD],
    diagramKey: none,
  },
  {
    type: ActionType.UPDATE_CONTACT_RECORDING_BEHAVIOR,
    block: 'Set recording and analytics behavior',
    params: [
      { name: 'RecordingBehavior', kind: ParamKind.OBJECT },
      { name: 'AnalyticsBehavior', kind: ParamKind.OBJECT },
    ],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    notIn: [ContactFlowType.CUSTOMER_WHISPER, ContactFlowType.AGENT_WHISPER, ...HOLD],
    diagramKey: none,
    check: checkRecording,
  },
  {
    type: ActionType.UPDATE_CONTACT_ROUTING_BEHAVIOR,
    block: 'Change routing priority / age',
    params: [
      // UpdateContactRoutingData: priority from 1 (highest); the time adjustment may be negative.
      // The UpdateContactRoutingBehavior reference: both "must be statically defined".
      { name: 'QueuePriority', kind: ParamKind.INT, min: 1, dynamic: Dynamic.STATIC },
      { name: 'QueueTimeAdjustmentSeconds', kind: ParamKind.INT, dynamic: Dynamic.STATIC },
    ],
    exactlyOne: [['QueuePriority', 'QueueTimeAdjustmentSeconds']],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    allowedIn: ROUTING_FLOWS,
    diagramKey: (p) => (typeof p.QueuePriority === 'string' ? `priority ${p.QueuePriority}`
      : (typeof p.QueueTimeAdjustmentSeconds === 'string' ? `age ${p.QueueTimeAdjustmentSeconds} s` : undefined)),
  },
  {
    type: ActionType.UPDATE_CONTACT_TARGET_QUEUE,
    block: 'Set working queue',
    params: [{ name: 'QueueId', kind: ParamKind.STRING }, { name: 'AgentId', kind: ParamKind.STRING }],
    exactlyOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    allowedIn: ROUTING_FLOWS,
    diagramKey: key('QueueId', 'AgentId'),
  },
  {
    type: ActionType.UPDATE_CONTACT_TEXT_TO_SPEECH_VOICE,
    block: 'Set voice',
    params: [
      { name: 'TextToSpeechVoice', kind: ParamKind.STRING, required: true },
      { name: 'TextToSpeechEngine', kind: ParamKind.ENUM, values: ['Standard', 'Neural', 'Generative', 'LongForm'] },
      { name: 'TextToSpeechStyle', kind: ParamKind.ENUM, values: ['None', 'Conversational', 'Newscaster'] },
    ],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('TextToSpeechVoice'),
  },
  {
    type: ActionType.UPDATE_PREVIOUS_CONTACT_PARTICIPANT_STATE,
    block: 'Hold customer or agent',
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('PreviousContactParticipantState'),
  },
];

/** The spec of every action type. */
export const ACTION_SPECS: { readonly [T in ActionType]: ActionSpec } = (() => {
  const out: { [type: string]: ActionSpec } = {};
  for (const s of specs) {
    if (out[s.type]) throw new Error(`duplicate spec for ${s.type}`);
    out[s.type] = s;
  }
  for (const t of Object.values(ActionType)) if (!out[t]) throw new Error(`no spec for ${t}`);
  return out as { [T in ActionType]: ActionSpec };
})();

/** The spec of an action type, or undefined for a type the service does not know. */
export function specOf(type: unknown): ActionSpec | undefined {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(ACTION_SPECS, type) ? (ACTION_SPECS as any)[type] : undefined;
}

/**
 * The inclusive range of an INT parameter, for the builder's checks (so the builder and the
 * validator agree). Throws for a parameter the language does not describe as a range.
 */
export function paramRange(type: ActionType, name: string): { min: number; max: number } {
  const param = (ACTION_SPECS[type].params ?? []).find((p) => p.name === name);
  if (!param || param.min === undefined || param.max === undefined) throw new Error(`${type}.${name} has no range in the flow language`);
  return { min: param.min, max: param.max };
}
