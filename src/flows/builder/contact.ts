import { Duration } from 'aws-cdk-lib';
import { FlowBlock, FlowChain, IFlowChainable } from './block';
import { blockFail, checkAttributeKey, durationSeconds, flowNumber, isToken, renderValueMap } from './private';
import { FlowValue } from './values';
import { FlowModuleContract, FlowModuleParameterType, IContactFlowModule } from '../../core/contact-flow-module';
import { checkModuleInvocation } from '../../core/private/module-invocation';
import { ActionType, paramRange } from '../language';


/** Checks a map of FlowValues with attribute-like keys. */
function checkValueMap(label: string, prop: string, map: { [key: string]: FlowValue } | undefined, max?: number): { [key: string]: FlowValue } {
  if (!map || typeof map !== 'object' || Object.keys(map).length === 0) blockFail(label, prop, map, 'give at least one entry');
  if (max !== undefined && Object.keys(map!).length > max) blockFail(label, prop, `${Object.keys(map!).length} entries`, `at most ${max} are allowed`);
  for (const [k, v] of Object.entries(map!)) {
    checkAttributeKey(label, `${prop} key`, k);
    if (!(v instanceof FlowValue)) blockFail(label, `${prop}.${k}`, v, 'give a FlowValue (FlowValue.literal(), .attribute(), .external()…)');
    if (!isToken(v.value) && v.value === '') blockFail(label, `${prop}.${k}`, '""', 'the service rejects empty values: give a non-empty value');
  }
  return { ...map! };
}

/**
 * Properties of a "Wait" block.
 */
export interface WaitProps {
  /** How long to wait, 1 second to 7 days. */
  readonly timeout: Duration;
}

/**
 * "Wait" (`Wait`): pauses the contact (chats, tasks; a timer in queue flows), then takes
 * `onTimeElapsed()`. Renders `TimeLimitSeconds`, the spelling the service takes.
 *
 * Branches: `onTimeElapsed()`, `onError()`.
 */
export class Wait extends FlowBlock {
  private readonly seconds: number;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: WaitProps) {
    super(id, ActionType.WAIT);
    const range = paramRange(ActionType.WAIT, 'TimeLimitSeconds');
    this.seconds = durationSeconds(`Wait "${id}"`, 'timeout', props?.timeout, range.min, range.max);
  }

  /** Go to `block` when the time is up (`WaitCompleted`). */
  public onTimeElapsed(block: IFlowChainable): Wait {
    this._addCondition('onTimeElapsed', 'onTimeElapsed()', { operator: 'Equals', operand: 'WaitCompleted' }, block);
    return this;
  }

  /** Go to `block` when the wait fails (NoMatchingError). */
  public onError(block: IFlowChainable): Wait {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'Equals:WaitCompleted'; }
  /** @internal */
  public _renderParameters() { return { TimeLimitSeconds: flowNumber(this.seconds) }; }
}

/**
 * Properties of a "Set flow attributes" block.
 */
export interface SetFlowAttributesProps {
  /** Flow attributes to set (read with `FlowValue.flowAttribute('name')` until the flow ends). */
  readonly attributes: { [key: string]: FlowValue };
}

/**
 * "Set flow attributes" (`UpdateFlowAttributes`): values local to this flow. Renders
 * `{ "Type": "String", "Value": … }` per attribute, and the NoMatchingError branch the service
 * requires (to the next block unless `onError()` or the definition's error handler says otherwise).
 *
 * Branches: `next()`, `onError()`.
 */
