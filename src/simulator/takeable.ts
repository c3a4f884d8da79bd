/**
 * Which declared branches a simulated contact can never take, and why. Each rule mirrors what the
 * handler of its action type (handlers.ts, modules.ts) can do: the error types it raises, the
 * conditions it compares, whether it ever continues with NextAction. A branch is classified
 * untakeable only when the handler provably cannot take it; whatever depends on the scenario
 * (a caller's key, a Lambda answer, a scripted action result, an attribute a JSONPath reads)
 * stays takeable. Not part of the public API.
 */
import { NEXT_BRANCH, conditionBranch, errorBranch } from './branches';
import type { CAction, CFlow } from './engine';
import { NONE } from './engine-values';
import { ActionType } from '../flows/language/action-type';
import { AGENT_METRICS } from '../flows/language/checks';
import { TRANSFER_TARGETS } from '../flows/language/flow-types';
import { E164, isFalse, isObject, isTrue } from '../flows/language/values';

/** Finds a flow or module of the simulator by name, logical ID or ARN. */
export type FlowFinder = (key: string) => CFlow | undefined;

/** What a handler can do with an action: the branch names it can take (each with no reason). */
interface Possible {
  /** Error types it can raise; 'declared': any declared one. */
  readonly errors: ReadonlySet<string> | 'declared';
  /** Whether a condition can be taken. */
  readonly condition: (a: CAction, index: number) => boolean;
  /** Whether NextAction can be taken. */
  readonly next: boolean;
  /** Why the others cannot. */
  readonly why: string;
}

const NO_CONDITION = () => false;
const ANY_CONDITION = () => true;

/** A parameter that always resolves to the same non-empty reference (no JSONPath): `run.ref` is never undefined. */
function isStatic(v: unknown): v is string {
  return typeof v === 'string' && v !== '' && !v.includes('$.');
}

/** Only the first of equal `Equals` conditions can match; returns whether condition `index` is an `Equals` one that can. */
function firstEquals(a: CAction, index: number, accept: (operand: string) => boolean): boolean {
  const c = a.conds[index];
  if (c.op !== 'Equals' || !accept(c.operand)) return false;
  return a.conds.findIndex((x) => x.op === 'Equals' && x.operand === c.operand) === index;
}

/** The branch a handler leaves through when no condition matches (Run.noMatch): NoMatchingCondition, else NextAction. */
function noMatch(a: CAction): { errors: string[]; next: boolean } {
  return a.errors.NoMatchingCondition !== undefined ? { errors: ['NoMatchingCondition'], next: false } : { errors: [], next: true };
}

function errors(...types: Array<string | false | undefined>): ReadonlySet<string> {
  return new Set(types.filter((t): t is string => typeof t === 'string'));
}

const nextOnly = (what: string): Possible => ({ errors: errors(), condition: NO_CONDITION, next: true, why: what });
const leaves = (what: string): Possible => ({ errors: errors(), condition: NO_CONDITION, next: false, why: what });

/**
 * The working queue (or agent) is set on every path from the flow's start to `target`:
 * TransferContactToQueue cannot fail for want of one. An UpdateContactTargetQueue (or
 * DequeueContactAndTransferToQueue) leaves with the queue set, except through its NoMatchingError
 * branch, which it takes when the queue it names is unset.
 */
function queueAlwaysSet(flow: CFlow, target: number): boolean {
  if (flow.start < 0) return false;
  const sets = (a: CAction) => a.type === ActionType.UPDATE_CONTACT_TARGET_QUEUE || a.type === ActionType.DEQUEUE_CONTACT_AND_TRANSFER_TO_QUEUE;
  // The actions a contact can reach with no working queue (the flow may be entered without one).
  const seen = new Set<number>([flow.start]);
  const todo = [flow.start];
  while (todo.length > 0) {
    const i = todo.pop()!;
    if (i === target) return false;
    const a = flow.actions[i];
    const targets = sets(a)
      ? [a.errors.NoMatchingError ?? NONE]
      : [...a.conds.map((c) => c.target), ...Object.values(a.errors), a.next];
    for (const t of targets) {
      if (t >= 0 && !seen.has(t)) {
        seen.add(t);
        todo.push(t);
      }
    }
  }
  return true;
}

