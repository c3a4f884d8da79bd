import { FlowBlock, FlowChain, IFlowChainable } from './block';
import { blockFail } from './private';
import { FlowCondition } from './values';
import { ActionSpec, Exit, UNKNOWN_ACTION_TYPE, errorRules, specOf, suggestActionType } from '../language';

/**
 * Properties of a custom block.
 */
export interface CustomBlockProps {
  /**
   * The flow-language action type, e.g. `CreateTask` or `UpdateContactRoutingCriteria`.
   * Must be a type the service accepts (a documented misspelling such as `UnTagContact` is
   * rejected with the right name).
   */
  readonly actionType: string;

  /**
   * The action's `Parameters`, exactly as the flow language writes them: every scalar is a
   * string (`"8"`, `"True"`), and values may be JSONPath references (`$.Attributes.x`).
   *
   * @default {}
   */
  readonly parameters?: { [key: string]: any };

  /**
   * Accept an `actionType` this library does not know (one newer than it), written as given:
   * its parameters, conditions and error branches are then not checked, and it has a
   * `NextAction` only when `next()` is connected. A known misspelling (`UnTagContact`) is still
   * rejected. The validator reports the unknown type when the flow is synthesized unless the app
   * sets the context `cdk-contact-center:allowUnknownActions` to `true` (then a warning).
   *
   * @default false
   */
  readonly allowUnknownActionType?: boolean;
}

/**
 * Any action of the flow language, for actions the builder has no block for: the escape hatch.
 *
 * You give the action type and its `Parameters` as the flow language writes them, and connect
 * its branches with `next()`, `onError()`, `onErrorType()` and `onCondition()`. The type and the
 * error types are checked when the block is created; the parameters, conditions and required
 * branches are checked by the same rules as every other action when the `ContactFlow` is
 * synthesized (and by `validateFlow`).
 *
 * Lambda functions and Lex bots referenced in `parameters` are not associated with the contact
 * center: use `InvokeLambda` / `LexBotInput`, or associate them yourself.
 *
 * For example `new CustomBlock('FollowUp', { actionType: 'CreateTask', parameters: { Name: 'Call back',
 * ContactFlowId: taskFlow.contactFlowArn } })` creates a task (see the README, "Actions the builder lacks").
 */
export class CustomBlock extends FlowBlock {
  private readonly params: { [key: string]: any };
  private readonly exit: Exit;
  /** The description of the action type; undefined for an unknown type (allowUnknownActionType). */
  private readonly spec?: ActionSpec;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: CustomBlockProps) {
    const type = props?.actionType;
    const allowUnknown = props?.allowUnknownActionType === true;
    if (typeof type !== 'string' || !specOf(type)) {
      const right = typeof type === 'string' ? suggestActionType(type) : undefined;
      if (right !== undefined) blockFail(`CustomBlock "${id}"`, 'actionType', type, `the service takes "${right}"`);
      if (!allowUnknown) {
        blockFail(`CustomBlock "${id}"`, 'actionType', type, 'must be an action type of the flow language (see the API reference "Flow language" actions pages); '
          + 'for one newer than this library, set allowUnknownActionType');
      }
      if (typeof type !== 'string' || !UNKNOWN_ACTION_TYPE.test(type)) {
        blockFail(`CustomBlock "${id}"`, 'actionType', type, 'an action type is a letter followed by letters and digits');
      }
    }
    super(id, type);
    const params = props.parameters ?? {};
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
      blockFail(this._label, 'parameters', params, 'must be an object of flow-language parameters');
    }
    this.params = JSON.parse(JSON.stringify(params));
    this.spec = specOf(type);
    this.exit = this.spec?.exit ?? Exit.NEXT;
  }

  /**
   * Continue with `block` on success; returns a chain to continue with `.next()`.
   * Not available on terminal actions (`DisconnectParticipant`, `EndFlowExecution`…).
   */
  public next(next: IFlowChainable): FlowChain {
    if (this.exit === Exit.TERMINAL) throw new Error(`${this._label}: ${this.actionType} ends the contact or the flow: it has no next() branch`);
    return this._chain(next);
  }

  /** Go to `block` on an error (NoMatchingError). */
  public onError(block: IFlowChainable): CustomBlock {
    return this.onErrorType('NoMatchingError', block);
  }

  /**
   * Go to `block` on the error branch `errorType` (e.g. `NoMatchingCondition`,
   * `InputTimeLimitExceeded`), which must be one the action type raises.
   */
  public onErrorType(errorType: string, block: IFlowChainable): CustomBlock {
    if (this.spec === undefined) {
      // An unknown type: any error type, which the service checks.
      if (typeof errorType !== 'string' || !UNKNOWN_ACTION_TYPE.test(errorType)) {
        blockFail(this._label, 'errorType', errorType, 'an error type is a letter followed by letters and digits');
      }
    } else {
      const allowed = errorRules(this.spec, this.params).allowed;
      if (typeof errorType !== 'string' || !allowed.includes(errorType)) {
        blockFail(this._label, 'errorType', errorType, allowed.length > 0 ? `${this.actionType} raises ${allowed.join(', ')}` : `${this.actionType} raises no errors`);
      }
    }
    this._setError(`onErrorType(${errorType})`, errorType, block);
    return this;
  }

  /** Go to `block` when the condition is true (conditions are tried in the order added). */
  public onCondition(condition: FlowCondition, block: IFlowChainable): CustomBlock {
    if (!(condition instanceof FlowCondition)) blockFail(this._label, 'condition', condition, 'give a FlowCondition');
    this._addCondition('onCondition', `condition ${condition.operator} "${condition.operand}"`, condition, block);
    return this;
  }

  /** @internal */
  public get _errorTypes(): string[] { return [...this._errors.keys()]; }
  /** @internal */
  public get _hasNext() { return this._nextBlock !== undefined; }
  /** @internal */
  public get _canContinue() { return this.exit !== Exit.TERMINAL; }
  /** @internal */
  public _renderParameters() { return JSON.parse(JSON.stringify(this.params)); }
}
