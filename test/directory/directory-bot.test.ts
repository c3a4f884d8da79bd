import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { FIRST_NAME_SLOT, LAST_NAME_SLOT, PERSON_INTENT } from '../../lambda-src/name-lookup/dialog';
import { ContactCenter } from '../../src';
import { DirectoryBot, DirectoryBotLanguage, SpellingStyle } from '../../src/directory';

const INSTANCE_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';

function setup() {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = ContactCenter.fromInstanceArn(stack, 'Cc', INSTANCE_ARN);
  return { stack, contactCenter };
}

function botWith(props: Partial<ConstructorParameters<typeof DirectoryBot>[2]> = {}) {
  const { stack, contactCenter } = setup();
  const bot = new DirectoryBot(stack, 'Directory', {
    contactCenter,
    departments: [{ name: 'Sales', sampleUtterances: ['sales', 'I want to buy something', 'the sales team'], localizedSampleUtterances: { fr_FR: ['les ventes', 'service commercial'] } }],
    ...props,
  });
  return { stack, bot, template: Template.fromStack(stack) };
}

describe('DirectoryBot', () => {
  test('GIVEN defaults THEN a bot in en_US and fr_FR with the person, department and fallback intents and neural voices', () => {
    const { template } = botWith();
    const bot = template.findResources('AWS::Lex::Bot');
    const [props] = Object.values(bot).map((r) => r.Properties);
    expect(props.DataPrivacy).toEqual({ ChildDirected: false });
    expect(props.AutoBuildBotLocales).toBe(true);
    expect(props.BotLocales.map((l: { LocaleId: string }) => l.LocaleId)).toEqual(['en_US', 'fr_FR']);
    for (const locale of props.BotLocales) {
      expect(locale.NluConfidenceThreshold).toBe(0.4);
      expect(locale.VoiceSettings.Engine).toBe('neural');
      expect(locale.Intents.map((i: { IntentName?: string; Name: string }) => i.Name)).toEqual([PERSON_INTENT, 'Sales', 'FallbackIntent']);
      const person = locale.Intents[0];
      expect(person.SampleUtterances.length).toBeGreaterThanOrEqual(8);
      expect(person.DialogCodeHook).toEqual({ Enabled: true });
      expect(person.FulfillmentCodeHook).toEqual({ Enabled: true });
      expect(person.Slots.map((s: { Name: string; SlotTypeName: string }) => [s.Name, s.SlotTypeName])).toEqual([[LAST_NAME_SLOT, 'AMAZON.LastName'], [FIRST_NAME_SLOT, 'AMAZON.FirstName']]);
      expect(person.Slots[0].ValueElicitationSetting.SlotConstraint).toBe('Required');
      // every utterance names only the intent's slots
      for (const { Utterance } of person.SampleUtterances) {
        for (const [, slot] of Utterance.matchAll(/\{(\w+)\}/g)) expect([LAST_NAME_SLOT, FIRST_NAME_SLOT]).toContain(slot);
      }
      expect(locale.Intents[2]).toMatchObject({ Name: 'FallbackIntent', ParentIntentSignature: 'AMAZON.FallbackIntent' });
    }
    expect(props.BotLocales[0].VoiceSettings.VoiceId).toBe('Joanna');
    expect(props.BotLocales[1].VoiceSettings.VoiceId).toBe('Lea');
    expect(props.BotLocales[1].Intents[1].SampleUtterances).toEqual([{ Utterance: 'les ventes' }, { Utterance: 'service commercial' }]);
    expect(props.BotLocales[0].Intents[1].SampleUtterances).toHaveLength(3);
    expect(props.BotLocales[1].Intents[0].SampleUtterances).toContainEqual({ Utterance: `Je voudrais parler à {${FIRST_NAME_SLOT}} {${LAST_NAME_SLOT}}` });
  });

  test('GIVEN a bot THEN a version from DRAFT and a "live" alias on it with the code hook in every locale', () => {
    const { template } = botWith();
    template.hasResourceProperties('AWS::Lex::BotVersion', {
      BotId: { 'Fn::GetAtt': [Match.stringLikeRegexp('DirectoryBot'), 'Id'] },
      BotVersionLocaleSpecification: [
        { LocaleId: 'en_US', BotVersionLocaleDetails: { SourceBotVersion: 'DRAFT' } },
        { LocaleId: 'fr_FR', BotVersionLocaleDetails: { SourceBotVersion: 'DRAFT' } },
      ],
    });
    template.hasResourceProperties('AWS::Lex::BotAlias', {
      BotAliasName: 'live',
      BotVersion: { 'Fn::GetAtt': [Match.stringLikeRegexp('DirectoryVersion'), 'BotVersion'] },
      BotAliasLocaleSettings: ['en_US', 'fr_FR'].map((LocaleId) => ({
        LocaleId,
        BotAliasLocaleSetting: {
          Enabled: true,
          CodeHookSpecification: { LambdaCodeHook: { CodeHookInterfaceVersion: '1.0', LambdaArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DirectoryCodeHook'), 'Arn'] } } },
        },
      })),
    });
    // never the test alias
    expect(JSON.stringify(template.toJSON())).not.toContain('TSTALIASID');
  });

  test('GIVEN a bot THEN Lex may invoke the code hook only through the alias, and Connect may use the alias', () => {
    const { template } = botWith();
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'lexv2.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DirectoryAlias'), 'Arn'] },
      SourceAccount: '111122223333',
    });
    template.resourcePropertiesCountIs('AWS::Lambda::Permission', { Principal: 'lexv2.amazonaws.com' }, 1);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: INSTANCE_ARN,
      IntegrationType: 'LEX_BOT',
      IntegrationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DirectoryAlias'), 'Arn'] },
    });
    // The association lets Connect use the alias (Connect adds its statement to the alias policy):
    // no second policy that would race with it.
    template.resourceCountIs('AWS::Lex::ResourcePolicy', 0);
  });

  test('GIVEN a bot THEN its role is assumed by Lex V2 of this account and may only synthesize speech', () => {
    const { template } = botWith();
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lexv2.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }] },
    });
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p).includes('polly'));
    expect(policies).toHaveLength(1);
    expect(policies[0].Properties.PolicyDocument.Statement).toEqual([{ Action: 'polly:SynthesizeSpeech', Effect: 'Allow', Resource: '*' }]);
    template.hasResourceProperties('AWS::Lex::Bot', { RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('DirectoryRole'), 'Arn'] } });
  });

  test('GIVEN settings THEN the code hook gets them: ARM64, 8 s, spelling style, attempts, tag names', () => {
    const { template } = botWith({ spellingStyle: SpellingStyle.SPELL_BY_WORD, maxAttempts: 2, extensionTagKey: 'Ext', nameKeyPrefix: 'NK:', cacheTtl: Duration.seconds(30) });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Architectures: ['arm64'],
      Runtime: Match.stringLikeRegexp('^nodejs(2[2-9]|[3-9][0-9])\\.x$'),
      Timeout: 8,
      Environment: { Variables: Match.objectLike({ SPELLING_STYLE: 'SpellByWord', MAX_ATTEMPTS: '2', EXTENSION_TAG_KEY: 'Ext', NAME_KEY_PREFIX: 'NK:', CACHE_TTL_SECONDS: '30', INSTANCE_ID: '11111111-2222-3333-4444-555555555555' }) },
    });
  });

  test('GIVEN locales THEN languages, voices and thresholds as given', () => {
    const { template } = botWith({ locales: [{ language: DirectoryBotLanguage.FR_CA, voiceId: 'Liam', confidenceThreshold: 0.6 }], departments: [] });
    const [props] = Object.values(template.findResources('AWS::Lex::Bot')).map((r) => r.Properties);
    expect(props.BotLocales).toHaveLength(1);
    expect(props.BotLocales[0]).toMatchObject({ LocaleId: 'fr_CA', NluConfidenceThreshold: 0.6, VoiceSettings: { VoiceId: 'Liam', Engine: 'neural' } });
  });

  test('GIVEN a changed definition THEN a new version resource (versions are immutable)', () => {
    const a = botWith().template.findResources('AWS::Lex::BotVersion');
    const b = botWith({ departments: [{ name: 'Support', sampleUtterances: ['support'] }] }).template.findResources('AWS::Lex::BotVersion');
    expect(Object.keys(a)).toHaveLength(1);
    expect(Object.keys(a)).not.toEqual(Object.keys(b));
    expect(Object.keys(botWith().template.findResources('AWS::Lex::BotVersion'))).toEqual(Object.keys(a));
  });

  test.each([
    [{ maxAttempts: 0 }, /Stack\/Directory: invalid maxAttempts 0: must be an integer between 1 and 5/],
    [{ locales: [] }, /invalid locales \[\]: give at least one language/],
    [{ locales: [{ language: DirectoryBotLanguage.EN_US }, { language: DirectoryBotLanguage.EN_US }] }, /invalid locales "en_US": each language at most once/],
    [{ locales: [{ language: DirectoryBotLanguage.EN_US, confidenceThreshold: 1.5 }] }, /invalid locales\[\].confidenceThreshold 1.5: must be between 0 and 1/],
    [{ departments: [{ name: 'Sales team', sampleUtterances: ['x'] }] }, /invalid departments\[\].name "Sales team"/],
    [{ departments: [{ name: 'ReachPerson', sampleUtterances: ['x'] }] }, /must be unique and not ReachPerson/],
    [{ departments: [{ name: 'Sales', sampleUtterances: [] }] }, /invalid departments\[Sales\].sampleUtterances \[\]: give at least one utterance/],
    [{ departments: [{ name: 'Sales', sampleUtterances: ['x'], localizedSampleUtterances: { de_DE: ['y'] } }] }, /must be one of the bot's languages: en_US, fr_FR/],
    [{ extensionTagKey: 'aws:ext' }, /invalid extensionTagKey "aws:ext"/],
  ])('GIVEN bad props %p THEN synth fails naming the prop', (props, message) => {
    expect(() => botWith(props as never)).toThrow(message);
  });
});

describe('DirectoryBot under cdk-nag AwsSolutions', () => {
  test('GIVEN the bot and its code hook THEN no errors', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { AwsSolutionsChecks } = require('cdk-nag') as typeof import('cdk-nag');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Annotations, Match: M } = require('aws-cdk-lib/assertions') as typeof import('aws-cdk-lib/assertions');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Aspects } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
    const { stack, contactCenter } = setup();
    new DirectoryBot(stack, 'Directory', { contactCenter });
    Aspects.of(stack).add(new AwsSolutionsChecks());
    const errors = Annotations.fromStack(stack).findError('*', M.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors.map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`)).toEqual([]);
  });
});
