/**
 * THE description of the flow language: one spec per action type. The builder, the validator,
 * the simulator and the diagram read it. Sources, in order of authority: what the live service
 * accepts, real console exports, the "Flow language" action pages.
 *
 * Each rule carries its source in a comment:
 * - `live FAC rN`: flow-as-code's conformance catalog (flow-as-code/terraform-provider-flowascode,
 *   internal/conformance/data/flow-language/actions.md rule N, "checked live"), `live FAC probe`: its
 *   kept probe results (probes/40, probes/d08-voice-id);
 * - `live WFC`: mgaffigan/pulumi-amazon-connect docs/wire-format-checks.md (CreateContactFlow probes),
 *   and the forms that library publishes;
 * - `live #21`: a CreateContactFlow refusal quoted in issue 21 (third-party results 2023-2026);
 * - `export`: a real export in the flow corpus; `docs`: the API reference's action page.
 * flow-as-code/flow-as-code itself could not be fetched here; its vendored copy in the provider
 * (rules 1-36 and catalog.json of 2026-09-11, probes to 2026-10-05) is what was read.
 */
import { ActionSpec, Dynamic, ErrorRules, Exit, ParamKind, ParamSpec, Params } from './action-spec';
import { ActionType } from './action-type';
import {
  AGENT_METRICS, CONTACT_METRICS, checkAttributes, checkCallback, checkCheckMetricData, checkComparisonValue,
  checkDistribution, checkEventHooks, checkFlowAttributes, checkIterativeMessages, checkLambda, checkLexBot,
  checkMediaStreaming, checkParticipantInput, checkPrompt, checkRecording, checkThirdParty,
  checkUpdateContactData, checkWait,
} from './checks';
import { ContactFlowType, HOLD, INBOUND, TRANSFER, WHISPER } from './flow-types';
import { isFalse, isObject, isTrue } from './values';

const ROUTING_FLOWS = [...INBOUND, ...TRANSFER];
const INPUT_FLOWS = [...INBOUND, ...TRANSFER, ContactFlowType.CUSTOMER_QUEUE];
const NOT_HOLD_OR_WHISPER = [...HOLD, ...WHISPER];

/** NoMatchingError may be declared; left out, nothing is reported (exports often leave it out). */
const NO_MATCHING_ERROR: ErrorRules = { allowed: ['NoMatchingError'] };
/** NoMatchingError may be declared; left out, a warning ("unhandled"). */
const ROUTED_ERROR: ErrorRules = { allowed: ['NoMatchingError'], expected: ['NoMatchingError'] };
const NO_ERRORS: ErrorRules = { allowed: [] };
const FOUND_ERRORS: ErrorRules = { allowed: ['NoMatchingError', 'NoneFoundError', 'MultipleFoundError'], expected: ['NoMatchingError'] };

/** Why a parameter set stays open: none of the sources read lists the action's parameters. */
const NO_PARAMETER_SOURCE = 'no live probe, export or action page read here lists its parameters';
/** Why an error set stays open. */
const NO_ERROR_SOURCE = 'no live probe or export read here settles its error branches';

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

/** An S3 audio prompt (docs: MessageParticipant; the values are checked by checkPrompt). */
const MEDIA_FIELDS: ParamSpec[] = [
  { name: 'Uri', kind: ParamKind.STRING, required: true },
  { name: 'SourceType', kind: ParamKind.STRING, dynamic: Dynamic.STATIC },
  { name: 'MediaType', kind: ParamKind.STRING, dynamic: Dynamic.STATIC },
];

/** The prompt parameters: text and SSML may interpolate references; a prompt ID is a constant or one JSONPath. */
const PROMPT_PARAMS: ParamSpec[] = [
  { name: 'Text', kind: ParamKind.STRING, dynamic: Dynamic.INTERPOLATED },
  { name: 'SSML', kind: ParamKind.STRING, dynamic: Dynamic.INTERPOLATED },
  { name: 'PromptId', kind: ParamKind.STRING, dynamic: Dynamic.STATIC_OR_PATH },
  { name: 'Media', kind: ParamKind.OBJECT, fields: MEDIA_FIELDS },
];

/** A queue or an agent's queue (docs: "If AgentId is specified, QueueId may not be specified"). */
const QUEUE_OR_AGENT: ParamSpec[] = [{ name: 'QueueId', kind: ParamKind.STRING }, { name: 'AgentId', kind: ParamKind.STRING }];

function inputErrors(p: Params): ErrorRules {
  if (isTrue(p.StoreInput)) {
    const phone = isObject(p.InputValidation) && p.InputValidation.PhoneNumberValidation !== undefined;
    return {
      // docs: InvalidPhoneNumber "must be defined only if StoreInput is true, and PhoneNumberValidation is specified".
      allowed: phone ? ['NoMatchingError', 'InvalidPhoneNumber'] : ['NoMatchingError'],
      // live WFC + live FAC (sandbox 2026-09-29): InputTimeLimitExceeded refused with StoreInput "True";
      // docs: NoMatchingCondition "must be defined only if StoreInput is False".
      forbidden: ['InputTimeLimitExceeded', 'NoMatchingCondition'],
      forbiddenBecause: 'with StoreInput "True" has no conditions and never times out with an error',
      expected: phone ? ['NoMatchingError', 'InvalidPhoneNumber'] : ['NoMatchingError'],
    };
  }
  return {
    allowed: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'],
    // live #21: a menu without NoMatchingCondition or without InputTimeLimitExceeded is refused
    // (live FAC catalog, sandbox 2026-09-29, for the timeout branch).
    required: ['InputTimeLimitExceeded', 'NoMatchingCondition'],
    requiredBecause: 'a menu (StoreInput "False") must route a timeout and a key with no condition',
    // docs: InvalidPhoneNumber only with StoreInput "True" and PhoneNumberValidation.
    forbidden: ['InvalidPhoneNumber'],
    forbiddenBecause: 'as a menu (StoreInput "False") validates no phone number',
    expected: ['NoMatchingError'],
  };
}

