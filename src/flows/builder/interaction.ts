import { Duration, Token } from 'aws-cdk-lib';
import { FlowBlock, FlowChain, IFlowChainable } from './block';
import { blockFail, checkAttributeKey, checkInteger, checkString, durationSeconds, flowBool, flowNumber, isToken, renderValueMap } from './private';
import { FlowValue, Message } from './values';
import { ILexBotAlias } from '../../core/lex';
import { isCountryCode } from '../../core/private/country-codes';

/**
 * Properties of a "Play prompt" block.
 */
export interface PlayPromptProps {
  /** What to say (text, SSML, a prompt ARN or S3 audio). */
  readonly message: Message;
}

/**
 * "Play prompt": says or shows a message (`MessageParticipant`).
 *
 * Branches: `next()`, `onError()`.
 */
export class PlayPrompt extends FlowBlock {
  /** The message. */
  public readonly message: Message;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: PlayPromptProps) {
    super(id, 'MessageParticipant');
    if (!(props?.message instanceof Message)) blockFail(`PlayPrompt "${id}"`, 'message', props?.message, 'give a Message (Message.text(), .ssml(), .fromPromptArn() or .s3Audio())');
    this.message = props.message;
  }

  /** Continue with `block` after the message; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the message cannot be played (NoMatchingError). */
  public onError(block: IFlowChainable): PlayPrompt {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return this.message._render(); }
}

/**
 * Properties of a "Loop prompts" block.
 */
export interface LoopPromptsProps {
  /** The messages, played in order and repeated until the contact leaves the queue or the loop is interrupted. */
  readonly messages: Message[];

  /**
   * Interrupt the loop every so often and take the `onInterrupted()` branch
   * (e.g. to offer a callback), 1 second to 1 hour. Keep it above 20 seconds before a callback offer.
   *
   * @default - never interrupted
   */
  readonly interruptEvery?: Duration;
}

/**
 * "Loop prompts": plays messages in a loop (`MessageParticipantIteratively`); for customer
 * queue and hold flows.
 *
 * Branches: `onInterrupted()` (needs `interruptEvery`), `onError()`.
 */
export class LoopPrompts extends FlowBlock {
  private readonly messages: Message[];
  private readonly interruptSeconds?: number;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: LoopPromptsProps) {
    super(id, 'MessageParticipantIteratively');
    const label = `LoopPrompts "${id}"`;
    if (!Array.isArray(props?.messages) || props.messages.length === 0 || props.messages.some((m) => !(m instanceof Message))) {
      blockFail(label, 'messages', props?.messages, 'give at least one Message');
    }
    this.messages = [...props.messages];
    if (props.interruptEvery !== undefined) {
      this.interruptSeconds = durationSeconds(label, 'interruptEvery', props.interruptEvery, 1, 3600);
    }
  }

  /** Go to `block` each time the loop is interrupted (every `interruptEvery`). */
  public onInterrupted(block: IFlowChainable): LoopPrompts {
    if (this.interruptSeconds === undefined) {
      throw new Error(`${this._label}: onInterrupted() needs the interruptEvery prop`);
    }
    this._addCondition('onInterrupted', 'onInterrupted()', { operator: 'Equals', operand: 'MessagesInterrupted' }, block);
    return this;
  }

  /** Go to `block` when the messages cannot be played (NoMatchingError). */
  public onError(block: IFlowChainable): LoopPrompts {
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
  public _renderParameters() {
    const params: any = { Messages: this.messages.map((m) => m._render()) };
    if (this.interruptSeconds !== undefined) params.InterruptFrequencySeconds = flowNumber(this.interruptSeconds);
    return params;
  }
}

const DTMF_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'];

/**
 * Properties of a "Get customer input" menu block.
 */
export interface GetCustomerInputProps {
  /** The menu prompt, e.g. "Press 1 for sales, 2 for support". */
  readonly prompt: Message;

  /**
   * How long to wait for a key press.
   *
   * @default Duration.seconds(5)
   */
  readonly timeout?: Duration;
}

/**
 * "Get customer input" as a DTMF menu (`GetParticipantInput`): one branch per key.
 *
 * Branches: `onDigit('1')`…, `onTimeout()`, `onNoMatch()` (a key without a branch), `onError()`.
 */