export class SetFlowAttributes extends FlowBlock {
  private readonly attributes: { [key: string]: FlowValue };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetFlowAttributesProps) {
    super(id, ActionType.UPDATE_FLOW_ATTRIBUTES);
    this.attributes = checkValueMap(`SetFlowAttributes "${id}"`, 'attributes', props?.attributes);
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when an attribute cannot be set (NoMatchingError). */
  public onError(block: IFlowChainable): SetFlowAttributes {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() {
    const out: { [key: string]: any } = {};
    for (const [k, v] of Object.entries(this.attributes)) out[k] = { Type: 'String', Value: v.value };
    return { FlowAttributes: out };
  }
}

/**
 * Properties of an "Invoke module" block.
 */
export interface InvokeModuleProps {
  /** The ARN (or ID) of the flow module to run. */
  readonly moduleArn: string;

  /**
   * Inputs of the module, by the names its contract declares, sent as strings (use
   * `InvokeModule.fromModule()` to send number and boolean inputs in their JSON type and have the
   * inputs checked against the module's contract).
   *
   * @default - no inputs
   */
  readonly inputs?: { [key: string]: FlowValue };
}

/**
 * Properties of an "Invoke module" block built from a flow module construct
 * (`InvokeModule.fromModule()`).
 */
export interface InvokeContactFlowModuleProps {
  /**
   * The flow module to run (a `ContactFlowModule`, or one imported with its contract). Its ID goes
   * into `FlowModuleId`; when it has a `contract`, the inputs and the `onResult()` branches are
   * checked against it at synth.
   */
  readonly module: IContactFlowModule;

  /**
   * Inputs of the module, by the names its contract declares. A literal for a `NUMBER` or `BOOLEAN`
   * input is sent as that JSON type (`FlowValue.literal('3')` → `3`, `'true'` → `true`), as the
   * service requires; a reference such as `FlowValue.attribute('x')` is only allowed for `STRING`
   * inputs.
   *
   * @default - no inputs
   */
  readonly inputs?: { [key: string]: FlowValue };
}

/** Names of module branches: letters, digits and underscores, as contracts declare them. */
const MODULE_BRANCH_NAME = /^[A-Za-z0-9_]{1,100}$/;

/** A module input value in the JSON type the contract declares (what the service checks). */
function typedModuleInput(label: string, key: string, value: string, type: FlowModuleParameterType | undefined): any {
  if (isToken(value) || type === undefined || type === FlowModuleParameterType.STRING) return value;
  if (value.includes('$.')) {
    blockFail(label, `inputs.${key}`, value, `the module declares a ${type} input, and a reference ($.…) is only allowed for string inputs: give a literal`);
  }
  if (type === FlowModuleParameterType.NUMBER) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) blockFail(label, `inputs.${key}`, value, 'the module declares a number input: give a literal number, e.g. FlowValue.literal(\'3\')');
    return n;
  }
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  return blockFail(label, `inputs.${key}`, value, 'the module declares a boolean input: give FlowValue.literal(\'true\') or FlowValue.literal(\'false\')');
}

/**
 * "Invoke module" (`InvokeFlowModule`): runs a flow module, then continues with `next()` when the
 * module returns without a branch, or with the `onResult()` branch the module returns through
 * (`EndFlowModuleExecution` `Result`). After the call, the flow reads the module's outputs with
 * `$.Modules.ResultData.<name>` and the branch taken with `$.Modules.Result`.
 *
 * Build it from a module construct with `InvokeModule.fromModule()` to have the inputs and branches
 * checked against the module's contract at synth, or from an ARN with `new InvokeModule()`.
 *
 * Branches: `next()`, `onResult()`, `onError()`.
 */
export class InvokeModule extends FlowBlock {
  /**
   * Invoke a flow module construct: its ID goes into `FlowModuleId`, and when its contract is known
   * the inputs (declared, required, of the declared JSON type) and the `onResult()` branches (declared)
   * are checked at synth.
   *
   * @param id the block ID, used as the action Identifier
   */
  public static fromModule(id: string, props: InvokeContactFlowModuleProps): InvokeModule {
    const label = `InvokeModule "${id}"`;
    const module = props?.module;
    if (!module || typeof module.contactFlowModuleId !== 'string') blockFail(label, 'module', module, 'give an IContactFlowModule (a ContactFlowModule, or ContactFlowModule.fromContactFlowModuleAttributes())');
    const block = new InvokeModule(id, { moduleArn: module.contactFlowModuleId, inputs: props.inputs });
    block.contract = module.contract;
    if (block.contract) {
      const typed: { [key: string]: any } = {};
      const types = new Map((block.contract.inputs ?? []).map((p) => [p.name, p.type ?? FlowModuleParameterType.STRING]));
      for (const [k, v] of Object.entries(block.inputs ?? {})) typed[k] = typedModuleInput(label, k, v.value, types.get(k));
      const problems = checkModuleInvocation(block.contract, typed, []);
      if (problems.length > 0) blockFail(label, 'inputs', Object.keys(typed), `${problems.join('; ')}`);
      block.typedInputs = typed;
    }
    return block;
  }

