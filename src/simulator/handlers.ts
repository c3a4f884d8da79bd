/**
 * The simulator's registry: one handler per action type of the flow language. A handler runs
 * one action of a simulated call and returns the index of the next action (or STOP).
 */
import type { CAction, Handler, Run } from './engine';
import { NONE, matchesKey, toStr } from './engine-values';
import { hoursOpenAt } from './hours';
import { endModule, invokeModule } from './modules';
import { toE164 } from './phone';
import { HoursState, ScenarioLambdaResult, SimulationEventKind, SimulationOutcome } from './types';
import { ActionSpec, errorRules } from '../flows/language/action-spec';
import { ActionType } from '../flows/language/action-type';
import { AGENT_METRICS } from '../flows/language/checks';
import { TRANSFER_TARGETS } from '../flows/language/flow-types';
import { compare } from '../flows/language/operators';
import { E164, isFalse, isObject, isTrue } from '../flows/language/values';

/** An action type the language does not know: continue with NextAction, with a warning. */
export const unknownAction: Handler = (run, a) => {
  run.warn(`action type "${a.type}" is not simulated: continuing with NextAction`, a);
  return run.next(a);
};

/** Actions that only change settings the simulator does not model: continue. */
const continueWithNext: Handler = (run, a) => run.next(a);

/**
 * Actions that call another service (media streaming, tags, views, cases, tasks, Voice ID,
 * customer profiles…): recorded in the result; the branch comes from the scenario's
 * `actionResults` (by Identifier, then by type), success by default.
 */
function serviceCall(effect?: (run: Run, a: CAction, params: { [k: string]: string }) => void): Handler {
  return (run, a) => {
    const params: { [k: string]: string } = {};
    for (const [k, v] of Object.entries(a.p)) params[k] = toStr(typeof v === 'string' ? run.value(v) : v);
    const scripted = run.scripted('action', run.scenario.actionResults, [a.id, a.type]);
    const result = scripted.found && scripted.value !== undefined ? toStr(scripted.value) : 'success';
    run.transcript.actions.push({ actionType: a.type, actionIdentifier: a.id, parameters: params, result });
    run.event(SimulationEventKind.ACTION, `${a.type}(${JSON.stringify(params)}) → ${result}`, a.id);
    if (result === 'success' || result === '') {
      effect?.(run, a, params);
      return run.next(a);
    }
    const rules = a.spec ? errorRules(a.spec, a.p) : undefined;
    if (rules?.allowed.includes(result) || a.errors[result] !== undefined) return run.error(a, result, 'from the scenario');
    return run.equalsBranch(a, result) ?? run.noMatch(a, `result "${result}" matches no condition`);
  };
}

const messageParticipant: Handler = (run, a) => {
  run.play(a.p, a);
  return run.next(a);
};

const messageIteratively: Handler = (run, a) => {
  const p = a.p;
  for (const m of Array.isArray(p.Messages) ? p.Messages : []) if (isObject(m)) run.play(m, a);
  // The action only completes when interrupted; its NextAction (exports mirror the error
  // branch there) is not a success branch. Without an interruption the messages repeat
  // until an agent takes the contact or the hold ends.
  return run.equalsBranch(a, 'MessagesInterrupted')
    ?? run.stop(SimulationOutcome.ENDED, `the messages loop until the contact leaves the flow (an agent answers or the hold ends) at "${a.id}"`);
};

function menu(run: Run, a: CAction): number {
  run.play(a.p, a);
  const input = run.nextInput(a);
  if (input === undefined) return run.error(a, 'InputTimeLimitExceeded', 'the caller pressed nothing');
  if (input.digits === undefined) {
    run.warn('a Lex result was given to a DTMF menu: treated as no key press', a);
    return run.error(a, 'InputTimeLimitExceeded', 'no key press');
  }
  const keys = input.digits;
  if (keys === '') return run.error(a, 'InputTimeLimitExceeded', 'the caller pressed nothing');
  const key = keys[0];
  for (const c of a.conds) if (c.op === 'Equals' && c.operand === key) return run.follow(a, c.target, `key ${key}`, c);
  const t = a.errors.NoMatchingCondition;
  if (t === undefined) return run.stop(SimulationOutcome.ERROR, `"${a.id}": key ${key} matches no condition and there is no NoMatchingCondition branch`);
  return run.follow(a, t, 'NoMatchingCondition');
}

