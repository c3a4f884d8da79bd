import { Duration, Token } from 'aws-cdk-lib';
import type { FlowTarget } from './target';
import { IAgent } from '../../core/agent';
import type { IContactFlow } from '../../core/contact-flow';
import { checkIntegerAt, failAt, isToken } from '../../core/private/validate';
import { IQueue } from '../../core/queue';

export { isToken };

/**
 * Validation helpers shared by the flow blocks (not exported from the package).
 * Every error names the block, the prop, the value given and what is allowed.
 * Unresolved tokens are never validated.
 */

/** Throws a uniformly formatted validation error for a block prop. */
export const blockFail = failAt;

/** Validates an integer range (skips tokens and undefined). */
export const checkInteger = checkIntegerAt;

/** Converts a Duration to whole seconds within a range, or throws naming the prop. */
export function durationSeconds(label: string, prop: string, value: Duration, min: number, max: number): number {
  if (!value || typeof (value as any).toSeconds !== 'function') blockFail(label, prop, value, 'must be a Duration, e.g. Duration.seconds(5)');
  if (isToken(value.toSeconds({ integral: false }))) return value.toSeconds({ integral: false });
  const seconds = value.toSeconds({ integral: false });
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    blockFail(label, prop, value, `must be a whole number of seconds between ${min} and ${max}`);
  }
  return seconds;
}

/** Checks a non-empty string of at most `max` characters (skips tokens). */
export function checkString(label: string, prop: string, value: string | undefined, min: number, max: number): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || value.length < min || value.length > max) {
    blockFail(label, prop, value, `must be a string of ${min} to ${max} characters`);
  }
}

/** Flow-language booleans are the strings "True" and "False". */
export function flowBool(value: boolean): string {
  return value ? 'True' : 'False';
}

/** Every parameter value is a string in the flow language. */
export function flowNumber(value: number): string {
  return Token.isUnresolved(value) ? Token.asString(value) : String(value);
}

/** Attribute keys must not contain `$` or `.` (they become JSONPath segments). */
export function checkAttributeKey(label: string, prop: string, key: string): void {
  if (isToken(key)) return;
  if (typeof key !== 'string' || key.length === 0 || key.length > 127 || /[$.]/.test(key)) {
    blockFail(label, prop, key, 'attribute keys must be 1 to 127 characters and must not contain "$" or "."');
  }
}

/** Renders a map of flow values (keys in the order written). */
export function renderValueMap(map: { [key: string]: { readonly value: string } }): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const [k, v] of Object.entries(map)) out[k] = v.value;
  return out;
}

/**
 * Renders an optional (or required) QueueId / AgentId target: at most one of `queue`, `agent`
 * and `target` (a fixed or dynamic FlowTarget).
 */
export function queueOrAgent(
  label: string, queue: IQueue | undefined, agent: IAgent | undefined, required: boolean, target?: FlowTarget,
): { [key: string]: string } {
  const given = [queue !== undefined ? 'queue' : undefined, agent !== undefined ? 'agent' : undefined, target !== undefined ? 'target' : undefined]
    .filter((g) => g !== undefined);
  if (given.length > 1) blockFail(label, given[0]!, `(${given.join(' and ')})`, 'give either queue or agent, not both (or only a target)');
  if (queue !== undefined) {
    if (!queue || typeof queue.queueArn !== 'string') blockFail(label, 'queue', queue, 'give an IQueue');
    return { QueueId: queue.queueArn };
  }
  if (agent !== undefined) {
    if (!agent || typeof agent.userArn !== 'string') blockFail(label, 'agent', agent, 'give an IAgent');
    return { AgentId: agent.userArn };
  }
  if (target !== undefined) {
    if (!target || typeof target.parameterName !== 'string' || typeof target.value !== 'string') {
      blockFail(label, 'target', target, 'give a FlowTarget (FlowTarget.queue(), .agent(), .queueFromValue() or .agentFromValue())');
    }
    return { [target.parameterName]: target.value };
  }
  if (required) blockFail(label, 'queue', undefined, 'give either queue or agent (or a target)');
  return {};
}

/** The type of a flow defined in this app (a `ContactFlow`), else undefined (imported flows). */
export function flowTypeOf(flow: IContactFlow): string | undefined {
  const type = (flow as any).contactFlowType;
  return typeof type === 'string' && !isToken(type) ? type : undefined;
}

/** One conditional branch of a block (`B`: the block type, `FlowBlock`, which imports this file). */
export interface ConditionBranch<B> {
  readonly operator: string;
  readonly operand: string;
  readonly target: B;
  readonly label: string;
}

/** Options that affect rendering (`B`: the block type, `FlowBlock`). */
export interface RenderContext<B> {
  /** Block that unconnected NoMatchingError branches go to. */
  readonly errorHandler?: B;
}
