import { Duration, Token, aws_events as events, aws_lambda as lambda } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DirectoryBot, DirectoryBotLanguage, DirectoryBotLocale, DirectoryDepartment, DirectoryPersonName, SpellingStyle } from './directory-bot';
import { QueueWithCallback } from '../callback/queue-with-callback';
import { Agent } from '../contact-center/agent';
import { ContactFlow } from '../contact-center/contact-flow';
import { FlowContent } from '../contact-center/flow-content';
import type { IContactCenter } from '../core/contact-center';
import { IContactFlow } from '../core/contact-flow';
import { DirectoryTaggerFunction } from '../core/private/directory-tagger-function';
import { ExtensionLookupFunction } from '../core/private/extension-lookup-function';
import { fail, validateEnum, validateIntegerRange, validatePattern } from '../core/private/validate';
import type { IQueue } from '../core/queue';
import {
  CheckStaffing, Compare, Disconnect, FlowBlock, FlowCondition, FlowDefinition, FlowTarget, FlowValue,
  InvokeLambda, LexBotInput, Message, PlayPrompt, SetLanguage, SetVoice, SetWorkingQueue, StaffingMetric, StoreCustomerInput,
  TransferToFlow, TransferToQueue, VoiceEngine,
} from '../flows/builder';
import { ContactFlowType } from '../flows/language/flow-types';

/**
 * What happens when the caller's person is found but not available to take the call.
 */
export enum AgentUnavailableAction {
  /** Send the caller to the fallback queue (the agent's personal queue has no available agent). */
  FALLBACK_QUEUE = 'FALLBACK_QUEUE',
  /** Queue the caller in the agent's personal queue until the agent takes the call. */
  WAIT_FOR_AGENT = 'WAIT_FOR_AGENT',
}

/**
 * How callers dial an extension.
 */
export interface DirectoryExtensionOptions {
  /**
   * The user tag that holds an agent's extension.
   *
   * @default 'Extension'
   */
  readonly tagKey?: string;

  /**
   * Most digits of an extension, 1 to 10.
   *
   * @default 4
   */
  readonly maxDigits?: number;

  /**
   * The key that ends an extension early: `#` or `*`.
   *
   * @default '#'
   */
  readonly terminator?: string;

  /**
   * How long the greeting waits for digits after it has been played, 1 to 180 seconds.
   *
   * @default Duration.seconds(5)
   */
  readonly timeout?: Duration;

  /**
   * Digits of the extensions the directory job gives to users that have none, 2 to 10 (an
   * agent's extension has 2 to 10 digits; the users keep the extensions they have).
   *
   * @default - users without an extension tag get none
   */
  readonly assignLength?: number;
}

/**
 * How callers reach a person by saying (or spelling) the name.
 */
export interface DirectoryDialByNameOptions {
  /**
   * Whether callers who enter no digits talk to the directory bot. Without it they go to the
   * fallback queue, and departments are not possible.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The bot's languages; the contact's language picks one.
   *
   * @default - English (US) and French (France) with their default voices
   */
  readonly locales?: DirectoryBotLocale[];

  /**
   * The language the callers of this flow speak. Before the greeting, the flow sets the contact's
   * language (`UpdateContactData` `LanguageCode`, e.g. `fr-FR`) and its text-to-speech voice (the
   * locale's voice, neural engine) to it, so the bot listens in that language and every prompt is
   * spoken with its voice; the flow's own prompts (default greeting, bot prompt, unknown
   * extension, the extension announced after a match, the apology) are in French for `fr_FR` and
   * `fr_CA`, in English otherwise. Must be one of `locales`; give your greeting and prompt in it.
   *
   * @default - the first of `locales` (English (US) by default)
   */
  readonly language?: DirectoryBotLanguage;

  /**
   * Surname attempts in all: the spoken one, then spelled ones, 1 to 5.
   *
   * @default 3
   */
  readonly maxAttempts?: number;

  /**
   * How the bot asks the caller to spell the surname after a failed attempt.
   *
   * @default SpellingStyle.SPELL_BY_LETTER
   */
  readonly spellingStyle?: SpellingStyle;

  /**
   * What the flow says before the bot listens.
   *
   * @default - "Please say the name of the person or the department you want to reach." (in French
   * when `language` is French)
   */
  readonly prompt?: Message;

  /**
   * Give the bot a custom vocabulary of the names callers will say (the app's agents of this
   * contact center and `additionalNames`), in each locale that takes one: English (US, UK),
   * French (France, Canada).
   *
   * @default true
   */
  readonly customVocabulary?: boolean;