function storeInput(run: Run, a: CAction): number {
  const p = a.p;
  const state = run.state;
  run.play(p, a);
  const next = run.nextInput(a);
  const validation = isObject(p.InputValidation) ? p.InputValidation : {};
  const timeout = () => {
    if (isObject(validation.PhoneNumberValidation)) return run.error(a, 'NoMatchingError', 'no digits entered (timeout)');
    // "Store customer input": without input the contact takes Success and the stored value is "Timeout".
    state.stored = 'Timeout';
    run.event(SimulationEventKind.INPUT, 'no digits: $.StoredCustomerInput is "Timeout"', a.id);
    return run.next(a);
  };
  if (next === undefined) return timeout();
  const input = next.digits;
  if (input === undefined) {
    run.warn('a Lex result was given to a store-input block: treated as a timeout', a);
    return timeout();
  }
  const term = isObject(p.DTMFConfiguration) && typeof p.DTMFConfiguration.InputTerminationSequence === 'string'
    ? p.DTMFConfiguration.InputTerminationSequence : '#';
  const end = input.indexOf(term);
  let digits = end >= 0 ? input.slice(0, end) : input;
  if (digits === '') return timeout();
  if (isObject(validation.PhoneNumberValidation)) {
    const pv = validation.PhoneNumberValidation;
    const e164 = toE164(digits, toStr(pv.NumberFormat), toStr(pv.CountryCode));
    if (e164 === undefined) {
      const type = a.errors.InvalidPhoneNumber !== undefined ? 'InvalidPhoneNumber' : 'NoMatchingError';
      return run.error(a, type, `"${digits}" is not a valid ${pv.NumberFormat} number${pv.CountryCode ? ` for ${pv.CountryCode}` : ''}`);
    }
    digits = e164;
  } else if (isObject(validation.CustomValidation)) {
    const max = Number(validation.CustomValidation.MaximumLength);
    if (Number.isFinite(max) && max > 0 && digits.length > max) digits = digits.slice(0, max);
  }
  state.stored = digits;
  return run.next(a);
}

const participantInput: Handler = (run, a) => (isTrue(a.p.StoreInput) ? storeInput(run, a) : menu(run, a));

const lexBot: Handler = (run, a) => {
  const p = a.p;
  const state = run.state;
  run.play(p, a);
  const alias = isObject(p.LexV2Bot) ? run.ref(p.LexV2Bot.AliasArn) : (isObject(p.LexBot) ? run.ref(p.LexBot.Name) : undefined);
  if (alias === undefined) {
    return run.error(a, 'NoMatchingError', `the Lex bot ${JSON.stringify(isObject(p.LexV2Bot) ? p.LexV2Bot.AliasArn : p.LexBot?.Name)} is not set`);
  }
  const session: { [k: string]: any } = {};
  for (const [k, v] of Object.entries(isObject(p.LexSessionAttributes) ? p.LexSessionAttributes : {})) session[k] = toStr(run.value(v));
  const input = run.nextInput(a);
  if (input === undefined) {
    state.lex = { Slots: {}, SessionAttributes: session };
    if (a.errors.InputTimeLimitExceeded !== undefined) return run.error(a, 'InputTimeLimitExceeded', 'the caller said nothing');
    return run.noMatch(a, 'the caller said nothing');
  }
  if (input.intent === undefined) {
    state.lex = { Slots: {}, SessionAttributes: session };
    return run.noMatch(a, `${JSON.stringify(input.digits)} is not a Lex result`);
  }
  state.lex = {
    IntentName: input.intent,
    Slots: { ...input.slots },
    SessionAttributes: { ...session, ...input.sessionAttributes },
    IntentConfidence: input.confidence !== undefined ? { Score: String(input.confidence) } : undefined,
    SentimentResponse: input.sentiment !== undefined ? { Label: String(input.sentiment) } : undefined,
  };
  return run.equalsBranch(a, input.intent) ?? run.noMatch(a, `intent "${input.intent}" matches no condition`);
};