  private readonly moduleArn: string;
  private readonly inputs?: { [key: string]: FlowValue };
  private contract?: FlowModuleContract;
  private typedInputs?: { [key: string]: any };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: InvokeModuleProps) {
    super(id, ActionType.INVOKE_FLOW_MODULE);
    const label = `InvokeModule "${id}"`;
    const arn = props?.moduleArn;
    if (typeof arn !== 'string' || (!isToken(arn) && !/^(arn:[^:]+:connect:[^:]*:[0-9]*:instance\/[^/]+\/flow-module\/[^/]+|[A-Za-z0-9-]{1,256}|\$\.[A-Za-z0-9_.-]+)$/.test(arn))) {
      blockFail(label, 'moduleArn', arn, 'must be a flow module ARN (arn:aws:connect:<region>:<account>:instance/<id>/flow-module/<moduleId>), a module ID or a reference');
    }
    this.moduleArn = arn;
    if (props.inputs !== undefined) this.inputs = checkValueMap(label, 'inputs', props.inputs);
  }

  /** Continue with `block` once the module returns; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /**
   * Go to `block` when the module returns through its branch `name` (`EndFlowModuleExecution`
   * with `Result: name`; a condition `Equals name`). With a module built by `fromModule()`, the
   * branch must be one its contract declares.
   *
   * @param name the branch name, as the module's contract declares it
   */
  public onResult(name: string, block: FlowBlock): InvokeModule {
    if (typeof name !== 'string' || (!isToken(name) && !MODULE_BRANCH_NAME.test(name))) {
      blockFail(this._label, 'onResult name', name, 'branch names are 1 to 100 letters, digits and underscores');
    }
    if (this.contract && !isToken(name)) {
      const problems = checkModuleInvocation({ branches: this.contract.branches }, {}, [name]);
      if (problems.length > 0) blockFail(this._label, 'onResult name', name, problems.join('; '));
    }
    this._addCondition('onResult', `onResult("${name}")`, { operator: 'Equals', operand: name }, block);
    return this;
  }

  /** Go to `block` when the module fails (NoMatchingError). */
  public onError(block: IFlowChainable): InvokeModule {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() {
    if (this.typedInputs && Object.keys(this.typedInputs).length > 0) return { FlowModuleId: this.moduleArn, Input: { ...this.typedInputs } };
    return this.inputs ? { FlowModuleId: this.moduleArn, Input: renderValueMap(this.inputs) } : { FlowModuleId: this.moduleArn };
  }
}

/**
 * Properties of a "Start media streaming" block.
 */
export interface StartMediaStreamingProps {
  /**
   * Stream the audio from the customer.
   *
   * @default true
   */
  readonly fromCustomer?: boolean;

  /**
   * Stream the audio to the customer (what the customer hears).
   *
   * @default true
   */
  readonly toCustomer?: boolean;
}

/** The Participants parameter of UpdateContactMediaStreamingBehavior. */
function streamingParticipants(label: string, props: StartMediaStreamingProps): any[] {
  const directions: string[] = [];
  if (props.fromCustomer ?? true) directions.push('From');
  if (props.toCustomer ?? true) directions.push('To');
  if (directions.length === 0) blockFail(label, 'fromCustomer', false, 'stream at least one direction (fromCustomer or toCustomer)');
  return [{ ParticipantType: 'Customer', MediaDirections: directions }];
}

/**
 * "Start media streaming" (`UpdateContactMediaStreamingBehavior`, `Enabled`): streams the
 * customer's audio to Kinesis Video Streams (live media streaming must be enabled on the instance).
 *
 * Branches: `next()`, `onError()`.
 */