  /**
   * People the app does not define as agents (users created by SAML, SCIM or the console), for
   * the custom vocabulary and the runtime hints.
   *
   * @default - none
   */
  readonly additionalNames?: DirectoryPersonName[];

  /**
   * The surnames the bot's code hook sends as runtime hints when it asks for the surname (English
   * (US) and English (UK) only), at most 100. Needed when the directory has more than 100
   * distinct surnames.
   *
   * @default - every surname when there are at most 100 distinct ones; otherwise none (a synth
   * warning says so)
   */
  readonly hintNames?: string[];
}

/**
 * A department callers can ask for by name, and the queue it answers in.
 */
export interface DirectoryIvrDepartment extends DirectoryDepartment {
  /** The queue callers asking for the department go to (any queue, e.g. one with callbacks). */
  readonly queue: IQueue;

  /**
   * An inbound flow that takes callers asking for the department, instead of putting them straight
   * into `queue`: e.g. the entry flow of a queue with callbacks, which checks its hours, sets its
   * customer-queue flow (the callback offer) and transfers.
   *
   * @default - the entry flow of `queue` when it is a `QueueWithCallback`; otherwise the caller is
   * put in `queue` directly
   */
  readonly entryFlow?: IContactFlow;
}

/**
 * Properties of a DirectoryIvr.
 */
export interface DirectoryIvrProps {
  /** The contact center whose users callers reach. */
  readonly contactCenter: IContactCenter;

  /** The queue of callers nobody matches, and of every error. */
  readonly fallbackQueue: IQueue;

  /**
   * The name of the flow.
   *
   * @default 'Company directory'
   */
  readonly flowName?: string;

  /**
   * The greeting, interruptible by the extension's digits.
   *
   * @default - "Thank you for calling. If you know the extension, enter it now, followed by the pound key. Otherwise, stay on the line."
   * (in French when `dialByName.language` is French)
   */
  readonly greeting?: Message;

  /**
   * Extension settings.
   *
   * @default - tag `Extension`, up to 4 digits, `#` ends, 5 seconds
   */
  readonly extension?: DirectoryExtensionOptions;

  /**
   * Dial by name.
   *
   * @default - on, English (US) and French (France), 3 attempts, spelled letter by letter
   */
  readonly dialByName?: DirectoryDialByNameOptions;

  /**
   * Departments callers can ask for by name (needs dial by name).
   *
   * @default - none
   */
  readonly departments?: DirectoryIvrDepartment[];

  /**
   * After a name match, tell the caller the person's extension for next time.
   *
   * @default true
   */
  readonly announceExtension?: boolean;

  /**
   * What happens when the person is found but not available.
   *
   * @default AgentUnavailableAction.WAIT_FOR_AGENT
   */
  readonly whenAgentUnavailable?: AgentUnavailableAction;

  /**
   * How often the directory job refreshes the users' directory tags (name keys, extensions).
   *
   * A run lasts up to 15 minutes (the Lambda maximum); a rate schedule must leave at least that
   * much between runs, or overlapping runs would double the job's API rate.
   *
   * @default Schedule.rate(Duration.hours(1))
   */
  readonly directoryJobSchedule?: events.Schedule;

  /**
   * The most Connect API calls per second the directory job makes (`SearchUsers`, `TagResource`,
   * `UntagResource`), from 0.1 to 2.
   *
   * Connect allows these operations 2 requests per second (burst 5) for the whole account and
   * region, shared with the name and extension lookups that callers wait for: leave them room.
   * At 1 call/s one run updates about 850 users; the next run continues.
   *
   * @default 1
   */
  readonly directoryJobRequestsPerSecond?: number;
}

/** Connect's rate for SearchUsers, TagResource and UntagResource: 2 requests/s per account and region. */
const CONNECT_OTHER_API_RATE = 2;
/** The bot's languages when dialByName.locales is not given (DirectoryBot's default). */
const DEFAULT_LOCALES: DirectoryBotLocale[] = [{ language: DirectoryBotLanguage.EN_US }, { language: DirectoryBotLanguage.FR_FR }];
/** The directory job's slowest pace (below this a run would update a handful of users). */
const MIN_JOB_RATE = 0.1;
/** The directory job runs up to the Lambda maximum of 15 minutes. */
const JOB_RUN_MINUTES = 15;