const lambda: Handler = (run, a) => {
  const p = a.p;
  const engine = run.engine;
  const arn = run.ref(p.LambdaFunctionARN);
  if (arn === undefined) return run.error(a, 'NoMatchingError', `the function ${JSON.stringify(p.LambdaFunctionARN)} is not set`);
  const name = engine.display(arn);
  const parameters: { [k: string]: string } = {};
  const attributes = isObject(p.LambdaInvocationAttributes) ? p.LambdaInvocationAttributes : {};
  for (const [k, v] of Object.entries(attributes)) parameters[k] = toStr(run.value(v));
  let response: any = {};
  let failure: string | undefined;
  const scripted = run.scripted('lambda', run.scenario.lambdas, [name, arn], (k) => matchesKey(arn, k, name));
  if (scripted.found) {
    const r: ScenarioLambdaResult = scripted.value ?? {};
    if (r.error !== undefined) failure = r.error;
    else response = r.response ?? {};
  } else {
    const stub = engine.stubFor(arn);
    if (stub) {
      try {
        response = stub.invoke({ functionArn: arn, functionName: name, parameters, attributes: { ...run.state.attributes }, actionIdentifier: a.id });
      } catch (e) {
        failure = e instanceof Error ? e.message : String(e);
      }
      if (failure === undefined && isObject(response) && response.$error !== undefined) failure = toStr(response.$error);
    } else {
      // Neither the scenario nor a stub answers: say so, an empty answer changes the outcome silently.
      run.warn(`${name}: no scripted answer; returned {}`, a);
    }
  }
  if (failure === undefined && response !== undefined && !isObject(response)) failure = `the response must be an object, got ${JSON.stringify(response)}`;
  const stringMap = !isObject(p.ResponseValidation) || p.ResponseValidation.ResponseType !== 'JSON';
  if (failure === undefined && stringMap && isObject(response)) {
    const nested = Object.keys(response).find((k) => isObject(response[k]) || Array.isArray(response[k]));
    if (nested !== undefined) failure = `STRING_MAP response has a nested value at "${nested}"`;
  }
  if (failure !== undefined) {
    run.transcript.lambdaCalls.push({ functionName: name, functionArn: arn, parameters, actionIdentifier: a.id, failure });
    run.event(SimulationEventKind.LAMBDA, `${name}(${JSON.stringify(parameters)}) failed: ${failure}`, a.id);
    return run.error(a, 'NoMatchingError', `Lambda ${name} failed: ${failure}`);
  }
  const result: { [k: string]: any } = {};
  for (const [k, v] of Object.entries(response ?? {})) result[k] = stringMap ? toStr(v) : v;
  if (p.InvocationType !== 'ASYNCHRONOUS') run.state.external = result;
  run.transcript.lambdaCalls.push({ functionName: name, functionArn: arn, parameters, actionIdentifier: a.id, response: result });
  run.event(SimulationEventKind.LAMBDA, `${name}(${JSON.stringify(parameters)}) → ${JSON.stringify(result)}`, a.id);
  return run.next(a);
};

const updateAttributes: Handler = (run, a) => {
  const p = a.p;
  if (p.TargetContact === 'Related') run.warn('attributes of the related contact are not modelled', a);
  for (const [k, v] of Object.entries(isObject(p.Attributes) ? p.Attributes : {})) {
    // A key that is one JSONPath is resolved at run time.
    const key = k.startsWith('$.') ? toStr(run.value(k)) : k;
    if (key === '') {
      run.warn(`the attribute key ${k} resolves to nothing: not set`, a);
      continue;
    }
    run.state.attributes[key] = toStr(run.value(v));
  }
  return run.next(a);
};