export class GetCustomerInput extends FlowBlock {
  private readonly prompt: Message;
  private readonly timeoutSeconds: number;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: GetCustomerInputProps) {
    super(id, 'GetParticipantInput');
    const label = `GetCustomerInput "${id}"`;
    if (!(props?.prompt instanceof Message)) blockFail(label, 'prompt', props?.prompt, 'give a Message');
    if (props.prompt.kind === 'Media') blockFail(label, 'prompt', 'Media', 'use text, SSML or a prompt ARN');
    this.prompt = props.prompt;
    this.timeoutSeconds = durationSeconds(label, 'timeout', props.timeout ?? Duration.seconds(5), 1, 180);
  }

  /**
   * Go to `block` when the customer presses `digit` (one of 0-9, *, #).
   */
  public onDigit(digit: string, block: IFlowChainable): GetCustomerInput {
    if (typeof digit !== 'string' || !DTMF_DIGITS.includes(digit)) {
      blockFail(this._label, 'digit', digit, 'must be one character of 0-9, * or #');
    }
    this._addCondition('onDigit', `onDigit('${digit}')`, { operator: 'Equals', operand: digit }, block);
    return this;
  }

  /** Go to `block` when the customer presses nothing before the timeout (InputTimeLimitExceeded). */
  public onTimeout(block: IFlowChainable): GetCustomerInput {
    this._setError('onTimeout', 'InputTimeLimitExceeded', block);
    return this;
  }

  /** Go to `block` when the key pressed has no branch (NoMatchingCondition). */
  public onNoMatch(block: IFlowChainable): GetCustomerInput {
    this._setError('onNoMatch', 'NoMatchingCondition', block);
    return this;
  }

  /** Go to `block` on any other error (NoMatchingError). */
  public onError(block: IFlowChainable): GetCustomerInput {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public _renderParameters() {
    return {
      ...this.prompt._render(),
      InputTimeLimitSeconds: flowNumber(this.timeoutSeconds),
      StoreInput: 'False',
    };
  }
}

/**
 * The phone number format expected by a "Store customer input" block.
 */
export enum PhoneNumberFormat {
  /** A local number of the given country (converted to E.164 when stored). */
  LOCAL = 'Local',
  /** An E.164 number with country code. */
  E164 = 'E164',
}

/**
 * Encryption of the stored input with a customer key.
 */
export interface InputEncryption {
  /** The ID of the key (as uploaded to the instance). */
  readonly encryptionKeyId: string;
  /** The public key (PEM) that encrypts the input. */
  readonly key: string;
}

/**
 * Properties of a "Store customer input" block.
 */
export interface StoreCustomerInputProps {
  /** The prompt, e.g. "Enter your account number followed by #". */
  readonly prompt: Message;

  /**
   * How long to wait for input.
   *
   * @default Duration.seconds(5)
   */
  readonly timeout?: Duration;

  /**
   * Validate the input as a phone number in this format. Exclusive with `maxDigits`.
   *
   * @default - custom input (see `maxDigits`)
   */
  readonly phoneNumberFormat?: PhoneNumberFormat;

  /**
   * ISO 3166-1 alpha-2 country code of local numbers, required with `PhoneNumberFormat.LOCAL`.
   *
   * @default - none
   */
  readonly countryCode?: string;

  /**
   * Maximum number of digits of a custom input (1–20).
   *
   * @default 20 (when `phoneNumberFormat` is not set)
   */
  readonly maxDigits?: number;

  /**
   * Encrypt the input (custom input only).
   *
   * @default - not encrypted
   */
  readonly encryption?: InputEncryption;

  /**
   * Keys that end the input, up to 5 of 0-9, * and #.
   *
   * @default - input ends on timeout or when `maxDigits` are entered
   */
  readonly terminationSequence?: string;

  /**
   * Disable the cancel key (`*` clears the input by default).
   *
   * @default false
   */
  readonly disableCancelKey?: boolean;
}

