/**
 * The branches of a compiled action, named as coverage reports them: `NextAction`, one per
 * condition (`condition Equals "1"`, with ` #2` for a repeated condition) and one per declared
 * error type (`error NoMatchingError`). Shared by the engine, which records the branch each step
 * takes, and by `FlowCoverage`, which counts them. Not part of the public API.
 */
import { NONE } from './engine-values';

/** What naming reads of a compiled condition (the engine's `CCondition`). */
interface CCondition {
  readonly op: string;
  readonly operand: string;
  readonly target: number;
}

/** What naming reads of a compiled action (the engine's `CAction`): this module does not import the engine. */
interface CAction {
  readonly next: number;
  readonly errors: { readonly [type: string]: number };
  readonly conds: readonly CCondition[];
}

/** The name of the NextAction branch. */
export const NEXT_BRANCH = 'NextAction';

const errorNames = new Map<string, string>();
const conditionNames = new WeakMap<CCondition, string>();

/** The name of a declared error branch. */
export function errorBranch(type: string): string {
  let name = errorNames.get(type);
  if (name === undefined) {
    name = `error ${type}`;
    errorNames.set(type, name);
  }
  return name;
}

/** The name of one of the action's conditions (computed once per compiled condition). */
export function conditionBranch(a: CAction, cond: CCondition): string {
  let name = conditionNames.get(cond);
  if (name === undefined) {
    name = conditionName(a, cond);
    conditionNames.set(cond, name);
  }
  return name;
}

function conditionName(a: CAction, cond: CCondition): string {
  const base = `condition ${cond.op} "${cond.operand}"`;
  let n = 0;
  for (const c of a.conds) {
    if (c.op === cond.op && c.operand === cond.operand) n++;
    if (c === cond) break;
  }
  return n > 1 ? `${base} #${n}` : base;
}

/** A declared branch of an action and the index of its target (DANGLING when it names no action). */
export interface DeclaredBranch {
  readonly name: string;
  readonly target: number;
}

/** Every declared branch of an action: conditions in order, then errors, then NextAction. */
export function declaredBranches(a: CAction): DeclaredBranch[] {
  const out: DeclaredBranch[] = [];
  for (const c of a.conds) out.push({ name: conditionBranch(a, c), target: c.target });
  for (const [type, target] of Object.entries(a.errors)) out.push({ name: errorBranch(type), target });
  if (a.next !== NONE) out.push({ name: NEXT_BRANCH, target: a.next });
  return out;
}
