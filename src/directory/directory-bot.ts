import { createHash } from 'node:crypto';
import { Annotations, Aspects, Duration, Lazy, Stack, Token, aws_iam as iam, aws_lambda as lambda, aws_lex as lex } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import {
  buildVocabulary, distinctNames, HINT_LOCALES, MAX_HINT_CHARACTERS, MAX_HINTS, MAX_PHRASE_LENGTH, VOCABULARY_LOCALES, type Vocabulary,
} from './vocabulary';
import { Agent } from '../contact-center/agent';
import { LexBotAlias } from '../contact-center/lex';
import type { IContactCenter } from '../core/contact-center';
import { type ILexBotAlias } from '../core/lex';
import { suppressNag } from '../core/private/nag';
import { NameLookupFunction } from '../core/private/name-lookup-function';
import { fail, validateEnum, validateIntegerRange, validatePattern } from '../core/private/validate';

/**
 * How the bot asks a caller to spell a surname speech recognition did not get.
 */
export enum SpellingStyle {
  /** Letter by letter: "S A N T U S". */
  SPELL_BY_LETTER = 'SpellByLetter',
  /** A word for each letter: "S as in Sam, A as in Apple…" (clearer on the phone for B/D/P/T). */
  SPELL_BY_WORD = 'SpellByWord',
}

/**
 * A language of the directory bot (a Lex V2 locale). The contact's language must match it.
 */
export enum DirectoryBotLanguage {
  /** English (US). */
  EN_US = 'en_US',
  /** English (UK). */
  EN_GB = 'en_GB',
  /** English (Australia). */
  EN_AU = 'en_AU',
  /** French (France). */
  FR_FR = 'fr_FR',
  /** French (Canada). */
  FR_CA = 'fr_CA',
}

/**
 * A language the directory bot understands.
 */
export interface DirectoryBotLocale {
  /** The language. */
  readonly language: DirectoryBotLanguage;

  /**
   * The Amazon Polly voice the bot speaks with (neural engine).
   *
   * @default - Joanna (en_US), Amy (en_GB), Olivia (en_AU), Lea (fr_FR), Gabrielle (fr_CA)
   */
  readonly voiceId?: string;

  /**
   * How sure Lex must be of an intent before it picks it over the fallback intent, 0 to 1.
   *
   * @default 0.4
   */
  readonly confidenceThreshold?: number;
}

/**
 * A department callers can ask for by name ("sales", "the accounts team").
 */
export interface DirectoryDepartment {
  /**
   * The department's intent name: letters, digits, `_` and `-`, starting with a letter or digit,
   * at most 100 characters. The flow branches on it (case-sensitive).
   */
  readonly name: string;

  /**
   * What callers say to reach the department, used for every language that has no entry in
   * `localizedSampleUtterances`. At least one.
   */
  readonly sampleUtterances: string[];

  /**
   * Sample utterances per language, keyed by the Lex locale ID (`fr_FR`, `en_US`…).
   *
   * @default - `sampleUtterances` in every language
   */
  readonly localizedSampleUtterances?: { [localeId: string]: string[] };
}

/**
 * The name of a person the bot should expect (someone the app does not define as an `Agent`:
 * users created by SAML, SCIM or the console).
 */
export interface DirectoryPersonName {
  /** The surname. */
  readonly lastName: string;

  /**
   * The first name.
   *
   * @default - none
   */
  readonly firstName?: string;
}

/**
 * Properties of a DirectoryBot.
 */
export interface DirectoryBotProps {
  /** The contact center whose users the bot finds, and with which the bot alias is associated. */
  readonly contactCenter: IContactCenter;

  /**
   * The languages of the bot.
   *
   * @default - English (US) and French (France) with their default voices
   */
  readonly locales?: DirectoryBotLocale[];

  /**
   * Departments callers can ask for instead of a person.
   *
   * @default - none
   */
  readonly departments?: DirectoryDepartment[];

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
   * The user tag that holds an agent's extension (returned with the matched agent).
   *
   * @default 'Extension'
   */
  readonly extensionTagKey?: string;

  /**
   * Prefix of the user tags that hold the phonetic keys of an agent's surname.
   *
   * @default 'NameKey:'
   */
  readonly nameKeyPrefix?: string;

