import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { DIRECTORY, extensionAnswer, lexConversation, mockDirectory, PrecomputedLambda } from './directory-ivr-harness';
import {
  ContactCenter, ContactFlow, ContactFlowType, DirectoryBotLanguage, DirectoryIvr, DirectoryIvrProps, FlowSimulator, FlowValidator,
  Message, Schedule, SimulationEventKind, SimulationOutcome,
} from '../../src';

function setup(props: Partial<DirectoryIvrProps> = {}) {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'eu-west-3' } });
  const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-test' });
  const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const reception = contactCenter.addQueue('Reception', { name: 'Reception', hoursOfOperation: hours });
  const ivr = new DirectoryIvr(stack, 'Ivr', { contactCenter, fallbackQueue: reception, ...props });
  return { stack, ivr };
}

const actions = (ivr: DirectoryIvr): any[] => (ivr.flow as ContactFlow).document.Actions;
const byId = (ivr: DirectoryIvr, id: string) => actions(ivr).find((a) => a.Identifier === id);
const start = (ivr: DirectoryIvr) => (ivr.flow as ContactFlow).document.StartAction;

const FRENCH: Partial<DirectoryIvrProps> = {
  dialByName: { locales: [{ language: DirectoryBotLanguage.FR_FR }], prompt: Message.text('Quel est le nom de la personne que vous souhaitez joindre ?') },
  greeting: Message.text('Bonjour. Si vous connaissez le poste, composez-le suivi de dièse.'),
};

