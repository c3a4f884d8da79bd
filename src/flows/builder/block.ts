import { aws_lambda as lambda } from 'aws-cdk-lib';
import { ConditionBranch, RenderContext } from './private';
import { FlowCondition } from './values';
import { ILexBotAlias } from '../../core/lex';
import { ActionSpec, ActionType, Exit, RESERVED_IDENTIFIERS, UNKNOWN_ACTION_TYPE, errorRules, needsNextAction, specOf, unknownActionSpec } from '../language';

/** Identifiers: what the flow language allows that also reads well, ≤ 50 characters. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,50}$/;
/** Names the flow language forbids as identifiers. */
const RESERVED_IDS = RESERVED_IDENTIFIERS;

/**
 * Something a flow can start with and `next()` can connect to: a block, a chain of blocks or a
 * fragment. It has one start and any number of open ends.
 */
export interface IFlowChainable {
  /** The first block. */
  readonly startBlock: FlowBlock;

  /**
   * The blocks whose success branch is still open: `next()` connects each of them.
   * Empty when every path ends (a hang-up, a transfer) or only branches remain.
   */
  readonly endBlocks: FlowBlock[];
}

/**
 * A block of a contact flow: one flow-language action.
 *
 * Blocks are plain objects (not constructs): create them with an ID, connect their branches
 * with `next()` and the `onX()` / `when()` methods, and hand the first block to a
 * `FlowDefinition`. The ID becomes the action's `Identifier`, so it is stable across synths:
 * 1–50 letters, digits, `_` or `-`, unique within a flow.
 *
 * Branches that are left unconnected are left out of the JSON; the flow validator of
 * `ContactFlow` then reports them (a block without a way on is a dead end), unless the
 * definition has an `errorHandler` that catches unconnected error branches.
 */
export abstract class FlowBlock implements IFlowChainable {
  /** The block ID, used as the action `Identifier`. */
  public readonly id: string;

  /** The flow-language action type, e.g. `MessageParticipant`. */
  public readonly actionType: string;

  /** @internal */
  protected _nextBlock?: FlowBlock;

  /** The description of the block's action type. */
  private readonly _spec: ActionSpec;
  /** @internal */
  protected readonly _conditions: ConditionBranch<FlowBlock>[] = [];
  /** @internal */
  protected readonly _errors = new Map<string, FlowBlock>();

