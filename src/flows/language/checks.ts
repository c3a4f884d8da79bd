/**
 * Checks of action types that a parameter table cannot express.
 */
import { RuleContext } from './action-spec';
import { ContactFlowType } from './flow-types';
import { E164, isBoolString, isJsonPath, isNumber, isObject, isOpaque, isTrue, isValuePath } from './values';

export const PROMPT_KEYS = ['PromptId', 'Text', 'SSML', 'Media'];
export const AGENT_METRICS = ['NumberOfAgentsAvailable', 'NumberOfAgentsStaffed', 'NumberOfAgentsOnline'];
export const CONTACT_METRICS = ['OldestContactInQueueAgeSeconds', 'NumberOfContactsInQueue'];
export const EVENT_HOOKS = [
  'AgentHold', 'AgentWhisper', 'CustomerHold', 'CustomerQueue', 'CustomerRemaining', 'CustomerWhisper',
  'DefaultAgentUI', 'DisconnectAgentUI', 'PauseContact', 'ResumeContact',
];
/** GetParticipantInput timeouts above this are accepted only in queue flows (as a timer). */
export const MAX_INPUT_SECONDS = 180;
const DTMF_KEY = /^[0-9*#]$/;

function conditionsOf(action: any): any[] {
  const c = action?.Transitions?.Conditions;
  return Array.isArray(c) ? c : [];
}

function checkMedia(media: any, at: string, ctx: RuleContext): void {
  if (!isObject(media)) {
    ctx.report('error', at, 'Media must be an object { Uri, SourceType: "S3", MediaType: "Audio" }');
    return;
  }
  if (media.Uri === undefined) ctx.report('error', `${at}.Uri`, 'Media.Uri is required');
  if (media.SourceType !== undefined && media.SourceType !== 'S3' && !isOpaque(media.SourceType)) {
    ctx.report('error', `${at}.SourceType`, `Media.SourceType must be "S3", got ${JSON.stringify(media.SourceType)}`);
  }
  if (media.MediaType !== undefined && media.MediaType !== 'Audio' && !isOpaque(media.MediaType)) {
    ctx.report('error', `${at}.MediaType`, `Media.MediaType must be "Audio", got ${JSON.stringify(media.MediaType)}`);
  }
}

/** One prompt: exactly one of PromptId, Text, SSML, Media. */
export function checkPrompt(holder: any, at: string, ctx: RuleContext, required: 'required' | 'optional' | 'warn'): void {
  const present = PROMPT_KEYS.filter((k) => holder[k] !== undefined);
  if (present.length > 1) {
    ctx.report('error', at, `give exactly one of ${PROMPT_KEYS.join(', ')}; got ${present.join(' and ')}`);
  } else if (present.length === 0 && required !== 'optional') {
    ctx.report(required === 'required' ? 'error' : 'warning', at, `a prompt is expected: one of ${PROMPT_KEYS.join(', ')}`, 'missing-prompt');
  }
  // Non-string and empty values are reported for every parameter by the validator.
  if (holder.Media !== undefined) checkMedia(holder.Media, `${at}.Media`, ctx);
}

export function checkParticipantInput(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  checkPrompt(p, '.Parameters', ctx, 'warn');
  const store = isTrue(p.StoreInput);
  const conds = conditionsOf(action);
  const timeout = p.InputTimeLimitSeconds ?? p.InputTimeoutSeconds;
  if (typeof timeout === 'string' && /^[0-9]+$/.test(timeout) && Number(timeout) > MAX_INPUT_SECONDS) {
    const at = `.Parameters.${p.InputTimeLimitSeconds !== undefined ? 'InputTimeLimitSeconds' : 'InputTimeoutSeconds'}`;
    const message = `${timeout} seconds: input timeouts are 1 to ${MAX_INPUT_SECONDS} seconds, longer only in customer queue flows (as a timer)`;
    if (ctx.flowType === undefined) ctx.report('warning', at, message, 'long-input-timeout');
    else if (ctx.flowType !== ContactFlowType.CUSTOMER_QUEUE) ctx.report('error', at, `InputTimeLimitSeconds must be between 1 and ${MAX_INPUT_SECONDS} in a ${ctx.flowType} flow, got "${timeout}" (longer timeouts are accepted only in customer queue flows)`);
  }
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
      ctx.report('warning', '.Transitions.Conditions', 'a menu (StoreInput absent or "False") without conditions: every key press takes NoMatchingCondition', 'menu-without-conditions');
    }
  }
}

export function checkLexBot(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  checkPrompt(p, '.Parameters', ctx, 'optional');
  if (isObject(p.LexV2Bot) && p.LexV2Bot.AliasArn === undefined) ctx.report('error', '.Parameters.LexV2Bot.AliasArn', 'LexV2Bot needs AliasArn');
  if (isObject(p.LexBot) && (p.LexBot.Name === undefined || p.LexBot.Alias === undefined)) ctx.report('error', '.Parameters.LexBot', 'LexBot needs Name and Alias (and Region)');
}