const updateFlowAttributes: Handler = (run, a) => {
  const p = a.p;
  for (const [k, v] of Object.entries(isObject(p.FlowAttributes) ? p.FlowAttributes : {})) {
    run.state.flowAttributes[k] = toStr(run.value(isObject(v) ? v.Value : v));
  }
  return run.next(a);
};

const compareValue: Handler = (run, a) => {
  const v = run.value(a.p.ComparisonValue);
  return run.branch(a, v, `no condition matches ${JSON.stringify(toStr(v))}`);
};

const checkHours: Handler = (run, a) => {
  const p = a.p;
  const { engine, state, scenario } = run;
  let hoursArn: string | undefined;
  if (p.HoursOfOperationId !== undefined) {
    hoursArn = run.ref(p.HoursOfOperationId);
    if (hoursArn === undefined) return run.error(a, 'NoMatchingError', `HoursOfOperationId ${JSON.stringify(p.HoursOfOperationId)} is not set`);
  } else if (state.queue !== undefined) {
    hoursArn = engine.hoursOfQueue(state.queue) ?? state.queue;
  } else {
    return run.error(a, 'NoMatchingError', state.agent !== undefined ? 'an agent queue has no hours of operation' : 'no working queue and no HoursOfOperationId');
  }
  const id = engine.display(hoursArn);
  const byName = scenario.hoursByName;
  let open: HoursState | undefined = scenario.hours;
  if (byName !== undefined) {
    const name = engine.nameOf(hoursArn);
    const keys = Object.keys(byName);
    const key = keys.find((k) => k === id || k === name || k === hoursArn) ?? keys.find((k) => hoursArn!.includes(k));
    if (key !== undefined) open = byName[key];
  }
  if (open === undefined && scenario.time !== undefined) {
    const schedule = engine.hoursConfig(hoursArn);
    if (schedule !== undefined) {
      // A time of call: the schedule of the template decides, as in Connect.
      const at = hoursOpenAt(schedule, new Date(scenario.time));
      run.event(SimulationEventKind.HOURS, `${id}: ${at.open ? 'open' : 'closed'} (${at.why})`, a.id);
      return run.equalsBranch(a, at.open ? 'True' : 'False') ?? run.noMatch(a, `no condition for ${at.open ? 'True' : 'False'}`);
    }
    run.warn(`the schedule of hours ${id} is not in the template: "time" is not used`, a);
  }
  if (open === undefined && scenario.hoursByName !== undefined) run.warn(`hours ${id} are not in the scenario: assumed open`, a);
  const isOpen = open !== HoursState.CLOSED;
  run.event(SimulationEventKind.HOURS, `${id}: ${isOpen ? 'open' : 'closed'}`, a.id);
  return run.equalsBranch(a, isOpen ? 'True' : 'False') ?? run.noMatch(a, `no condition for ${isOpen ? 'True' : 'False'}`);
};

const checkMetricData: Handler = (run, a) => {
  const p = a.p;
  const queue = run.metricsTarget(p);
  if (queue === undefined) return run.error(a, 'NoMatchingError', 'no queue to read metrics of');
  const metric = run.metricsFor(queue)[toStr(p.MetricType)];
  if (AGENT_METRICS.includes(toStr(p.MetricType))) {
    // No agent: the NextAction (exports route NoMatchingCondition to the same place).
    for (const c of a.conds) if (compare(c.op, metric, c.operand, c.num)) return run.follow(a, c.target, `condition ${c.op} "${c.operand}"`, c);
    return a.next !== NONE ? run.next(a) : run.noMatch(a, `${p.MetricType} = ${metric}`);
  }
  return run.branch(a, metric, `${p.MetricType} = ${metric} matches no condition`);
};