  /**
   * @param id the block ID (the action `Identifier`)
   * @param actionType the flow-language action type
   */
  protected constructor(id: string, actionType: string) {
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || RESERVED_IDS.includes(id)) {
      throw new Error(`${actionType}: invalid id ${JSON.stringify(id)}: block IDs must be 1 to 50 characters of A-Z, a-z, 0-9, "_" or "-" (and not a reserved name such as "constructor")`);
    }
    // Typed blocks pass a type of the language; CustomBlock checks its own (an unknown one only when allowed).
    const spec = specOf(actionType) ?? (typeof actionType === 'string' && UNKNOWN_ACTION_TYPE.test(actionType) ? unknownActionSpec(actionType) : undefined);
    if (!spec) throw new Error(`${actionType}: not an action type of the flow language`);
    this.id = id;
    this.actionType = actionType;
    this._spec = spec;
  }


  /**
   * The flow-language action type.
   * @internal
   */
  public get _type(): ActionType {
    return this._spec.type;
  }

  /** The block itself (a block is a chain of one). */
  public get startBlock(): FlowBlock {
    return this;
  }

  /**
   * The block itself while its success branch is open; once connected, the open ends after it;
   * none for a block without a success branch (use `afterwards()` to join its branches).
   */
  public get endBlocks(): FlowBlock[] {
    const seen = new Set<FlowBlock>();
    let block: FlowBlock | undefined = this;
    while (block !== undefined && !seen.has(block)) {
      seen.add(block);
      if (!block._canContinue) return [];
      if (block._nextBlock === undefined) return [block];
      block = block._nextBlock;
    }
    return [];
  }

  /**
   * Join the branches of this block: a chain that starts here and whose ends are every block
   * reachable through the branches connected so far whose success branch is still open, so that
   * `menu.afterwards().next(goodbye)` continues every branch of a menu with one block
   * (as `Choice.afterwards()` in AWS Step Functions).
   */
  public afterwards(): FlowChain {
    const ends: FlowBlock[] = [];
    const seen = new Set<FlowBlock>([this]);
    const queue: FlowBlock[] = [...this._explicitSuccessors()];
    while (queue.length > 0) {
      const block = queue.shift()!;
      if (seen.has(block)) continue;
      seen.add(block);
      if (block._canContinue && block._nextBlock === undefined) ends.push(block);
      queue.push(...block._explicitSuccessors());
    }
    return FlowChain._withEnds(this, ends, ends[ends.length - 1] ?? this);
  }

  /**
   * Whether the block has a success branch that `next()` can connect.
   * @internal
   */
  public get _canContinue(): boolean {
    return typeof (this as any).next === 'function' && this._hasNext;
  }

  /** Blocks connected by the user (next, conditions, errors), without defaults. @internal */
  public _explicitSuccessors(): FlowBlock[] {
    const out: FlowBlock[] = [];
    if (this._nextBlock) out.push(this._nextBlock);
    for (const c of this._conditions) out.push(c.target);
    for (const b of this._errors.values()) out.push(b);
    return out;
  }

  /**
   * Connect the success branch to `next` (a block, chain or fragment) and return the chain from
   * this block to the ends of `next`: what every block's `next()` does.
   * @internal
   */
  protected _chain(next: IFlowChainable): FlowChain {
    if (!next || !(next.startBlock instanceof FlowBlock)) {
      throw new Error(`${this._label}: next() needs a flow block, chain or fragment, got ${JSON.stringify(next)}`);
    }
    this._setNext('next', next.startBlock);
    return FlowChain._of(this, next);
  }

  /** Label used in error messages. @internal */
  protected get _label(): string {
    return `${this.constructor.name} "${this.id}"`;
  }

  /**
   * Error types this block can raise, in the order they are rendered.
   * @internal
   */
  public abstract get _errorTypes(): string[];

  /**
   * Whether the block has a success branch (`NextAction`).
   * @internal
   */
  public abstract get _hasNext(): boolean;

  /**
   * When the block has no success branch but the exports still carry a `NextAction`,
   * the error or condition it mirrors (console exports set it to the error branch).
   * @internal
   */
  public get _nextFallback(): string | undefined {
    return undefined;
  }

  /**
   * The flow-language `Parameters` of the action.
   * @internal
   */
  public abstract _renderParameters(): { [key: string]: any };

  /**
   * Lambda functions this block invokes (associated with the contact center on bind).
   * @internal
   */
  public _lambdaFunctions(): lambda.IFunction[] {
    return [];
  }

  /**
   * Lex bot aliases this block talks to (associated with the contact center on bind).
   * @internal
   */
  public _lexBotAliases(): ILexBotAlias[] {
    return [];
  }

  /** @internal */
  protected _setNext(method: string, target: IFlowChainable): void {
    const block = this._checkTarget(method, target);
    if (this._nextBlock) {
      throw new Error(`${this._label}: ${method}() is already connected (to "${this._nextBlock.id}")`);
    }
    this._nextBlock = block;
  }

  /** @internal */
  protected _setError(method: string, errorType: string, target: IFlowChainable): void {
    const block = this._checkTarget(method, target);
    const existing = this._errors.get(errorType);
    if (existing) {
      throw new Error(`${this._label}: ${method}() is already connected (to "${existing.id}")`);
    }
    this._errors.set(errorType, block);
  }

  /** @internal */
  protected _addCondition(
    method: string, label: string, condition: FlowCondition | { operator: string; operand: string }, target: IFlowChainable,
  ): void {
    const block = this._checkTarget(method, target);
    const duplicate = this._conditions.find((c) => c.operator === condition.operator && c.operand === condition.operand);
    if (duplicate) {
      throw new Error(`${this._label}: ${label} is already connected (to "${duplicate.target.id}")`);
    }
    this._conditions.push({ operator: condition.operator, operand: condition.operand, target: block, label });
  }

  /** The first block of a branch target (a block, chain or fragment). */
  private _checkTarget(method: string, target: IFlowChainable): FlowBlock {
    const block = target instanceof FlowBlock ? target : target?.startBlock;
    if (!(block instanceof FlowBlock)) {
      throw new Error(`${this._label}: ${method}() needs a flow block, chain or fragment, got ${JSON.stringify(target)}`);
    }
    return block;
  }

  /**
   * Resolved error branches (explicit, else the error handler for NoMatchingError).
   * @internal
   */
  public _resolvedErrors(ctx: RenderContext<FlowBlock>): Array<{ errorType: string; target: FlowBlock }> {
    const out: Array<{ errorType: string; target: FlowBlock }> = [];
    // Branches the service requires are always rendered: unconnected, they take the success branch.
    const required = errorRules(this._spec, this._renderParameters()).required ?? [];
    const types = [...this._errorTypes, ...required.filter((r) => !this._errorTypes.includes(r))];
    const handler = this._errors.get('NoMatchingError') ?? (ctx.errorHandler && ctx.errorHandler !== this ? ctx.errorHandler : undefined);
    for (const errorType of types) {
      let target = this._errors.get(errorType);
      if (!target && errorType === 'NoMatchingError') target = handler;
      if (!target && required.includes(errorType)) target = this._requiredBranchFallback(handler);
      if (target) out.push({ errorType, target });
    }
    return out;
  }

  /**
   * Where an unconnected branch the service requires goes: the success branch, else the error
   * handler, else (when the conditions cover every outcome) the last condition's target.
   */
  private _requiredBranchFallback(handler: FlowBlock | undefined): FlowBlock | undefined {
    if (this._hasNext && this._nextBlock) return this._nextBlock;
    if (handler) return handler;
    const cond = this._spec.conditions;
    const complete = cond !== 'none' && cond.only === true && (cond.required ?? []).length > 0;
    return complete ? this._conditions[this._conditions.length - 1]?.target : undefined;
  }

  /**
   * The block's `NextAction` target, if any.
   * @internal
   */
  public _resolvedNext(ctx: RenderContext<FlowBlock>): FlowBlock | undefined {
    if (this._hasNext) return this._nextBlock;
    const fallback = this._nextFallback;
    const errors = this._resolvedErrors(ctx);
    if (fallback !== undefined) {
      const cond = this._conditions.find((c) => `${c.operator}:${c.operand}` === fallback);
      if (cond) return cond.target;
      const found = errors.find((e) => e.errorType === fallback)?.target;
      if (found) return found;
    }
    if (!needsNextAction(this._spec)) return undefined;
    // The service needs a NextAction on every non-terminal action even where success has no
    // branch of its own: as console exports do, it mirrors the error (or "no match") branch.
    const cond = this._spec.conditions;
    // When the conditions cover every outcome (CheckHoursOfOperation, Loop), the last one will do.
    const complete = cond !== 'none' && cond.only === true && (cond.required ?? []).length > 0;
    return errors.find((e) => e.errorType === 'NoMatchingError')?.target
      ?? errors.find((e) => e.errorType === 'NoMatchingCondition')?.target
      ?? errors[0]?.target
      ?? (complete ? this._conditions[this._conditions.length - 1]?.target : undefined)
      // An action that only ends when the contact leaves the flow (a loop of prompts) points to itself.
      ?? (this._spec.exit === Exit.LEAVES_FLOW ? this : undefined);
  }

  /**
   * Blocks this block leads to, in rendering order (next, conditions, errors).
   * @internal
   */
  public _successors(ctx: RenderContext<FlowBlock>): FlowBlock[] {
    const out: FlowBlock[] = [];
    const next = this._resolvedNext(ctx);
    if (next) out.push(next);
    for (const c of this._conditions) out.push(c.target);
    for (const e of this._resolvedErrors(ctx)) out.push(e.target);
    return out;
  }

  /**
   * The flow-language action.
   * @internal
   */
  public _renderAction(ctx: RenderContext<FlowBlock>): any {
    const transitions: any = {};
    const next = this._resolvedNext(ctx);
    if (next) transitions.NextAction = next.id;
    if (this._conditions.length > 0) {
      transitions.Conditions = this._conditions.map((c) => ({
        NextAction: c.target.id,
        Condition: { Operator: c.operator, Operands: [c.operand] },
      }));
    }
    const errors = this._resolvedErrors(ctx);
    if (errors.length > 0) {
      transitions.Errors = errors.map((e) => ({ NextAction: e.target.id, ErrorType: e.errorType }));
    }
    return {
      Identifier: this.id,
      Type: this.actionType,
      Parameters: this._renderParameters(),
      Transitions: transitions,
    };
  }
}

