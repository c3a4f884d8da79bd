import { FlowBlock, FlowChain, IFlowChainable } from './block';
import { blockFail, checkString, flowBool, flowTypeOf, isToken } from './private';
import { IContactFlow } from '../../core/contact-flow';

/**
 * Which redacted results Contact Lens keeps.
 */
export enum RedactionResults {
  /** Keep only the redacted transcript. */
  REDACTED_ONLY = 'RedactedOnly',
  /** Keep the redacted and the original transcript. */
  REDACTED_AND_ORIGINAL = 'RedactedAndOriginal',
}

/**
 * Contact Lens conversational analytics settings.
 */
export interface ContactLensOptions {
  /** The language of the conversation, e.g. `en-US`. */
  readonly language: string;

  /**
   * Analyze voice contacts in real time (otherwise after the contact).
   *
   * @default false
   */
  readonly realTime?: boolean;

  /**
   * Analyze chat contacts too.
   *
   * @default false
   */
  readonly chat?: boolean;

  /**
   * Redact sensitive data, keeping `redactionResults`.
   *
   * @default - no redaction
   */
  readonly redactionResults?: RedactionResults;

  /**
   * Enable sentiment analysis.
   *
   * @default - not set (Contact Lens default)
   */
  readonly sentiment?: boolean;
}

/**
 * Properties of a "Set recording and analytics behavior" block.
 */
export interface SetRecordingAndAnalyticsProps {
  /**
   * Record the agent.
   *
   * @default true
   */
  readonly recordAgent?: boolean;

  /**
   * Record the customer.
   *
   * @default true
   */
  readonly recordCustomer?: boolean;

  /**
   * Record the IVR part of the call (before an agent joins).
   *
   * @default - not set
   */
  readonly ivrRecording?: boolean;

  /**
   * Contact Lens conversational analytics.
   *
   * @default - not set
   */
  readonly contactLens?: ContactLensOptions;
}

/** Language codes such as en-US. */
const LANGUAGE = /^[a-z]{2,3}-[A-Z]{2}$/;

function checkLanguage(label: string, prop: string, value: string | undefined) {
  if (value === undefined || isToken(value) || (typeof value === 'string' && value.startsWith('$.'))) return;
  if (typeof value !== 'string' || !LANGUAGE.test(value)) blockFail(label, prop, value, 'must be a language code such as "en-US"');
}

/**
 * "Set recording and analytics behavior" (`UpdateContactRecordingBehavior`).
 * Recording both sides with Contact Lens needs `contactLens: true` on the contact center.
 *
 * Branches: `next()`.
 */
export class SetRecordingAndAnalytics extends FlowBlock {
  private readonly params: { [key: string]: any };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetRecordingAndAnalyticsProps = {}) {
    super(id, 'UpdateContactRecordingBehavior');
    const label = `SetRecordingAndAnalytics "${id}"`;
    const participants: string[] = [];
    if (props.recordAgent ?? true) participants.push('Agent');
    if (props.recordCustomer ?? true) participants.push('Customer');
    const recording: any = { RecordedParticipants: participants };
    if (props.ivrRecording !== undefined) recording.IVRRecordingBehavior = props.ivrRecording ? 'Enabled' : 'Disabled';
    const params: any = { RecordingBehavior: recording };
    const lens = props.contactLens;
    if (lens) {
      if (lens.language === undefined) blockFail(label, 'contactLens.language', undefined, 'a language code such as "en-US" is required');
      checkLanguage(label, 'contactLens.language', lens.language);
      if (lens.realTime && participants.length === 0) {
        blockFail(label, 'contactLens.realTime', true, 'real-time analytics needs recordAgent or recordCustomer');
      }
      const analytics: any = {
        Enabled: 'True',
        AnalyticsLanguage: lens.language,
        AnalyticsRedactionBehavior: lens.redactionResults ? 'Enabled' : 'Disabled',
        AnalyticsRedactionResults: lens.redactionResults ?? 'None',
        ChannelConfiguration: {
          Chat: { AnalyticsModes: lens.chat ? ['ContactLens'] : [] },
          Voice: { AnalyticsModes: [lens.realTime ? 'RealTime' : 'PostContact'] },
        },
      };
      if (lens.redactionResults !== undefined && !Object.values(RedactionResults).includes(lens.redactionResults)) {
        blockFail(label, 'contactLens.redactionResults', lens.redactionResults, 'must be REDACTED_ONLY or REDACTED_AND_ORIGINAL');
      }
      if (lens.sentiment !== undefined) analytics.SentimentConfiguration = { Enabled: flowBool(lens.sentiment) };
      params.AnalyticsBehavior = analytics;
    }
    this.params = params;
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
  public _renderParameters() { return JSON.parse(JSON.stringify(this.params)); }
}