const getMetricData: Handler = (run, a) => {
  const queue = run.metricsTarget(a.p);
  if (queue === undefined) return run.error(a, 'NoMatchingError', 'no queue to read metrics of');
  const m = run.metricsFor(queue);
  run.state.metricsData = {
    Queue: {
      Name: run.engine.nameOf(queue),
      ARN: queue,
      Size: String(m.NumberOfContactsInQueue),
      OldestContactAge: String(m.OldestContactInQueueAgeSeconds),
    },
    Agents: {
      Available: { Count: String(m.NumberOfAgentsAvailable) },
      Staffed: { Count: String(m.NumberOfAgentsStaffed) },
      Online: { Count: String(m.NumberOfAgentsOnline) },
    },
  };
  return run.next(a);
};

const setWorkingQueue: Handler = (run, a) => {
  const p = a.p;
  const state = run.state;
  if (p.AgentId !== undefined) {
    const agent = run.ref(p.AgentId);
    if (agent === undefined) return run.error(a, 'NoMatchingError', `AgentId ${p.AgentId} is not set`);
    state.agent = agent;
    state.queue = undefined;
  } else {
    const queue = run.ref(p.QueueId);
    if (queue === undefined) return run.error(a, 'NoMatchingError', `QueueId ${JSON.stringify(p.QueueId)} is not set`);
    state.queue = queue;
    state.agent = undefined;
  }
  return run.next(a);
};

function toQueue(run: Run, a: CAction): number {
  const state = run.state;
  if (state.queue === undefined && state.agent === undefined) return run.error(a, 'NoMatchingError', 'no working queue is set');
  const target = run.engine.display(state.queue ?? state.agent!);
  if (run.scenario.queueAtCapacity) return run.error(a, 'QueueAtCapacity', `${target} is at capacity`);
  // The transcript and the outcome line name the same target: the queue, or the agent's personal queue.
  const what = state.queue !== undefined ? 'queue' : 'agent';
  run.event(SimulationEventKind.TRANSFER, `transferred to ${what} ${target}`, a.id);
  return run.stop(SimulationOutcome.TRANSFERRED_TO_QUEUE, `transferred to ${what} ${target} at "${a.id}"`);
}

const dequeueToQueue: Handler = (run, a) => {
  const p = a.p;
  const target = run.ref(p.QueueId ?? p.AgentId);
  if (target === undefined) return run.error(a, 'NoMatchingError', 'the queue or agent is not set');
  if (p.AgentId !== undefined) {
    run.state.agent = target;
    run.state.queue = undefined;
  } else {
    run.state.queue = target;
    run.state.agent = undefined;
  }
  return toQueue(run, a);
};

const transferToAgent: Handler = (run, a) => {
  const agent = run.state.agent !== undefined ? run.engine.display(run.state.agent) : undefined;
  const who = agent ?? 'the agent of the transfer';
  run.event(SimulationEventKind.TRANSFER, `transferred to ${who}`, a.id);
  return run.stop(SimulationOutcome.TRANSFERRED_TO_AGENT, `transferred to ${who} at "${a.id}"`);
};

const callbackNumber: Handler = (run, a) => {
  const n = run.ref(a.p.CallbackNumber);
  if (n === undefined || !E164.test(n)) return run.error(a, 'InvalidCallbackNumber', `${JSON.stringify(n ?? '')} is not an E.164 number`);
  if ((run.scenario.undialablePrefixes ?? []).some((x) => n.startsWith(x))) return run.error(a, 'CallbackNumberNotDialable', `${n} is not dialable`);
  run.state.callbackNumber = n;
  return run.next(a);
};