export class StartMediaStreaming extends FlowBlock {
  private readonly participants: any[];

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: StartMediaStreamingProps = {}) {
    super(id, ActionType.UPDATE_CONTACT_MEDIA_STREAMING_BEHAVIOR);
    this.participants = streamingParticipants(`StartMediaStreaming "${id}"`, props);
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when streaming cannot start (NoMatchingError). */
  public onError(block: IFlowChainable): StartMediaStreaming {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() {
    return { MediaStreamingState: 'Enabled', Participants: JSON.parse(JSON.stringify(this.participants)), MediaStreamType: 'Audio' };
  }
}

/**
 * "Stop media streaming" (`UpdateContactMediaStreamingBehavior`, `Disabled`).
 *
 * Branches: `next()`, `onError()`.
 */
export class StopMediaStreaming extends FlowBlock {
  private readonly participants: any[];

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: StartMediaStreamingProps = {}) {
    super(id, ActionType.UPDATE_CONTACT_MEDIA_STREAMING_BEHAVIOR);
    this.participants = streamingParticipants(`StopMediaStreaming "${id}"`, props);
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when streaming cannot stop (NoMatchingError). */
  public onError(block: IFlowChainable): StopMediaStreaming {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() {
    return { MediaStreamingState: 'Disabled', Participants: JSON.parse(JSON.stringify(this.participants)), MediaStreamType: 'Audio' };
  }
}

/** Contacts take at most 6 user-defined tags. */
const MAX_CONTACT_TAGS = 6;

/**
 * Properties of a "Tag contact" block.
 */
export interface TagContactProps {
  /** Tags to set on the contact, at most 6 (keys must not start with `aws:`). */
  readonly tags: { [key: string]: FlowValue };
}

/**
 * "Tag contact" (`TagContact`): user-defined tags on the contact (for search and access control).
 *
 * Branches: `next()`, `onError()`.
 */
export class TagContact extends FlowBlock {
  private readonly tags: { [key: string]: FlowValue };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: TagContactProps) {
    super(id, ActionType.TAG_CONTACT);
    const label = `TagContact "${id}"`;
    this.tags = checkValueMap(label, 'tags', props?.tags, MAX_CONTACT_TAGS);
    for (const k of Object.keys(this.tags)) if (!isToken(k) && k.toLowerCase().startsWith('aws:')) blockFail(label, 'tags key', k, 'keys starting with "aws:" are reserved');
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the contact cannot be tagged (NoMatchingError). */
  public onError(block: IFlowChainable): TagContact {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { Tags: renderValueMap(this.tags) }; }
}

/**
 * Properties of an "Untag contact" block.
 */
export interface UntagContactProps {
  /** The tag keys to remove. */
  readonly tagKeys: string[];
}

/**
 * "Untag contact" (`UntagContact`, the spelling the service takes; the documented
 * `UnTagContact` is rejected).
 *
 * Branches: `next()`, `onError()`.
 */
export class UntagContact extends FlowBlock {
  private readonly tagKeys: string[];

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: UntagContactProps) {
    super(id, ActionType.UNTAG_CONTACT);
    const label = `UntagContact "${id}"`;
    const keys = props?.tagKeys;
    if (!Array.isArray(keys) || keys.length === 0) blockFail(label, 'tagKeys', keys, 'give at least one tag key');
    for (const k of keys) checkAttributeKey(label, 'tagKeys', k);
    this.tagKeys = [...keys];
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the tags cannot be removed (NoMatchingError). */
  public onError(block: IFlowChainable): UntagContact {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { TagKeys: [...this.tagKeys] }; }
}

/**
 * "Transfer to agent" (`TransferContactToAgent`): ends the flow and joins the contact with the
 * agent (in agent transfer flows). Without `onError()` the action has no transitions, as exports do.
 *
 * Branches: `onError()`.
 */
export class TransferToAgent extends FlowBlock {
  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string) {
    super(id, ActionType.TRANSFER_CONTACT_TO_AGENT);
  }

  /** Go to `block` when the transfer fails (NoMatchingError). */
  public onError(block: IFlowChainable): TransferToAgent {
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
  public _renderParameters() { return {}; }
}

/**
 * "Complete outbound call" (`CompleteOutboundCall`): places the outbound call of an outbound
 * whisper flow (the service rejects it in other flow types).
 *
 * Branches: `next()`, `onError()`.
 */
export class CompleteOutboundCall extends FlowBlock {
  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string) {
    super(id, ActionType.COMPLETE_OUTBOUND_CALL);
  }

  /** Continue with `block` once the call is placed; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the call cannot be placed (NoMatchingError). */
  public onError(block: IFlowChainable): CompleteOutboundCall {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return {}; }
}
