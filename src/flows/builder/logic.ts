import { Duration, aws_lambda as lambda } from 'aws-cdk-lib';
import { FlowBlock, FlowChain, IFlowChainable } from './block';
import { blockFail, checkAttributeKey, checkInteger, durationSeconds, flowNumber, queueOrAgent, renderValueMap } from './private';
import { FlowTarget } from './target';
import { FlowCondition, FlowValue } from './values';
import { IAgent } from '../../core/agent';
import { IHoursOfOperation } from '../../core/hours-of-operation';
import { lambdaArnProblem } from '../../core/private/lambda-arn';
import { IQueue } from '../../core/queue';
import { ActionType, paramRange } from '../language';

/**
 * How a flow invokes a Lambda function.
 */
export enum LambdaInvocationType {
  /** Wait for the result (at most 8 seconds); the result is in `$.External`. */
  SYNCHRONOUS = 'SYNCHRONOUS',
  /** Do not wait for the result. */
  ASYNCHRONOUS = 'ASYNCHRONOUS',
}

/**
 * The shape of the response a flow expects from a Lambda function.
 */
export enum LambdaResponseType {
  /** A flat map of string values (the classic format). */
  STRING_MAP = 'STRING_MAP',
  /** Any JSON object (nested values readable with `$.External.a.b`). */
  JSON = 'JSON',
}

/**
 * Properties of an "Invoke AWS Lambda function" block.
 */
export interface InvokeLambdaProps {
  /**
   * The function. When the flow is created, it is associated with the contact center and
   * Connect is allowed to invoke it (once per function, however many flows use it).
   */
  readonly lambdaFunction: lambda.IFunction;

  /**
   * How long to wait for the function, 1 to 8 seconds.
   *
   * @default Duration.seconds(3)
   */
  readonly timeout?: Duration;

  /**
   * Parameters sent to the function (in `Details.Parameters` of the event). The stored customer
   * input is not sent automatically: pass `FlowValue.storedInput()` here.
   *
   * @default - none
   */
  readonly parameters?: { [key: string]: FlowValue };

  /**
   * The expected response format.
   *
   * @default LambdaResponseType.STRING_MAP
   */
  readonly responseType?: LambdaResponseType;

  /**
   * Synchronous or asynchronous invocation.
   *
   * @default - synchronous (the parameter is left out, as the console does)
   */
  readonly invocationType?: LambdaInvocationType;
}

/**
 * "Invoke AWS Lambda function" (`InvokeLambdaFunction`). The result is readable with
 * `FlowValue.external('key')` until the next Lambda block.
 *
 * Branches: `next()`, `onError()`.
 */
export class InvokeLambda extends FlowBlock {
  /** The function. */
  public readonly lambdaFunction: lambda.IFunction;
  private readonly params: { [key: string]: any };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: InvokeLambdaProps) {
    super(id, 'InvokeLambdaFunction');
    const label = `InvokeLambda "${id}"`;
    if (!props?.lambdaFunction || typeof props.lambdaFunction.functionArn !== 'string') blockFail(label, 'lambdaFunction', props?.lambdaFunction, 'give a lambda.IFunction');
    this.lambdaFunction = props.lambdaFunction;
    const arnProblem = lambdaArnProblem(props.lambdaFunction.functionArn);
    if (arnProblem !== undefined) blockFail(label, 'lambdaFunction', props.lambdaFunction.functionArn, arnProblem);
    const timeout = durationSeconds(label, 'timeout', props.timeout ?? Duration.seconds(3), 1, 8);
    const params: any = { LambdaFunctionARN: props.lambdaFunction.functionArn, InvocationTimeLimitSeconds: flowNumber(timeout) };
    if (props.invocationType !== undefined) {
      if (!Object.values(LambdaInvocationType).includes(props.invocationType)) blockFail(label, 'invocationType', props.invocationType, 'must be SYNCHRONOUS or ASYNCHRONOUS');
      params.InvocationType = props.invocationType;
    }
    if (props.parameters && Object.keys(props.parameters).length > 0) {
      for (const [k, v] of Object.entries(props.parameters)) {
        checkAttributeKey(label, 'parameters key', k);
        if (!(v instanceof FlowValue)) blockFail(label, `parameters.${k}`, v, 'give a FlowValue');
      }
      params.LambdaInvocationAttributes = renderValueMap(props.parameters);
    }
    const responseType = props.responseType ?? LambdaResponseType.STRING_MAP;
    if (!Object.values(LambdaResponseType).includes(responseType)) blockFail(label, 'responseType', responseType, 'must be STRING_MAP or JSON');
    params.ResponseValidation = { ResponseType: responseType };
    this.params = params;
  }

  /** Continue with `block` after the function returned; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the function fails, times out or returns an invalid response (NoMatchingError). */
  public onError(block: IFlowChainable): InvokeLambda {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _lambdaFunctions() { return [this.lambdaFunction]; }
  /** @internal */
  public _renderParameters() { return JSON.parse(JSON.stringify(this.params)); }
}