/**
 * Properties of a "Set logging behavior" block.
 */
export interface SetLoggingProps {
  /**
   * Send flow logs to CloudWatch Logs from here on.
   *
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * "Set logging behavior" (`UpdateFlowLoggingBehavior`). Needs `contactFlowLogs` on the contact center.
 *
 * Branches: `next()`.
 */
export class SetLogging extends FlowBlock {
  private readonly enabled: boolean;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetLoggingProps = {}) {
    super(id, 'UpdateFlowLoggingBehavior');
    this.enabled = props.enabled ?? true;
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
  public _renderParameters() { return { FlowLoggingBehavior: this.enabled ? 'Enabled' : 'Disabled' }; }
}

/**
 * The Amazon Polly engine of the text-to-speech voice.
 */
export enum VoiceEngine {
  /** Standard voices. */
  STANDARD = 'Standard',
  /** Neural voices. */
  NEURAL = 'Neural',
  /** Generative voices. */
  GENERATIVE = 'Generative',
}

/**
 * The speaking style of a neural voice.
 */
export enum VoiceStyle {
  /** No particular style. */
  NONE = 'None',
  /** Conversational style. */
  CONVERSATIONAL = 'Conversational',
  /** Newscaster style. */
  NEWSCASTER = 'Newscaster',
}

/**
 * Properties of a "Set voice" block.
 */
export interface SetVoiceProps {
  /** The Amazon Polly voice, e.g. `Joanna`. */
  readonly voice: string;

  /**
   * The engine.
   *
   * @default - not set (the voice's default engine)
   */
  readonly engine?: VoiceEngine;

