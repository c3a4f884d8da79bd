/**
 * Flow coverage: which actions and branches of the simulated flows the runs took. Every
 * NextAction, each condition and each declared error type is one branch (a Lambda call's
 * NextAction and its error branch are two). Actions count when they can be reached from their
 * flow's StartAction; modules entered through InvokeFlowModule and flows reached by
 * TransferToFlow are flows of their own.
 */
import { DeclaredBranch, declaredBranches } from './branches';
import type { CFlow } from './engine';
import { DANGLING, NONE } from './engine-values';
import { FlowSimulator } from './flow-simulator';
import { FlowFinder, untakeableBranches } from './takeable';
import { SimulationResult } from './types';
import { isObject, specOf } from '../flows/language';

const MAX_LABEL = 60;
/** The key (no branch has this name) under which `offlineUntakeable` marks a block no contact reaches. */
const UNREACHABLE = '\u0000block';
const UNREACHABLE_BLOCK = 'only branches the simulator never takes lead to this block';
const UNREACHABLE_BRANCH = 'only branches the simulator never takes lead to this block';

/** One branch of an action and how often the runs took it. */
export interface CoverageBranch {
  /**
   * The branch: `NextAction`, `condition <Operator> "<operand>"` or `error <ErrorType>` (as
   * `SimulatedBranch.branch` names it).
   */
  readonly name: string;
  /** How many times the runs took it (0: untaken). */
  readonly taken: number;
  /**
   * The action it leads to.
   * @default - it names no action of the flow (a dangling branch)
   */
  readonly target?: string;
  /**
   * Why no simulated contact can take it (an error the simulator never raises for this action
   * type, a NextAction after an action that always leaves through another branch, a block only
   * such branches lead to). Such branches count in `branchesTotal` but not in `branchesTakeable`;
   * the live run is what exercises them.
   * @default - a scenario can take it
   */
  readonly untakeable?: string;
}

/** One action that can be reached from its flow's start, and what the runs did with it. */
export interface CoverageBlock {
  /** The action's Identifier. */
  readonly actionIdentifier: string;
  /** The action type, e.g. `GetParticipantInput`. */
  readonly actionType: string;
  /**
   * Its text or key parameter (the prompt, the Lambda ARN, the queue…), shortened.
   * @default - the action has none
   */
  readonly label?: string;
  /** How many times the runs executed it (0: unreached). */
  readonly hits: number;
  /**
   * Why no simulated contact can reach it: only branches the simulator never takes lead here.
   * @default - a scenario can reach it
   */
  readonly untakeable?: string;
  /** Its declared branches: conditions in order, then errors, then NextAction. */
  readonly branches: CoverageBranch[];
}

/** The coverage of one flow or flow module. */
export interface FlowCoverageSummary {
  /** The flow's name. */
  readonly name: string;
  /**
   * Its logical ID in the template.
   * @default - a document, not a template
   */
  readonly logicalId?: string;
  /** true for a flow module. */
  readonly module: boolean;
  /** How many runs entered it (0: never entered). */
  readonly entered: number;
  /** Actions executed at least once. */
  readonly actionsReached: number;
  /** Actions reachable from the StartAction. */
  readonly actionsTotal: number;
  /** Branches taken at least once. */
  readonly branchesTaken: number;
  /** Declared branches of the reachable actions. */
  readonly branchesTotal: number;
  /** Declared branches of the reachable actions that a simulated contact can take (those without `untakeable`). */
  readonly branchesTakeable: number;
  /** The reachable actions, in document order. */
  readonly blocks: CoverageBlock[];
}

/** Coverage over every flow of the simulator. */
export interface CoverageReport {
  /** The runs counted. */
  readonly runs: number;
  /** Actions executed at least once, over all flows. */
  readonly actionsReached: number;
  /** Reachable actions, over all flows. */
  readonly actionsTotal: number;
  /** Branches taken at least once, over all flows. */
  readonly branchesTaken: number;
  /** Declared branches of reachable actions, over all flows. */
  readonly branchesTotal: number;
  /** Branches a simulated contact can take, over all flows (`branchesTaken` counts only such branches). */
  readonly branchesTakeable: number;
  /** Each flow and module, in the simulator's order. */
  readonly flows: FlowCoverageSummary[];
}

/**
 * Accumulates the actions and branches simulated contacts take, over many runs of one
 * `FlowSimulator`, e.g. every scenario of a suite:
 * `const coverage = new FlowCoverage(simulator); coverage.add(simulator.simulate(s)); coverage.report()`.
 */
export class FlowCoverage {
  private readonly flows: CFlow[];
  private readonly find: FlowFinder;
  private readonly hits = new Map<string, number>();
  private readonly taken = new Map<string, number>();
  private readonly entered = new Map<string, number>();
  private count = 0;

  /**
   * @param simulator the simulator whose runs are counted
   */
  constructor(simulator: FlowSimulator) {
    this.flows = simulator._compiledFlows();
    this.find = (key) => simulator._findFlow(key);
  }

  /** The number of runs added. */
  public get runs(): number {
    return this.count;
  }