/** What the flow says, in the callers' language. */
interface FlowText {
  readonly greeting: string;
  readonly botPrompt: string;
  readonly sorry: string;
  /** `$.Lex.SessionAttributes.agentExtension` stands for the extension. */
  readonly announceExtension: string;
  readonly unknownExtension: string;
  readonly unknownExtensionAgain: string;
}

const ENGLISH_TEXT: FlowText = {
  greeting: 'Thank you for calling. If you know the extension, enter it now, followed by the pound key. Otherwise, stay on the line.',
  botPrompt: 'Please say the name of the person or the department you want to reach.',
  sorry: 'Sorry, we cannot take your call right now. Please call again later.',
  announceExtension: 'Next time, you can dial extension $.Lex.SessionAttributes.agentExtension directly. Connecting you now.',
  unknownExtension: 'Sorry, that extension does not exist. Please enter the extension again, followed by the pound key, or stay on the line.',
  unknownExtensionAgain: 'Sorry, that extension does not exist either.',
};

const FRENCH_TEXT: FlowText = {
  greeting: 'Merci de votre appel. Si vous connaissez le numéro de poste, composez-le maintenant, suivi de la touche dièse. Sinon, restez en ligne.',
  botPrompt: 'Dites le nom de la personne ou du service que vous souhaitez joindre.',
  sorry: 'Désolé, nous ne pouvons pas prendre votre appel pour le moment. Merci de rappeler plus tard.',
  announceExtension: 'La prochaine fois, vous pourrez composer directement le poste $.Lex.SessionAttributes.agentExtension. Je vous mets en relation.',
  unknownExtension: "Désolé, ce poste n'existe pas. Composez de nouveau le numéro de poste, suivi de la touche dièse, ou restez en ligne.",
  unknownExtensionAgain: "Désolé, ce poste n'existe pas non plus.",
};

/** The flow's words in a bot language (French for fr_FR and fr_CA, English otherwise). */
function flowText(language: DirectoryBotLanguage | undefined): FlowText {
  return language?.startsWith('fr') ? FRENCH_TEXT : ENGLISH_TEXT;
}

/**
 * A company switchboard: callers dial an extension at the (interruptible) greeting, or say the
 * name of a person — spelling it when speech recognition fails — or of a department. The call
 * ends in the person's personal queue, the department's queue, or the fallback queue for
 * everything else (unknown names, errors).
 *
 * Creates the flow (`flow`, for a phone number), the extension lookup function, the directory
 * bot with its code hook (`bot`), and a scheduled directory job that keeps the users' tags
 * (phonetic name keys, extensions) the lookups search.
 */
export class DirectoryIvr extends Construct {
  /** The flow: point a phone number at it. */
  public readonly flow: IContactFlow;
  /** The function the flow calls with the extension's digits. */
  public readonly extensionLookup: lambda.IFunction;
  /** The scheduled job that keeps the directory tags of the users. */
  public readonly directoryJob: lambda.IFunction;
  /** The directory bot, when dial by name is on. */
  public readonly bot?: DirectoryBot;

  constructor(scope: Construct, id: string, props: DirectoryIvrProps) {
    super(scope, id);
    const extension = props.extension ?? {};
    const dialByName = props.dialByName ?? {};
    const byName = dialByName.enabled ?? true;
    const departments = props.departments ?? [];
    this.validate(props, byName, departments);

    const tagKey = extension.tagKey ?? 'Extension';
    const nameKeyPrefix = 'NameKey:';
    const lookupFunction = new ExtensionLookupFunction(this, 'ExtensionLookup', {
      contactCenter: props.contactCenter,
      extensionTagKey: tagKey,
      cacheTtl: Duration.minutes(1),
    });
    this.extensionLookup = lookupFunction;
    this.directoryJob = new DirectoryTaggerFunction(this, 'DirectoryJob', {
      contactCenter: props.contactCenter,
      extensionTagKey: tagKey,
      nameKeyPrefix,
      extensionLength: extension.assignLength ?? 0,
      schedule: props.directoryJobSchedule ?? events.Schedule.rate(Duration.hours(1)),
      requestsPerSecond: props.directoryJobRequestsPerSecond ?? 1,
    });
    if (byName) {
      this.bot = new DirectoryBot(this, 'Bot', {
        contactCenter: props.contactCenter,
        locales: dialByName.locales,
        departments: departments.map((d) => ({
          name: d.name,
          sampleUtterances: d.sampleUtterances,
          localizedSampleUtterances: d.localizedSampleUtterances,
        })),
        maxAttempts: dialByName.maxAttempts,
        spellingStyle: dialByName.spellingStyle,
        extensionTagKey: tagKey,
        nameKeyPrefix,
        customVocabulary: dialByName.customVocabulary,
        additionalNames: dialByName.additionalNames,
        hintNames: dialByName.hintNames,
      });
    }

    const definition = this.buildFlow(props, lookupFunction, departments);
    this.flow = new ContactFlow(this, 'Flow', {
      contactCenter: props.contactCenter,
      name: props.flowName ?? 'Company directory',
      description: 'Company directory: reach a person by extension or by name, or a department',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromDefinition(definition),
    });
  }

