import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { PERSON_INTENT } from '../../lambda-src/name-lookup/dialog';
import {
  AgentDirectory, ContactCenter, DirectoryBot, DirectoryBotLanguage, DirectoryIvr, RoutingProfile, Schedule, SecurityProfile,
  SecurityProfilePermissions,
} from '../../src';
import { buildVocabulary, vocabularyPhrase } from '../../src/directory/vocabulary';

function setup() {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-test' });
  const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const queue = contactCenter.addQueue('Reception', { name: 'Reception', hoursOfOperation: hours });
  const routingProfile: RoutingProfile = contactCenter.addRoutingProfile('Staff', { name: 'Staff', defaultOutboundQueue: queue });
  const securityProfile = new SecurityProfile(stack, 'Sp', { contactCenter, name: 'Staff', permissions: SecurityProfilePermissions.AGENT });
  const addAgent = (id: string, firstName: string, lastName: string) =>
    contactCenter.addAgent(id, { username: id.toLowerCase(), firstName, lastName, routingProfile, securityProfiles: [securityProfile] });
  return { stack, contactCenter, queue, routingProfile, securityProfile, addAgent };
}

type Locale = { LocaleId: string; CustomVocabulary?: { CustomVocabularyItems: Array<{ Phrase: string; Weight?: number; DisplayAs?: string }> } };
const localesOf = (stack: Stack): Locale[] => Object.values(Template.fromStack(stack).findResources('AWS::Lex::Bot'))[0].Properties.BotLocales;
const phrasesOf = (stack: Stack, localeId: string) =>
  localesOf(stack).find((l) => l.LocaleId === localeId)?.CustomVocabulary?.CustomVocabularyItems.map((i) => i.Phrase);
const hintEnv = (stack: Stack): string[] | undefined => {
  const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))
    .find((r) => r.Properties.Description?.startsWith('Lex code hook of the company directory'));
  const raw = fn?.Properties.Environment?.Variables?.HINT_LAST_NAMES;
  return raw === undefined ? undefined : JSON.parse(raw);
};

/**
 * The CustomVocabulary shape of the AWS::Lex::Bot resource schema (cfn-lint's provider schema):
 * CustomVocabularyItems, 1 to 500 unique items of Phrase (1-100 characters, required), Weight (0-3)
 * and DisplayAs (1-100), nothing else.
 */
function expectSchemaShape(vocabulary: Locale['CustomVocabulary']): void {
  expect(Object.keys(vocabulary!)).toEqual(['CustomVocabularyItems']);
  const items = vocabulary!.CustomVocabularyItems;
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(500);
  expect(new Set(items.map((i) => JSON.stringify(i))).size).toBe(items.length);
  for (const item of items) {
    expect(Object.keys(item).every((k) => ['Phrase', 'Weight', 'DisplayAs'].includes(k))).toBe(true);
    expect(item.Phrase.length).toBeGreaterThanOrEqual(1);
    expect(item.Phrase.length).toBeLessThanOrEqual(100);
    expect(item.Phrase.split(' ').length).toBeLessThanOrEqual(4);
    if (item.Weight !== undefined) expect(Number.isInteger(item.Weight) && item.Weight >= 0 && item.Weight <= 3).toBe(true);
  }
}