/**
 * Which contact a "Set contact attributes" block writes to.
 */
export enum TargetContact {
  /** The current contact. */
  CURRENT = 'Current',
  /** The related contact (e.g. the original contact of a transfer). */
  RELATED = 'Related',
}

/**
 * Properties of a "Set contact attributes" block.
 */
export interface SetAttributesProps {
  /** The attributes to set; keys must not contain `$` or `.`. Read them with `FlowValue.attribute()`. */
  readonly attributes: { [key: string]: FlowValue };

  /**
   * The contact to write to.
   *
   * @default TargetContact.CURRENT
   */
  readonly targetContact?: TargetContact;
}

/**
 * "Set contact attributes" (`UpdateContactAttributes`).
 *
 * Branches: `next()`, `onError()`.
 */
export class SetAttributes extends FlowBlock {
  private readonly attributes: { [key: string]: FlowValue };
  private readonly targetContact: TargetContact;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetAttributesProps) {
    super(id, 'UpdateContactAttributes');
    const label = `SetAttributes "${id}"`;
    if (!props?.attributes || Object.keys(props.attributes).length === 0) blockFail(label, 'attributes', props?.attributes, 'give at least one attribute');
    for (const [k, v] of Object.entries(props.attributes)) {
      checkAttributeKey(label, 'attributes key', k);
      if (!(v instanceof FlowValue)) blockFail(label, `attributes.${k}`, v, 'give a FlowValue (FlowValue.literal(), .attribute(), .external()…)');
    }
    this.targetContact = props.targetContact ?? TargetContact.CURRENT;
    if (!Object.values(TargetContact).includes(this.targetContact)) blockFail(label, 'targetContact', this.targetContact, 'must be CURRENT or RELATED');
    this.attributes = { ...props.attributes };
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when an attribute cannot be set (NoMatchingError). */
  public onError(block: IFlowChainable): SetAttributes {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() {
    return { Attributes: renderValueMap(this.attributes), TargetContact: this.targetContact };
  }
}

/**
 * Properties of a "Check contact attributes" (Compare) block.
 */
export interface CompareProps {
  /** The value to compare: exactly one reference, e.g. `FlowValue.attribute('tier')`. */
  readonly value: FlowValue;
}

/**
 * "Check contact attributes" (`Compare`): conditions are evaluated in the order of the
 * `when()` calls; the first true one wins.
 *
 * Branches: `when(condition, block)`…, `otherwise()` (no condition matched).
 */
export class Compare extends FlowBlock {
  /** The compared value. */
  public readonly value: FlowValue;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: CompareProps) {
    super(id, 'Compare');
    if (!(props?.value instanceof FlowValue) || !props.value.isReference) {
      blockFail(`Compare "${id}"`, 'value', props?.value?.value ?? props?.value, 'must be a single reference such as FlowValue.attribute("tier") or FlowValue.system(...)');
    }
    this.value = props.value;
  }

  /** Go to `block` when `condition` is the first to hold. */
  public when(condition: FlowCondition, block: IFlowChainable): Compare {
    if (!(condition instanceof FlowCondition)) blockFail(this._label, 'condition', condition, 'give a FlowCondition');
    this._addCondition('when', `when(${condition.operator} ${JSON.stringify(condition.operand)})`, condition, block);
    return this;
  }

  /** Go to `block` when no condition holds (NoMatchingCondition). */
  public otherwise(block: IFlowChainable): Compare {
    this._setError('otherwise', 'NoMatchingCondition', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingCondition']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'NoMatchingCondition'; }
  /** @internal */
  public _renderParameters() { return { ComparisonValue: this.value.value }; }
}

/**
 * Properties of a "Check hours of operation" block.
 */
export interface CheckHoursOfOperationProps {
  /**
   * The hours to check.
   *
   * @default - the hours of the working queue (an agent queue has none: the error branch is taken)
   */
  readonly hoursOfOperation?: IHoursOfOperation;
}

/**
 * "Check hours of operation" (`CheckHoursOfOperation`).
 *
 * Branches: `onInHours()`, `onOutOfHours()`, `onError()`.
 */
export class CheckHoursOfOperation extends FlowBlock {
  private readonly hours?: IHoursOfOperation;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: CheckHoursOfOperationProps = {}) {
    super(id, 'CheckHoursOfOperation');
    if (props.hoursOfOperation !== undefined && typeof props.hoursOfOperation.hoursOfOperationArn !== 'string') {
      blockFail(`CheckHoursOfOperation "${id}"`, 'hoursOfOperation', props.hoursOfOperation, 'give an IHoursOfOperation');
    }
    this.hours = props.hoursOfOperation;
  }

  /** Go to `block` when the contact center is open. */
  public onInHours(block: IFlowChainable): CheckHoursOfOperation {
    this._addCondition('onInHours', 'onInHours()', { operator: 'Equals', operand: 'True' }, block);
    return this;
  }

  /** Go to `block` when the contact center is closed. */
  public onOutOfHours(block: IFlowChainable): CheckHoursOfOperation {
    this._addCondition('onOutOfHours', 'onOutOfHours()', { operator: 'Equals', operand: 'False' }, block);
    return this;
  }

  /** Go to `block` when the hours cannot be checked (NoMatchingError). */
  public onError(block: IFlowChainable): CheckHoursOfOperation {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public _renderParameters() {
    return this.hours ? { HoursOfOperationId: this.hours.hoursOfOperationArn } : {};
  }
}

/**
 * Which agents a "Check staffing" block counts.
 */
export enum StaffingMetric {
  /** Agents available to take a contact. */
  AVAILABLE = 'NumberOfAgentsAvailable',
  /** Agents staffed (online, available or busy). */
  STAFFED = 'NumberOfAgentsStaffed',
  /** Agents online. */
  ONLINE = 'NumberOfAgentsOnline',
}

/**
 * Properties of a "Check staffing" block.
 */
export interface CheckStaffingProps {
  /**
   * What to count.
   *
   * @default StaffingMetric.STAFFED
   */
  readonly metric?: StaffingMetric;

  /**
   * The queue to check. Exclusive with `agent`.
   *
   * @default - the working queue
   */
  readonly queue?: IQueue;

  /**
   * The agent (personal queue) to check. Exclusive with `queue`.
   *
   * @default - the working queue
   */
  readonly agent?: IAgent;

  /**
   * The queue or agent as a FlowTarget, fixed or read from the contact at run time
   * (`FlowTarget.agentFromValue(FlowValue.external('agentArn'))`). Exclusive with `queue` and `agent`.
   *
   * @default - `queue` or `agent`, else the working queue
   */
  readonly target?: FlowTarget;
}


/**
 * "Check staffing" (`CheckMetricData` with an agent metric): is anyone staffed / available / online?
 * (Agent metrics only support the condition "greater than 0": the other case is the success branch.)
 *
 * Branches: `onTrue()` (at least one agent), `onFalse()` (none), `onError()`.
 */
export class CheckStaffing extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: CheckStaffingProps = {}) {
    super(id, 'CheckMetricData');
    const label = `CheckStaffing "${id}"`;
    const metric = props.metric ?? StaffingMetric.STAFFED;
    if (!Object.values(StaffingMetric).includes(metric)) blockFail(label, 'metric', metric, `must be one of ${Object.values(StaffingMetric).join(', ')}`);
    this.params = { MetricType: metric, ...queueOrAgent(label, props.queue, props.agent, false, props.target) };
  }

  /** Go to `block` when at least one agent matches (condition `NumberGreaterThan 0`). */
  public onTrue(block: IFlowChainable): CheckStaffing {
    this._addCondition('onTrue', 'onTrue()', { operator: 'NumberGreaterThan', operand: '0' }, block);
    return this;
  }

  /** Go to `block` when no agent matches (the `NextAction`). */
  public onFalse(block: IFlowChainable): CheckStaffing {
    this._setNext('onFalse', block);
    return this;
  }

  /** Go to `block` when the metric cannot be read (NoMatchingError). */
  public onError(block: IFlowChainable): CheckStaffing {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { ...this.params }; }
}