/** The `Result`s a module can return through: undefined when one is not a fixed string. */
function moduleResults(module: CFlow): Set<string> | undefined {
  const out = new Set<string>();
  for (const a of module.actions) {
    if (a.type !== ActionType.END_FLOW_MODULE_EXECUTION) continue;
    const r = a.p.Result;
    if (r === undefined || r === '') out.add('');
    else if (typeof r === 'string' && !r.includes('$.')) out.add(r);
    else return undefined;
  }
  return out;
}

function invokeModule(a: CAction, find: FlowFinder): Possible {
  const id = a.p.FlowModuleId;
  const any: Possible = { errors: 'declared', condition: ANY_CONDITION, next: true, why: '' };
  if (!isStatic(id)) return any;
  const colon = id.lastIndexOf(':');
  const module = find(id) ?? (colon > id.lastIndexOf('/') && colon > 0 ? find(id.slice(0, colon)) : undefined);
  // A module outside the template: the scenario scripts its result.
  if (module === undefined) return any;
  if (!module.module) return { errors: errors('NoMatchingError'), condition: NO_CONDITION, next: false, why: `"${module.name}" is a flow, not a module: the call always fails` };
  const results = moduleResults(module);
  if (results === undefined) return { errors: errors('NoMatchingCondition'), condition: ANY_CONDITION, next: true, why: 'the module of the template is always found' };
  const matched = (r: string) => a.conds.some((c) => c.op === 'Equals' && c.operand === r);
  const unmatched = [...results].some((r) => r !== '' && !matched(r));
  return {
    errors: errors(unmatched && a.errors.NoMatchingCondition !== undefined && 'NoMatchingCondition'),
    condition: (x, i) => firstEquals(x, i, (o) => results.has(o)),
    next: results.has('') || (unmatched && a.errors.NoMatchingCondition === undefined),
    why: `module "${module.name}" returns only through ${[...results].map((r) => (r === '' ? 'no branch' : `"${r}"`)).join(', ') || 'no EndFlowModuleExecution'}, and is always found`,
  };
}

function transferToFlow(a: CAction, find: FlowFinder): Possible {
  const id = a.p.ContactFlowId;
  const why = 'the contact leaves this flow for the other one';
  if (!isStatic(id)) return { errors: errors('NoMatchingError'), condition: NO_CONDITION, next: false, why };
  const target = find(id);
  const fails = target !== undefined && (target.module || (target.type !== undefined && !TRANSFER_TARGETS.includes(target.type)));
  return { errors: errors(fails && 'NoMatchingError'), condition: NO_CONDITION, next: false, why: fails ? `"${target!.name}" cannot be transferred to: the transfer always fails` : `${why}, and the flow is always found` };
}