describe('the directory bot custom vocabulary', () => {
  test('GIVEN agents of the app (ContactCenter, AgentDirectory) and additional names THEN the surnames, then the first names, are the vocabulary of every locale that takes one', () => {
    const { stack, contactCenter, routingProfile, securityProfile, addAgent } = setup();
    addAgent('Rita', 'Rita', 'Santus');
    // Agents defined after the bot count too: the names are settled at synth.
    const bot = new DirectoryBot(stack, 'Bot', {
      contactCenter,
      locales: [{ language: DirectoryBotLanguage.EN_US }, { language: DirectoryBotLanguage.FR_FR }, { language: DirectoryBotLanguage.EN_AU }],
      additionalNames: [{ firstName: 'Hélène', lastName: 'Lévesque' }, { lastName: 'Nguyễn' }],
    });
    addAgent('Akira', 'Akira', 'Tanaka');
    addAgent('Yuki', 'Yuki', 'Tanaka');
    const directory = new AgentDirectory(stack, 'Many', { contactCenter, maxAgents: 10 });
    directory.addAgent('Siobhan', { username: 'siobhan', firstName: 'Siobhán', lastName: "O'Sullivan", routingProfile, securityProfiles: [securityProfile] });
    // An agent of another contact center is not in this directory.
    const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other-test' });
    const otherHours = other.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    const otherQueue = other.addQueue('Q', { name: 'Q', hoursOfOperation: otherHours });
    other.addAgent('Zed', {
      username: 'zed',
      firstName: 'Zed',
      lastName: 'Outsider',
      routingProfile: other.addRoutingProfile('Rp', { name: 'Rp', defaultOutboundQueue: otherQueue }),
      securityProfiles: [new SecurityProfile(stack, 'OtherSp', { contactCenter: other, name: 'Staff', permissions: SecurityProfilePermissions.AGENT })],
    });

    expect(phrasesOf(stack, 'en_US')).toEqual(['Santus', 'Tanaka', "O'Sullivan", 'Levesque', 'Nguyen', 'Rita', 'Akira', 'Yuki', 'Siobhan', 'Helene']);
    // French keeps the accents of French, and drops the others.
    expect(phrasesOf(stack, 'fr_FR')).toEqual(['Santus', 'Tanaka', "O'Sullivan", 'Lévesque', 'Nguyen', 'Rita', 'Akira', 'Yuki', 'Siobhan', 'Hélène']);
    // English (Australia) takes no custom vocabulary.
    expect(phrasesOf(stack, 'en_AU')).toBeUndefined();
    for (const locale of localesOf(stack)) if (locale.CustomVocabulary) expectSchemaShape(locale.CustomVocabulary);
    expect(bot.localeIds).toEqual(['en_US', 'fr_FR', 'en_AU']);
  });

  test('GIVEN customVocabulary false THEN no locale has a vocabulary, and the version is the one without names', () => {
    const a = setup();
    a.addAgent('Rita', 'Rita', 'Santus');
    new DirectoryBot(a.stack, 'Bot', { contactCenter: a.contactCenter, customVocabulary: false });
    expect(localesOf(a.stack).every((l) => l.CustomVocabulary === undefined)).toBe(true);
    const b = setup();
    new DirectoryBot(b.stack, 'Bot', { contactCenter: b.contactCenter });
    expect(Object.keys(Template.fromStack(a.stack).findResources('AWS::Lex::BotVersion')))
      .toEqual(Object.keys(Template.fromStack(b.stack).findResources('AWS::Lex::BotVersion')));
  });

  test('GIVEN the vocabulary changes THEN a new bot version, which the alias uses', () => {
    const versionIds = (lastName: string) => {
      const { stack, contactCenter, addAgent } = setup();
      addAgent('Rita', 'Rita', lastName);
      new DirectoryBot(stack, 'Bot', { contactCenter });
      const template = Template.fromStack(stack);
      const ids = Object.keys(template.findResources('AWS::Lex::BotVersion'));
      template.hasResourceProperties('AWS::Lex::BotAlias', { BotVersion: { 'Fn::GetAtt': [ids[0], 'BotVersion'] } });
      return ids;
    };
    const santus = versionIds('Santus');
    expect(santus).toHaveLength(1);
    expect(versionIds('Santos')).not.toEqual(santus);
    expect(versionIds('Santus')).toEqual(santus);
  });

  test('GIVEN names that cannot be phrases THEN they are left out with a synth warning naming them', () => {
    const { stack, contactCenter, addAgent } = setup();
    addAgent('Li', '伟', '李');
    addAgent('Robot', 'R2', 'D2-R2');
    addAgent('Long', 'Ann', 'de la Fuente y Garcia');
    addAgent('Ok', 'Paul', 'Santus');
    new DirectoryBot(stack, 'Bot', { contactCenter, locales: [{ language: DirectoryBotLanguage.EN_US }] });
    expect(phrasesOf(stack, 'en_US')).toEqual(['Santus', 'Ann', 'Paul']);
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('cannot be custom vocabulary phrases in en_US'));
    expect(warnings).toHaveLength(1);
    const text = JSON.stringify(warnings[0].entry.data);
    for (const name of ['李', 'D2-R2', 'de la Fuente y Garcia', '伟', 'R2']) expect(text).toContain(name);
    expect(text).toMatch(/more than 4 words/);
  });

  test('GIVEN more than 500 distinct names THEN 500 phrases, surnames first, and a warning', () => {
    const { stack, contactCenter } = setup();
    const additionalNames = Array.from({ length: 400 }, (_, i) => ({ lastName: `Sur${letters(i)}`, firstName: `First${letters(i)}` }));
    new DirectoryBot(stack, 'Bot', { contactCenter, locales: [{ language: DirectoryBotLanguage.EN_GB }], additionalNames, hintNames: ['Surab'] });
    const phrases = phrasesOf(stack, 'en_GB')!;
    expect(phrases).toHaveLength(500);
    expect(phrases.slice(0, 400).every((p) => p.startsWith('Sur'))).toBe(true);
    expectSchemaShape(localesOf(stack)[0].CustomVocabulary);
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('holds at most 500 phrases: 300 name'));
  });

  test('phrases: letters, apostrophes, hyphens and periods inside words, at most 4 words and 100 characters', () => {
    expect(vocabularyPhrase('  O’Brien ', 'en_US')).toEqual({ phrase: "O'Brien" });
    expect(vocabularyPhrase('Jabłoński', 'en_US')).toEqual({ phrase: 'Jablonski' });
    expect(vocabularyPhrase('Ruiz-Núñez', 'fr_FR')).toEqual({ phrase: 'Ruiz-Nunez' });
    expect(vocabularyPhrase('Müller', 'fr_CA')).toEqual({ phrase: 'Müller' });
    expect(vocabularyPhrase('St. John', 'en_GB')).toEqual({ phrase: 'St. John' });
    expect(vocabularyPhrase('Smith & Co', 'en_US').reason).toMatch(/characters a phrase may not hold: &/);
    expect(vocabularyPhrase("'Quote", 'en_US').reason).toMatch(/punctuation outside a word/);
    expect(vocabularyPhrase('x'.repeat(101), 'en_US').reason).toMatch(/more than 100 characters/);
    expect(vocabularyPhrase('a b c d e', 'en_US').reason).toMatch(/more than 4 words/);
    expect(buildVocabulary(['Tanaka', 'TANAKA', 'tanaka'], 'en_US').items).toEqual([{ phrase: 'Tanaka' }]);
  });
});