const createCallback: Handler = (run, a) => {
  const p = a.p;
  const state = run.state;
  let queue: string | undefined;
  let agent: string | undefined;
  if (p.QueueId !== undefined) {
    queue = run.ref(p.QueueId);
  } else if (p.AgentId !== undefined) {
    agent = run.ref(p.AgentId);
  } else {
    queue = state.queue;
    agent = state.agent;
  }
  if (queue === undefined && agent === undefined) return run.error(a, 'NoMatchingError', 'no queue for the callback');
  const number = state.callbackNumber ?? run.contact.customerNumber ?? '+15555550100';
  const num = (v: unknown) => {
    const n = Number(run.value(v));
    return v === undefined || !Number.isFinite(n) ? undefined : n;
  };
  state.callback = {
    number,
    queue: queue === undefined ? undefined : run.engine.display(queue),
    agent: agent === undefined ? undefined : run.engine.display(agent),
    initialCallDelaySeconds: num(p.InitialCallDelaySeconds),
    maximumConnectionAttempts: num(p.MaximumConnectionAttempts),
    retryDelaySeconds: num(p.RetryDelaySeconds),
    actionIdentifier: a.id,
  };
  run.event(SimulationEventKind.CALLBACK, `callback to ${number} in ${state.callback.queue ?? state.callback.agent}`, a.id);
  return run.next(a);
};

const transferToFlow: Handler = (run, a) => {
  const id = run.ref(a.p.ContactFlowId);
  if (id === undefined) return run.error(a, 'NoMatchingError', `ContactFlowId ${JSON.stringify(a.p.ContactFlowId)} is not set`);
  const target = run.engine.findFlow(id);
  if (target !== undefined && (target.module || (target.type !== undefined && !TRANSFER_TARGETS.includes(target.type)))) {
    // Transfer to flow: the Error branch when the flow is not an inbound or transfer flow.
    return run.error(a, 'NoMatchingError', `"${target.name}" is ${target.module ? 'a flow module' : `a ${target.type} flow`}: only inbound and transfer flows can be transferred to`);
  }
  if (target === undefined) {
    run.transferredTo = run.engine.display(id);
    run.event(SimulationEventKind.TRANSFER, `transferred to flow ${run.transferredTo}`, a.id);
    return run.stop(SimulationOutcome.TRANSFERRED_TO_FLOW, `transferred to flow ${run.transferredTo} (not part of what is simulated) at "${a.id}"`);
  }
  run.state.flowAttributes = {};
  return run.enter(target);
};

const thirdParty: Handler = (run, a) => {
  const p = a.p;
  const number = run.ref(p.ThirdPartyPhoneNumber);
  const resume = isTrue(p.ContinueFlowExecution);
  // With ContinueFlowExecution "False" the service takes only the NoMatchingError branch.
  const fail = (type: string, reason: string) => run.error(a, isFalse(p.ContinueFlowExecution) ? 'NoMatchingError' : type, reason);
  if (number === undefined || !E164.test(number)) return fail('CallFailed', `${JSON.stringify(number ?? '')} is not an E.164 number`);
  const result = run.scenario.thirdPartyResult ?? 'connected';
  if (result === 'failed') return fail('CallFailed', `the call to ${number} failed`);
  if (result === 'timeout') return fail('ConnectionTimeLimitExceeded', `${number} did not answer`);
  run.event(SimulationEventKind.TRANSFER, `transferred to ${number}`, a.id);
  run.transferredTo = number;
  if (resume && a.next !== NONE) return run.next(a);
  return run.stop(SimulationOutcome.TRANSFERRED_TO_PHONE_NUMBER, `transferred to ${number} at "${a.id}"`);
};

const eventHooks: Handler = (run, a) => {
  for (const [k, v] of Object.entries(isObject(a.p.EventHooks) ? a.p.EventHooks : {})) {
    const flow = run.ref(v);
    if (flow === undefined) return run.error(a, 'NoMatchingError', `event hook ${k} flow is not set`);
    run.state.hooks[k] = run.engine.display(flow);
  }
  return run.next(a);
};