/**
 * "Store customer input" (`GetParticipantInput` with `StoreInput: "True"`): the digits are kept
 * in `$.StoredCustomerInput` (`FlowValue.storedInput()`). With phone number validation the
 * stored value is the E.164 form. When the customer enters nothing, the flow continues with
 * `next()` and the stored value is `Timeout` (check it with a `Compare` block).
 *
 * Branches: `next()`, `onInvalidNumber()` (phone validation only), `onError()`.
 */
export class StoreCustomerInput extends FlowBlock {
  private readonly params: { [key: string]: any };
  private readonly phone: boolean;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: StoreCustomerInputProps) {
    super(id, 'GetParticipantInput');
    const label = `StoreCustomerInput "${id}"`;
    if (!(props?.prompt instanceof Message)) blockFail(label, 'prompt', props?.prompt, 'give a Message');
    const timeout = durationSeconds(label, 'timeout', props.timeout ?? Duration.seconds(5), 1, 180);
    const params: any = { ...props.prompt._render(), StoreInput: 'True', InputTimeLimitSeconds: flowNumber(timeout) };
    this.phone = props.phoneNumberFormat !== undefined;
    if (this.phone) {
      if (!Object.values(PhoneNumberFormat).includes(props.phoneNumberFormat!)) {
        blockFail(label, 'phoneNumberFormat', props.phoneNumberFormat, 'must be PhoneNumberFormat.LOCAL or PhoneNumberFormat.E164');
      }
      if (props.maxDigits !== undefined) blockFail(label, 'maxDigits', props.maxDigits, 'not allowed with phoneNumberFormat');
      if (props.encryption !== undefined) blockFail(label, 'encryption', '…', 'only custom input (without phoneNumberFormat) can be encrypted');
      const validation: any = { NumberFormat: props.phoneNumberFormat };
      if (props.phoneNumberFormat === PhoneNumberFormat.LOCAL) {
        if (props.countryCode === undefined || (!isToken(props.countryCode) && !isCountryCode(props.countryCode))) {
          blockFail(label, 'countryCode', props.countryCode, 'an ISO 3166-1 alpha-2 country code (e.g. "US"; "GB", not "UK") is required with PhoneNumberFormat.LOCAL');
        }
        validation.CountryCode = props.countryCode;
      } else if (props.countryCode !== undefined) {
        blockFail(label, 'countryCode', props.countryCode, 'only allowed with PhoneNumberFormat.LOCAL');
      }
      params.InputValidation = { PhoneNumberValidation: validation };
    } else {
      if (props.countryCode !== undefined) blockFail(label, 'countryCode', props.countryCode, 'only allowed with phoneNumberFormat');
      checkInteger(label, 'maxDigits', props.maxDigits, 1, 20);
      params.InputValidation = { CustomValidation: { MaximumLength: flowNumber(props.maxDigits ?? 20) } };
      if (props.encryption) {
        checkString(label, 'encryption.encryptionKeyId', props.encryption.encryptionKeyId, 1, 128);
        checkString(label, 'encryption.key', props.encryption.key, 1, 4096);
        params.InputEncryption = { EncryptionKeyId: props.encryption.encryptionKeyId, Key: props.encryption.key };
      }
    }
    if (props.terminationSequence !== undefined || props.disableCancelKey !== undefined) {
      const dtmf: any = {};
      if (props.terminationSequence !== undefined) {
        if (typeof props.terminationSequence !== 'string' || !/^[0-9*#]{1,5}$/.test(props.terminationSequence)) {
          blockFail(label, 'terminationSequence', props.terminationSequence, 'must be 1 to 5 characters of 0-9, * or #');
        }
        dtmf.InputTerminationSequence = props.terminationSequence;
      }
      if (props.disableCancelKey !== undefined) dtmf.DisableCancelKey = flowBool(props.disableCancelKey);
      params.DTMFConfiguration = dtmf;
    }
    this.params = params;
  }

  /** Continue with `block` once the input is stored; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the input is not a valid phone number (InvalidPhoneNumber; phone validation only). */
  public onInvalidNumber(block: IFlowChainable): StoreCustomerInput {
    if (!this.phone) throw new Error(`${this._label}: onInvalidNumber() needs the phoneNumberFormat prop`);
    this._setError('onInvalidNumber', 'InvalidPhoneNumber', block);
    return this;
  }

  /** Go to `block` on error (NoMatchingError). */
  public onError(block: IFlowChainable): StoreCustomerInput {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return this.phone ? ['NoMatchingError', 'InvalidPhoneNumber'] : ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return JSON.parse(JSON.stringify(this.params)); }
}