/**
 * Which queue metric a "Check queue status" block compares.
 */
export enum QueueStatusMetric {
  /** Seconds the oldest contact has been waiting. */
  OLDEST_CONTACT_AGE = 'OldestContactInQueueAgeSeconds',
  /** Contacts waiting in the queue. */
  CONTACTS_IN_QUEUE = 'NumberOfContactsInQueue',
}

/**
 * Properties of a "Check queue status" block.
 */
export interface CheckQueueStatusProps {
  /** What to compare. */
  readonly metric: QueueStatusMetric;

  /**
   * The queue to check. Exclusive with `agent`.
   *
   * @default - the working queue
   */
  readonly queue?: IQueue;

  /**
   * The agent (personal queue) to check. Exclusive with `queue`.
   *
   * @default - the working queue
   */
  readonly agent?: IAgent;

  /**
   * The queue or agent as a FlowTarget, fixed or read from the contact at run time
   * (`FlowTarget.agentFromValue(FlowValue.external('agentArn'))`). Exclusive with `queue` and `agent`.
   *
   * @default - `queue` or `agent`, else the working queue
   */
  readonly target?: FlowTarget;
}

/**
 * "Check queue status" (`CheckMetricData` with a contact metric), compared with number conditions.
 *
 * Branches: `when(FlowCondition.numberGreaterThan(10), block)`… (equals or number conditions), `otherwise()`, `onError()`.
 */