const contactData: Handler = (run, a) => {
  if (a.p.LanguageCode !== undefined) {
    run.state.language = toStr(run.value(a.p.LanguageCode));
    run.event(SimulationEventKind.SETTING, `contact language ${run.state.language}`, a.id);
  }
  return run.next(a);
};

const voice: Handler = (run, a) => {
  const engine = a.p.TextToSpeechEngine !== undefined ? ` (${toStr(run.value(a.p.TextToSpeechEngine))})` : '';
  run.event(SimulationEventKind.SETTING, `voice ${toStr(run.value(a.p.TextToSpeechVoice))}${engine}`, a.id);
  return run.next(a);
};

const loop: Handler = (run, a) => {
  const state = run.state;
  let counters = state.loops.get(run.flow.index);
  if (!counters) {
    counters = new Int32Array(run.flow.actions.length);
    state.loops.set(run.flow.index, counters);
  }
  const i = a.idx;
  const count = Number(run.value(a.p.LoopCount));
  if (counters[i] < (Number.isFinite(count) ? count : 0)) {
    counters[i]++;
    return run.equalsBranch(a, 'ContinueLooping') ?? run.stop(SimulationOutcome.ERROR, `"${a.id}": no ContinueLooping branch`);
  }
  counters[i] = 0;
  return run.equalsBranch(a, 'DoneLooping') ?? run.next(a);
};

const distribute: Handler = (run, a) => {
  const draw = Math.floor(run.rng() * 100) + 1;
  run.event(SimulationEventKind.DRAW, `drew ${draw}`, a.id);
  return run.branch(a, String(draw), `draw ${draw} matches no condition`);
};

const wait: Handler = (run, a) => run.equalsBranch(a, 'WaitCompleted') ?? run.next(a);

const disconnect: Handler = (run, a) => run.stop(SimulationOutcome.DISCONNECTED, `disconnected at "${a.id}"`);
const endFlow: Handler = (run, a) => run.stop(SimulationOutcome.ENDED, `flow ended at "${a.id}"`);

const tagContact = serviceCall((run, a) => {
  for (const [k, v] of Object.entries(isObject(a.p.Tags) ? a.p.Tags : {})) run.state.tags[k] = toStr(run.value(v));
});
const untagContact = serviceCall((run, a) => {
  for (const k of Array.isArray(a.p.TagKeys) ? a.p.TagKeys : []) delete run.state.tags[toStr(run.value(k))];
});
const mediaStreaming = serviceCall((run, a) => {
  run.state.mediaStreaming = a.p.MediaStreamingState === 'Enabled';
});