/**
 * A sequence of blocks connected with `next()`, as returned by `block.next(other)`:
 * `new SetLogging('Log').next(welcome).next(menu)` connects the three and keeps the first
 * as `startBlock`, so the chain can start a `FlowDefinition`. A chain has one start and any
 * number of open ends (`endBlocks`): after `menu.afterwards()`, `next()` connects every branch.
 */
export class FlowChain implements IFlowChainable {
  /**
   * A chain from `start` to the ends of `next`.
   * @internal
   */
  public static _of(start: FlowBlock, next: IFlowChainable): FlowChain {
    const last = next instanceof FlowChain ? next.endBlock : next.startBlock;
    return new FlowChain(start, next.endBlocks, last);
  }

  /** @internal */
  public static _withEnds(start: FlowBlock, ends: FlowBlock[], last: FlowBlock): FlowChain {
    return new FlowChain(start, ends, last);
  }

  /**
   * A chain of the blocks (or chains, or fragments) given, each connected to the next:
   * `FlowChain.sequence(logging, greeting, menu)`.
   */
  public static sequence(first: IFlowChainable, ...rest: IFlowChainable[]): FlowChain {
    if (!first || !(first.startBlock instanceof FlowBlock)) {
      throw new Error(`FlowChain.sequence: invalid first ${JSON.stringify(first)}: give a flow block, chain or fragment`);
    }
    let chain = first instanceof FlowChain ? first : new FlowChain(first.startBlock, first.endBlocks, first.startBlock);
    for (const next of rest) chain = chain.next(next);
    return chain;
  }