export function checkCheckMetricData(action: any, ctx: RuleContext): void {
  const metric = action.Parameters?.MetricType;
  const agent = AGENT_METRICS.includes(metric);
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

export function checkDistribution(action: any, ctx: RuleContext): void {
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

export function checkAttributes(action: any, ctx: RuleContext): void {
  const attrs = action.Parameters?.Attributes;
  if (!isObject(attrs)) return;
  for (const k of Object.keys(attrs)) {
    // A key that is one whole JSONPath is resolved at run time (real exports use it).
    if (/[$.]/.test(k) && !isOpaque(k) && !isJsonPath(k)) {
      ctx.report('error', `.Parameters.Attributes.${k}`, `attribute key "${k}" must not contain "$" or "." (unless the whole key is one JSONPath such as "$.External.key")`);
    }
    if (k === '') ctx.report('error', '.Parameters.Attributes', 'attribute keys must not be empty');
  }
}

export function checkFlowAttributes(action: any, ctx: RuleContext): void {
  const attrs = action.Parameters?.FlowAttributes;
  if (!isObject(attrs)) return;
  for (const [k, v] of Object.entries(attrs)) {
    const at = `.Parameters.FlowAttributes.${k}`;
    if (isOpaque(v)) continue;
    if (!isObject(v) || v.Value === undefined) {
      ctx.report('error', at, `each flow attribute is { "Type": "String", "Value": "<value>" }, got ${JSON.stringify(v)}`);
      continue;
    }
    // Deployed exports leave Type out; the builder writes it.
    if (v.Type !== undefined && v.Type !== 'String' && !isOpaque(v.Type)) ctx.report('error', `${at}.Type`, `flow attribute Type must be "String", got ${JSON.stringify(v.Type)}`);
  }
}

export function checkEventHooks(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  const hooks = p.EventHooks;
  if (p.EventHooksConfiguration !== undefined) {
    // export: three corpus flows (two deployed with CreateContactFlow) carry it; live FAC r31 records one
    // refusal. The corpus wins for acceptance: a warning, not an error.
    ctx.report('warning', '.Parameters.EventHooksConfiguration', 'EventHooksConfiguration is not on the action page: console exports carry it, but flow-as-code '
      + 'recorded CreateContactFlow refusing it ("Action does not support conditions"); leave it out of flows you write', 'undocumented-parameter');
  }
  if (!isObject(hooks)) return;
  const keys = Object.keys(hooks);
  if (keys.length !== 1) {
    // docs: "Only one entry may be present in this map"; live FAC r31: 0 and 2 entries are accepted at create time.
    ctx.report('warning', '.Parameters.EventHooks', `EventHooks should hold exactly one key per action (the action page allows one; the service accepts ${keys.length} at create time), got ${keys.length}${keys.length ? ` (${keys.join(', ')})` : ''}`, 'event-hooks-count');
  }
  for (const k of keys) {
    if (!EVENT_HOOKS.includes(k)) ctx.report('error', `.Parameters.EventHooks.${k}`, `unknown event hook "${k}"; allowed: ${EVENT_HOOKS.join(', ')}`);
  }
}

export function checkWait(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  if (!isTrue(p.ContinueExecution)) return;
  // live WFC: the ContinueExecution mode needs MinimumWaitTimeSeconds and exactly a Continue and a WaitCompleted branch.
  if (p.MinimumWaitTimeSeconds === undefined) {
    ctx.report('error', '.Parameters', 'a Wait with ContinueExecution "True" needs MinimumWaitTimeSeconds');
  }
  const operands = conditionsOf(action)
    .map((c) => (isObject(c?.Condition) && Array.isArray(c.Condition.Operands) ? c.Condition.Operands[0] : undefined));
  for (const want of ['Continue', 'WaitCompleted']) {
    if (!operands.includes(want)) ctx.report('error', '.Transitions.Conditions', `a Wait with ContinueExecution "True" needs exactly the conditions Equals "Continue" and Equals "WaitCompleted"; "${want}" is missing`);
  }
  operands.forEach((o, i) => {
    if (o !== 'Continue' && o !== 'WaitCompleted' && !isOpaque(o)) {
      ctx.report('error', `.Transitions.Conditions[${i}].Condition.Operands[0]`, `a Wait with ContinueExecution "True" takes only the conditions "Continue" and "WaitCompleted", got ${JSON.stringify(o)}`);
    }
  });
}

export function checkIterativeMessages(action: any, ctx: RuleContext): void {
  const msgs = action.Parameters?.Messages;
  if (!Array.isArray(msgs)) return;
  if (msgs.length === 0) ctx.report('error', '.Parameters.Messages', 'Messages must not be empty');
  msgs.forEach((m, i) => {
    if (!isObject(m)) ctx.report('error', `.Parameters.Messages[${i}]`, 'each message is an object with one of Text, PromptId, SSML, Media');
    else checkPrompt(m, `.Parameters.Messages[${i}]`, ctx, 'required');
  });
}

export function checkLambda(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  const rt = p.ResponseValidation?.ResponseType;
  if (rt !== undefined && rt !== 'STRING_MAP' && rt !== 'JSON' && !isOpaque(rt)) {
    ctx.report('error', '.Parameters.ResponseValidation.ResponseType', `ResponseType must be "STRING_MAP" or "JSON", got ${JSON.stringify(rt)}`);
  }
  // A JSON number is accepted by the service (a warning elsewhere); its range is checked all the same.
  const t = typeof p.InvocationTimeLimitSeconds === 'number' ? String(p.InvocationTimeLimitSeconds) : p.InvocationTimeLimitSeconds;
  if (t === undefined || isOpaque(t) || typeof t !== 'string' || !/^[0-9]+$/.test(t)) return;
  const max = p.InvocationType === 'ASYNCHRONOUS' ? 60 : 8;
  // Values outside 1-60 are reported by the parameter's own range.
  if (Number(t) > max && Number(t) <= 60) {
    ctx.report('error', '.Parameters.InvocationTimeLimitSeconds', `InvocationTimeLimitSeconds must be between 1 and ${max} for a ${p.InvocationType ?? 'SYNCHRONOUS'} invocation, got "${t}"`);
  }
}

export function checkCallback(action: any, ctx: RuleContext): void {
  if (action.Parameters?.MaximumConnectionAttempts === '0') {
    ctx.report('warning', '.Parameters.MaximumConnectionAttempts', 'MaximumConnectionAttempts "0": the docs require more than 0 (a published callback flow uses "0"; Connect accepts it)', 'zero-callback-attempts');
  }
}

export function checkRecording(action: any, ctx: RuleContext): void {
  const p = action.Parameters ?? {};
  if (p.RecordingBehavior === undefined && p.AnalyticsBehavior === undefined) {
    ctx.report('error', '.Parameters', 'give RecordingBehavior and/or AnalyticsBehavior');
  }
  const rb = p.RecordingBehavior;
  if (rb === undefined || !isObject(rb)) return;
  const who = rb.RecordedParticipants;
  if (who !== undefined && (!Array.isArray(who) || who.some((w: unknown) => w !== 'Agent' && w !== 'Customer' && !isOpaque(w)))) {
    ctx.report('error', '.Parameters.RecordingBehavior.RecordedParticipants', `RecordedParticipants is a list of "Agent" and "Customer", got ${JSON.stringify(who)}`);
  }
  const ivr = rb.IVRRecordingBehavior;
  if (ivr !== undefined && ivr !== 'Enabled' && ivr !== 'Disabled' && !isOpaque(ivr)) {
    ctx.report('error', '.Parameters.RecordingBehavior.IVRRecordingBehavior', `IVRRecordingBehavior must be "Enabled" or "Disabled", got ${JSON.stringify(ivr)}`);
  }
}

export function checkThirdParty(action: any, ctx: RuleContext): void {
  const n = action.Parameters?.ThirdPartyPhoneNumber;
  if (typeof n === 'string' && !isOpaque(n) && !isJsonPath(n) && !E164.test(n)) {
    ctx.report('error', '.Parameters.ThirdPartyPhoneNumber', `ThirdPartyPhoneNumber must be an E.164 number (+ and 7 to 15 digits) or a JSONPath, got ${JSON.stringify(n)}`);
  }
}

export function checkComparisonValue(action: any, ctx: RuleContext): void {
  const v = action.Parameters?.ComparisonValue;
  if (typeof v !== 'string' || isOpaque(v) || v === '') return;
  if (isJsonPath(v) && !isValuePath(v)) {
    ctx.report('error', '.Parameters.ComparisonValue', `ComparisonValue ${JSON.stringify(v)} is a namespace, not a value: name a leaf such as "${v}.tier"`);
  } else if (!isJsonPath(v)) {
    ctx.report('error', '.Parameters.ComparisonValue', `ComparisonValue must be one JSONPath reference with a leaf (e.g. "$.External.tier"); the service rejects the literal ${JSON.stringify(v)}`);
  }
}

export function checkMediaStreaming(action: any, ctx: RuleContext): void {
  const parts = action.Parameters?.Participants;
  if (!Array.isArray(parts)) return;
  parts.forEach((part: any, i: number) => {
    const at = `.Parameters.Participants[${i}]`;
    if (!isObject(part)) {
      ctx.report('error', at, 'each participant is { "ParticipantType": "Customer", "MediaDirections": ["From", "To"] }');
      return;
    }
    if (part.ParticipantType !== 'Customer' && !isOpaque(part.ParticipantType)) {
      ctx.report('error', `${at}.ParticipantType`, `ParticipantType must be "Customer", got ${JSON.stringify(part.ParticipantType)}`);
    }
    const dirs = part.MediaDirections;
    if (!Array.isArray(dirs) || dirs.length === 0 || dirs.some((d: unknown) => d !== 'From' && d !== 'To' && !isOpaque(d))) {
      ctx.report('error', `${at}.MediaDirections`, `MediaDirections is a non-empty list of "From" and "To", got ${JSON.stringify(dirs)}`);
    }
  });
}

export function checkUpdateContactData(action: any, ctx: RuleContext): void {
  if (!isObject(action.Parameters) || Object.keys(action.Parameters).length === 0) {
    ctx.report('error', '.Parameters', 'UpdateContactData needs at least one field (e.g. LanguageCode)');
  }
}
