/**
 * Constants and small helpers shared by the engine and the handlers.
 */

/** No branch. */
export const NONE = -1;
/** A branch to an action that does not exist. */
export const DANGLING = -2;
/** What a handler returns to end the call (after `run.stop()`). */
export const STOP = -100;

/** A value as the flow language prints it. */
export function toStr(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : (typeof v === 'object' ? JSON.stringify(v) : String(v));
}

/** Whether a scenario key (logical ID, function name, ARN fragment) names a function. */
export function matchesKey(arn: string, key: string, logicalId?: string): boolean {
  return arn === key || logicalId === key || arn.endsWith(`:function:${key}`) || arn.includes(key);
}