  private buildFlow(props: DirectoryIvrProps, lookupFunction: lambda.IFunction, departments: DirectoryIvrDepartment[]): FlowDefinition {
    const extension = props.extension ?? {};
    const maxDigits = extension.maxDigits ?? 4;
    const terminator = extension.terminator ?? '#';
    const timeout = extension.timeout ?? Duration.seconds(5);
    // Every prompt the flow says is in the callers' language (the one it sets on the contact).
    const text = flowText(this.bot ? this.dialByNameLocale(props).language : undefined);

    // Every dead end and error ends here: the fallback queue, or an apology when even that fails.
    const goodbye = new Disconnect('Goodbye');
    const sorry = new PlayPrompt('Sorry', { message: Message.text(text.sorry) });
    sorry.onError(goodbye).next(goodbye);
    const toFallback = new TransferToQueue('ToFallbackQueue').onAtCapacity(sorry).onError(sorry);
    const fallback = new SetWorkingQueue('SetFallbackQueue', { queue: props.fallbackQueue });
    fallback.onError(sorry).next(toFallback);

    // The person's personal queue.
    const toAgent = new TransferToQueue('ToAgent').onAtCapacity(fallback).onError(fallback);
    let agentReached: FlowBlock = toAgent;
    if ((props.whenAgentUnavailable ?? AgentUnavailableAction.WAIT_FOR_AGENT) === AgentUnavailableAction.FALLBACK_QUEUE) {
      agentReached = new CheckStaffing('IsAgentAvailable', { metric: StaffingMetric.AVAILABLE })
        .onTrue(toAgent).onFalse(fallback).onError(fallback);
    }

    // Dial by name (or the fallback queue without it).
    let byName: FlowBlock = fallback;
    if (this.bot) {
      const nameAgent = new SetWorkingQueue('SetNameAgentQueue', {
        target: FlowTarget.agentFromValue(FlowValue.lexSessionAttribute('agentArn')),
      });
      nameAgent.onError(fallback).next(agentReached);
      let matched: FlowBlock = nameAgent;
      if (props.announceExtension ?? true) {
        const announce = new PlayPrompt('AnnounceExtension', {
          message: Message.fromValue(FlowValue.text(text.announceExtension)),
        });
        announce.onError(nameAgent).next(nameAgent);
        // Only people with an extension get it announced.
        matched = new Compare('HasExtension', { value: FlowValue.lexSessionAttribute('agentExtension') })
          .when(FlowCondition.numberGreaterOrEqualTo(0), announce)
          .otherwise(nameAgent);
      }
      const isMatch = new Compare('IsNameMatch', { value: FlowValue.lexSessionAttribute('directoryResult') })
        .when(FlowCondition.textEquals('MATCH'), matched)
        .otherwise(fallback);
      const bot = new LexBotInput('Directory', {
        botAlias: this.bot.botAlias,
        prompt: props.dialByName?.prompt ?? Message.text(text.botPrompt),
      });
      bot.onIntent(DirectoryBot.PERSON_INTENT, isMatch);
      for (const department of departments) {
        const entryFlow = department.entryFlow ?? (department.queue instanceof QueueWithCallback ? department.queue.entryFlow : undefined);
        if (entryFlow) {
          bot.onIntent(department.name, new TransferToFlow(`To${department.name}`, { flow: entryFlow }).onError(fallback));
          continue;
        }
        const transfer = new TransferToQueue(`To${department.name}`).onAtCapacity(fallback).onError(fallback);
        const setQueue = new SetWorkingQueue(`Set${department.name}Queue`, { queue: department.queue });
        setQueue.onError(fallback).next(transfer);
        bot.onIntent(department.name, setQueue);
      }
      bot.onNoMatch(fallback).onTimeout(fallback).onError(fallback);
      byName = bot;
    }

    // Extensions: lookup, then the person's queue; an unknown extension gets one retry.
    const lookupAndRoute = (suffix: string, unknown: FlowBlock): FlowBlock => {
      const agentQueue = new SetWorkingQueue(`SetExtensionAgentQueue${suffix}`, {
        target: FlowTarget.agentFromValue(FlowValue.external('agentArn')),
      });
      agentQueue.onError(fallback).next(agentReached);
      const isUnknown = new Compare(`IsUnknownExtension${suffix}`, { value: FlowValue.external('reason') })
        .when(FlowCondition.textEquals('NOT_FOUND'), unknown)
        .when(FlowCondition.textEquals('INVALID_INPUT'), unknown)
        .otherwise(fallback);
      const found = new Compare(`IsExtensionFound${suffix}`, { value: FlowValue.external('found') })
        .when(FlowCondition.textEquals('true'), agentQueue)
        .otherwise(isUnknown);
      const lookup = new InvokeLambda(`LookupExtension${suffix}`, {
        lambdaFunction: lookupFunction,
        timeout: Duration.seconds(4),
        parameters: { extension: FlowValue.storedInput() },
      });
      lookup.next(found);
      lookup.onError(fallback);
      return lookup;
    };
    const storeDigits = (blockId: string, message: Message, then: FlowBlock): StoreCustomerInput => {
      const input = new StoreCustomerInput(blockId, { prompt: message, maxDigits, terminationSequence: terminator, timeout });
      // Nothing entered: the stored value is "Timeout".
      const entered = new Compare(`${blockId}Entered`, { value: FlowValue.storedInput() })
        .when(FlowCondition.textEquals('Timeout'), byName)
        .otherwise(then);
      input.next(entered);
      input.onError(byName);
      return input;
    };

    const unknownAgain = new PlayPrompt('UnknownExtensionAgain', { message: Message.text(text.unknownExtensionAgain) });
    unknownAgain.onError(byName).next(byName);
    const retry = storeDigits('RetryExtension',
      Message.text(text.unknownExtension),
      lookupAndRoute('Retry', unknownAgain));
    const greeting = storeDigits('Greeting', props.greeting ?? Message.text(text.greeting), lookupAndRoute('', retry));
    if (!this.bot) return FlowDefinition.startWith(greeting, { errorHandler: fallback });

    // The bot listens in the contact's language, and the prompts are spoken with the contact's
    // voice: set both to the dial-by-name language before anything is said. When either cannot be
    // set the call goes on (the greeting, the extension) in the instance's defaults.
    const locale = this.dialByNameLocale(props);
    const setVoice = new SetVoice('SetVoice', {
      voice: locale.voiceId ?? DirectoryBot.defaultVoice(locale.language),
      engine: VoiceEngine.NEURAL,
    });
    setVoice.onError(greeting).next(greeting);
    const setLanguage = new SetLanguage('SetLanguage', { languageCode: locale.language.replace('_', '-') });
    setLanguage.onError(greeting).next(setVoice);
    return FlowDefinition.startWith(setLanguage, { errorHandler: fallback });
  }

