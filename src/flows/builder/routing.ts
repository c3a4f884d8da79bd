import { Duration, Token } from 'aws-cdk-lib';
import { FlowBlock, FlowChain, IFlowChainable } from './block';
import { blockFail, checkInteger, checkString, durationSeconds, flowBool, flowNumber, flowTypeOf, isToken, queueOrAgent } from './private';
import { FlowTarget } from './target';
import { FlowValue } from './values';
import { IAgent } from '../../core/agent';
import { IContactFlow } from '../../core/contact-flow';
import { IPhoneNumber } from '../../core/phone-number';
import { IQueue } from '../../core/queue';
import { ActionType, TRANSFER_TARGETS, paramRange } from '../language';
import { E164, isJsonPath } from '../language/values';

/**
 * Properties of a "Set working queue" block: exactly one of `queue` and `agent`.
 */
export interface SetWorkingQueueProps {
  /**
   * The queue.
   *
   * @default - `agent` must be given
   */
  readonly queue?: IQueue;

  /**
   * The agent: the contact goes to the agent's personal queue.
   *
   * @default - `queue` must be given
   */
  readonly agent?: IAgent;

  /**
   * The queue or agent as a FlowTarget, fixed or read from the contact at run time
   * (`FlowTarget.agentFromValue(FlowValue.external('agentArn'))`). Exclusive with `queue` and `agent`.
   *
   * @default - `queue` or `agent`
   */
  readonly target?: FlowTarget;
}

/**
 * "Set working queue" (`UpdateContactTargetQueue`), by queue or by agent.
 *
 * Branches: `next()`, `onError()`.
 */