export class CheckQueueStatus extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: CheckQueueStatusProps) {
    super(id, 'CheckMetricData');
    const label = `CheckQueueStatus "${id}"`;
    if (!Object.values(QueueStatusMetric).includes(props?.metric)) blockFail(label, 'metric', props?.metric, `must be one of ${Object.values(QueueStatusMetric).join(', ')}`);
    this.params = { MetricType: props.metric, ...queueOrAgent(label, props.queue, props.agent, false, props.target) };
  }

  /** Go to `block` when the (numeric) `condition` is the first to hold. */
  public when(condition: FlowCondition, block: IFlowChainable): CheckQueueStatus {
    if (!(condition instanceof FlowCondition) || !(condition.isNumeric || condition.operator === 'Equals')) {
      blockFail(this._label, 'condition', condition?.operator ?? condition, 'use FlowCondition.textEquals() or a number condition (FlowCondition.numberGreaterThan() etc.)');
    }
    this._addCondition('when', `when(${condition.operator} ${condition.operand})`, condition, block);
    return this;
  }

  /** Go to `block` when no condition holds (NoMatchingCondition). */
  public otherwise(block: IFlowChainable): CheckQueueStatus {
    this._setError('otherwise', 'NoMatchingCondition', block);
    return this;
  }

  /** Go to `block` when the metric cannot be read (NoMatchingError). */
  public onError(block: IFlowChainable): CheckQueueStatus {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingCondition', 'NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'NoMatchingCondition'; }
  /** @internal */
  public _renderParameters() { return { ...this.params }; }
}

/**
 * The channel of the metrics a "Get queue metrics" block reads.
 */
export enum MetricChannel {
  /** Voice contacts. */
  VOICE = 'Voice',
  /** Chat contacts. */
  CHAT = 'Chat',
}

/**
 * Properties of a "Get queue metrics" block.
 */
export interface GetQueueMetricsProps {
  /**
   * The queue. Exclusive with `agent`.
   *
   * @default - the working queue
   */
  readonly queue?: IQueue;

  /**
   * The agent (personal queue). Exclusive with `queue`.
   *
   * @default - the working queue
   */
  readonly agent?: IAgent;

  /**
   * Only count contacts of this channel.
   *
   * @default - all channels
   */
  readonly channel?: MetricChannel;

  /**
   * The queue or agent as a FlowTarget, fixed or read from the contact at run time
   * (`FlowTarget.agentFromValue(FlowValue.external('agentArn'))`). Exclusive with `queue` and `agent`.
   *
   * @default - `queue` or `agent`, else the working queue
   */
  readonly target?: FlowTarget;
}

/**
 * "Get queue metrics" (`GetMetricData`): loads `$.Metrics…` (`SystemField.QUEUE_SIZE`,
 * `AGENTS_AVAILABLE`…) for a following Compare block.
 *
 * Branches: `next()`, `onError()`.
 */