  /**
   * How long a warm code hook remembers a directory search.
   *
   * @default Duration.minutes(1)
   */
  readonly cacheTtl?: Duration;

  /**
   * Give each locale that takes one (English (US, UK), French (France, Canada)) a custom
   * vocabulary of the names callers will say: the surnames, then the first names, of the app's
   * agents of this contact center (`Agent`, `AgentDirectory`) and of `additionalNames`.
   *
   * @default true
   */
  readonly customVocabulary?: boolean;

  /**
   * Names of people the app does not define as agents, for the custom vocabulary and the runtime
   * hints.
   *
   * @default - none
   */
  readonly additionalNames?: DirectoryPersonName[];

  /**
   * The surnames the code hook sends as runtime hints when it asks for the surname (English (US)
   * and English (UK) only; Lex takes at most 100 per slot). Needed when the directory has more
   * than 100 distinct surnames: choose, for example, the people callers ask for most.
   *
   * @default - every surname of the app's agents and `additionalNames` when there are at most 100
   * distinct ones; otherwise no surname hints (a synth warning says so)
   */
  readonly hintNames?: string[];
}

/** Intent and slot names shared with the code hook (lambda-src/name-lookup/dialog.ts). */
const PERSON_INTENT = 'ReachPerson';
const LAST_NAME_SLOT = 'LastName';
const FIRST_NAME_SLOT = 'FirstName';
const ALIAS_NAME = 'live';

const DEFAULT_VOICES: Record<DirectoryBotLanguage, string> = {
  [DirectoryBotLanguage.EN_US]: 'Joanna',
  [DirectoryBotLanguage.EN_GB]: 'Amy',
  [DirectoryBotLanguage.EN_AU]: 'Olivia',
  [DirectoryBotLanguage.FR_FR]: 'Lea',
  [DirectoryBotLanguage.FR_CA]: 'Gabrielle',
};

interface LanguageText {
  readonly personUtterances: string[];
  readonly lastNamePrompt: string;
  readonly firstNamePrompt: string;
}

const ENGLISH: LanguageText = {
  personUtterances: [
    `{${LAST_NAME_SLOT}}`,
    `{${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `{${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}} please`,
    `I'd like to speak to {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `I want to talk to {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Can I speak with {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Put me through to {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Connect me to {${LAST_NAME_SLOT}}`,
    `I'm calling for {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Is {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}} available`,
    `Mister {${LAST_NAME_SLOT}}`,
    `Miss {${LAST_NAME_SLOT}}`,
  ],
  lastNamePrompt: 'Who would you like to speak to? Please say the last name.',
  firstNamePrompt: 'What is the first name?',
};

const FRENCH: LanguageText = {
  personUtterances: [
    `{${LAST_NAME_SLOT}}`,
    `{${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `{${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}} s'il vous plaît`,
    `Je voudrais parler à {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Passez-moi {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Je cherche à joindre {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Pouvez-vous me mettre en relation avec {${LAST_NAME_SLOT}}`,
    `Est-ce que {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}} est disponible`,
    `J'appelle pour {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}`,
    `Monsieur {${LAST_NAME_SLOT}}`,
    `Madame {${LAST_NAME_SLOT}}`,
  ],
  lastNamePrompt: 'À qui souhaitez-vous parler ? Dites le nom de famille.',
  firstNamePrompt: 'Quel est le prénom ?',
};

function textOf(language: DirectoryBotLanguage): LanguageText {
  return language.startsWith('fr') ? FRENCH : ENGLISH;
}

const INTENT_NAME = /^([0-9a-zA-Z][_-]?){1,100}$/;

/**
 * The Lex V2 bot of a company directory: callers say the name of a person ("I'd like to speak
 * to Paul Santus") or of a department. A code hook matches the heard surname against the
 * instance's users — with spelling re-prompts when speech recognition fails and the first name
 * as a tie-breaker — and leaves the agent in session attributes for the flow:
 * `directoryResult` (`MATCH`, `NO_MATCH` or `ERROR`), `agentId`, `agentArn`, `agentFirstName`,
 * `agentLastName`, `agentExtension`.
 *
 * Creates the bot, a version (a new one whenever the definition changes), an alias `live` with
 * the code hook (never the test alias), the code-hook function, and associates the alias with
 * the instance. The users need the name-key tags the directory job keeps.
 *
 * The bot is told which names to expect: the names of the app's agents of the contact center (and
 * `additionalNames`) become the custom vocabulary of each locale that takes one, and the code
 * hook, which runs in the person intent's initial response, sends the surnames as runtime hints
 * in English (US, UK) locales.
 */
