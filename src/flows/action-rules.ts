/**
 * The validator's rules, one entry per flow-language action type. Sources: the Amazon Connect
 * "Flow language" action pages (current and archived) and real exports (see FLOW-LANGUAGE.md);
 * where they disagree both forms are accepted. Not part of the public API.
 */
import { ComparisonOperator } from './builder/values';
import { E164, isBoolString, isJsonPath, isNumber, isObject, isOpaque, isTrue } from './flow-values';

/** What kind of value a parameter takes. Every scalar parameter value is a string. */
export type ParamKind = 'string' | 'int' | 'enum' | 'bool' | 'object' | 'array' | 'stringmap';

/** One parameter of an action type. */
export interface ParamRule {
  /** The parameter name (the current docs' spelling). */
  readonly name: string;
  /** Other accepted spellings (older docs, real exports). */
  readonly aliases?: string[];
  readonly kind: ParamKind;
  readonly required?: boolean;
  /** Inclusive range for `int`. */
  readonly min?: number;
  readonly max?: number;
  /** Allowed values for `enum` (compared exactly). */
  readonly values?: string[];
  /** `static`: a literal only; `path`: one whole JSONPath only. Default: either. */
  readonly dynamic?: 'static' | 'path';
}

/** Rules for the `Conditions` of an action type. */
export interface ConditionRule {
  /** Allowed operators. Default: all. */
  readonly operators?: string[];
  /** `Equals` operands that must each have a condition. */
  readonly required?: string[];
  /** When true, only the `required` operands are allowed. */
  readonly only?: boolean;
  /** Pattern every operand must match, with its description. */
  readonly operand?: RegExp;
  readonly operandDescription?: string;
  /** At least one condition is needed. */
  readonly nonEmpty?: boolean;
}

/** Where a finding is reported. */
export interface RuleContext {
  /** Report a finding; `subPath` is relative to the action (e.g. `.Parameters.LoopCount`). */
  report(severity: 'error' | 'warning', subPath: string, message: string): void;
}

/** Rules of one action type. */
export interface ActionRule {
  /** Ends the flow: `Transitions` should be empty. */
  readonly terminal?: boolean;
  /** On success the contact leaves the flow (transfers, loops of prompts): `NextAction` is optional. */
  readonly endsOnSuccess?: boolean;
  readonly params?: ParamRule[];
  /** Groups of parameters of which exactly one must be present. */
  readonly exactlyOne?: string[][];
  /** Groups of parameters of which at most one may be present. */
  readonly atMostOne?: string[][];
  /** `none`: the action takes no conditions. */
  readonly conditions?: 'none' | ConditionRule;
  /** Error types the action can raise (others are reported as warnings). */
  readonly errors?: string[];
  /** Error types that should be routed (a missing branch is a warning). */
  readonly expectedErrors?: string[];
  /** Flow types the action may be used in. Default: all. */
  readonly allowedIn?: string[];
  /** Flow types the action may not be used in. */
  readonly notIn?: string[];
  /** A hint added to the "not allowed in" message. */
  readonly notAllowedHint?: string;
  /** Extra checks. */
  readonly check?: (action: any, ctx: RuleContext) => void;
}

export const INBOUND = ['CONTACT_FLOW', 'CAMPAIGN'];
export const TRANSFER = ['AGENT_TRANSFER', 'QUEUE_TRANSFER'];
export const HOLD = ['CUSTOMER_HOLD', 'AGENT_HOLD'];
export const WHISPER = ['CUSTOMER_WHISPER', 'AGENT_WHISPER', 'OUTBOUND_WHISPER'];

/** Every flow type a ContactFlow can have. */
export const FLOW_TYPES = [...INBOUND, 'CUSTOMER_QUEUE', ...HOLD, ...WHISPER, ...TRANSFER];

export const OPERATORS: string[] = Object.values(ComparisonOperator);