/** What the handler of `a` can do. */
function possible(flow: CFlow, a: CAction, find: FlowFinder): Possible {
  const p = a.p;
  switch (a.type) {
    case ActionType.MESSAGE_PARTICIPANT:
    case ActionType.UPDATE_CONTACT_ATTRIBUTES:
    case ActionType.UPDATE_FLOW_ATTRIBUTES:
    case ActionType.UPDATE_CONTACT_DATA:
    case ActionType.UPDATE_CONTACT_TEXT_TO_SPEECH_VOICE:
    case ActionType.UPDATE_FLOW_LOGGING_BEHAVIOR:
    case ActionType.RESUME_CONTACT:
    case ActionType.UPDATE_CONTACT_MEDIA_PROCESSING:
    case ActionType.UPDATE_CONTACT_RECORDING_AND_ANALYTICS_BEHAVIOR:
    case ActionType.UPDATE_CONTACT_RECORDING_BEHAVIOR:
    case ActionType.UPDATE_CONTACT_ROUTING_BEHAVIOR:
      return nextOnly(`the simulator never fails ${a.type}`);
    case ActionType.DISCONNECT_PARTICIPANT:
    case ActionType.END_FLOW_EXECUTION:
    case ActionType.TRANSFER_CONTACT_TO_AGENT:
      return leaves('the contact always leaves the flow here');
    case ActionType.END_FLOW_MODULE_EXECUTION:
      return leaves('the module always returns (or ends) here');
    case ActionType.MESSAGE_PARTICIPANT_ITERATIVELY:
      return { errors: errors(), condition: (x, i) => firstEquals(x, i, (o) => o === 'MessagesInterrupted'), next: false, why: 'the messages repeat until interrupted or the contact leaves the flow' };
    case ActionType.GET_PARTICIPANT_INPUT:
      if (isTrue(p.StoreInput)) {
        const phone = isObject(p.InputValidation) && isObject(p.InputValidation.PhoneNumberValidation);
        return {
          errors: errors(phone && 'NoMatchingError', phone && 'InvalidPhoneNumber'),
          condition: NO_CONDITION,
          next: true,
          why: phone ? 'a stored phone number fails only as NoMatchingError or InvalidPhoneNumber' : 'stored input without phone validation never fails (silence stores "Timeout")',
        };
      }
      return {
        errors: errors('InputTimeLimitExceeded', 'NoMatchingCondition'),
        condition: (x, i) => firstEquals(x, i, (o) => o.length === 1),
        next: false,
        why: 'a menu leaves through the first condition equal to the key pressed, NoMatchingCondition or InputTimeLimitExceeded',
      };
    case ActionType.CONNECT_PARTICIPANT_WITH_LEX_BOT: {
      const alias = isObject(p.LexV2Bot) ? p.LexV2Bot.AliasArn : (isObject(p.LexBot) ? p.LexBot.Name : undefined);
      const nm = noMatch(a);
      return {
        errors: errors(!isStatic(alias) && 'NoMatchingError', 'InputTimeLimitExceeded', ...nm.errors),
        condition: (x, i) => firstEquals(x, i, () => true),
        next: nm.next,
        why: 'a bot leaves through the first condition equal to the intent, NoMatchingCondition or InputTimeLimitExceeded; its bot is always set',
      };
    }
    case ActionType.INVOKE_LAMBDA_FUNCTION:
      return { errors: errors('NoMatchingError'), condition: NO_CONDITION, next: true, why: 'a Lambda call fails only as NoMatchingError' };
    case ActionType.COMPARE:
    case ActionType.DISTRIBUTE_BY_PERCENTAGE: {
      const nm = noMatch(a);
      return { errors: errors(...nm.errors), condition: ANY_CONDITION, next: nm.next, why: 'without a matching condition the contact takes NoMatchingCondition' };
    }
    case ActionType.CHECK_HOURS_OF_OPERATION: {
      const both = ['True', 'False'].every((v) => a.conds.some((c) => c.op === 'Equals' && c.operand === v));
      const nm = both ? { errors: [], next: false } : noMatch(a);
      return {
        errors: errors(!isStatic(p.HoursOfOperationId) && 'NoMatchingError', ...nm.errors),
        condition: (x, i) => firstEquals(x, i, (o) => o === 'True' || o === 'False'),
        next: nm.next,
        why: both ? 'an hours check with True and False conditions always takes one of them; its hours are always set' : 'an hours check takes True or False; its hours are always set',
      };
    }
    case ActionType.CHECK_METRIC_DATA: {
      const target = p.QueueId !== undefined ? p.QueueId : p.AgentId;
      const unset = p.QueueId === undefined && p.AgentId === undefined ? true : !isStatic(target);
      const agentMetric = AGENT_METRICS.includes(String(p.MetricType));
      const nm = agentMetric && a.next !== NONE ? { errors: [], next: true } : noMatch(a);
      return { errors: errors(unset && 'NoMatchingError', ...nm.errors), condition: ANY_CONDITION, next: nm.next, why: 'its queue is always set' };
    }
    case ActionType.GET_METRIC_DATA: {
      const target = p.QueueId !== undefined ? p.QueueId : p.AgentId;
      const unset = p.QueueId === undefined && p.AgentId === undefined ? true : !isStatic(target);
      return { errors: errors(unset && 'NoMatchingError'), condition: NO_CONDITION, next: true, why: 'its queue is always set' };
    }
    case ActionType.UPDATE_CONTACT_TARGET_QUEUE:
      return {
        errors: errors(!isStatic(p.AgentId !== undefined ? p.AgentId : p.QueueId) && 'NoMatchingError'),
        condition: NO_CONDITION,
        next: true,
        why: 'its queue or agent is always set',
      };
    case ActionType.TRANSFER_CONTACT_TO_QUEUE:
      return {
        errors: errors('QueueAtCapacity', !queueAlwaysSet(flow, a.idx) && 'NoMatchingError'),
        condition: NO_CONDITION,
        next: false,
        why: queueAlwaysSet(flow, a.idx)
          ? 'the contact leaves the flow for the queue, or finds it at capacity; every path here sets the working queue'
          : 'the contact leaves the flow for the queue, finds it at capacity, or has no working queue',
      };
    case ActionType.DEQUEUE_CONTACT_AND_TRANSFER_TO_QUEUE:
      return {
        errors: errors('QueueAtCapacity', !isStatic(p.QueueId ?? p.AgentId) && 'NoMatchingError'),
        condition: NO_CONDITION,
        next: false,
        why: 'the contact leaves the flow for the queue or finds it at capacity; its queue is always set',
      };
    case ActionType.UPDATE_CONTACT_CALLBACK_NUMBER: {
      const n = p.CallbackNumber;
      return {
        errors: errors(!(isStatic(n) && E164.test(n)) && 'InvalidCallbackNumber', 'CallbackNumberNotDialable'),
        condition: NO_CONDITION,
        next: true,
        why: 'a callback number fails only as InvalidCallbackNumber or CallbackNumberNotDialable',
      };
    }
    case ActionType.CREATE_CALLBACK_CONTACT: {
      const fixed = p.QueueId !== undefined ? isStatic(p.QueueId) : (p.AgentId !== undefined && isStatic(p.AgentId));
      return { errors: errors(!fixed && 'NoMatchingError'), condition: NO_CONDITION, next: true, why: fixed ? 'its queue is always set' : 'a callback fails only without a queue' };
    }
    case ActionType.UPDATE_CONTACT_EVENT_HOOKS: {
      const hooks = Object.values(isObject(p.EventHooks) ? p.EventHooks : {});
      return { errors: errors(!hooks.every(isStatic) && 'NoMatchingError'), condition: NO_CONDITION, next: true, why: 'its flows are always set' };
    }
    case ActionType.TRANSFER_PARTICIPANT_TO_THIRD_PARTY: {
      const off = isFalse(p.ContinueFlowExecution);
      return {
        errors: off ? errors('NoMatchingError') : errors('CallFailed', 'ConnectionTimeLimitExceeded'),
        condition: NO_CONDITION,
        next: isTrue(p.ContinueFlowExecution),
        why: off ? 'without ContinueFlowExecution the call fails only as NoMatchingError and the contact leaves the flow'
          : 'the call fails only as CallFailed or ConnectionTimeLimitExceeded',
      };
    }
    case ActionType.LOOP: {
      const done = a.conds.some((c) => c.op === 'Equals' && c.operand === 'DoneLooping');
      return {
        errors: errors(),
        condition: (x, i) => firstEquals(x, i, (o) => o === 'ContinueLooping' || o === 'DoneLooping'),
        next: !done,
        why: 'a loop leaves through ContinueLooping or DoneLooping',
      };
    }
    case ActionType.WAIT: {
      const completed = a.conds.some((c) => c.op === 'Equals' && c.operand === 'WaitCompleted');
      return { errors: errors(), condition: (x, i) => firstEquals(x, i, (o) => o === 'WaitCompleted'), next: !completed, why: 'a wait always completes' };
    }
    case ActionType.TRANSFER_TO_FLOW:
      return transferToFlow(a, find);
    case ActionType.INVOKE_FLOW_MODULE:
      return invokeModule(a, find);
    default:
      // Service calls (their result is scripted) and action types the language does not know.
      if (a.spec === undefined) return nextOnly('the simulator does not simulate this action type: it continues with NextAction');
      return { errors: 'declared', condition: ANY_CONDITION, next: true, why: '' };
  }
}

/**
 * Why each branch of `a` the simulator cannot take cannot be taken, by branch name (as
 * `declaredBranches` names them); takeable branches are absent.
 */
export function untakeableBranches(flow: CFlow, a: CAction, find: FlowFinder): Map<string, string> {
  const can = possible(flow, a, find);
  const out = new Map<string, string>();
  a.conds.forEach((c, i) => {
    if (!can.condition(a, i)) out.set(conditionBranch(a, c), `the simulator never takes this condition: ${can.why}`);
  });
  for (const type of Object.keys(a.errors)) {
    if (can.errors !== 'declared' && !can.errors.has(type)) out.set(errorBranch(type), `the simulator never raises ${type} here: ${can.why}`);
  }
  if (a.next !== NONE && !can.next) out.set(NEXT_BRANCH, `the simulator never continues with NextAction: ${can.why}`);
  return out;
}