/** One handler per action type (the compiler checks that none is missing). */
export const HANDLERS: { readonly [T in ActionType]: Handler } = {
  [ActionType.CONNECT_PARTICIPANT_WITH_LEX_BOT]: lexBot,
  [ActionType.DISCONNECT_PARTICIPANT]: disconnect,
  [ActionType.GET_PARTICIPANT_INPUT]: participantInput,
  [ActionType.MESSAGE_PARTICIPANT]: messageParticipant,
  [ActionType.MESSAGE_PARTICIPANT_ITERATIVELY]: messageIteratively,
  [ActionType.SHOW_VIEW]: serviceCall(),
  [ActionType.TRANSFER_PARTICIPANT_TO_THIRD_PARTY]: thirdParty,
  [ActionType.CHECK_HOURS_OF_OPERATION]: checkHours,
  [ActionType.CHECK_METRIC_DATA]: checkMetricData,
  [ActionType.CHECK_OUTBOUND_CALL_STATUS]: serviceCall(),
  [ActionType.CHECK_VOICE_ID]: serviceCall(),
  [ActionType.COMPARE]: compareValue,
  [ActionType.DISTRIBUTE_BY_PERCENTAGE]: distribute,
  [ActionType.END_FLOW_EXECUTION]: endFlow,
  [ActionType.GET_METRIC_DATA]: getMetricData,
  [ActionType.LOOP]: loop,
  [ActionType.START_VOICE_ID_STREAM]: serviceCall(),
  [ActionType.TRANSFER_TO_FLOW]: transferToFlow,
  [ActionType.UPDATE_FLOW_ATTRIBUTES]: updateFlowAttributes,
  [ActionType.UPDATE_FLOW_LOGGING_BEHAVIOR]: continueWithNext,
  [ActionType.UPDATE_CONTACT_ROUTING_CRITERIA]: serviceCall(),
  [ActionType.WAIT]: wait,
  [ActionType.ASSOCIATE_CONTACT_TO_CUSTOMER_PROFILE]: serviceCall(),
  [ActionType.CREATE_CALLBACK_CONTACT]: createCallback,
  [ActionType.CREATE_CUSTOMER_PROFILE]: serviceCall(),
  [ActionType.GET_CALCULATED_ATTRIBUTES_FOR_CUSTOMER_PROFILE]: serviceCall(),
  [ActionType.GET_CUSTOMER_PROFILE]: serviceCall(),
  [ActionType.GET_CUSTOMER_PROFILE_OBJECT]: serviceCall(),
  [ActionType.INVOKE_LAMBDA_FUNCTION]: lambda,
  [ActionType.UPDATE_CUSTOMER_PROFILE]: serviceCall(),
  [ActionType.COMPLETE_OUTBOUND_CALL]: serviceCall(),
  [ActionType.CREATE_CASE]: serviceCall(),
  [ActionType.CREATE_TASK]: serviceCall(),
  [ActionType.CREATE_WISDOM_SESSION]: serviceCall(),
  [ActionType.DEQUEUE_CONTACT_AND_TRANSFER_TO_QUEUE]: dequeueToQueue,
  [ActionType.END_FLOW_MODULE_EXECUTION]: endModule,
  [ActionType.GET_CASE]: serviceCall(),
  [ActionType.INVOKE_FLOW_MODULE]: invokeModule,
  [ActionType.RESUME_CONTACT]: continueWithNext,
  [ActionType.START_OUTBOUND_CHAT_CONTACT]: serviceCall(),
  [ActionType.TAG_CONTACT]: tagContact,
  [ActionType.TRANSFER_CONTACT_TO_AGENT]: transferToAgent,
  [ActionType.TRANSFER_CONTACT_TO_QUEUE]: toQueue,
  [ActionType.UNTAG_CONTACT]: untagContact,
  [ActionType.UPDATE_CASE]: serviceCall(),
  [ActionType.UPDATE_CONTACT_ATTRIBUTES]: updateAttributes,
  [ActionType.UPDATE_CONTACT_CALLBACK_NUMBER]: callbackNumber,
  [ActionType.UPDATE_CONTACT_DATA]: contactData,
  [ActionType.UPDATE_CONTACT_EVENT_HOOKS]: eventHooks,
  [ActionType.UPDATE_CONTACT_MEDIA_PROCESSING]: continueWithNext,
  [ActionType.UPDATE_CONTACT_MEDIA_STREAMING_BEHAVIOR]: mediaStreaming,
  [ActionType.UPDATE_CONTACT_RECORDING_AND_ANALYTICS_BEHAVIOR]: continueWithNext,
  [ActionType.UPDATE_CONTACT_RECORDING_BEHAVIOR]: continueWithNext,
  [ActionType.UPDATE_CONTACT_ROUTING_BEHAVIOR]: continueWithNext,
  [ActionType.UPDATE_CONTACT_TARGET_QUEUE]: setWorkingQueue,
  [ActionType.UPDATE_CONTACT_TEXT_TO_SPEECH_VOICE]: voice,
  [ActionType.UPDATE_PREVIOUS_CONTACT_PARTICIPANT_STATE]: serviceCall(),
};

/** The handler of an action type: its own, or `unknownAction` for a type the language does not know. */
export function handlerOf(spec: ActionSpec | undefined): Handler {
  return spec ? HANDLERS[spec.type] : unknownAction;
}