export class SetWorkingQueue extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetWorkingQueueProps) {
    super(id, 'UpdateContactTargetQueue');
    this.params = queueOrAgent(`SetWorkingQueue "${id}"`, props?.queue, props?.agent, true, props?.target);
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the queue cannot be set (NoMatchingError). */
  public onError(block: IFlowChainable): SetWorkingQueue {
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
 * "Transfer to queue" (`TransferContactToQueue`): queues the contact in the working queue and
 * ends the flow (inbound and transfer flows). On success the flow does not continue; the
 * rendered `NextAction` mirrors the error branch, as console exports do.
 *
 * Branches: `onAtCapacity()`, `onError()`.
 */
export class TransferToQueue extends FlowBlock {
  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string) {
    super(id, 'TransferContactToQueue');
  }

  /** Go to `block` when the queue is full (QueueAtCapacity). */
  public onAtCapacity(block: IFlowChainable): TransferToQueue {
    this._setError('onAtCapacity', 'QueueAtCapacity', block);
    return this;
  }

  /** Go to `block` when the contact cannot be queued (NoMatchingError). */
  public onError(block: IFlowChainable): TransferToQueue {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['QueueAtCapacity', 'NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'NoMatchingError'; }
  /** @internal */
  public _renderParameters() { return {}; }
}

/**
 * Properties of a "Transfer to queue" block of a customer queue flow: exactly one of `queue` and `agent`.
 */
export interface DequeueAndTransferToQueueProps {
  /**
   * The destination queue.
   *
   * @default - `agent` must be given
   */
  readonly queue?: IQueue;

  /**
   * The destination agent (personal queue).
   *
   * @default - `queue` must be given
   */
  readonly agent?: IAgent;

  /**
   * The queue or agent as a FlowTarget, fixed or read from the contact at run time
   * (`FlowTarget.agentFromValue(FlowValue.external('agentArn'))`). Exclusive with `queue` and `agent`.
   *
   * @default - `queue` or `agent`
   */
  readonly target?: FlowTarget;
}

/**
 * "Transfer to queue" in a customer queue flow (`DequeueContactAndTransferToQueue`): moves a
 * waiting contact to another queue.
 *
 * Branches: `onAtCapacity()`, `onError()`.
 */
export class DequeueAndTransferToQueue extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: DequeueAndTransferToQueueProps) {
    super(id, 'DequeueContactAndTransferToQueue');
    this.params = queueOrAgent(`DequeueAndTransferToQueue "${id}"`, props?.queue, props?.agent, true, props?.target);
  }

  /** Go to `block` when the destination queue is full (QueueAtCapacity). */
  public onAtCapacity(block: IFlowChainable): DequeueAndTransferToQueue {
    this._setError('onAtCapacity', 'QueueAtCapacity', block);
    return this;
  }

  /** Go to `block` when the contact cannot be moved (NoMatchingError). */
  public onError(block: IFlowChainable): DequeueAndTransferToQueue {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['QueueAtCapacity', 'NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'NoMatchingError'; }
  /** @internal */
  public _renderParameters() { return { ...this.params }; }
}

/**
 * Properties of a "Set callback number" block.
 */
export interface SetCallbackNumberProps {
  /**
   * The number to call back: a single reference, typically `FlowValue.storedInput()` after a
   * "Store customer input" block with phone validation, or `FlowValue.system(SystemField.CUSTOMER_NUMBER)`.
   */
  readonly callbackNumber: FlowValue;
}

/**
 * "Set callback number" (`UpdateContactCallbackNumber`).
 *
 * Branches: `next()`, `onInvalidNumber()`, `onNotDialable()`.
 */
export class SetCallbackNumber extends FlowBlock {
  private readonly number: FlowValue;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetCallbackNumberProps) {
    super(id, 'UpdateContactCallbackNumber');
    if (!(props?.callbackNumber instanceof FlowValue) || !props.callbackNumber.isReference) {
      blockFail(`SetCallbackNumber "${id}"`, 'callbackNumber', props?.callbackNumber?.value ?? props?.callbackNumber, 'must be a single reference such as FlowValue.storedInput() (static numbers are not allowed)');
    }
    this.number = props.callbackNumber;
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the number is not a valid phone number (InvalidCallbackNumber). */
  public onInvalidNumber(block: IFlowChainable): SetCallbackNumber {
    this._setError('onInvalidNumber', 'InvalidCallbackNumber', block);
    return this;
  }

  /** Go to `block` when the number cannot be dialed from this instance (CallbackNumberNotDialable). */
  public onNotDialable(block: IFlowChainable): SetCallbackNumber {
    this._setError('onNotDialable', 'CallbackNumberNotDialable', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['InvalidCallbackNumber', 'CallbackNumberNotDialable']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { CallbackNumber: this.number.value }; }
}

/**
 * Properties of a "Transfer to queue" callback block.
 */
export interface CreateCallbackProps {
  /**
   * The queue of the callback. Exclusive with `agent`.
   *
   * @default - the working queue
   */
  readonly queue?: IQueue;

  /**
   * The agent (personal queue) of the callback. Exclusive with `queue`.
   *
   * @default - the working queue
   */
  readonly agent?: IAgent;

  /**
   * How long to wait before the callback is queued, 1 second to 3 days.
   *
   * @default Duration.seconds(5)
   */
  readonly initialDelay?: Duration;

  /**
   * How many times to try to reach the customer, 1 to 100.
   *
   * @default 1
   */
  readonly maxAttempts?: number;

  /**
   * Time between attempts, 1 second to 3 days.
   *
   * @default Duration.minutes(10)
   */
  readonly retryDelay?: Duration;

  /**
   * The queue or agent as a FlowTarget, fixed or read from the contact at run time
   * (`FlowTarget.agentFromValue(FlowValue.external('agentArn'))`). Exclusive with `queue` and `agent`.
   *
   * @default - `queue` or `agent`, else the working queue
   */
  readonly target?: FlowTarget;
}

/**
 * "Transfer to queue" as a callback (`CreateCallbackContact`): creates a callback contact that is
 * queued after `initialDelay`. Set the number first with `SetCallbackNumber`.
 *
 * Branches: `next()`, `onError()`.
 */
export class CreateCallback extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: CreateCallbackProps = {}) {
    super(id, 'CreateCallbackContact');
    const label = `CreateCallback "${id}"`;
    const delay = paramRange(ActionType.CREATE_CALLBACK_CONTACT, 'InitialCallDelaySeconds');
    const retryRange = paramRange(ActionType.CREATE_CALLBACK_CONTACT, 'RetryDelaySeconds');
    const initial = durationSeconds(label, 'initialDelay', props.initialDelay ?? Duration.seconds(5), delay.min, delay.max);
    const retry = durationSeconds(label, 'retryDelay', props.retryDelay ?? Duration.minutes(10), retryRange.min, retryRange.max);
    // At least one attempt (the docs require more than 0); the upper bound is the language's.
    checkInteger(label, 'maxAttempts', props.maxAttempts, 1, paramRange(ActionType.CREATE_CALLBACK_CONTACT, 'MaximumConnectionAttempts').max);
    this.params = {
      ...queueOrAgent(label, props.queue, props.agent, false, props.target),
      InitialCallDelaySeconds: flowNumber(initial),
      MaximumConnectionAttempts: flowNumber(props.maxAttempts ?? 1),
      RetryDelaySeconds: flowNumber(retry),
    };
  }

  /** Continue with `block` once the callback is created; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the callback cannot be created (NoMatchingError). */
  public onError(block: IFlowChainable): CreateCallback {
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
 * Properties of a "Transfer to flow" block.
 */
export interface TransferToFlowProps {
  /**
   * The flow to run (inbound or transfer flow). Exactly one of `flow` and `flowValue`.
   *
   * @default - `flowValue` must be given
   */
  readonly flow?: IContactFlow;

  /**
   * The flow to run, read from the contact at run time: one whole JSONPath reference holding a
   * flow ARN or ID (`FlowValue.external('nextFlowArn')`). Exactly one of `flow` and `flowValue`.
   *
   * @default - `flow` must be given
   */
  readonly flowValue?: FlowValue;
}

/**
 * "Transfer to flow" (`TransferToFlow`): ends this flow and runs another. On success the flow
 * does not continue; the rendered `NextAction` mirrors the error branch, as console exports do.
 *
 * Branches: `onError()`.
 */
export class TransferToFlow extends FlowBlock {
  private readonly flowId: string;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: TransferToFlowProps) {
    super(id, 'TransferToFlow');
    const label = `TransferToFlow "${id}"`;
    if (props?.flowValue !== undefined) {
      if (props.flow !== undefined) blockFail(label, 'flow', '(flow and flowValue)', 'give either flow or flowValue, not both');
      if (!(props.flowValue instanceof FlowValue) || !props.flowValue.isReference) {
        blockFail(label, 'flowValue', props.flowValue?.value ?? props.flowValue, 'must be one whole JSONPath reference such as FlowValue.external(\'flowArn\')');
      }
      this.flowId = props.flowValue.value;
      return;
    }
    if (!props?.flow || typeof props.flow.contactFlowArn !== 'string') blockFail(label, 'flow', props?.flow, 'give an IContactFlow (or a flowValue)');
    // Connect takes the error branch for a flow that is not an inbound or transfer flow.
    const type = flowTypeOf(props.flow!);
    if (type !== undefined && !(TRANSFER_TARGETS as readonly string[]).includes(type)) {
      blockFail(label, 'flow', type, `the flow must be an inbound or transfer flow (${TRANSFER_TARGETS.join(', ')})`);
    }
    this.flowId = props.flow!.contactFlowArn;
  }

  /** Go to `block` when the transfer fails (NoMatchingError). */
  public onError(block: IFlowChainable): TransferToFlow {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'NoMatchingError'; }
  /** @internal */
  public _renderParameters() { return { ContactFlowId: this.flowId }; }
}

/**
 * Properties of a "Transfer to phone number" block.
 */
export interface TransferToPhoneNumberProps {
  /** The number to call, in E.164 format (`+15550100`), or a reference such as `$.Attributes.forwardTo`. */
  readonly phoneNumber: string;

  /**
   * How long to let the call ring, up to 600 seconds.
   *
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * Resume this flow after the third party hangs up (enables `next()`).
   *
   * @default false
   */
  readonly resumeAfterDisconnect?: boolean;

  /**
   * DTMF digits to send once the call connects (0-9, *, #, `,` for a pause).
   *
   * @default - none
   */
  readonly dtmfDigits?: string;

  /**
   * The caller ID number shown to the third party (a number claimed in the instance), in E.164
   * form or as a reference such as `$.Attributes.callerId`. Or give `callerIdPhoneNumber`.
   *
   * @default - the number the customer dialed
   */
  readonly callerIdNumber?: string;

  /**
   * The caller ID shown to the third party as a phone number of the contact center, as queues take
   * it (`PhoneNumber`, or `PhoneNumber.fromPhoneNumberAttributes()` with its address): its E.164
   * address goes into the flow. Instead of `callerIdNumber`, not with it. A number of another
   * contact center fails at synth (checked by `ContactFlow`).
   *
   * @default - `callerIdNumber`, or the number the customer dialed
   */
  readonly callerIdPhoneNumber?: IPhoneNumber;

  /**
   * The caller ID name.
   *
   * @default - none
   */
  readonly callerIdName?: string;
}


/** An E.164 number, or one whole JSONPath reference (what the flow validator accepts). */
function isNumberOrReference(value: string): boolean {
  return E164.test(value) || isJsonPath(value);
}

/**
 * "Transfer to phone number" (`TransferParticipantToThirdParty`), voice only.
 *
 * Branches: `onError()`; with `resumeAfterDisconnect` also `next()`, `onCallFailed()` and `onTimeout()`.
 */
export class TransferToPhoneNumber extends FlowBlock {
  private readonly params: { [key: string]: any };
  private readonly resume: boolean;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: TransferToPhoneNumberProps) {
    super(id, 'TransferParticipantToThirdParty');
    const label = `TransferToPhoneNumber "${id}"`;
    const phone = props?.phoneNumber;
    if (typeof phone !== 'string' || (!isToken(phone) && !isNumberOrReference(phone))) {
      blockFail(label, 'phoneNumber', phone, 'must be an E.164 number such as "+15550100" or a reference such as "$.Attributes.forwardTo"');
    }
    const range = paramRange(ActionType.TRANSFER_PARTICIPANT_TO_THIRD_PARTY, 'ThirdPartyConnectionTimeLimitSeconds');
    const timeout = durationSeconds(label, 'timeout', props.timeout ?? Duration.seconds(30), range.min, range.max);
    this.resume = props.resumeAfterDisconnect ?? false;
    const params: any = {
      ThirdPartyPhoneNumber: phone,
      // The spelling the service takes (the documented ThirdPartyConnectionTimeoutSeconds is not).
      ThirdPartyConnectionTimeLimitSeconds: flowNumber(timeout),
      ContinueFlowExecution: flowBool(this.resume),
    };
    if (props.dtmfDigits !== undefined) {
      if (typeof props.dtmfDigits !== 'string' || (!Token.isUnresolved(props.dtmfDigits) && !/^[0-9*#,]{1,50}$/.test(props.dtmfDigits))) {
        blockFail(label, 'dtmfDigits', props.dtmfDigits, 'must be 1 to 50 characters of 0-9, *, # and ","');
      }
      params.ThirdPartyDTMFDigits = props.dtmfDigits;
    }
    let callerIdNumber = props.callerIdNumber;
    if (props.callerIdPhoneNumber !== undefined) {
      const number = props.callerIdPhoneNumber;
      if (callerIdNumber !== undefined) {
        blockFail(label, 'callerIdPhoneNumber', number.node?.path, 'give callerIdPhoneNumber or callerIdNumber, not both');
      }
      if (number.phoneNumberAddress === undefined) {
        blockFail(label, 'callerIdPhoneNumber', number.node?.path,
          'its E.164 address is unknown: import it with PhoneNumber.fromPhoneNumberAttributes({ phoneNumberArn, phoneNumberAddress }), or give callerIdNumber');
      }
      callerIdNumber = number.phoneNumberAddress;
    }
    if (callerIdNumber !== undefined || props.callerIdName !== undefined) {
      const callerId: any = {};
      if (callerIdNumber !== undefined) {
        if (typeof callerIdNumber !== 'string' || (!isToken(callerIdNumber) && !isNumberOrReference(callerIdNumber))) {
          blockFail(label, 'callerIdNumber', callerIdNumber, 'must be an E.164 number or a reference');
        }
        callerId.Number = callerIdNumber;
      }
      if (props.callerIdName !== undefined) {
        checkString(label, 'callerIdName', props.callerIdName, 1, 100);
        callerId.Name = props.callerIdName;
      }
      params.CallerId = callerId;
    }
    this.params = params;
  }

  /** Continue with `block` after the third party hangs up (needs `resumeAfterDisconnect`); returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    if (!this.resume) throw new Error(`${this._label}: next() needs resumeAfterDisconnect: true (otherwise the flow ends when the call is transferred)`);
    return this._chain(next);
  }

  /**
   * Go to `block` when the call fails (CallFailed). Needs `resumeAfterDisconnect`: without it the
   * flow does not come back, and the service rejects the branch.
   */
  public onCallFailed(block: IFlowChainable): TransferToPhoneNumber {
    this._needsResume('onCallFailed');
    this._setError('onCallFailed', 'CallFailed', block);
    return this;
  }

  /**
   * Go to `block` when nobody answers in time (ConnectionTimeLimitExceeded). Needs
   * `resumeAfterDisconnect`: without it the service rejects the branch.
   */
  public onTimeout(block: IFlowChainable): TransferToPhoneNumber {
    this._needsResume('onTimeout');
    this._setError('onTimeout', 'ConnectionTimeLimitExceeded', block);
    return this;
  }

  private _needsResume(method: string): void {
    if (!this.resume) {
      throw new Error(`${this._label}: ${method}() needs resumeAfterDisconnect: true (with ContinueFlowExecution "False" the service accepts only the NoMatchingError branch: use onError())`);
    }
  }

  /** Go to `block` on any other error (NoMatchingError). */
  public onError(block: IFlowChainable): TransferToPhoneNumber {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return this.resume ? ['CallFailed', 'ConnectionTimeLimitExceeded', 'NoMatchingError'] : ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return this.resume; }
  /** @internal */
  public get _nextFallback() { return this.resume ? undefined : 'NoMatchingError'; }
  /** @internal */
  public _renderParameters() { return JSON.parse(JSON.stringify(this.params)); }
}

/**
 * Properties of a "Change routing priority / age" block: exactly one of the two.
 */
export interface SetRoutingPriorityProps {
  /**
   * The queue priority, 1 (highest) or more; new contacts have 5.
   *
   * @default - `queueTimeAdjustmentSeconds` must be given
   */
  readonly queuePriority?: number;

  /**
   * Seconds added to (or, negative, removed from) the contact's age in queue; older contacts are routed first.
   *
   * @default - `queuePriority` must be given
   */
  readonly queueTimeAdjustmentSeconds?: number;
}

/**
 * "Change routing priority / age" (`UpdateContactRoutingBehavior`), inbound flows.
 *
 * Branches: `next()`.
 */
export class SetRoutingPriority extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetRoutingPriorityProps) {
    super(id, 'UpdateContactRoutingBehavior');
    const label = `SetRoutingPriority "${id}"`;
    const p = props ?? {};
    if ((p.queuePriority === undefined) === (p.queueTimeAdjustmentSeconds === undefined)) {
      blockFail(label, 'queuePriority', p.queuePriority, 'give exactly one of queuePriority and queueTimeAdjustmentSeconds');
    }
    if (p.queuePriority !== undefined) {
      checkInteger(label, 'queuePriority', p.queuePriority, 1, Number.MAX_SAFE_INTEGER);
      this.params = { QueuePriority: flowNumber(p.queuePriority!) };
    } else {
      checkInteger(label, 'queueTimeAdjustmentSeconds', p.queueTimeAdjustmentSeconds, -2147483648, 2147483647);
      this.params = { QueueTimeAdjustmentSeconds: flowNumber(p.queueTimeAdjustmentSeconds!) };
    }
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** @internal */
  public get _errorTypes(): string[] { return []; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { ...this.params }; }
}

/**
 * "Disconnect / hang up" (`DisconnectParticipant`): ends the contact. Terminal.
 */
export class Disconnect extends FlowBlock {
  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string) {
    super(id, 'DisconnectParticipant');
  }

  /** @internal */
  public get _errorTypes(): string[] { return []; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public _renderParameters() { return {}; }
}

/**
 * "End flow / Resume" (`EndFlowExecution`): ends a whisper, hold or customer queue flow. Terminal.
 */
export class EndFlow extends FlowBlock {
  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string) {
    super(id, 'EndFlowExecution');
  }

  /** @internal */
  public get _errorTypes(): string[] { return []; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public _renderParameters() { return {}; }
}