function thirdPartyErrors(p: Params, flowType?: ContactFlowType): ErrorRules {
  // live WFC: the failure outcomes are refused in an agent transfer flow, accepted in an inbound flow.
  if (flowType === ContactFlowType.AGENT_TRANSFER) {
    return {
      allowed: ['NoMatchingError'],
      forbidden: ['CallFailed', 'ConnectionTimeLimitExceeded'],
      forbiddenBecause: 'in an AGENT_TRANSFER flow does not come back with a call failure or timeout',
      expected: ['NoMatchingError'],
    };
  }
  if (isTrue(p.ContinueFlowExecution)) {
    // live FAC probe (rule 40) and live WFC: accepted with all three branches.
    return { allowed: ['CallFailed', 'ConnectionTimeLimitExceeded', 'NoMatchingError'], expected: ['CallFailed', 'NoMatchingError'] };
  }
  return {
    allowed: ['NoMatchingError'],
    // live WFC: with ContinueFlowExecution "False" the failure branches are refused.
    forbidden: isFalse(p.ContinueFlowExecution) ? ['CallFailed', 'ConnectionTimeLimitExceeded'] : [],
    forbiddenBecause: 'with ContinueFlowExecution "False" does not come back to the flow',
    expected: ['NoMatchingError'],
  };
}

function recordingAndAnalyticsErrors(p: Params): ErrorRules {
  const chat = p.ChatBehavior !== undefined;
  return {
    allowed: chat ? ['NoMatchingError', 'ChannelMismatch', 'InFlightRedactionConfigurationFailed'] : ['NoMatchingError', 'ChannelMismatch'],
    // live FAC r35: refused without ChannelMismatch, and with ChatBehavior without InFlightRedactionConfigurationFailed.
    required: chat ? ['ChannelMismatch', 'InFlightRedactionConfigurationFailed'] : ['ChannelMismatch'],
    requiredBecause: 'the service answers "Action is missing required error"',
    // live WFC: InFlightRedactionConfigurationFailed is refused on a voice (non-chat) action.
    forbidden: chat ? [] : ['InFlightRedactionConfigurationFailed'],
    forbiddenBecause: 'without ChatBehavior has no in-flight redaction',
    expected: ['NoMatchingError'],
  };
}