  /**
   * Count one run (a result of `simulate`, or the `result` of `runTestCase`). The result must
   * come from the simulator this coverage was made with: actions are matched by flow name and
   * Identifier.
   */
  public add(result: SimulationResult): void {
    this.count++;
    for (const name of new Set(result.flows)) this.entered.set(name, (this.entered.get(name) ?? 0) + 1);
    for (const step of result.trace ?? []) {
      const key = `${step.flow}\u0000${step.actionIdentifier}`;
      this.hits.set(key, (this.hits.get(key) ?? 0) + 1);
      if (step.branch !== undefined) {
        const b = `${key}\u0000${step.branch}`;
        this.taken.set(b, (this.taken.get(b) ?? 0) + 1);
      }
    }
  }

  /** The coverage of every flow so far (flows no run entered are there with 0). */
  public report(): CoverageReport {
    const flows = this.flows.map((f) => this.flowSummary(f));
    const sum = (k: 'actionsReached' | 'actionsTotal' | 'branchesTaken' | 'branchesTotal' | 'branchesTakeable') => flows.reduce((n, f) => n + f[k], 0);
    return {
      runs: this.count,
      actionsReached: sum('actionsReached'),
      actionsTotal: sum('actionsTotal'),
      branchesTaken: sum('branchesTaken'),
      branchesTotal: sum('branchesTotal'),
      branchesTakeable: sum('branchesTakeable'),
      flows,
    };
  }

  private flowSummary(f: CFlow): FlowCoverageSummary {
    const blocks: CoverageBlock[] = [];
    const untakeable = offlineUntakeable(f, this.find);
    for (const i of reachable(f)) {
      const a = f.actions[i];
      const hits = this.hits.get(`${f.name}\u0000${a.id}`) ?? 0;
      const unreachableOffline = hits === 0 && untakeable.get(i)?.get(UNREACHABLE) !== undefined;
      const branches = declaredBranches(a).map((b: DeclaredBranch): CoverageBranch => {
        const taken = this.taken.get(`${f.name}\u0000${a.id}\u0000${b.name}`) ?? 0;
        // A branch a run took is takeable, whatever the rules say.
        const why = taken > 0 ? undefined : (untakeable.get(i)?.get(b.name) ?? (unreachableOffline ? UNREACHABLE_BRANCH : undefined));
        return { name: b.name, taken, target: b.target >= 0 ? f.actions[b.target].id : undefined, ...(why !== undefined ? { untakeable: why } : {}) };
      });
      const block: CoverageBlock = { actionIdentifier: a.id, actionType: a.type, label: label(a.type, a.p), hits, branches };
      blocks.push(unreachableOffline ? { ...block, untakeable: UNREACHABLE_BLOCK } : block);
    }
    const all = blocks.flatMap((b) => b.branches);
    return {
      name: f.name,
      logicalId: f.logicalId,
      module: f.module,
      entered: this.entered.get(f.name) ?? 0,
      actionsReached: blocks.filter((b) => b.hits > 0).length,
      actionsTotal: blocks.length,
      branchesTaken: all.filter((b) => b.taken > 0).length,
      branchesTotal: all.length,
      branchesTakeable: all.filter((b) => b.untakeable === undefined).length,
      blocks,
    };
  }
}

/** The indexes of the actions reachable from the flow's start, in document order. */
function reachable(f: CFlow): number[] {
  if (f.problem !== undefined || f.start === NONE || f.start === DANGLING) return [];
  const seen = new Set<number>([f.start]);
  const todo = [f.start];
  while (todo.length > 0) {
    const a = f.actions[todo.pop()!];
    for (const b of declaredBranches(a)) {
      if (b.target >= 0 && !seen.has(b.target)) {
        seen.add(b.target);
        todo.push(b.target);
      }
    }
  }
  return [...seen].sort((x, y) => x - y);
}

/**
 * The branches no simulated contact can take, per action index: those the action's handler never
 * takes, and every branch of an action that only such branches lead to.
 */
function offlineUntakeable(f: CFlow, find: FlowFinder): Map<number, Map<string, string>> {
  const out = new Map<number, Map<string, string>>();
  const all = reachable(f);
  for (const i of all) out.set(i, untakeableBranches(f, f.actions[i], find));
  if (all.length === 0) return out;
  // The actions a contact can reach through takeable branches.
  const seen = new Set<number>([f.start]);
  const todo = [f.start];
  while (todo.length > 0) {
    const i = todo.pop()!;
    const not = out.get(i)!;
    for (const b of declaredBranches(f.actions[i])) {
      if (b.target >= 0 && !not.has(b.name) && !seen.has(b.target)) {
        seen.add(b.target);
        todo.push(b.target);
      }
    }
  }
  for (const i of all) {
    if (seen.has(i)) continue;
    const why = new Map<string, string>([[UNREACHABLE, UNREACHABLE_BLOCK]]);
    for (const b of declaredBranches(f.actions[i])) why.set(b.name, UNREACHABLE_BRANCH);
    out.set(i, why);
  }
  return out;
}

/** The action's text or key parameter, as the diagram shows it, shortened. */
function label(type: string, params: { [k: string]: any }): string | undefined {
  const value = specOf(type)?.diagramKey(isObject(params) ? params : {});
  if (typeof value !== 'string' || value === '') return undefined;
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_LABEL ? `${oneLine.slice(0, MAX_LABEL - 1)}…` : oneLine;
}