describe('the contact language of a DirectoryIvr', () => {
  test('GIVEN a French (fr_FR) DirectoryIvr THEN its flow sets the contact language fr-FR and the French voice before the greeting and the bot', () => {
    const { ivr } = setup(FRENCH);
    expect(start(ivr)).toBe('SetLanguage');
    expect(byId(ivr, 'SetLanguage')).toMatchObject({ Type: 'UpdateContactData', Parameters: { LanguageCode: 'fr-FR' }, Transitions: { NextAction: 'SetVoice' } });
    expect(byId(ivr, 'SetVoice')).toMatchObject({ Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: 'Lea', TextToSpeechEngine: 'Neural' }, Transitions: { NextAction: 'Greeting' } });
    // Failing to set either still greets the caller.
    expect(byId(ivr, 'SetLanguage').Transitions.Errors).toEqual([{ ErrorType: 'NoMatchingError', NextAction: 'Greeting' }]);
    expect(byId(ivr, 'SetVoice').Transitions.Errors).toEqual([{ ErrorType: 'NoMatchingError', NextAction: 'Greeting' }]);
    expect(FlowValidator.validate((ivr.flow as ContactFlow).document, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
  });

  test('GIVEN the default locales THEN English (US) with Joanna; GIVEN language FR_FR THEN French with Lea, or the locale\'s own voice', () => {
    expect(byId(setup().ivr, 'SetLanguage').Parameters).toEqual({ LanguageCode: 'en-US' });
    expect(byId(setup().ivr, 'SetVoice').Parameters).toEqual({ TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Neural' });
    const french = setup({ dialByName: { language: DirectoryBotLanguage.FR_FR } }).ivr;
    expect(byId(french, 'SetLanguage').Parameters).toEqual({ LanguageCode: 'fr-FR' });
    expect(byId(french, 'SetVoice').Parameters.TextToSpeechVoice).toBe('Lea');
    const canadian = setup({ dialByName: { locales: [{ language: DirectoryBotLanguage.EN_US }, { language: DirectoryBotLanguage.FR_CA, voiceId: 'Liam' }], language: DirectoryBotLanguage.FR_CA } }).ivr;
    expect(byId(canadian, 'SetLanguage').Parameters).toEqual({ LanguageCode: 'fr-CA' });
    expect(byId(canadian, 'SetVoice').Parameters.TextToSpeechVoice).toBe('Liam');
  });

  test('GIVEN a language the bot does not speak THEN synth fails naming dialByName.language and the bot\'s languages', () => {
    expect(() => setup({ dialByName: { language: DirectoryBotLanguage.EN_GB } }))
      .toThrow(/Ivr: invalid dialByName.language "en_GB": must be one of the bot's languages \(dialByName.locales\): en_US, fr_FR/);
  });

  test('GIVEN dial by name off THEN there is no bot and no language to set', () => {
    const { ivr } = setup({ dialByName: { enabled: false } });
    expect(start(ivr)).toBe('Greeting');
    expect(actions(ivr).some((a) => a.Type === 'UpdateContactData' || a.Type === 'UpdateContactTextToSpeechVoice')).toBe(false);
  });

  describe('a French call, simulated with the real code hook', () => {
    const { stack } = setup(FRENCH);
    const template = Template.fromStack(stack).toJSON();
    let connect: ReturnType<typeof mockDirectory>;
    beforeEach(() => { connect = mockDirectory(); });
    afterEach(() => connect.restore());

    test('the transcript sets fr-FR and the French voice before the greeting; the bot, in fr_FR, asks to spell in French and the spelled name reaches the person', async () => {
      // The bot's locale is the contact's language, as the flow set it.
      const sim = FlowSimulator.fromTemplate(template);
      const probe = sim.simulate({ inputs: [{ timeout: true }, { timeout: true }] });
      const language = probe.events.find((e) => e.kind === SimulationEventKind.SETTING && e.text.startsWith('contact language'));
      expect(language?.text).toBe('contact language fr-FR');
      const localeId = language!.text.replace('contact language ', '').replace('-', '_');

      const lex = await lexConversation([{ last: 'Fontaine' }, { last: 'S A N T U S' }], { localeId });
      expect(lex.botSaid).toEqual([expect.stringMatching(/^Désolé, je n'ai pas trouvé ce nom\. Épelez le nom de famille/)]);
      const result = sim.simulate({ inputs: [{ timeout: true }, lex.input] });
      const texts = result.events.map((e) => `${e.kind}: ${e.text}`);
      expect(texts.slice(0, 3)).toEqual([
        'setting: contact language fr-FR',
        'setting: voice Lea (Neural)',
        'prompt: Bonjour. Si vous connaissez le poste, composez-le suivi de dièse.',
      ]);
      const setAt = texts.indexOf('setting: contact language fr-FR');
      const botAt = texts.findIndex((t) => t.startsWith('input: Lex:'));
      expect(setAt).toBeLessThan(botAt);
      expect(result.path.slice(0, 3)).toEqual(['SetLanguage', 'SetVoice', 'Greeting']);
      expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
      expect(result.agent).toBe(DIRECTORY[0].Arn);
    });
  });

  describe('a French directory with the default words, end to end in the simulator', () => {
    const { stack, ivr } = setup({ dialByName: { locales: [{ language: DirectoryBotLanguage.FR_CA }] } });
    const template = Template.fromStack(stack).toJSON();
    let connect: ReturnType<typeof mockDirectory>;
    beforeEach(() => { connect = mockDirectory(); });
    afterEach(() => connect.restore());

    /** Words of English prompts that a French call must never say. */
    const ENGLISH = /\b(the|you|your|please|sorry|extension|thank)\b/i;

    test('the flow speaks French: its every prompt, and the bot in fr_CA', () => {
      const prompts = actions(ivr)
        .filter((a) => a.Parameters?.Text !== undefined)
        .map((a) => a.Parameters.Text as string);
      expect(prompts.length).toBeGreaterThanOrEqual(6);
      for (const text of prompts) expect(text).not.toMatch(ENGLISH);
      const [bot] = Object.values(Template.fromStack(stack).findResources('AWS::Lex::Bot')).map((r) => r.Properties);
      expect(bot.BotLocales.map((l: { LocaleId: string }) => l.LocaleId)).toEqual(['fr_CA']);
      expect(byId(ivr, 'SetLanguage').Parameters).toMatchObject({ LanguageCode: 'fr-CA' });
    });

    test('by name: language and voice set first, greeting and bot prompt in French, the code hook asks in French, the extension is announced in French', async () => {
      const lex = await lexConversation([{ last: 'Fontaine' }, { last: 'S A N T U S' }], { localeId: 'fr_CA' });
      expect(lex.botSaid).toEqual([expect.stringMatching(/^Désolé, je n'ai pas trouvé ce nom/)]);
      const result = FlowSimulator.fromTemplate(template).simulate({ inputs: [{ timeout: true }, lex.input] });
      const texts = result.events.map((e) => `${e.kind}: ${e.text}`);
      expect(texts.slice(0, 2)).toEqual(['setting: contact language fr-CA', 'setting: voice Gabrielle (Neural)']);
      expect(result.prompts).toEqual([
        expect.stringMatching(/^Merci de votre appel\. Si vous connaissez le numéro de poste/),
        'Dites le nom de la personne ou du service que vous souhaitez joindre.',
        'La prochaine fois, vous pourrez composer directement le poste 777. Je vous mets en relation.',
      ]);
      for (const prompt of [...result.prompts, ...lex.botSaid]) expect(prompt).not.toMatch(ENGLISH);
      expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
      expect(result.agent).toBe(DIRECTORY[0].Arn);
    });

    test('by extension: an unknown extension is said in French, twice, then the bot', async () => {
      const answers = { 999: await extensionAnswer('999'), 998: await extensionAnswer('998') };
      const sim = FlowSimulator.fromTemplate(template);
      sim.addLambdaStub('IvrExtensionLookup', new PrecomputedLambda(answers));
      const lex = await lexConversation([{ last: 'Nguyen' }], { localeId: 'fr_CA' });
      const result = sim.simulate({ inputs: [{ digits: '999#' }, { digits: '998#' }, lex.input] });
      expect(result.prompts.slice(1, 3)).toEqual([
        expect.stringMatching(/^Désolé, ce poste n'existe pas\. Composez de nouveau/),
        "Désolé, ce poste n'existe pas non plus.",
      ]);
      for (const prompt of result.prompts) expect(prompt).not.toMatch(ENGLISH);
      expect(result.agent).toBe(DIRECTORY[3].Arn);
    });
  });
});