const PROMPT_KEYS = ['PromptId', 'Text', 'SSML', 'Media'];
const AGENT_METRICS = ['NumberOfAgentsAvailable', 'NumberOfAgentsStaffed', 'NumberOfAgentsOnline'];
const CONTACT_METRICS = ['OldestContactInQueueAgeSeconds', 'NumberOfContactsInQueue'];
const EVENT_HOOKS = [
  'AgentHold', 'AgentWhisper', 'CustomerHold', 'CustomerQueue', 'CustomerRemaining', 'CustomerWhisper',
  'DefaultAgentUI', 'DisconnectAgentUI', 'PauseContact', 'ResumeContact',
];
const DTMF_KEY = /^[0-9*#]$/;

function checkMedia(media: any, at: string, ctx: RuleContext): void {
  if (!isObject(media)) {
    ctx.report('error', at, 'Media must be an object { Uri, SourceType: "S3", MediaType: "Audio" }');
    return;
  }
  if (typeof media.Uri !== 'string' || media.Uri === '') ctx.report('error', `${at}.Uri`, 'Media.Uri is required');
  if (media.SourceType !== undefined && media.SourceType !== 'S3' && !isOpaque(media.SourceType)) {
    ctx.report('error', `${at}.SourceType`, `Media.SourceType must be "S3", got ${JSON.stringify(media.SourceType)}`);
  }
  if (media.MediaType !== undefined && media.MediaType !== 'Audio' && !isOpaque(media.MediaType)) {
    ctx.report('error', `${at}.MediaType`, `Media.MediaType must be "Audio", got ${JSON.stringify(media.MediaType)}`);
  }
}

function checkPrompt(holder: any, at: string, ctx: RuleContext, required: 'required' | 'optional' | 'warn'): void {
  const present = PROMPT_KEYS.filter((k) => holder[k] !== undefined);
  if (present.length > 1) {
    ctx.report('error', at, `give exactly one of ${PROMPT_KEYS.join(', ')}; got ${present.join(' and ')}`);
  } else if (present.length === 0 && required !== 'optional') {
    ctx.report(required === 'required' ? 'error' : 'warning', at, `a prompt is expected: one of ${PROMPT_KEYS.join(', ')}`);
  }
  if (holder.Media !== undefined) checkMedia(holder.Media, `${at}.Media`, ctx);
  for (const k of ['PromptId', 'Text', 'SSML']) {
    if (holder[k] !== undefined && (typeof holder[k] !== 'string' || holder[k] === '')) {
      ctx.report('error', `${at}.${k}`, `${k} must be a non-empty string`);
    }
  }
}

function conditionsOf(action: any): any[] {
  const c = action?.Transitions?.Conditions;
  return Array.isArray(c) ? c : [];
}

function checkStoreOrMenuInput(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  checkPrompt(p, '.Parameters', ctx, 'warn');
  const store = isTrue(p.StoreInput);
  const conds = conditionsOf(action);
  const dtmf = p.DTMFConfiguration;
  if (dtmf !== undefined) {
    if (!isObject(dtmf)) {
      ctx.report('error', '.Parameters.DTMFConfiguration', 'DTMFConfiguration must be an object');
    } else {
      const seq = dtmf.InputTerminationSequence;
      if (seq !== undefined && !isOpaque(seq) && (typeof seq !== 'string' || !/^[0-9*#]{1,5}$/.test(seq))) {
        ctx.report('error', '.Parameters.DTMFConfiguration.InputTerminationSequence', `InputTerminationSequence must be 1 to 5 of 0-9 * #, got ${JSON.stringify(seq)}`);
      }
      const cancel = dtmf.DisableCancelKey;
      if (cancel !== undefined && !isOpaque(cancel) && !isBoolString(cancel)) {
        ctx.report('error', '.Parameters.DTMFConfiguration.DisableCancelKey', `DisableCancelKey must be "True" or "False", got ${JSON.stringify(cancel)}`);
      }
    }
  }
  if (store) {
    if (conds.length > 0) {
      ctx.report('error', '.Transitions.Conditions', 'an input stored with StoreInput "True" has no conditions: the value is in $.StoredCustomerInput (use Compare to branch on it)');
    }
    const v = p.InputValidation;
    if (v !== undefined) {
      if (!isObject(v)) {
        ctx.report('error', '.Parameters.InputValidation', 'InputValidation must be an object');
      } else {
        const kinds = ['PhoneNumberValidation', 'CustomValidation'].filter((k) => v[k] !== undefined);
        if (kinds.length !== 1) {
          ctx.report('error', '.Parameters.InputValidation', 'InputValidation takes exactly one of PhoneNumberValidation, CustomValidation');
        }
        const phone = v.PhoneNumberValidation;
        if (isObject(phone)) {
          const fmt = phone.NumberFormat;
          if (!isOpaque(fmt) && fmt !== 'Local' && fmt !== 'E164') {
            ctx.report('error', '.Parameters.InputValidation.PhoneNumberValidation.NumberFormat', `NumberFormat must be "Local" or "E164", got ${JSON.stringify(fmt)}`);
          }
          if (fmt === 'Local' && (typeof phone.CountryCode !== 'string' || (!isOpaque(phone.CountryCode) && !/^[A-Z]{2}$/.test(phone.CountryCode)))) {
            ctx.report('error', '.Parameters.InputValidation.PhoneNumberValidation.CountryCode', `a Local number needs CountryCode, an ISO 3166 two-letter code such as "US", got ${JSON.stringify(phone.CountryCode)}`);
          }
          if (p.InputEncryption !== undefined) {
            ctx.report('error', '.Parameters.InputEncryption', 'InputEncryption is only allowed with CustomValidation');
          }
        }
        const custom = v.CustomValidation;
        if (isObject(custom)) {
          const max = custom.MaximumLength;
          if (!isOpaque(max) && !(typeof max === 'string' && /^[0-9]+$/.test(max) && Number(max) >= 1 && Number(max) <= 20)) {
            ctx.report('error', '.Parameters.InputValidation.CustomValidation.MaximumLength', `MaximumLength must be an integer between 1 and 20 (as a string), got ${JSON.stringify(max)}`);
          }
        }
      }
    }
    const enc = p.InputEncryption;
    if (enc !== undefined && (!isObject(enc) || enc.EncryptionKeyId === undefined || enc.Key === undefined)) {
      ctx.report('error', '.Parameters.InputEncryption', 'InputEncryption needs EncryptionKeyId and Key');
    }
  } else {
    if (p.StoreInput !== undefined && !isOpaque(p.StoreInput) && !isBoolString(p.StoreInput)) {
      ctx.report('error', '.Parameters.StoreInput', `StoreInput must be "True" or "False", got ${JSON.stringify(p.StoreInput)}`);
    }
    if (p.InputValidation !== undefined) {
      ctx.report('error', '.Parameters.InputValidation', 'InputValidation needs StoreInput "True"');
    }
    conds.forEach((c, i) => {
      const cond = c?.Condition;
      if (!isObject(cond)) return;
      if (cond.Operator !== 'Equals') {
        ctx.report('error', `.Transitions.Conditions[${i}].Condition.Operator`, `a menu branches with Equals on one key, got ${JSON.stringify(cond.Operator)}`);
      }
      for (const [j, o] of (Array.isArray(cond.Operands) ? cond.Operands : []).entries()) {
        if (!isOpaque(o) && !(typeof o === 'string' && DTMF_KEY.test(o))) {
          ctx.report('error', `.Transitions.Conditions[${i}].Condition.Operands[${j}]`, `a menu condition is one key 0-9, * or #, got ${JSON.stringify(o)}`);
        }
      }
    });
    if (conds.length === 0) {
      ctx.report('warning', '.Transitions.Conditions', 'a menu (StoreInput absent or "False") without conditions: every key press takes NoMatchingCondition');
    }
  }
}

function checkCheckMetricData(action: any, ctx: RuleContext): void {
  const metric = action.Parameters?.MetricType;
  const agent = AGENT_METRICS.includes(metric);
  const errors = Array.isArray(action.Transitions?.Errors) ? action.Transitions.Errors : [];
  if (agent && errors.some((e: any) => e?.ErrorType === 'NoMatchingCondition')) {
    // The CheckMetricData reference: NoMatchingCondition only with the contact metrics.
    if (action.Transitions?.NextAction === undefined) {
      ctx.report('error', '.Transitions.NextAction', `${metric} does not raise NoMatchingCondition: when no agent matches, the NextAction is taken, and there is none`);
    } else {
      ctx.report('warning', '.Transitions.Errors', `${metric} does not raise NoMatchingCondition: the branch is never taken (no agent takes the NextAction)`);
    }
  }
  conditionsOf(action).forEach((c, i) => {
    const cond = c?.Condition;
    if (!isObject(cond)) return;
    const operand = Array.isArray(cond.Operands) ? cond.Operands[0] : undefined;
    if (isOpaque(operand)) return;
    if (agent) {
      if (cond.Operator !== 'NumberGreaterThan' || operand !== '0') {
        ctx.report('error', `.Transitions.Conditions[${i}].Condition`, `${metric} only supports the condition NumberGreaterThan "0"`);
      }
    } else if ((cond.Operator !== 'Equals' && !String(cond.Operator).startsWith('Number')) || !isNumber(operand)) {
      // The CheckMetricData reference: contact metrics take Equals and every Number* operator.
      ctx.report('error', `.Transitions.Conditions[${i}].Condition`, `${metric} conditions compare numbers (Equals or Number* operators with a numeric operand)`);
    }
  });
}

function checkDistribution(action: any, ctx: RuleContext): void {
  let last = 0;
  conditionsOf(action).forEach((c, i) => {
    const cond = c?.Condition;
    if (!isObject(cond)) return;
    const operand = Array.isArray(cond.Operands) ? cond.Operands[0] : undefined;
    if (isOpaque(operand)) return;
    // The DistributeByPercentage reference: no comparison with a value larger than 100.
    if (cond.Operator !== 'NumberLessThan' || !/^[0-9]+$/.test(String(operand)) || Number(operand) < 1 || Number(operand) > 100) {
      ctx.report('error', `.Transitions.Conditions[${i}].Condition`, `DistributeByPercentage conditions are NumberLessThan with a whole number 1-100 (the cumulative percentage on a 1-100 draw), got ${cond.Operator} ${JSON.stringify(operand)}`);
      return;
    }
    if (Number(operand) <= last) {
      ctx.report('error', `.Transitions.Conditions[${i}].Condition.Operands[0]`, `DistributeByPercentage thresholds must increase, got ${operand} after ${last}`);
    }
    last = Number(operand);
  });
}

function checkAttributes(action: any, ctx: RuleContext): void {
  const attrs = action.Parameters?.Attributes;
  if (!isObject(attrs)) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (/[$.]/.test(k) && !isOpaque(k)) ctx.report('error', `.Parameters.Attributes.${k}`, `attribute key "${k}" must not contain "$" or "."`);
    if (k === '') ctx.report('error', '.Parameters.Attributes', 'attribute keys must not be empty');
    if (typeof v !== 'string' && !isOpaque(v)) ctx.report('error', `.Parameters.Attributes.${k}`, `attribute values are strings, got ${JSON.stringify(v)}`);
  }
}

function checkEventHooks(action: any, ctx: RuleContext): void {
  const hooks = action.Parameters?.EventHooks;
  if (!isObject(hooks)) return;
  const keys = Object.keys(hooks);
  if (keys.length !== 1) {
    ctx.report('error', '.Parameters.EventHooks', `EventHooks takes exactly one key per action, got ${keys.length} (${keys.join(', ')})`);
  }
  for (const k of keys) {
    if (!EVENT_HOOKS.includes(k)) ctx.report('error', `.Parameters.EventHooks.${k}`, `unknown event hook "${k}"; allowed: ${EVENT_HOOKS.join(', ')}`);
    if (typeof hooks[k] !== 'string' && !isOpaque(hooks[k])) ctx.report('error', `.Parameters.EventHooks.${k}`, 'the event hook value is a flow ID or ARN (string)');
  }
}

function checkIterativeMessages(action: any, ctx: RuleContext): void {
  const msgs = action.Parameters?.Messages;
  if (!Array.isArray(msgs)) return;
  if (msgs.length === 0) ctx.report('error', '.Parameters.Messages', 'Messages must not be empty');
  msgs.forEach((m, i) => {
    if (!isObject(m)) ctx.report('error', `.Parameters.Messages[${i}]`, 'each message is an object with one of Text, PromptId, SSML, Media');
    else checkPrompt(m, `.Parameters.Messages[${i}]`, ctx, 'required');
  });
}

function checkLambda(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  const t = p.InvocationTimeLimitSeconds;
  if (t === undefined || isOpaque(t) || typeof t !== 'string' || !/^[0-9]+$/.test(t)) return;
  const max = p.InvocationType === 'ASYNCHRONOUS' ? 60 : 8;
  // Values outside 1-60 are reported by the parameter's own range.
  if (Number(t) > max && Number(t) <= 60) {
    ctx.report('error', '.Parameters.InvocationTimeLimitSeconds', `InvocationTimeLimitSeconds must be between 1 and ${max} for a ${p.InvocationType ?? 'SYNCHRONOUS'} invocation, got "${t}"`);
  }
}

function checkCallback(action: any, ctx: RuleContext): void {
  if (action.Parameters?.MaximumConnectionAttempts === '0') {
    ctx.report('warning', '.Parameters.MaximumConnectionAttempts', 'MaximumConnectionAttempts "0": the docs require more than 0 (a published callback flow uses "0"; Connect accepts it)');
  }
}

function checkRecording(action: any, ctx: RuleContext): void {
  const rb = action.Parameters?.RecordingBehavior;
  if (rb === undefined) return;
  if (!isObject(rb)) {
    ctx.report('error', '.Parameters.RecordingBehavior', 'RecordingBehavior must be an object');
    return;
  }
  const who = rb.RecordedParticipants;
  if (who !== undefined && (!Array.isArray(who) || who.some((w: unknown) => w !== 'Agent' && w !== 'Customer' && !isOpaque(w)))) {
    ctx.report('error', '.Parameters.RecordingBehavior.RecordedParticipants', `RecordedParticipants is a list of "Agent" and "Customer", got ${JSON.stringify(who)}`);
  }
  const ivr = rb.IVRRecordingBehavior;
  if (ivr !== undefined && ivr !== 'Enabled' && ivr !== 'Disabled' && !isOpaque(ivr)) {
    ctx.report('error', '.Parameters.RecordingBehavior.IVRRecordingBehavior', `IVRRecordingBehavior must be "Enabled" or "Disabled", got ${JSON.stringify(ivr)}`);
  }
}

function checkThirdParty(action: any, ctx: RuleContext): void {
  const resume = action.Parameters?.ContinueFlowExecution;
  const next = isObject(action.Transitions) ? action.Transitions.NextAction : undefined;
  if (isTrue(resume) && next === undefined) {
    ctx.report('error', '.Transitions.NextAction', 'dead end: with ContinueFlowExecution "True" the flow resumes after the third party hangs up, but there is no NextAction');
  }
  const n = action.Parameters?.ThirdPartyPhoneNumber;
  if (typeof n === 'string' && !isOpaque(n) && !isJsonPath(n) && !E164.test(n)) {
    ctx.report('error', '.Parameters.ThirdPartyPhoneNumber', `ThirdPartyPhoneNumber must be an E.164 number (+ and 7 to 15 digits) or a JSONPath, got ${JSON.stringify(n)}`);
  }
}

function checkComparisonValue(action: any, ctx: RuleContext): void {
  const v = action.Parameters?.ComparisonValue;
  if (typeof v === 'string' && !isJsonPath(v) && !isOpaque(v)) {
    ctx.report('warning', '.Parameters.ComparisonValue', `ComparisonValue is normally one JSONPath (e.g. "$.Attributes.x"), got the constant ${JSON.stringify(v)}`);
  }
}

const NO_PROMPT_FLOWS = HOLD;
const INPUT_FLOWS = [...INBOUND, ...TRANSFER, 'CUSTOMER_QUEUE'];
const ROUTING_FLOWS = [...INBOUND, ...TRANSFER];
const NOT_HOLD_OR_WHISPER = [...HOLD, ...WHISPER];

/** The rules, by action type. */
export const ACTION_RULES: { readonly [type: string]: ActionRule } = {
  MessageParticipant: {
    conditions: 'none',
    errors: ['NoMatchingError'],
    notIn: NO_PROMPT_FLOWS,
    notAllowedHint: 'hold flows play prompts with MessageParticipantIteratively',
    check: (a, ctx) => checkPrompt(a.Parameters ?? {}, '.Parameters', ctx, 'required'),
  },
  MessageParticipantIteratively: {
    // The messages repeat until the contact leaves the flow; the action completes only with
    // MessagesInterrupted (or an error), so a NextAction is not needed.
    endsOnSuccess: true,
    params: [
      { name: 'Messages', kind: 'array', required: true, dynamic: 'static' },
      { name: 'InterruptFrequencySeconds', kind: 'int', min: 1, max: 3600 },
    ],
    conditions: { operators: ['Equals'], required: [], only: false, operand: /^MessagesInterrupted$/, operandDescription: '"MessagesInterrupted"' },
    errors: ['NoMatchingError'],
    expectedErrors: ['NoMatchingError'],
    allowedIn: ['CUSTOMER_QUEUE', ...HOLD],
    check: checkIterativeMessages,
  },
  GetParticipantInput: {
    params: [
      { name: 'InputTimeLimitSeconds', aliases: ['InputTimeoutSeconds'], kind: 'int', min: 1, max: 180 },
      { name: 'StoreInput', kind: 'bool', dynamic: 'static' },
      { name: 'InputValidation', kind: 'object', dynamic: 'static' },
      { name: 'DTMFConfiguration', kind: 'object', dynamic: 'static' },
    ],
    errors: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError', 'InvalidPhoneNumber'],
    allowedIn: INPUT_FLOWS,
    check: (a, ctx) => {
      checkStoreOrMenuInput(a, ctx);
      const store = isTrue(a.Parameters?.StoreInput);
      const have = new Set((Array.isArray(a.Transitions?.Errors) ? a.Transitions.Errors : []).map((e: any) => e?.ErrorType));
      const expected = store ? ['NoMatchingError'] : ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'];
      if (store && a.Parameters?.InputValidation?.PhoneNumberValidation) expected.push('InvalidPhoneNumber');
      const missing = expected.filter((e) => !have.has(e));
      if (missing.length > 0) ctx.report('warning', '.Transitions.Errors', `unhandled error branch: ${missing.join(', ')} (the contact would stop here with an error)`);
    },
  },
  ConnectParticipantWithLexBot: {
    params: [
      { name: 'LexV2Bot', kind: 'object', dynamic: 'static' },
      { name: 'LexBot', kind: 'object', dynamic: 'static' },
      { name: 'LexSessionAttributes', kind: 'stringmap', dynamic: 'static' },
    ],
    exactlyOne: [['LexV2Bot', 'LexBot']],
    conditions: { operators: ['Equals'], nonEmpty: true },
    errors: ['NoMatchingCondition', 'NoMatchingError', 'InputTimeLimitExceeded'],
    expectedErrors: ['NoMatchingCondition', 'NoMatchingError'],
    allowedIn: INPUT_FLOWS,
    check: (a, ctx) => {
      const p = a.Parameters ?? {};
      checkPrompt(p, '.Parameters', ctx, 'optional');
      if (isObject(p.LexV2Bot) && p.LexV2Bot.AliasArn === undefined) ctx.report('error', '.Parameters.LexV2Bot.AliasArn', 'LexV2Bot needs AliasArn');
      if (isObject(p.LexBot) && (p.LexBot.Name === undefined || p.LexBot.Alias === undefined)) ctx.report('error', '.Parameters.LexBot', 'LexBot needs Name and Alias (and Region)');
    },
  },
  InvokeLambdaFunction: {
    params: [
      { name: 'LambdaFunctionARN', kind: 'string', required: true },
      { name: 'InvocationTimeLimitSeconds', kind: 'int', min: 1, max: 60, dynamic: 'static' },
      { name: 'InvocationType', kind: 'enum', values: ['SYNCHRONOUS', 'ASYNCHRONOUS'], dynamic: 'static' },
      { name: 'LambdaInvocationAttributes', kind: 'stringmap', dynamic: 'static' },
      { name: 'ResponseValidation', kind: 'object', dynamic: 'static' },
    ],
    conditions: 'none',
    errors: ['NoMatchingError'],
    expectedErrors: ['NoMatchingError'],
    notIn: ['OUTBOUND_WHISPER'],
    notAllowedHint: 'Lambda functions cannot be invoked in outbound whisper flows',
    check: (a, ctx) => {
      checkLambda(a, ctx);
      const rt = a.Parameters?.ResponseValidation?.ResponseType;
      if (rt !== undefined && rt !== 'STRING_MAP' && rt !== 'JSON' && !isOpaque(rt)) {
        ctx.report('error', '.Parameters.ResponseValidation.ResponseType', `ResponseType must be "STRING_MAP" or "JSON", got ${JSON.stringify(rt)}`);
      }
    },
  },
  UpdateContactAttributes: {
    params: [
      { name: 'Attributes', kind: 'stringmap', required: true, dynamic: 'static' },
      { name: 'TargetContact', kind: 'enum', values: ['Current', 'Related'], dynamic: 'static' },
    ],
    conditions: 'none',
    errors: ['NoMatchingError'],
    check: checkAttributes,
  },
  UpdateFlowAttributes: {
    params: [{ name: 'FlowAttributes', kind: 'object', required: true, dynamic: 'static' }],
    conditions: 'none',
    errors: ['NoMatchingError'],
  },
  Compare: {
    params: [{ name: 'ComparisonValue', kind: 'string', required: true }],
    conditions: { nonEmpty: true },
    errors: ['NoMatchingCondition'],
    check: checkComparisonValue,
  },
  CheckHoursOfOperation: {
    params: [{ name: 'HoursOfOperationId', kind: 'string' }],
    conditions: { operators: ['Equals'], required: ['True', 'False'], only: true },
    errors: ['NoMatchingError'],
    expectedErrors: ['NoMatchingError'],
    notIn: NOT_HOLD_OR_WHISPER,
  },
  CheckMetricData: {
    params: [
      { name: 'MetricType', kind: 'enum', required: true, values: [...AGENT_METRICS, ...CONTACT_METRICS], dynamic: 'static' },
      { name: 'QueueId', kind: 'string' },
      { name: 'AgentId', kind: 'string' },
    ],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: { nonEmpty: true },
    errors: ['NoMatchingError', 'NoMatchingCondition'],
    expectedErrors: ['NoMatchingError'],
    notIn: NOT_HOLD_OR_WHISPER,
    check: checkCheckMetricData,
  },
  GetMetricData: {
    params: [
      { name: 'QueueId', kind: 'string' },
      { name: 'AgentId', kind: 'string' },
      { name: 'QueueChannel', kind: 'enum', values: ['Voice', 'Chat'] },
    ],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: ['NoMatchingError'],
  },
  UpdateContactTargetQueue: {
    params: [{ name: 'QueueId', kind: 'string' }, { name: 'AgentId', kind: 'string' }],
    exactlyOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: ['NoMatchingError'],
    expectedErrors: ['NoMatchingError'],
    allowedIn: ROUTING_FLOWS,
  },
  TransferContactToQueue: {
    endsOnSuccess: true,
    conditions: 'none',
    errors: ['QueueAtCapacity', 'NoMatchingError'],
    expectedErrors: ['QueueAtCapacity', 'NoMatchingError'],
    allowedIn: ROUTING_FLOWS,
    notAllowedHint: 'in customer queue flows use DequeueContactAndTransferToQueue',
  },
  DequeueContactAndTransferToQueue: {
    endsOnSuccess: true,
    params: [{ name: 'QueueId', kind: 'string' }, { name: 'AgentId', kind: 'string' }],
    exactlyOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: ['NoMatchingError', 'QueueAtCapacity'],
    allowedIn: ['CUSTOMER_QUEUE'],
  },
  UpdateContactCallbackNumber: {
    params: [{ name: 'CallbackNumber', kind: 'string', required: true, dynamic: 'path' }],
    conditions: 'none',
    errors: ['InvalidCallbackNumber', 'CallbackNumberNotDialable', 'NoMatchingError'],
    expectedErrors: ['InvalidCallbackNumber'],
    notIn: NOT_HOLD_OR_WHISPER,
  },
  CreateCallbackContact: {
    params: [
      { name: 'QueueId', kind: 'string' },
      { name: 'AgentId', kind: 'string' },
      // The CreateCallbackContact reference: the three are "defined statically".
      { name: 'InitialCallDelaySeconds', kind: 'int', min: 1, max: 259200, required: true, dynamic: 'static' },
      { name: 'MaximumConnectionAttempts', kind: 'int', min: 0, max: 100, required: true, dynamic: 'static' },
      { name: 'RetryDelaySeconds', kind: 'int', min: 1, max: 259200, required: true, dynamic: 'static' },
      { name: 'ContactFlowId', kind: 'string' },
    ],
    atMostOne: [['QueueId', 'AgentId']],
    conditions: 'none',
    errors: ['NoMatchingError'],
    expectedErrors: ['NoMatchingError'],
    allowedIn: INPUT_FLOWS,
    check: checkCallback,
  },
  TransferToFlow: {
    endsOnSuccess: true,
    params: [{ name: 'ContactFlowId', kind: 'string', required: true }],
    conditions: 'none',
    errors: ['NoMatchingError'],
    expectedErrors: ['NoMatchingError'],
    allowedIn: ROUTING_FLOWS,
  },
  InvokeFlowModule: {
    params: [{ name: 'FlowModuleId', kind: 'string', required: true }],
    errors: ['NoMatchingError'],
  },
  TransferParticipantToThirdParty: {
    endsOnSuccess: true,
    params: [
      { name: 'ThirdPartyPhoneNumber', kind: 'string', required: true },
      { name: 'ThirdPartyConnectionTimeoutSeconds', aliases: ['ThirdPartyConnectionTimeLimitSeconds'], kind: 'int', min: 0, max: 600 },
      { name: 'ContinueFlowExecution', kind: 'bool' },
      { name: 'ThirdPartyDTMFDigits', kind: 'string' },
      { name: 'CallerId', kind: 'object', dynamic: 'static' },
    ],
    conditions: 'none',
    errors: ['CallFailed', 'ConnectionTimeLimitExceeded', 'NoMatchingError'],
    expectedErrors: ['CallFailed', 'NoMatchingError'],
    allowedIn: ROUTING_FLOWS,
    check: checkThirdParty,
  },
  DisconnectParticipant: { terminal: true, conditions: 'none', errors: [] },
  EndFlowExecution: {
    terminal: true,
    conditions: 'none',
    errors: [],
    allowedIn: ['CUSTOMER_QUEUE', ...HOLD, ...WHISPER],
    notAllowedHint: 'end an inbound or transfer flow with DisconnectParticipant or a transfer',
  },
  EndFlowModuleExecution: { terminal: true, conditions: 'none', errors: [] },
  UpdateContactRecordingBehavior: {
    params: [
      { name: 'RecordingBehavior', kind: 'object', dynamic: 'static' },
      { name: 'AnalyticsBehavior', kind: 'object', dynamic: 'static' },
    ],
    conditions: 'none',
    errors: ['NoMatchingError'],
    notIn: ['CUSTOMER_WHISPER', 'AGENT_WHISPER', ...HOLD],
    check: (a, ctx) => {
      const p = a.Parameters ?? {};
      if (p.RecordingBehavior === undefined && p.AnalyticsBehavior === undefined) {
        ctx.report('error', '.Parameters', 'give RecordingBehavior and/or AnalyticsBehavior');
      }
      checkRecording(a, ctx);
    },
  },
  UpdateFlowLoggingBehavior: {
    params: [{ name: 'FlowLoggingBehavior', kind: 'enum', values: ['Enabled', 'Disabled'], required: true }],
    conditions: 'none',
    errors: ['NoMatchingError'],
  },
  UpdateContactTextToSpeechVoice: {
    params: [
      { name: 'TextToSpeechVoice', kind: 'string', required: true },
      { name: 'TextToSpeechEngine', kind: 'enum', values: ['Standard', 'Neural', 'Generative', 'LongForm'] },
      { name: 'TextToSpeechStyle', kind: 'enum', values: ['None', 'Conversational', 'Newscaster'] },
    ],
    conditions: 'none',
    errors: ['NoMatchingError'],
  },
  UpdateContactEventHooks: {
    params: [
      { name: 'EventHooks', kind: 'object', required: true, dynamic: 'static' },
      { name: 'EventHooksConfiguration', kind: 'object', dynamic: 'static' },
    ],
    conditions: 'none',
    errors: ['NoMatchingError'],
    check: checkEventHooks,
  },
  UpdateContactRoutingBehavior: {
    params: [
      // UpdateContactRoutingData: priority from 1 (highest); the time adjustment may be negative.
      // The UpdateContactRoutingBehavior reference: both "must be statically defined".
      { name: 'QueuePriority', kind: 'int', min: 1, max: Number.MAX_SAFE_INTEGER, dynamic: 'static' },
      { name: 'QueueTimeAdjustmentSeconds', kind: 'int', dynamic: 'static' },
    ],
    exactlyOne: [['QueuePriority', 'QueueTimeAdjustmentSeconds']],
    conditions: 'none',
    errors: ['NoMatchingError'],
    allowedIn: ROUTING_FLOWS,
  },
  UpdateContactData: {
    conditions: 'none',
    errors: ['NoMatchingError'],
    check: (a, ctx) => {
      if (!isObject(a.Parameters) || Object.keys(a.Parameters).length === 0) ctx.report('error', '.Parameters', 'UpdateContactData needs at least one parameter (e.g. LanguageCode)');
    },
  },
  Loop: {
    params: [{ name: 'LoopCount', kind: 'int', min: 0, max: 100, required: true }],
    conditions: { operators: ['Equals'], required: ['ContinueLooping', 'DoneLooping'], only: true },
    errors: [],
  },
  Wait: {
    params: [
      { name: 'TimeoutSeconds', aliases: ['TimeLimitSeconds'], kind: 'int', min: 1, max: 604800 },
      { name: 'Events', kind: 'array', dynamic: 'static' },
    ],
    conditions: { operators: ['Equals'] },
    errors: ['NoMatchingError', 'ParticipantNotFound'],
  },
  DistributeByPercentage: {
    conditions: { operators: ['NumberLessThan'], nonEmpty: true },
    errors: ['NoMatchingCondition'],
    check: checkDistribution,
  },
  CreateWisdomSession: { conditions: 'none', errors: ['NoMatchingError'] },
  GetCustomerProfile: { errors: ['NoMatchingError', 'MultipleFoundError', 'NoneFoundError'] },
  UpdateCustomerProfile: { errors: ['NoMatchingError'] },
  CreateCustomerProfile: { errors: ['NoMatchingError'] },
  AssociateContactToCustomerProfile: { errors: ['NoMatchingError'] },
};