describe('the runtime hints of the directory code hook', () => {
  test('GIVEN at most 100 distinct surnames THEN every one is in the code hook environment; the person intent runs the code hook before the first elicitation', () => {
    const { stack, contactCenter, addAgent } = setup();
    addAgent('Rita', 'Rita', 'Santus');
    addAgent('Akira', 'Akira', 'Tanaka');
    addAgent('Yuki', 'Yuki', 'Tanaka');
    new DirectoryBot(stack, 'Bot', { contactCenter, additionalNames: [{ lastName: 'Nguyễn' }] });
    expect(hintEnv(stack)).toEqual(['Santus', 'Tanaka', 'Nguyễn']);
    for (const locale of localesOf(stack) as any[]) {
      const person = locale.Intents.find((i: { Name: string }) => i.Name === PERSON_INTENT);
      expect(person.InitialResponseSetting).toEqual({
        CodeHook: { IsActive: true, EnableCodeHookInvocation: true, InvocationLabel: 'InitialResponse', PostCodeHookSpecification: {} },
      });
    }
  });

  test('GIVEN more than 100 distinct surnames and no choice THEN no surname hints, and a warning saying so', () => {
    const { stack, contactCenter } = setup();
    new DirectoryBot(stack, 'Bot', { contactCenter, additionalNames: Array.from({ length: 101 }, (_, i) => ({ lastName: `Sur${letters(i)}` })) });
    expect(hintEnv(stack)).toBeUndefined();
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('101 distinct surnames, more than the 100 runtime hints.*Set hintNames'));
  });

  test('GIVEN hintNames THEN they are the hints, whatever the directory', () => {
    const { stack, contactCenter } = setup();
    new DirectoryBot(stack, 'Bot', {
      contactCenter,
      additionalNames: Array.from({ length: 150 }, (_, i) => ({ lastName: `Sur${letters(i)}` })),
      hintNames: ['Santus', 'Tanaka'],
    });
    expect(hintEnv(stack)).toEqual(['Santus', 'Tanaka']);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('runtime hints'));
  });

  test('GIVEN only locales without runtime hints (French) THEN no hints are configured', () => {
    const { stack, contactCenter, addAgent } = setup();
    addAgent('Rita', 'Rita', 'Santus');
    new DirectoryBot(stack, 'Bot', { contactCenter, locales: [{ language: DirectoryBotLanguage.FR_FR }] });
    expect(hintEnv(stack)).toBeUndefined();
    expect(phrasesOf(stack, 'fr_FR')).toEqual(['Santus', 'Rita']);
  });

  test.each([
    [{ hintNames: Array.from({ length: 101 }, (_, i) => `N${i}`) }, /Stack\/Bot: invalid hintNames "101 names": Lex takes at most 100 runtime hints per slot/],
    [{ hintNames: ['  '] }, /invalid hintNames "  ": each must be a surname of 1 to 100 characters/],
    [{ hintNames: ['Santus'], locales: [{ language: DirectoryBotLanguage.FR_FR }] }, /invalid hintNames "1 names": runtime hints are taken only in en_US and en_GB; the bot has fr_FR/],
    [{ additionalNames: [{ lastName: '' }] }, /invalid additionalNames\[\].lastName "": give each person a surname/],
  ])('GIVEN bad input %j THEN synth fails naming the prop', (props, message) => {
    const { stack, contactCenter } = setup();
    expect(() => new DirectoryBot(stack, 'Bot', { contactCenter, ...props })).toThrow(message);
  });

  test('GIVEN a DirectoryIvr THEN dialByName passes the names, the choice of hints and the switch to its bot', () => {
    const { stack, contactCenter, queue, addAgent } = setup();
    addAgent('Rita', 'Rita', 'Santus');
    new DirectoryIvr(stack, 'Ivr', {
      contactCenter,
      fallbackQueue: queue,
      dialByName: { locales: [{ language: DirectoryBotLanguage.EN_US }], additionalNames: [{ lastName: 'Okafor', firstName: 'Ngozi' }], hintNames: ['Okafor'] },
    });
    expect(phrasesOf(stack, 'en_US')).toEqual(['Santus', 'Okafor', 'Rita', 'Ngozi']);
    expect(hintEnv(stack)).toEqual(['Okafor']);
    const off = setup();
    new DirectoryIvr(off.stack, 'Ivr', { contactCenter: off.contactCenter, fallbackQueue: off.queue, dialByName: { customVocabulary: false } });
    expect(localesOf(off.stack).every((l) => l.CustomVocabulary === undefined)).toBe(true);
  });
});

/** A distinct word of letters for i (aa, ab, …): names hold no digits. */
function letters(i: number): string {
  return String.fromCharCode(97 + Math.floor(i / 26) % 26) + String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 676));
}

describe('hints that do not fit the code hook environment', () => {
  test('GIVEN 100 long surnames THEN no surname hints and a warning; GIVEN them as hintNames THEN synth fails naming the prop', () => {
    const long = Array.from({ length: 100 }, (_, i) => `Vandenberghe-Oosterhuis-Smith${letters(i)}`);
    const a = setup();
    new DirectoryBot(a.stack, 'Bot', { contactCenter: a.contactCenter, additionalNames: long.map((lastName) => ({ lastName })) });
    expect(hintEnv(a.stack)).toBeUndefined();
    Annotations.fromStack(a.stack).hasWarning('*', Match.stringLikeRegexp('more than 3000 bytes.*Set hintNames'));
    const b = setup();
    expect(() => new DirectoryBot(b.stack, 'Bot', { contactCenter: b.contactCenter, hintNames: long })).toThrow(/Stack\/Bot: invalid hintNames "\d+ bytes": at most 3000 bytes/);
  });
});