export class DirectoryBot extends Construct {
  /** The person intent's name (a branch of the flow's Lex block). */
  public static readonly PERSON_INTENT = PERSON_INTENT;

  /**
   * The Amazon Polly voice a language speaks with when its locale names none.
   *
   * @param language the bot language
   */
  public static defaultVoice(language: DirectoryBotLanguage): string {
    return DEFAULT_VOICES[language];
  }

  /** The bot ID. */
  public readonly botId: string;
  /** The bot ARN. */
  public readonly botArn: string;
  /** The alias flows use (`live`). */
  public readonly botAlias: ILexBotAlias;
  /** The version the alias points at. */
  public readonly botVersion: string;
  /** The code hook (dialog and fulfillment) that matches names. */
  public readonly codeHook: lambda.IFunction;
  /** The names of the department intents. */
  public readonly departmentIntents: string[];
  /** The bot's languages (Lex locale IDs). */
  public readonly localeIds: string[];

  private readonly contactCenter: IContactCenter;
  private readonly vocabularyOn: boolean;
  private readonly additionalNames: DirectoryPersonName[];
  private readonly hintNames?: string[];
  private readonly version: lex.CfnBotVersion;
  private readonly locales: DirectoryBotLocale[];
  private readonly codeHookFunction: lambda.Function;
  private vocabularies?: Map<string, Vocabulary>;