export class GetQueueMetrics extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: GetQueueMetricsProps = {}) {
    super(id, 'GetMetricData');
    const label = `GetQueueMetrics "${id}"`;
    const params: { [key: string]: string } = queueOrAgent(label, props.queue, props.agent, false, props.target);
    if (props.channel !== undefined) {
      if (!Object.values(MetricChannel).includes(props.channel)) blockFail(label, 'channel', props.channel, 'must be VOICE or CHAT');
      params.QueueChannel = props.channel;
    }
    this.params = params;
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the metrics cannot be read (NoMatchingError). */
  public onError(block: IFlowChainable): GetQueueMetrics {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { ...this.params }; }
}

/**
 * Properties of a "Loop" block.
 */
export interface LoopProps {
  /** How many times to take the `onContinue()` branch before `onDone()`, 0 to 100. */
  readonly loopCount: number;
}

/**
 * "Loop" (`Loop`): takes `onContinue()` `loopCount` times, then `onDone()` once, then the counter
 * resets. Connect the end of the looped blocks back to this block.
 *
 * Branches: `onContinue()`, `onDone()`.
 */
export class Loop extends FlowBlock {
  /** The loop count. */
  public readonly loopCount: number;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: LoopProps) {
    super(id, 'Loop');
    const range = paramRange(ActionType.LOOP, 'LoopCount');
    checkInteger(`Loop "${id}"`, 'loopCount', props?.loopCount, range.min, range.max);
    if (props?.loopCount === undefined) blockFail(`Loop "${id}"`, 'loopCount', undefined, `must be an integer between ${range.min} and ${range.max}`);
    this.loopCount = props.loopCount;
  }

  /** Go to `block` while looping. */
  public onContinue(block: IFlowChainable): Loop {
    this._addCondition('onContinue', 'onContinue()', { operator: 'Equals', operand: 'ContinueLooping' }, block);
    return this;
  }

  /** Go to `block` when the loop is done. */
  public onDone(block: IFlowChainable): Loop {
    this._addCondition('onDone', 'onDone()', { operator: 'Equals', operand: 'DoneLooping' }, block);
    return this;
  }

  /** @internal */
  public get _errorTypes(): string[] { return []; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'Equals:DoneLooping'; }
  /** @internal */
  public _renderParameters() { return { LoopCount: flowNumber(this.loopCount) }; }
}

/**
 * "Distribute by percentage" (`DistributeByPercentage`): sends a share of contacts down each
 * branch (e.g. A/B tests). Connect draws a number from 1 to 100; branches are rendered as a
 * chain of `NumberLessThan` conditions on the cumulative percentage (operands at most 100, so the
 * conditions cover at most 99 %: give the last share with `otherwise()`).
 *
 * Branches: `percentage(30, block)`…, `otherwise()` (the remaining share).
 */
export class DistributeByPercentage extends FlowBlock {
  private total = 0;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string) {
    super(id, 'DistributeByPercentage');
  }

  /** Send `percent` % (whole numbers; 99 in all at most) of contacts to `block`. */
  public percentage(percent: number, block: IFlowChainable): DistributeByPercentage {
    checkInteger(this._label, 'percent', percent, 1, 100);
    if (this.total + percent > 100) {
      blockFail(this._label, 'percent', percent, `the percentages add up to more than 100 (already ${this.total})`);
    }
    if (this.total + percent === 100) {
      // The draw is 1-100 and no NumberLessThan operand may exceed 100: a draw of 100 always
      // takes NoMatchingCondition, so at least 1 % is left to otherwise().
      blockFail(this._label, 'percent', percent, `the percentages add up to 100: conditions can cover at most 99 % (${99 - this.total} more), give the last share with otherwise()`);
    }
    this.total += percent;
    this._addCondition('percentage', `percentage(${percent})`, { operator: 'NumberLessThan', operand: String(this.total + 1) }, block);
    return this;
  }

  /** Send the remaining contacts to `block` (NoMatchingCondition). */
  public otherwise(block: IFlowChainable): DistributeByPercentage {
    this._setError('otherwise', 'NoMatchingCondition', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingCondition']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'NoMatchingCondition'; }
  /** @internal */
  public _renderParameters() { return {}; }
}