  /**
   * The speaking style (neural voices).
   *
   * @default - not set
   */
  readonly style?: VoiceStyle;
}

/**
 * "Set voice" (`UpdateContactTextToSpeechVoice`).
 *
 * Branches: `next()`, `onError()`.
 */
export class SetVoice extends FlowBlock {
  private readonly params: { [key: string]: string };

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetVoiceProps) {
    super(id, 'UpdateContactTextToSpeechVoice');
    const label = `SetVoice "${id}"`;
    if (props?.voice === undefined) blockFail(label, 'voice', undefined, 'an Amazon Polly voice name such as "Joanna" is required');
    checkString(label, 'voice', props.voice, 1, 50);
    if (!isToken(props.voice) && !props.voice.startsWith('$.') && !/^[A-Za-z-]+$/.test(props.voice)) {
      blockFail(label, 'voice', props.voice, 'must be an Amazon Polly voice name such as "Joanna"');
    }
    const params: { [key: string]: string } = { TextToSpeechVoice: props.voice };
    if (props.engine !== undefined) {
      if (!Object.values(VoiceEngine).includes(props.engine)) blockFail(label, 'engine', props.engine, 'must be STANDARD, NEURAL or GENERATIVE');
      params.TextToSpeechEngine = props.engine;
    }
    if (props.style !== undefined) {
      if (!Object.values(VoiceStyle).includes(props.style)) blockFail(label, 'style', props.style, 'must be NONE, CONVERSATIONAL or NEWSCASTER');
      if (props.style !== VoiceStyle.NONE && props.engine === VoiceEngine.STANDARD) {
        blockFail(label, 'style', props.style, 'speaking styles need the NEURAL engine');
      }
      params.TextToSpeechStyle = props.style;
    }
    this.params = params;
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the voice cannot be set (NoMatchingError). */
  public onError(block: IFlowChainable): SetVoice {
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
 * The event hooks of a contact: which flow runs when.
 */
export enum EventHook {
  /** Customer queue flow: while the customer waits in queue. */
  CUSTOMER_QUEUE = 'CustomerQueue',
  /** Customer hold flow. */
  CUSTOMER_HOLD = 'CustomerHold',
  /** Customer whisper flow. */
  CUSTOMER_WHISPER = 'CustomerWhisper',
  /** Agent hold flow. */
  AGENT_HOLD = 'AgentHold',
  /** Agent whisper flow. */
  AGENT_WHISPER = 'AgentWhisper',
  /** Flow run when the agent disconnects and the customer remains. */
  CUSTOMER_REMAINING = 'CustomerRemaining',
  /** Flow that shows the default agent UI (step-by-step guides). */
  DEFAULT_AGENT_UI = 'DefaultAgentUI',
  /** Flow that shows the agent UI after disconnect. */
  DISCONNECT_AGENT_UI = 'DisconnectAgentUI',
  /** Flow run when a task is paused. */
  PAUSE_CONTACT = 'PauseContact',
  /** Flow run when a task is resumed. */
  RESUME_CONTACT = 'ResumeContact',
}

/** The flow type each queue, hold and whisper hook runs. */
const HOOK_FLOW_TYPES: { [hook: string]: string } = {
  CustomerQueue: 'CUSTOMER_QUEUE',
  CustomerHold: 'CUSTOMER_HOLD',
  CustomerWhisper: 'CUSTOMER_WHISPER',
  AgentHold: 'AGENT_HOLD',
  AgentWhisper: 'AGENT_WHISPER',
};

/**
 * Properties of a "Set event hook" block (one hook per block, as the flow language requires).
 */
export interface SetEventHookProps {
  /** Which hook to set. */
  readonly hook: EventHook;
  /** The flow to run for it. */
  readonly flow: IContactFlow;
}

/**
 * "Set customer queue flow" / "Set whisper flow" / "Set hold flow"… (`UpdateContactEventHooks`).
 *
 * Branches: `next()`, `onError()`.
 */
export class SetEventHook extends FlowBlock {
  private readonly hook: EventHook;
  private readonly flow: IContactFlow;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetEventHookProps) {
    super(id, 'UpdateContactEventHooks');
    const label = `SetEventHook "${id}"`;
    if (!Object.values(EventHook).includes(props?.hook)) blockFail(label, 'hook', props?.hook, `must be one of the EventHook values (${Object.values(EventHook).join(', ')})`);
    if (!props.flow || typeof props.flow.contactFlowArn !== 'string') blockFail(label, 'flow', props.flow, 'give an IContactFlow');
    const required = HOOK_FLOW_TYPES[props.hook];
    const type = flowTypeOf(props.flow);
    if (required !== undefined && type !== undefined && type !== required) {
      blockFail(label, 'flow', type, `the ${props.hook} hook runs a ${required} flow`);
    }
    this.hook = props.hook;
    this.flow = props.flow;
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the hook cannot be set (NoMatchingError). */
  public onError(block: IFlowChainable): SetEventHook {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { EventHooks: { [this.hook]: this.flow.contactFlowArn } }; }
}

/**
 * Properties of a "Set voice / language" block.
 */
export interface SetLanguageProps {
  /** The contact's language, e.g. `en-US` (must match a locale of the Lex bots used afterwards). */
  readonly languageCode: string;
}

/**
 * Sets the contact language (`UpdateContactData` with `LanguageCode`).
 *
 * Branches: `next()`, `onError()`.
 */
export class SetLanguage extends FlowBlock {
  private readonly languageCode: string;

  /**
   * @param id the block ID, used as the action Identifier
   */
  constructor(id: string, props: SetLanguageProps) {
    super(id, 'UpdateContactData');
    const label = `SetLanguage "${id}"`;
    if (props?.languageCode === undefined) blockFail(label, 'languageCode', undefined, 'a language code such as "en-US" is required');
    checkLanguage(label, 'languageCode', props.languageCode);
    this.languageCode = props.languageCode;
  }

  /** Continue with `block`; returns a chain to continue with `.next()`. */
  public next(next: IFlowChainable): FlowChain {
    return this._chain(next);
  }

  /** Go to `block` when the language cannot be set (NoMatchingError). */
  public onError(block: IFlowChainable): SetLanguage {
    this._setError('onError', 'NoMatchingError', block);
    return this;
  }

  /** @internal */
  public get _errorTypes() { return ['NoMatchingError']; }
  /** @internal */
  public get _hasNext() { return true; }
  /** @internal */
  public _renderParameters() { return { LanguageCode: this.languageCode }; }
}