  constructor(scope: Construct, id: string, props: DirectoryBotProps) {
    super(scope, id);
    const locales = props.locales ?? [{ language: DirectoryBotLanguage.EN_US }, { language: DirectoryBotLanguage.FR_FR }];
    const departments = props.departments ?? [];
    this.validate(props, locales, departments);

    const stack = Stack.of(this);
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lexv2.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': stack.account },
      }),
      description: 'Lets the directory bot speak with Amazon Polly',
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['polly:SynthesizeSpeech'], resources: ['*'] }));
    suppressNag(role.node.findChild('DefaultPolicy'), [{
      id: 'AwsSolutions-IAM5',
      reason: 'polly:SynthesizeSpeech has no resource-level permissions (only lexicons); it is the one action the bot role allows.',
      appliesTo: ['Resource::*'],
    }]);

    this.contactCenter = props.contactCenter;
    this.vocabularyOn = props.customVocabulary ?? true;
    this.additionalNames = props.additionalNames ?? [];
    this.hintNames = props.hintNames;
    // The definition without the names (the version's name), and with their vocabulary, settled at synth.
    const definition = locales.map((locale) => this.renderLocale(locale, departments));
    const botLocales = definition.map((locale) => ({
      ...locale,
      customVocabulary: Lazy.any({ produce: () => this.customVocabularyOf(locale.localeId) }),
    }));
    const bot = new lex.CfnBot(this, 'Bot', {
      name: `${stack.stackName}-${id}`.replace(/[^0-9a-zA-Z]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100).replace(/-+$/, ''),
      description: 'Company directory: reach a person by name or a department',
      roleArn: role.roleArn,
      dataPrivacy: { ChildDirected: false },
      idleSessionTtlInSeconds: 300,
      autoBuildBotLocales: true,
      botLocales,
    });
    this.botId = bot.attrId;
    this.botArn = bot.attrArn;

    // A version is immutable: name it after the definition, so a change publishes a new one.
    const definitionHash = createHash('sha256').update(JSON.stringify(stack.resolve(definition))).digest('hex').slice(0, 12);
    const version = new lex.CfnBotVersion(this, `Version${definitionHash}`, {
      botId: bot.attrId,
      description: `Directory bot definition ${definitionHash}`,
      botVersionLocaleSpecification: locales.map((locale) => ({
        localeId: locale.language,
        botVersionLocaleDetails: { sourceBotVersion: 'DRAFT' },
      })),
    });
    this.botVersion = version.attrBotVersion;
    this.version = version;
    this.locales = locales;

    const codeHook = new NameLookupFunction(this, 'CodeHook', {
      contactCenter: props.contactCenter,
      extensionTagKey: props.extensionTagKey ?? 'Extension',
      nameKeyPrefix: props.nameKeyPrefix ?? 'NameKey:',
      maxAttempts: props.maxAttempts ?? 3,
      spellingStyle: props.spellingStyle ?? SpellingStyle.SPELL_BY_LETTER,
      cacheTtl: props.cacheTtl ?? Duration.minutes(1),
    });
    this.codeHook = codeHook;
    this.codeHookFunction = codeHook;

    // The app's agents are known once the app is built: the vocabulary, the hints and the version
    // that carries them are settled then.
    Aspects.of(this).add({ visit: (node: IConstruct) => { if (node === this) this.settleNames(); } });

    const alias = new lex.CfnBotAlias(this, 'Alias', {
      botId: bot.attrId,
      botAliasName: ALIAS_NAME,
      botVersion: version.attrBotVersion,
      description: 'The alias the contact flows use',
      botAliasLocaleSettings: locales.map((locale) => ({
        localeId: locale.language,
        botAliasLocaleSetting: {
          enabled: true,
          codeHookSpecification: { lambdaCodeHook: { lambdaArn: codeHook.functionArn, codeHookInterfaceVersion: '1.0' } },
        },
      })),
    });
    codeHook.addPermission('InvokedByBotAlias', {
      principal: new iam.ServicePrincipal('lexv2.amazonaws.com'),
      action: 'lambda:InvokeFunction',
      sourceArn: alias.attrArn,
      sourceAccount: stack.account,
    });

    this.botAlias = LexBotAlias.fromBotAliasArn(alias.attrArn);
    props.contactCenter.associateLexBotAlias(this.botAlias);
    this.departmentIntents = departments.map((d) => d.name);
    this.localeIds = locales.map((l) => l.language);
  }

  private validate(props: DirectoryBotProps, locales: DirectoryBotLocale[], departments: DirectoryDepartment[]): void {
    validateIntegerRange(this, 'maxAttempts', props.maxAttempts, 1, 5);
    validateEnum(this, 'spellingStyle', props.spellingStyle, SpellingStyle, 'SpellingStyle');
    if (locales.length === 0) fail(this, 'locales', locales, 'give at least one language');
    const seen = new Set<string>();
    for (const locale of locales) {
      if (seen.has(locale.language)) fail(this, 'locales', locale.language, 'each language at most once');
      seen.add(locale.language);
      const threshold = locale.confidenceThreshold;
      if (threshold !== undefined && !Token.isUnresolved(threshold) && !(threshold >= 0 && threshold <= 1)) {
        fail(this, 'locales[].confidenceThreshold', threshold, 'must be between 0 and 1');
      }
      validatePattern(this, 'locales[].voiceId', locale.voiceId, /^[A-Z][a-zA-Z-]{1,30}$/, 'must be an Amazon Polly voice ID such as "Joanna"');
    }
    validatePattern(this, 'extensionTagKey', props.extensionTagKey, /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u, 'must be a tag key: 1 to 128 letters, digits, spaces or _.:/=+-@, not starting with "aws:"');
    validatePattern(this, 'nameKeyPrefix', props.nameKeyPrefix, /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,100}$/u, 'must be a tag key prefix: 1 to 100 letters, digits, spaces or _.:/=+-@, not starting with "aws:"');
    if (props.hintNames !== undefined) {
      if (props.hintNames.length > MAX_HINTS) {
        fail(this, 'hintNames', `${props.hintNames.length} names`, `Lex takes at most ${MAX_HINTS} runtime hints per slot: choose at most ${MAX_HINTS} surnames`);
      }
      for (const name of props.hintNames) {
        if (!Token.isUnresolved(name) && !(typeof name === 'string' && name.trim().length > 0 && name.trim().length <= MAX_PHRASE_LENGTH)) {
          fail(this, 'hintNames', name, `each must be a surname of 1 to ${MAX_PHRASE_LENGTH} characters`);
        }
      }
      const bytes = Buffer.byteLength(JSON.stringify(props.hintNames));
      if (bytes > MAX_HINT_CHARACTERS) {
        fail(this, 'hintNames', `${bytes} bytes`, `at most ${MAX_HINT_CHARACTERS} bytes in all, as JSON (the code hook's environment holds 4 KB)`);
      }
      if (!locales.some((l) => HINT_LOCALES.includes(l.language))) {
        fail(this, 'hintNames', props.hintNames.length + ' names', `runtime hints are taken only in ${HINT_LOCALES.join(' and ')}; the bot has ${locales.map((l) => l.language).join(', ')}`);
      }
    }
    for (const person of props.additionalNames ?? []) {
      if (typeof person?.lastName !== 'string' || person.lastName.trim().length === 0) {
        fail(this, 'additionalNames[].lastName', person?.lastName, 'give each person a surname');
      }
    }
    const names = new Set<string>([PERSON_INTENT, 'FallbackIntent']);
    for (const department of departments) {
      validatePattern(this, 'departments[].name', department.name, INTENT_NAME, 'must be 1 to 100 letters, digits, "_" or "-", starting with a letter or digit');
      if (names.has(department.name)) fail(this, 'departments[].name', department.name, `must be unique and not ${PERSON_INTENT} or FallbackIntent`);
      names.add(department.name);
      if (department.sampleUtterances.length === 0) fail(this, `departments[${department.name}].sampleUtterances`, department.sampleUtterances, 'give at least one utterance');
      for (const localeId of Object.keys(department.localizedSampleUtterances ?? {})) {
        if (!seen.has(localeId)) fail(this, `departments[${department.name}].localizedSampleUtterances`, localeId, `must be one of the bot's languages: ${[...seen].join(', ')}`);
      }
    }
  }

  private renderLocale(locale: DirectoryBotLocale, departments: DirectoryDepartment[]): lex.CfnBot.BotLocaleProperty {
    const text = textOf(locale.language);
    const prompt = (value: string, maxRetries: number): lex.CfnBot.PromptSpecificationProperty => ({
      maxRetries,
      allowInterrupt: true,
      messageGroupsList: [{ message: { plainTextMessage: { value } } }],
    });
    const person: lex.CfnBot.IntentProperty = {
      name: PERSON_INTENT,
      description: 'The caller asks for a person by name',
      sampleUtterances: text.personUtterances.map((utterance) => ({ utterance })),
      dialogCodeHook: { enabled: true },
      // The code hook runs once the intent is recognized, before the first slot is elicited, so
      // that its runtime hints are in place for that elicitation.
      initialResponseSetting: {
        codeHook: { isActive: true, enableCodeHookInvocation: true, invocationLabel: 'InitialResponse', postCodeHookSpecification: {} },
      },
      fulfillmentCodeHook: { enabled: true },
      slots: [
        {
          name: LAST_NAME_SLOT,
          slotTypeName: 'AMAZON.LastName',
          valueElicitationSetting: { slotConstraint: 'Required', promptSpecification: prompt(text.lastNamePrompt, 1) },
        },
        {
          name: FIRST_NAME_SLOT,
          slotTypeName: 'AMAZON.FirstName',
          valueElicitationSetting: { slotConstraint: 'Optional', promptSpecification: prompt(text.firstNamePrompt, 1) },
        },
      ],
      slotPriorities: [{ priority: 1, slotName: LAST_NAME_SLOT }, { priority: 2, slotName: FIRST_NAME_SLOT }],
    };
    const departmentIntents: lex.CfnBot.IntentProperty[] = departments.map((department) => ({
      name: department.name,
      description: `The caller asks for ${department.name}`,
      sampleUtterances: (department.localizedSampleUtterances?.[locale.language] ?? department.sampleUtterances).map((utterance) => ({ utterance })),
    }));
    return {
      localeId: locale.language,
      nluConfidenceThreshold: locale.confidenceThreshold ?? 0.4,
      voiceSettings: { voiceId: locale.voiceId ?? DEFAULT_VOICES[locale.language], engine: 'neural' },
      intents: [
        person,
        ...departmentIntents,
        { name: 'FallbackIntent', description: 'Anything else', parentIntentSignature: 'AMAZON.FallbackIntent' },
      ],
    };
  }

  /** The names the bot expects, in order of preference: surnames, then first names. */
  private expectedNames(): { lastNames: string[]; firstNames: string[] } {
    const lastNames: string[] = [];
    const firstNames: string[] = [];
    const add = (last: unknown, first: unknown) => {
      if (typeof last === 'string' && !Token.isUnresolved(last)) lastNames.push(last);
      if (typeof first === 'string' && !Token.isUnresolved(first)) firstNames.push(first);
    };
    for (const construct of this.node.root.node.findAll()) {
      if (!(construct instanceof Agent) || construct.contactCenter !== this.contactCenter) continue;
      const info = construct.cfnUser.identityInfo;
      if (info && !Token.isUnresolved(info)) {
        const identity = info as { firstName?: unknown; lastName?: unknown };
        add(identity.lastName, identity.firstName);
      }
    }
    for (const person of this.additionalNames) add(person.lastName, person.firstName);
    return { lastNames: distinctNames(lastNames), firstNames: distinctNames(firstNames) };
  }

  /** The vocabulary of each locale, the code hook's hints and the version that carries them. */
  private settleNames(): void {
    if (this.vocabularies) return;
    const { lastNames, firstNames } = this.expectedNames();
    this.vocabularies = new Map();
    if (this.vocabularyOn) {
      for (const locale of this.locales) {
        if (!VOCABULARY_LOCALES.includes(locale.language)) continue;
        const vocabulary = buildVocabulary([...lastNames, ...firstNames], locale.language);
        this.vocabularies.set(locale.language, vocabulary);
        if (vocabulary.skipped.length > 0) {
          const shown = vocabulary.skipped.slice(0, 10).map((s) => `"${s.name}" (${s.reason})`).join(', ');
          Annotations.of(this).addWarningV2('cdk-contact-center:directoryVocabularySkipped',
            `${vocabulary.skipped.length} name(s) cannot be custom vocabulary phrases in ${locale.language} and are left out of it: ${shown}`
            + `${vocabulary.skipped.length > 10 ? ', …' : ''}. Callers can still spell them.`);
        }
        if (vocabulary.overLimit.length > 0) {
          Annotations.of(this).addWarningV2('cdk-contact-center:directoryVocabularyFull',
            `the custom vocabulary of ${locale.language} holds at most 500 phrases: ${vocabulary.overLimit.length} name(s) are left out `
            + `(surnames come first, then first names): ${vocabulary.overLimit.slice(0, 10).join(', ')}${vocabulary.overLimit.length > 10 ? ', …' : ''}`);
        }
      }
    }

    const english = this.locales.some((l) => HINT_LOCALES.includes(l.language));
    let hints: string[] | undefined = this.hintNames ? distinctNames(this.hintNames) : undefined;
    if (!hints && english && lastNames.length > MAX_HINTS) {
      Annotations.of(this).addWarningV2('cdk-contact-center:directoryHintsTooMany',
        `${lastNames.length} distinct surnames, more than the ${MAX_HINTS} runtime hints Lex takes per slot: the code hook sends no surname hints. `
        + 'Set hintNames to choose the surnames to send.');
    } else if (!hints && english && lastNames.length > 0) {
      hints = lastNames;
    }
    if (hints && english && !this.hintNames && Buffer.byteLength(JSON.stringify(hints)) > MAX_HINT_CHARACTERS) {
      Annotations.of(this).addWarningV2('cdk-contact-center:directoryHintsTooLong',
        `the ${hints.length} surnames take more than ${MAX_HINT_CHARACTERS} bytes, too many for the code hook's environment: no surname hints. Set hintNames.`);
      hints = undefined;
    }
    if (hints && english && hints.length > 0) this.codeHookFunction.addEnvironment('HINT_LAST_NAMES', JSON.stringify(hints));

    // A version is immutable: a vocabulary change publishes a new one.
    const items = [...this.vocabularies.entries()].map(([localeId, v]) => [localeId, v.items.map((i) => i.phrase)]);
    if (items.some(([, phrases]) => phrases.length > 0)) {
      const stack = Stack.of(this);
      const hash = createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 8);
      this.version.overrideLogicalId(`${stack.getLogicalId(this.version)}${hash}`);
    }
  }

  /** A locale's custom vocabulary in the template's shape, or nothing. */
  private customVocabularyOf(localeId: string): lex.CfnBot.CustomVocabularyProperty | undefined {
    this.settleNames();
    const items = this.vocabularies?.get(localeId)?.items ?? [];
    return items.length > 0 ? { customVocabularyItems: items.map((i) => ({ phrase: i.phrase })) } : undefined;
  }
}