  /** The bot locale callers of this flow speak (dialByName.language, else the first locale). */
  private dialByNameLocale(props: DirectoryIvrProps): DirectoryBotLocale {
    const locales = props.dialByName?.locales ?? DEFAULT_LOCALES;
    const language = props.dialByName?.language ?? locales[0].language;
    return locales.find((l) => l.language === language) ?? { language };
  }

  private validate(props: DirectoryIvrProps, byName: boolean, departments: DirectoryIvrDepartment[]): void {
    const extension = props.extension ?? {};
    validateIntegerRange(this, 'extension.maxDigits', extension.maxDigits, 1, 10);
    validateIntegerRange(this, 'extension.assignLength', extension.assignLength, 2, 10);
    validateEnum(this, 'dialByName.spellingStyle', props.dialByName?.spellingStyle, SpellingStyle, 'SpellingStyle');
    validateEnum(this, 'whenAgentUnavailable', props.whenAgentUnavailable, AgentUnavailableAction, 'AgentUnavailableAction');
    validatePattern(this, 'extension.terminator', extension.terminator, /^[#*]$/, 'must be "#" or "*"');
    validatePattern(this, 'extension.tagKey', extension.tagKey, /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u, 'must be a tag key: 1 to 128 letters, digits, spaces or _.:/=+-@, not starting with "aws:"');
    if (extension.timeout !== undefined && !Token.isUnresolved(extension.timeout.toSeconds())) {
      const seconds = extension.timeout.toSeconds();
      if (!(Number.isInteger(seconds) && seconds >= 1 && seconds <= 180)) fail(this, 'extension.timeout', `${seconds} s`, 'must be 1 to 180 whole seconds');
    }
    if (extension.maxDigits !== undefined && extension.assignLength !== undefined && extension.assignLength > extension.maxDigits) {
      fail(this, 'extension.assignLength', extension.assignLength, `must be at most extension.maxDigits (${extension.maxDigits})`);
    }
    if (extension.maxDigits === undefined && extension.assignLength !== undefined && extension.assignLength > 4) {
      fail(this, 'extension.assignLength', extension.assignLength, 'must be at most extension.maxDigits (default 4)');
    }
    // An agent of this contact center whose extension is longer than callers can dial is never reached by extension.
    const tagKey = extension.tagKey ?? Agent.EXTENSION_TAG;
    this.node.addValidation({ validate: () => tooLongExtensions(this, props.contactCenter, tagKey, extension.maxDigits ?? 4) });
    const rate = props.directoryJobRequestsPerSecond;
    if (rate !== undefined && !Token.isUnresolved(rate) && !(Number.isFinite(rate) && rate >= MIN_JOB_RATE && rate <= CONNECT_OTHER_API_RATE)) {
      fail(this, 'directoryJobRequestsPerSecond', rate, `must be ${MIN_JOB_RATE} to ${CONNECT_OTHER_API_RATE} requests per second: Connect allows SearchUsers, TagResource and UntagResource ${CONNECT_OTHER_API_RATE} requests/s for the whole account, shared with the lookups callers wait for`);
    }
    const schedule = props.directoryJobSchedule?.expressionString;
    const every = schedule && !Token.isUnresolved(schedule) ? /^rate\((\d+) (minutes?|hours?|days?)\)$/.exec(schedule) : null;
    if (every) {
      const minutes = Number(every[1]) * (every[2].startsWith('minute') ? 1 : every[2].startsWith('hour') ? 60 : 1440);
      if (minutes < JOB_RUN_MINUTES) {
        fail(this, 'directoryJobSchedule', schedule, `must leave at least ${JOB_RUN_MINUTES} minutes between runs (a run lasts up to ${JOB_RUN_MINUTES} minutes; overlapping runs would double the API rate)`);
      }
    }
    const language = props.dialByName?.language;
    if (byName && language !== undefined) {
      const languages = (props.dialByName?.locales ?? DEFAULT_LOCALES).map((l) => l.language);
      if (!languages.includes(language)) {
        fail(this, 'dialByName.language', language, `must be one of the bot's languages (dialByName.locales): ${languages.join(', ')}`);
      }
    }
    if (!byName && departments.length > 0) {
      fail(this, 'departments', departments.map((d) => d.name), 'departments need dial by name (dialByName.enabled)');
    }
    const seen = new Set<string>();
    for (const department of departments) {
      if (seen.has(department.name)) fail(this, 'departments[].name', department.name, 'each department name at most once');
      seen.add(department.name);
      if (!department.queue) fail(this, `departments[${department.name}].queue`, department.queue, 'give an IQueue');
      if (!department.sampleUtterances || department.sampleUtterances.length === 0) {
        fail(this, `departments[${department.name}].sampleUtterances`, department.sampleUtterances, 'give at least one utterance');
      }
      for (const utterance of department.sampleUtterances) {
        if (typeof utterance !== 'string' || utterance.trim().length === 0) {
          fail(this, `departments[${department.name}].sampleUtterances`, utterance, 'utterances must not be empty');
        }
      }
    }
  }
}

/**
 * The agents of the contact center (anywhere in the app) whose extension has more digits than
 * the flow reads (`extension.maxDigits`): callers cannot dial them. Agents' extensions are
 * their `Extension` tag, so only that tag key is checked.
 */
function tooLongExtensions(scope: Construct, contactCenter: IContactCenter, tagKey: string, maxDigits: number): string[] {
  if (tagKey !== Agent.EXTENSION_TAG || Token.isUnresolved(maxDigits)) return [];
  const agents = scope.node.root.node.findAll().filter((c): c is Agent => c instanceof Agent && c.contactCenter === contactCenter);
  return agents
    .filter((a) => a.extension !== undefined && !Token.isUnresolved(a.extension) && a.extension.length > maxDigits)
    .map((a) => `${scope.node.path}: agent ${a.node.path} has extension "${a.extension}" (${a.extension!.length} digits), `
      + `but callers can dial at most extension.maxDigits (${maxDigits}) digits: raise extension.maxDigits or shorten the extension`);
}