/** Lex intent names: letters, digits, `_` and `-` between alphanumerics, up to 100 characters. */
const INTENT_PATTERN = /^([0-9a-zA-Z][_-]?){1,100}$/;

/**
 * Properties of a "Get customer input" block with a Lex V2 bot.
 */
export interface LexBotInputProps {
  /** The Lex V2 bot alias. It is associated with the contact center when the flow is created. */
  readonly botAlias: ILexBotAlias;

  /** The opening prompt, e.g. "How can I help you?". */
  readonly prompt: Message;

  /**
   * Session attributes passed to the bot.
   *
   * @default - none
   */
  readonly sessionAttributes?: { [key: string]: FlowValue };
}

/**
 * "Get customer input" with a Lex V2 bot (`ConnectParticipantWithLexBot`): one branch per intent.
 * Slots and session attributes are readable afterwards with `FlowValue.lexSlot()` and friends.
 *
 * Branches: `onIntent('Sales')`…, `onNoMatch()` (no intent branch matched), `onTimeout()`, `onError()`.
 */
export class LexBotInput extends FlowBlock {
  /** The bot alias. */
  public readonly botAlias: ILexBotAlias;
  private readonly prompt: Message;
  private readonly sessionAttributes?: { [key: string]: FlowValue };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: LexBotInputProps) {
    super(id, 'ConnectParticipantWithLexBot');
    const label = `LexBotInput "${id}"`;
    if (!props?.botAlias || typeof props.botAlias.botAliasArn !== 'string') blockFail(label, 'botAlias', props?.botAlias, 'give an ILexBotAlias (LexBotAlias.fromBotAliasArn())');
    if (!(props.prompt instanceof Message)) blockFail(label, 'prompt', props.prompt, 'give a Message');
    for (const [k, v] of Object.entries(props.sessionAttributes ?? {})) {
      checkAttributeKey(label, 'sessionAttributes key', k);
      if (!(v instanceof FlowValue)) blockFail(label, `sessionAttributes.${k}`, v, 'give a FlowValue');
    }
    this.botAlias = props.botAlias;
    this.prompt = props.prompt;
    this.sessionAttributes = props.sessionAttributes;
  }

  /** Go to `block` when the bot returns `intentName`. */
  public onIntent(intentName: string, block: IFlowChainable): LexBotInput {
    if (typeof intentName !== 'string' || (!Token.isUnresolved(intentName) && !INTENT_PATTERN.test(intentName))) {
      blockFail(this._label, 'intentName', intentName, 'must be a Lex intent name: 1 to 100 letters, digits, "_" or "-"');
    }
    this._addCondition('onIntent', `onIntent('${intentName}')`, { operator: 'Equals', operand: intentName }, block);
    return this;
  }

  /** Go to `block` when the customer says nothing (InputTimeLimitExceeded). */
  public onTimeout(block: IFlowChainable): LexBotInput {
    this._setError('onTimeout', 'InputTimeLimitExceeded', block);
    return this;
  }

  /** Go to `block` when the intent has no branch (NoMatchingCondition). */
  public onNoMatch(block: IFlowChainable): LexBotInput {
    this._setError('onNoMatch', 'NoMatchingCondition', block);
    return this;
  }

  /** Go to `block` on error (NoMatchingError). */
  public onError(block: IFlowChainable): LexBotInput {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingCondition', 'NoMatchingError', 'InputTimeLimitExceeded']; }
  /** @internal */
  public get _hasNext() { return false; }
  /** @internal */
  public get _nextFallback() { return 'NoMatchingCondition'; }
  /** @internal */
  public _lexBotAliases() { return [this.botAlias]; }
  /** @internal */
  public _renderParameters() {
    const params: any = { ...this.prompt._render(), LexV2Bot: { AliasArn: this.botAlias.botAliasArn } };
    if (this.sessionAttributes && Object.keys(this.sessionAttributes).length > 0) {
      params.LexSessionAttributes = renderValueMap(this.sessionAttributes);
    }
    return params;
  }
}