const specs: ActionSpec[] = [
  // ---- participant actions
  {
    type: ActionType.MESSAGE_PARTICIPANT,
    block: 'Play prompt',
    params: [
      ...PROMPT_PARAMS,
      // live WFC: every console export carries it ("false"); accepted.
      { name: 'SkipWhenDTMFBufferEnabled', kind: ParamKind.STRING, dynamic: Dynamic.STATIC },
    ],
    conditions: 'none',
    // export: many exports leave NoMatchingError out (corpus: acme-agent-whisper, callbackmgmt); docs list only it.
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
      // docs + live FAC r32: each message is one of Text, PromptId, SSML, Media.
      { name: 'Messages', kind: ParamKind.ARRAY, required: true, minEntries: 1, fields: PROMPT_PARAMS },
      { name: 'InterruptFrequencySeconds', kind: ParamKind.INT, min: 1, max: 3600 },
      // live WFC: published by that library and accepted.
      { name: 'ContinueMessagingDuringInterrupt', kind: ParamKind.STRING, dynamic: Dynamic.STATIC },
    ],
    conditions: { operators: ['Equals'], operand: /^MessagesInterrupted$/, operandDescription: '"MessagesInterrupted"' },
    // docs: NoMatchingError listed, not "must always be defined"; export: Connect's default hold and queue flows leave it out.
    errors: ROUTED_ERROR,
    // The messages repeat until the contact leaves the flow; the action completes only when interrupted.
    exit: Exit.LEAVES_FLOW,
    // export (FAC r32): Amazon Connect's own default hold and queue flows carry it with no NextAction.
    nextOptional: true,
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
      // live #21: a menu without StoreInput is refused.
      { name: 'StoreInput', kind: ParamKind.BOOL, required: true, dynamic: Dynamic.STATIC },
      {
        name: 'InputValidation',
        kind: ParamKind.OBJECT,
        // docs: PhoneNumberValidation { NumberFormat, CountryCode } or CustomValidation { MaximumLength }.
        fields: [
          { name: 'PhoneNumberValidation', kind: ParamKind.OBJECT, fields: [{ name: 'NumberFormat', kind: ParamKind.STRING, required: true }, { name: 'CountryCode', kind: ParamKind.STRING }] },
          { name: 'CustomValidation', kind: ParamKind.OBJECT, fields: [{ name: 'MaximumLength', kind: ParamKind.STRING, required: true }] },
        ],
      },
      // docs: InputEncryption { EncryptionKeyId, Key }.
      { name: 'InputEncryption', kind: ParamKind.OBJECT, fields: [{ name: 'EncryptionKeyId', kind: ParamKind.STRING }, { name: 'Key', kind: ParamKind.STRING }] },
      {
        name: 'DTMFConfiguration',
        kind: ParamKind.OBJECT,
        // docs: InputTerminationSequence, DisableCancelKey, InterdigitTimeLimitSeconds (1-20).
        fields: [
          { name: 'InputTerminationSequence', kind: ParamKind.STRING },
          { name: 'DisableCancelKey', kind: ParamKind.STRING },
          { name: 'InterdigitTimeLimitSeconds', kind: ParamKind.INT, min: 1, max: 20 },
        ],
      },
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
      // docs + live FAC r33.
      { name: 'LexV2Bot', kind: ParamKind.OBJECT, fields: [{ name: 'AliasArn', kind: ParamKind.STRING, required: true }] },
      { name: 'LexBot', kind: ParamKind.OBJECT, fields: [{ name: 'Name', kind: ParamKind.STRING, required: true }, { name: 'Region', kind: ParamKind.STRING }, { name: 'Alias', kind: ParamKind.STRING, required: true }] },
      // live WFC: LexSessionAttributes accepted.
      { name: 'LexSessionAttributes', kind: ParamKind.STRING_MAP },
      { name: 'LexInitializationData', kind: ParamKind.OBJECT, fields: [{ name: 'InitialMessage', kind: ParamKind.STRING }] },
      // docs: LexTimeoutSeconds { Text } (the chat timeout).
      { name: 'LexTimeoutSeconds', kind: ParamKind.OBJECT, fields: [{ name: 'Text', kind: ParamKind.STRING }] },
    ],
    exactlyOne: [['LexV2Bot', 'LexBot']],
    // export: real exports route only the errors, with no intent condition: accepted.
    conditions: { operators: ['Equals'] },
    // docs: InputTimeLimitExceeded, NoMatchingError, NoMatchingCondition; export (acme-main-lex-lambda) routes
    // NoMatchingCondition and NoMatchingError without InputTimeLimitExceeded.
    errors: { allowed: ['NoMatchingCondition', 'NoMatchingError', 'InputTimeLimitExceeded'], expected: ['NoMatchingCondition', 'NoMatchingError'] },
    exit: Exit.NEXT,
    allowedIn: INPUT_FLOWS,
    diagramKey: (p) => PROMPT(p) ?? (isObject(p.LexV2Bot) && typeof p.LexV2Bot.AliasArn === 'string' ? p.LexV2Bot.AliasArn : undefined),
    check: checkLexBot,
  },
  {
    type: ActionType.DISCONNECT_PARTICIPANT,
    block: 'Disconnect / hang up',
    // docs: no parameters, no errors; export: `Parameters: {}`, `Transitions: {}`.
    params: [],
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
      // live WFC: ViewResource carries Id (the version is on the ARN); docs add Version.
      { name: 'ViewResource', kind: ParamKind.OBJECT, required: true, fields: [{ name: 'Id', kind: ParamKind.STRING, required: true }, { name: 'Version', kind: ParamKind.STRING }] },
      // live FAC r34: refused without it ("Action is missing required property").
      { name: 'InvocationTimeLimitSeconds', kind: ParamKind.INT, min: 1, required: true },
      // live WFC + AWS's step-by-step-guide flows: the view's input, with its own JSON types.
      { name: 'ViewData', kind: ParamKind.DOCUMENT },
      { name: 'SensitiveDataConfiguration', kind: ParamKind.OBJECT, fields: [{ name: 'HideResponseOn', kind: ParamKind.ARRAY }] },
    ],
    typedValues: ['ViewData'],
    conditions: { operators: ['Equals'] },
    // live FAC r34: refused without any one of the three; live WFC: the console declares all three.
    errors: {
      allowed: ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded'],
      required: ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded'],
      requiredBecause: 'the service answers "Action is missing required error"',
    },
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
        // live WFC: required, though the docs mark it optional.
        required: true,
        rejects: [{ name: 'ThirdPartyConnectionTimeoutSeconds', onlyWhenAlone: true }],
      },
      // live WFC: required.
      { name: 'ContinueFlowExecution', kind: ParamKind.BOOL, required: true, dynamic: Dynamic.STATIC },
      { name: 'ThirdPartyDTMFDigits', kind: ParamKind.STRING },
      // docs: CallerId { Number, Name }; live WFC: there is no ThirdPartyCallerId.
      { name: 'CallerId', kind: ParamKind.OBJECT, fields: [{ name: 'Number', kind: ParamKind.STRING }, { name: 'Name', kind: ParamKind.STRING }] },
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
    // live WFC: no override branches, no CheckOverride parameter.
    params: [{ name: 'HoursOfOperationId', kind: ParamKind.STRING }],
    conditions: { operators: ['Equals'], required: ['True', 'False'], only: true },
    // live #21: refused without NoMatchingError ("Action is missing required error. Error: NoMatchingError").
    errors: { allowed: ['NoMatchingError'], required: ['NoMatchingError'], requiredBecause: 'the service answers "Action is missing required error. Error: NoMatchingError"' },
    exit: Exit.NEXT,
    notIn: NOT_HOLD_OR_WHISPER,
    diagramKey: key('HoursOfOperationId'),
  },
  {
    type: ActionType.CHECK_METRIC_DATA,
    block: 'Check staffing / Check queue status',
    params: [
      { name: 'MetricType', kind: ParamKind.ENUM, required: true, values: [...AGENT_METRICS, ...CONTACT_METRICS], dynamic: Dynamic.STATIC },
      ...QUEUE_OR_AGENT,
    ],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: { nonEmpty: true },
    // live WFC: refused without NoMatchingCondition, agent metrics included.
    errors: { allowed: ['NoMatchingError', 'NoMatchingCondition'], required: ['NoMatchingCondition'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    notIn: NOT_HOLD_OR_WHISPER,
    diagramKey: key('MetricType'),
    check: checkCheckMetricData,
  },
  {
    type: ActionType.CHECK_OUTBOUND_CALL_STATUS,
    block: 'Check call progress',
    // docs: `{ }`; live WFC publishes it with `Parameters: {}` and NoMatchingError.
    params: [],
    // docs: "CallAnswered", "VoicemailBeep", "VoicemailNoBeep" and "NotDetected" are the only supported operands.
    conditions: { operators: ['Equals'], operand: /^(CallAnswered|VoicemailBeep|VoicemailNoBeep|NotDetected)$/, operandDescription: 'CallAnswered, VoicemailBeep, VoicemailNoBeep or NotDetected' },
    // docs: the only error is NoMatchingError.
    errors: { allowed: ['NoMatchingError'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.CHECK_VOICE_ID,
    block: 'Check Voice ID',
    // live WFC: CheckVoiceIdOption (enrollmentStatus, voiceAuthentication, fraudDetection).
    params: [{ name: 'CheckVoiceIdOption', kind: ParamKind.STRING, required: true, dynamic: Dynamic.STATIC }],
    conditions: { operators: ['Equals'] },
    // live FAC probe (d08): "Invalid Action error. Error: NoMatchingCondition".
    errors: { allowed: ['NoMatchingError'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: key('CheckVoiceIdOption'),
  },
  {
    type: ActionType.COMPARE,
    block: 'Check contact attributes',
    params: [{ name: 'ComparisonValue', kind: ParamKind.STRING, required: true }],
    conditions: { nonEmpty: true },
    // docs + live WFC: the only error is NoMatchingCondition (NoMatchingError: "Invalid Action error").
    errors: { allowed: ['NoMatchingCondition'] },
    exit: Exit.NEXT,
    diagramKey: key('ComparisonValue'),
    check: checkComparisonValue,
  },
  {
    type: ActionType.DISTRIBUTE_BY_PERCENTAGE,
    block: 'Distribute by percentage',
    // docs: no parameters; export (FAC r23): `Parameters` left out entirely.
    params: [],
    conditions: { operators: ['NumberLessThan'], nonEmpty: true },
    errors: { allowed: ['NoMatchingCondition'] },
    // live FAC r23: number operands accepted.
    numericOperandsAccepted: true,
    exit: Exit.NEXT,
    diagramKey: none,
    check: checkDistribution,
  },
  {
    type: ActionType.END_FLOW_EXECUTION,
    block: 'End flow / Resume',
    params: [],
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
    params: [...QUEUE_OR_AGENT, { name: 'QueueChannel', kind: ParamKind.ENUM, values: ['Voice', 'Chat'] }],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('QueueId', 'AgentId'),
  },
  {
    type: ActionType.LOOP,
    block: 'Loop',
    // live FAC r21: LoopCount as a JSON number is accepted.
    params: [{ name: 'LoopCount', kind: ParamKind.INT, min: 0, max: 100, required: true, numberAccepted: true }],
    conditions: { operators: ['Equals'], required: ['ContinueLooping', 'DoneLooping'], only: true },
    // live FAC r21: accepted with NoMatchingError; docs list none.
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('LoopCount'),
  },
  {
    type: ActionType.START_VOICE_ID_STREAM,
    block: 'Set Voice ID',
    // live FAC probe (d08): accepted with empty Parameters and NoMatchingError.
    params: [],
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
    // live WFC + live FAC r24: refused without its NoMatchingError branch.
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
    // live #21: NoMatchingError is refused ("Invalid Action error. Error: NoMatchingError"); docs: Errors "None".
    errors: NO_ERRORS,
    exit: Exit.NEXT,
    diagramKey: key('FlowLoggingBehavior'),
  },
  {
    type: ActionType.UPDATE_CONTACT_ROUTING_CRITERIA,
    block: 'Set routing criteria',
    // live WFC: RoutingCriteria { Steps }, published and accepted.
    params: [{ name: 'RoutingCriteria', kind: ParamKind.OBJECT, required: true, fields: [{ name: 'Steps', kind: ParamKind.ARRAY, required: true }] }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.WAIT,
    block: 'Wait',
    params: [
      // live WFC + live FAC r22: TimeLimitSeconds, required; the documented TimeoutSeconds is refused.
      { name: 'TimeLimitSeconds', kind: ParamKind.INT, min: 1, max: 604800, required: true, rejects: [{ name: 'TimeoutSeconds' }] },
      // live WFC: only the two documented events (LambdaReturned, AsyncLambdaCompletion are refused).
      { name: 'Events', kind: ParamKind.ARRAY, itemValues: ['CustomerReturned', 'BotParticipantDisconnected'] },
      // live WFC: the ContinueExecution mode, with MinimumWaitTimeSeconds.
      { name: 'ContinueExecution', kind: ParamKind.BOOL },
      { name: 'MinimumWaitTimeSeconds', kind: ParamKind.INT, min: 0, max: 604800 },
    ],
    conditions: { operators: ['Equals'] },
    errors: { allowed: ['NoMatchingError', 'ParticipantNotFound'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    diagramKey: key('TimeLimitSeconds'),
    check: checkWait,
  },
  // ---- interactions
  {
    type: ActionType.ASSOCIATE_CONTACT_TO_CUSTOMER_PROFILE,
    block: 'Customer profiles (associate contact)',
    // docs: "A ProfileId and ContactId must be present"; ProfileResponseData holds nothing.
    params: [
      { name: 'ProfileRequestData', kind: ParamKind.OBJECT, required: true, fields: [{ name: 'ProfileId', kind: ParamKind.STRING, required: true }, { name: 'ContactId', kind: ParamKind.STRING, required: true }] },
      { name: 'ProfileResponseData', kind: ParamKind.OBJECT },
    ],
    conditions: 'none',
    // docs: NoMatchingError only.
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.CREATE_CALLBACK_CONTACT,
    block: 'Transfer to queue (callback)',
    params: [
      ...QUEUE_OR_AGENT,
      // The CreateCallbackContact reference: the three are "defined statically".
      { name: 'InitialCallDelaySeconds', kind: ParamKind.INT, min: 1, max: 259200, required: true, dynamic: Dynamic.STATIC },
      { name: 'MaximumConnectionAttempts', kind: ParamKind.INT, min: 0, max: 100, required: true, dynamic: Dynamic.STATIC },
      { name: 'RetryDelaySeconds', kind: ParamKind.INT, min: 1, max: 259200, required: true, dynamic: Dynamic.STATIC },
      { name: 'ContactFlowId', kind: ParamKind.STRING },
      // docs (FAC r19): CallerId, static or one JSONPath.
      { name: 'CallerId', kind: ParamKind.STRING },
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
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: ROUTED_ERROR,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.GET_CALCULATED_ATTRIBUTES_FOR_CUSTOMER_PROFILE,
    block: 'Customer profiles (calculated attributes)',
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: FOUND_ERRORS,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.GET_CUSTOMER_PROFILE,
    block: 'Customer profiles (get profile)',
    params: [{ name: 'ProfileRequestData', kind: ParamKind.OBJECT }, { name: 'ProfileResponseData', kind: ParamKind.ARRAY }],
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: FOUND_ERRORS,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.GET_CUSTOMER_PROFILE_OBJECT,
    block: 'Customer profiles (get profile object)',
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: FOUND_ERRORS,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.INVOKE_LAMBDA_FUNCTION,
    block: 'Invoke AWS Lambda function',
    params: [
      { name: 'LambdaFunctionARN', kind: ParamKind.STRING, required: true },
      // FLOW-LANGUAGE.md (live probes): a JSON number is accepted.
      { name: 'InvocationTimeLimitSeconds', kind: ParamKind.INT, min: 1, max: 60, dynamic: Dynamic.STATIC, numberAccepted: true },
      { name: 'InvocationType', kind: ParamKind.ENUM, values: ['SYNCHRONOUS', 'ASYNCHRONOUS'], dynamic: Dynamic.STATIC },
      { name: 'LambdaInvocationAttributes', kind: ParamKind.STRING_MAP },
      { name: 'ResponseValidation', kind: ParamKind.OBJECT, fields: [{ name: 'ResponseType', kind: ParamKind.STRING, required: true }] },
    ],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    // export: deployed outbound whisper flows invoke Lambda functions: allowed in every flow type.
    diagramKey: key('LambdaFunctionARN'),
    check: checkLambda,
  },
  {
    type: ActionType.UPDATE_CUSTOMER_PROFILE,
    block: 'Customer profiles (update)',
    params: [{ name: 'ProfileRequestData', kind: ParamKind.OBJECT }],
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: ROUTED_ERROR,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  // ---- contact actions
  {
    type: ActionType.COMPLETE_OUTBOUND_CALL,
    block: 'Call phone number (complete outbound call)',
    // docs + live WFC (published form): CallerId { Number }, VoiceConnector { … }, ConnectionTimeLimitSeconds 1-600.
    params: [
      { name: 'CallerId', kind: ParamKind.OBJECT, fields: [{ name: 'Number', kind: ParamKind.STRING, required: true }] },
      {
        name: 'VoiceConnector',
        kind: ParamKind.OBJECT,
        fields: [
          { name: 'VoiceConnectorType', kind: ParamKind.STRING, required: true },
          { name: 'VoiceConnectorArn', kind: ParamKind.STRING, required: true },
          { name: 'FromUser', kind: ParamKind.STRING },
          { name: 'ToUser', kind: ParamKind.STRING },
          { name: 'UserToUserInformation', kind: ParamKind.STRING },
        ],
      },
      { name: 'ConnectionTimeLimitSeconds', kind: ParamKind.INT, min: 1, max: 600 },
    ],
    conditions: 'none',
    errors: ROUTED_ERROR,
    // docs: Errors "None"; live WFC publishes none; no probe says NoMatchingError is refused, and the builder's onError writes it.
    errorsOpen: 'the action page lists no errors, but no live probe says NoMatchingError is refused',
    exit: Exit.NEXT,
    allowedIn: [ContactFlowType.OUTBOUND_WHISPER],
    notAllowedHint: 'CompleteOutboundCall completes an outbound call from an outbound whisper flow',
    diagramKey: none,
  },
  {
    type: ActionType.CREATE_CASE,
    block: 'Cases (create)',
    params: [{ name: 'CaseTemplateId', kind: ParamKind.STRING }, { name: 'CaseRequestFields', kind: ParamKind.OBJECT }],
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: ROUTED_ERROR,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: key('CaseTemplateId'),
  },
  {
    type: ActionType.CREATE_TASK,
    block: 'Create task',
    // docs (CreateTask action page); live WFC publishes Name, ContactFlowId, Description, Attributes.
    params: [
      { name: 'ContactFlowId', kind: ParamKind.STRING, required: true },
      { name: 'Name', kind: ParamKind.STRING, required: true },
      { name: 'Description', kind: ParamKind.STRING },
      { name: 'Attributes', kind: ParamKind.STRING_MAP },
      { name: 'References', kind: ParamKind.OBJECT },
      { name: 'DelaySeconds', kind: ParamKind.INT, min: 1, max: 518400 },
      { name: 'ScheduledTime', kind: ParamKind.STRING },
      { name: 'TaskTemplateId', kind: ParamKind.STRING, dynamic: Dynamic.STATIC },
    ],
    // docs: "If ScheduledTime is specified, this parameter may not be specified".
    atMostOne: [['DelaySeconds', 'ScheduledTime']],
    conditions: 'none',
    // docs: NoMatchingError only.
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('Name'),
  },
  {
    type: ActionType.CREATE_WISDOM_SESSION,
    block: 'Amazon Q in Connect (create session)',
    // export (cdkconstructs-inbound) + live WFC: WisdomAssistantArn and NoMatchingError.
    params: [{ name: 'WisdomAssistantArn', kind: ParamKind.STRING, required: true }],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('WisdomAssistantArn'),
  },
  {
    type: ActionType.DEQUEUE_CONTACT_AND_TRANSFER_TO_QUEUE,
    block: 'Transfer to queue (customer queue flow)',
    params: QUEUE_OR_AGENT,
    exactlyOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    // live #21: refused without QueueAtCapacity, as TransferContactToQueue is.
    errors: {
      allowed: ['NoMatchingError', 'QueueAtCapacity'],
      required: ['QueueAtCapacity'],
      requiredBecause: 'the service answers "Action is missing required error. Error: QueueAtCapacity"',
      expected: ['NoMatchingError'],
    },
    exit: Exit.TRANSFER,
    allowedIn: [ContactFlowType.CUSTOMER_QUEUE],
    diagramKey: key('QueueId', 'AgentId'),
  },
  {
    type: ActionType.END_FLOW_MODULE_EXECUTION,
    block: 'Return (flow module)',
    // live WFC: Result (a declared branch) and ResultData (typed by the module's schema).
    params: [{ name: 'Result', kind: ParamKind.STRING, dynamic: Dynamic.STATIC }, { name: 'ResultData', kind: ParamKind.DOCUMENT }],
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
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: FOUND_ERRORS,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.INVOKE_FLOW_MODULE,
    block: 'Invoke module',
    // live WFC: FlowModuleId and Input (typed by the module's input schema).
    params: [{ name: 'FlowModuleId', kind: ParamKind.STRING, required: true }, { name: 'Input', kind: ParamKind.DOCUMENT }],
    typedValues: ['Input'],
    conditions: {},
    // live WFC (console export): NoMatchingCondition and NoMatchingError.
    errors: { allowed: ['NoMatchingError', 'NoMatchingCondition'], expected: ['NoMatchingError'] },
    exit: Exit.NEXT,
    allowedIn: INBOUND,
    notAllowedHint: 'the Invoke module block exists only in inbound flows',
    diagramKey: key('FlowModuleId'),
  },
  {
    type: ActionType.RESUME_CONTACT,
    block: 'Resume contact',
    // docs: "No parameters are expected", NoMatchingError; live WFC publishes that form.
    params: [],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.START_OUTBOUND_CHAT_CONTACT,
    block: 'Start outbound chat',
    // docs (StartOutboundChatContact action page); live WFC publishes the same form.
    params: [
      { name: 'SourceEndpoint', kind: ParamKind.OBJECT, required: true, fields: [{ name: 'Address', kind: ParamKind.STRING, required: true }, { name: 'Type', kind: ParamKind.STRING, required: true }] },
      { name: 'DestinationEndpoint', kind: ParamKind.OBJECT, required: true, fields: [{ name: 'Address', kind: ParamKind.STRING, required: true }, { name: 'Type', kind: ParamKind.STRING, required: true }] },
      { name: 'ContactFlowArn', kind: ParamKind.STRING, required: true },
      { name: 'ContactSubtype', kind: ParamKind.STRING, required: true },
      { name: 'InitialSystemMessage', kind: ParamKind.OBJECT, fields: [{ name: 'Content', kind: ParamKind.STRING, required: true }] },
      { name: 'RelatedContact', kind: ParamKind.ENUM, values: ['CURRENT'] },
    ],
    conditions: 'none',
    // docs: NoMatchingError only.
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.TAG_CONTACT,
    block: 'Tag contact',
    // live FAC r27: "More than 6 tags in Parameters.Tags".
    params: [{ name: 'Tags', kind: ParamKind.STRING_MAP, required: true, minEntries: 1, maxEntries: 6 }],
    conditions: 'none',
    // live FAC r27: "Action is missing required error. Error: NoMatchingError".
    errors: { allowed: ['NoMatchingError'], required: ['NoMatchingError'], requiredBecause: 'the service answers "Action is missing required error. Error: NoMatchingError"' },
    exit: Exit.NEXT,
    diagramKey: keysOf('Tags'),
  },
  {
    type: ActionType.TRANSFER_CONTACT_TO_AGENT,
    block: 'Transfer to agent',
    // docs (FAC r17): "No parameters are expected", errors "None"; the admin guide's block takes an Error
    // branch for chat, task and email, so NoMatchingError stays accepted.
    params: [],
    conditions: 'none',
    errors: NO_MATCHING_ERROR,
    errorsOpen: 'the action page lists no errors, the admin guide gives the block an Error branch, and no live probe settles it',
    // Ends the flow and joins the contact with the agent; real exports write `Transitions: {}`.
    exit: Exit.TRANSFER,
    nextOptional: true,
    diagramKey: none,
  },
  {
    type: ActionType.TRANSFER_CONTACT_TO_QUEUE,
    block: 'Transfer to queue',
    // docs + live WFC: no parameters (the queue is the working queue).
    params: [],
    conditions: 'none',
    // live #21 (and live FAC, sandbox 2026-09-29): "Action is missing required error. Error: QueueAtCapacity";
    // an invented error type is refused too (closed set).
    errors: {
      allowed: ['QueueAtCapacity', 'NoMatchingError'],
      required: ['QueueAtCapacity'],
      requiredBecause: 'the service answers "Action is missing required error. Error: QueueAtCapacity"',
      expected: ['NoMatchingError'],
    },
    exit: Exit.TRANSFER,
    allowedIn: ROUTING_FLOWS,
    notAllowedHint: 'in customer queue flows use DequeueContactAndTransferToQueue',
    diagramKey: none,
  },
  {
    type: ActionType.UNTAG_CONTACT,
    block: 'Untag contact',
    // live FAC r28: an empty TagKeys is refused ("Invalid Action property value").
    params: [{ name: 'TagKeys', kind: ParamKind.ARRAY, required: true, minEntries: 1 }],
    conditions: 'none',
    errors: ROUTED_ERROR,
    exit: Exit.NEXT,
    diagramKey: (p) => (Array.isArray(p.TagKeys) ? p.TagKeys.join(', ') : undefined),
  },
  {
    type: ActionType.UPDATE_CASE,
    block: 'Cases (update)',
    params: [{ name: 'CaseRequestFields', kind: ParamKind.OBJECT }],
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    errors: ROUTED_ERROR,
    errorsOpen: NO_ERROR_SOURCE,
    exit: Exit.NEXT,
    diagramKey: none,
  },
  {
    type: ActionType.UPDATE_CONTACT_ATTRIBUTES,
    block: 'Set contact attributes',
    // live WFC: exactly { Attributes, TargetContact } in console exports.
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
    // docs (FAC r20): InvalidCallbackNumber and CallbackNumberNotDialable, no NoMatchingError; export: gts-callback-module.
    errors: { allowed: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'], expected: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'] },
    exit: Exit.NEXT,
    notIn: NOT_HOLD_OR_WHISPER,
    diagramKey: key('CallbackNumber'),
  },
  {
    type: ActionType.UPDATE_CONTACT_DATA,
    block: 'Set voice (language) / contact data',
    // docs (FAC r30); live WFC: References (and Reference, SegmentAttribute) are refused as unknown properties.
    params: [
      { name: 'Name', kind: ParamKind.STRING },
      { name: 'Description', kind: ParamKind.STRING },
      { name: 'LanguageCode', kind: ParamKind.STRING },
      { name: 'CustomerId', kind: ParamKind.STRING },
      { name: 'IsVoiceIdStreamingEnabled', kind: ParamKind.ENUM, values: ['TRUE', 'FALSE'] },
      { name: 'IsVoiceAuthenticationEnabled', kind: ParamKind.ENUM, values: ['TRUE', 'FALSE'] },
      { name: 'IsFraudDetectionEnabled', kind: ParamKind.ENUM, values: ['TRUE', 'FALSE'] },
      { name: 'VoiceAuthenticationThreshold', kind: ParamKind.INT, min: 0, max: 100 },
      { name: 'VoiceAuthenticationResponseTime', kind: ParamKind.INT, min: 5, max: 10 },
      { name: 'FraudDetectionThreshold', kind: ParamKind.INT, min: 0, max: 100 },
      { name: 'WatchlistId', kind: ParamKind.STRING },
      { name: 'WisdomSessionArn', kind: ParamKind.STRING },
      { name: 'TargetContact', kind: ParamKind.ENUM, values: ['Current', 'Related'], dynamic: Dynamic.STATIC },
    ],
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
      // export (3 corpus flows) vs live FAC r31 (one refusal): reported as a warning by checkEventHooks.
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
    // live WFC: ChatProcessor { ProcessingEnabled, LambdaProcessorARN, ChatProcessorSettings (required) }.
    params: [{ name: 'ChatProcessor', kind: ParamKind.OBJECT }],
    paramsOpen: NO_PARAMETER_SOURCE,
    conditions: 'none',
    // live WFC: published with NoMatchingError and ChannelMismatch.
    errors: { allowed: ['NoMatchingError', 'ChannelMismatch'] },
    errorsOpen: NO_ERROR_SOURCE,
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
    params: [
      { name: 'VoiceBehavior', kind: ParamKind.OBJECT },
      { name: 'ChatBehavior', kind: ParamKind.OBJECT },
      { name: 'ScreenRecordingBehavior', kind: ParamKind.OBJECT },
    ],
    // live FAC r35: refused with two of the three, or none ("Invalid Action property value. Path: Actions[0].Parameters").
    exactlyOne: [['VoiceBehavior', 'ChatBehavior', 'ScreenRecordingBehavior']],
    conditions: 'none',
    errors: recordingAndAnalyticsErrors,
    exit: Exit.NEXT,
    notIn: [ContactFlowType.CUSTOMER_WHISPER, ContactFlowType.AGENT_WHISPER, ...HOLD],
    diagramKey: none,
  },
  {
    type: ActionType.UPDATE_CONTACT_RECORDING_BEHAVIOR,
    block: 'Set recording and analytics behavior',
    params: [
      // docs + export: RecordedParticipants, ScreenRecordedParticipants (cdkconstructs-inbound), IVRRecordingBehavior.
      {
        name: 'RecordingBehavior',
        kind: ParamKind.OBJECT,
        fields: [
          { name: 'RecordedParticipants', kind: ParamKind.ARRAY },
          { name: 'ScreenRecordedParticipants', kind: ParamKind.ARRAY },
          { name: 'IVRRecordingBehavior', kind: ParamKind.STRING },
        ],
      },
      // export + live WFC: Contact Lens settings in the console's shape.
      { name: 'AnalyticsBehavior', kind: ParamKind.OBJECT },
    ],
    conditions: 'none',
    // live #21: NoMatchingError is refused ("Invalid Action error. Error: NoMatchingError").
    errors: NO_ERRORS,
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
    // docs (FAC r18): results and errors "None"; live WFC publishes it with none.
    errors: NO_ERRORS,
    exit: Exit.NEXT,
    allowedIn: ROUTING_FLOWS,
    diagramKey: (p) => (typeof p.QueuePriority === 'string' ? `priority ${p.QueuePriority}`
      : (typeof p.QueueTimeAdjustmentSeconds === 'string' ? `age ${p.QueueTimeAdjustmentSeconds} s` : undefined)),
  },
  {
    type: ActionType.UPDATE_CONTACT_TARGET_QUEUE,
    block: 'Set working queue',
    params: QUEUE_OR_AGENT,
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
      // export: "Neural", "Generative"; live WFC: Polly's lower-case names; live FAC r29: the service
      // validates none at create time (an invented "Turbo" is accepted): an unknown engine is a warning.
      {
        name: 'TextToSpeechEngine',
        kind: ParamKind.ENUM,
        values: ['Standard', 'Neural', 'Generative', 'LongForm', 'standard', 'neural', 'generative', 'long-form'],
        valuesAdvisory: true,
      },
      // live WFC: None, Conversational, Newscaster.
      { name: 'TextToSpeechStyle', kind: ParamKind.ENUM, values: ['None', 'Conversational', 'Newscaster'] },
    ],
    conditions: 'none',
    // live FAC r29: accepted without an error branch; exports leave it out.
    errors: NO_MATCHING_ERROR,
    exit: Exit.NEXT,
    diagramKey: key('TextToSpeechVoice'),
  },
  {
    type: ActionType.UPDATE_PREVIOUS_CONTACT_PARTICIPANT_STATE,
    block: 'Hold customer or agent',
    // live WFC: AgentOnHold, CustomerOnHold, OffHold (there is no plain OnHold).
    params: [{ name: 'PreviousContactParticipantState', kind: ParamKind.ENUM, values: ['AgentOnHold', 'CustomerOnHold', 'OffHold'], required: true, dynamic: Dynamic.STATIC }],
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

/** What an action type the flow language does not know may look like: a name of letters and digits. */
export const UNKNOWN_ACTION_TYPE = /^[A-Za-z][A-Za-z0-9]{0,99}$/;

/**
 * The description of an action type this library does not know (newer than it), for a
 * `CustomBlock` that allows it: any parameters, conditions and error branches, and a `NextAction`
 * only where one is connected. The validator still reports the type (a warning with
 * `allowUnknownActions`).
 */
export function unknownActionSpec(type: string): ActionSpec {
  const why = 'an action type this library does not know';
  return {
    type: type as ActionType,
    block: type,
    paramsOpen: why,
    errorsOpen: why,
    conditions: {},
    errors: NO_ERRORS,
    exit: Exit.NEXT,
    nextOptional: true,
    diagramKey: () => undefined,
  };
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