  /** The first block of the chain. */
  public readonly startBlock: FlowBlock;

  /** The last block added to the chain (the first block of what the last `next()` connected). */
  public readonly endBlock: FlowBlock;

  /** The blocks whose success branch is still open: `next()` connects each of them. */
  public readonly endBlocks: FlowBlock[];

  private constructor(startBlock: FlowBlock, endBlocks: FlowBlock[], endBlock: FlowBlock) {
    this.startBlock = startBlock;
    this.endBlocks = [...endBlocks];
    this.endBlock = endBlock;
  }

  /**
   * Connect the success branch of every open end to `next` (a block, a chain or a fragment).
   * Throws when the chain has no open end (it ends with `Disconnect`, or with a block that only
   * branches such as `GetCustomerInput`: connect its branches, or join them with `afterwards()`).
   */
  public next(next: IFlowChainable): FlowChain {
    if (this.endBlocks.length === 0) {
      throw new Error(`${this.endBlock.constructor.name} "${this.endBlock.id}" has no next() branch: connect its own branch methods (onDigit(), onTimeout()…) instead of chaining, or join them with afterwards()`);
    }
    for (const end of this.endBlocks) (end as any).next(next);
    return FlowChain._of(this.startBlock, next);
  }
}

/**
 * A reusable part of a flow (as `StateMachineFragment` in AWS Step Functions): subclass it, build
 * its blocks in the constructor with IDs from `blockId()`, and set `startBlock` and `endBlocks`.
 * Every block ID gets the fragment's prefix, so the same fragment can be placed more than once
 * in one flow: `new CollectNumber('Sales')` and `new CollectNumber('Support')`.
 */
export abstract class FlowFragment implements IFlowChainable {
  /** The prefix of every block ID of the fragment. */
  public readonly prefix: string;

  /** The first block of the fragment. */
  public abstract readonly startBlock: FlowBlock;

  /** The blocks of the fragment whose success branch is left open for `next()`. */
  public abstract readonly endBlocks: FlowBlock[];

  /**
   * @param prefix prepended to every block ID of the fragment: 1 to 40 of A-Z, a-z, 0-9, "_" or "-"
   */
  protected constructor(prefix: string) {
    if (typeof prefix !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(prefix)) {
      throw new Error(`${this.constructor.name}: invalid prefix ${JSON.stringify(prefix)}: must be 1 to 40 characters of A-Z, a-z, 0-9, "_" or "-"`);
    }
    this.prefix = prefix;
  }

  /** Continue every open end of the fragment with `next`. */
  public next(next: IFlowChainable): FlowChain {
    return FlowChain._withEnds(this.startBlock, this.endBlocks, this.startBlock).next(next);
  }

  /**
   * The ID of a block of this fragment: the prefix followed by `name` (the whole ID must stay
   * within 50 characters).
   */
  protected blockId(name: string): string {
    return `${this.prefix}${name}`;
  }
}
