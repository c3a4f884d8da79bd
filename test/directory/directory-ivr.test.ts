import { SearchUsersCommand } from '@aws-sdk/client-connect';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { DIRECTORY, extensionAnswer, lexConversation, mockDirectory, PrecomputedLambda } from './directory-ivr-harness';
import { AgentUnavailableAction, ContactCenter, ContactFlow, Schedule, ContactFlowType, DirectoryBotLanguage, DirectoryIvr, DirectoryIvrProps, FlowSimulator, FlowValidator, Message, SimulationOutcome } from '../../src';

function setup(props: Partial<DirectoryIvrProps> = {}) {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-test' });
  const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const reception = contactCenter.addQueue('Reception', { name: 'Reception', hoursOfOperation: hours });
  const sales = contactCenter.addQueue('Sales', { name: 'Sales', hoursOfOperation: hours });
  const ivr = new DirectoryIvr(stack, 'Ivr', {
    contactCenter,
    fallbackQueue: reception,
    departments: [{ name: 'Sales', sampleUtterances: ['sales', 'I want to buy something'], queue: sales }],
    ...props,
  });
  return { stack, ivr, contactCenter };
}

const built = setup();
const template = Template.fromStack(built.stack);
const flowJson = (ivr: DirectoryIvr = built.ivr): any => (ivr.flow as ContactFlow).document;

describe('DirectoryIvr resources', () => {
  test('GIVEN defaults THEN one inbound flow, the extension lookup, the directory job, and the bot with its code hook', () => {
    template.resourceCountIs('AWS::Connect::ContactFlow', 1);
    template.hasResourceProperties('AWS::Connect::ContactFlow', { Name: 'Company directory', Type: 'CONTACT_FLOW' });
    template.resourceCountIs('AWS::Lambda::Function', 3);
    template.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('extension tag'), Timeout: 8, Architectures: ['arm64'], Runtime: Match.stringLikeRegexp('^nodejs(2[2-9]|[3-9][0-9])\\.x$') });
    template.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('Lex code hook'), Environment: { Variables: Match.objectLike({ MAX_ATTEMPTS: '3', SPELLING_STYLE: 'SpellByLetter', EXTENSION_TAG_KEY: 'Extension' }) } });
    template.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('directory tags'), Environment: { Variables: Match.objectLike({ EXTENSION_LENGTH: '0' }) } });
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)' });
    template.resourceCountIs('AWS::Lex::Bot', 1);
    template.resourceCountIs('AWS::Lex::BotAlias', 1);
    const [bot] = Object.values(template.findResources('AWS::Lex::Bot')).map((r) => r.Properties);
    expect(bot.BotLocales.map((l: any) => l.LocaleId)).toEqual(['en_US', 'fr_FR']);
    expect(bot.BotLocales[0].Intents.map((i: any) => i.Name)).toEqual(['ReachPerson', 'Sales', 'FallbackIntent']);
    expect(built.ivr.bot).toBeDefined();
    expect(built.ivr.flow.contactFlowArn).toBeDefined();
  });

  test('GIVEN the flow THEN the extension lookup and the bot alias are associated with the instance, and the lookup may only search users', () => {
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { IntegrationType: 'LAMBDA_FUNCTION', IntegrationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('IvrExtensionLookup'), 'Arn'] } });
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { IntegrationType: 'LEX_BOT', IntegrationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('IvrBotAlias'), 'Arn'] } });
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'lexv2.amazonaws.com', SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('IvrBotAlias'), 'Arn'] } });
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([id]) => id.startsWith('IvrExtensionLookup'));
    expect(policies).toHaveLength(1);
    const statements = policies[0][1].Properties.PolicyDocument.Statement;
    // SearchUsers on the instance and its users only, logs to its own log group: nothing else.
    expect(statements.map((s: any) => s.Action)).toEqual([['logs:CreateLogStream', 'logs:PutLogEvents'], 'connect:SearchUsers']);
    expect(JSON.stringify(statements[1].Resource)).toMatch(/\/agent\/\*/);
  });

  test('GIVEN the flow THEN it passes the validator with no error and no warning, and every branch is handled', () => {
    expect(FlowValidator.validate(flowJson(), { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
    Annotations.fromStack(built.stack).hasNoWarning('*', Match.anyValue());
    const doc = flowJson();
    const types = doc.Actions.map((a: any) => a.Type);
    expect(types).toEqual(expect.arrayContaining(['GetParticipantInput', 'InvokeLambdaFunction', 'UpdateContactTargetQueue', 'TransferContactToQueue', 'ConnectParticipantWithLexBot', 'Compare']));
    const greeting = doc.Actions.find((a: any) => a.Identifier === 'Greeting');
    expect(greeting.Parameters).toMatchObject({ StoreInput: 'True', InputValidation: { CustomValidation: { MaximumLength: '4' } }, DTMFConfiguration: { InputTerminationSequence: '#' } });
    expect(greeting.Transitions.Errors.map((e: any) => e.ErrorType)).toEqual(['NoMatchingError']);
    const lookup = doc.Actions.find((a: any) => a.Identifier === 'LookupExtension');
    expect(lookup.Parameters.LambdaInvocationAttributes).toEqual({ extension: '$.StoredCustomerInput' });
    const byAgent = doc.Actions.find((a: any) => a.Identifier === 'SetExtensionAgentQueue');
    expect(byAgent.Parameters).toEqual({ AgentId: '$.External.agentArn' });
    const byName = doc.Actions.find((a: any) => a.Identifier === 'SetNameAgentQueue');
    expect(byName.Parameters).toEqual({ AgentId: '$.Lex.SessionAttributes.agentArn' });
    const bot = doc.Actions.find((a: any) => a.Identifier === 'Directory');
    expect(bot.Transitions.Errors.map((e: any) => e.ErrorType).sort()).toEqual(['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError']);
    expect(bot.Transitions.Conditions.map((c: any) => c.Condition.Operands[0])).toEqual(['ReachPerson', 'Sales']);
  });

  test('GIVEN options THEN they reach the flow, the functions and the bot', () => {
    const { stack, ivr } = setup({
      extension: { tagKey: 'Ext', maxDigits: 6, terminator: '*', timeout: Duration.seconds(8), assignLength: 5 },
      dialByName: { maxAttempts: 2, locales: [{ language: DirectoryBotLanguage.FR_FR }] },
      greeting: Message.text('Bonjour.'),
      announceExtension: false,
      whenAgentUnavailable: AgentUnavailableAction.FALLBACK_QUEUE,
    });
    const t = Template.fromStack(stack);
    const doc = flowJson(ivr);
    const greeting = doc.Actions.find((a: any) => a.Identifier === 'Greeting');
    expect(greeting.Parameters).toMatchObject({ Text: 'Bonjour.', InputTimeLimitSeconds: '8', InputValidation: { CustomValidation: { MaximumLength: '6' } }, DTMFConfiguration: { InputTerminationSequence: '*' } });
    expect(doc.Actions.find((a: any) => a.Identifier === 'AnnounceExtension')).toBeUndefined();
    expect(doc.Actions.find((a: any) => a.Identifier === 'IsAgentAvailable')).toMatchObject({ Type: 'CheckMetricData', Parameters: { MetricType: 'NumberOfAgentsAvailable' } });
    t.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ EXTENSION_LENGTH: '5', EXTENSION_TAG_KEY: 'Ext' }) } });
    t.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ MAX_ATTEMPTS: '2' }) } });
    const [bot] = Object.values(t.findResources('AWS::Lex::Bot')).map((r) => r.Properties);
    expect(bot.BotLocales.map((l: any) => l.LocaleId)).toEqual(['fr_FR']);
    expect(FlowValidator.validate(doc, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
  });

  test('GIVEN dial by name off THEN no bot, and callers without digits go to the fallback queue', () => {
    const { stack, ivr } = setup({ dialByName: { enabled: false }, departments: [] });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Lex::Bot', 0);
    expect(ivr.bot).toBeUndefined();
    expect(FlowValidator.validate(flowJson(ivr), { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
    expect(flowJson(ivr).Actions.map((a: any) => a.Type)).not.toContain('ConnectParticipantWithLexBot');
    const result = FlowSimulator.fromTemplate(t.toJSON()).simulate({ inputs: [{ timeout: true }] });
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.queue).toMatch(/Reception/);
  });

  test('GIVEN a department whose name has a hyphen THEN its blocks are valid and its intent routes to its queue', () => {
    const stack = new Stack(new App(), 'S');
    const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-test' });
    const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    const care = contactCenter.addQueue('Care', { name: 'Care', hoursOfOperation: hours });
    const ivr = new DirectoryIvr(stack, 'Ivr', { contactCenter, fallbackQueue: care, departments: [{ name: 'Customer-Care', sampleUtterances: ['customer care'], queue: care }] });
    expect(FlowValidator.validate(flowJson(ivr), { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
    const result = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON()).simulate({ inputs: [{ timeout: true }, { intent: 'Customer-Care' }] });
    expect(result.path).toContain('SetCustomer-CareQueue');
    expect(result.queue).toMatch(/CcCare/);
  });

  test.each([
    [{ extension: { maxDigits: 11 } }, /Ivr: invalid extension.maxDigits 11/],
    [{ extension: { maxDigits: 0 } }, /extension.maxDigits/],
    [{ extension: { terminator: '5' } }, /extension.terminator "5": must be "#" or "\*"/],
    [{ extension: { timeout: Duration.seconds(200) } }, /extension.timeout/],
    [{ extension: { maxDigits: 3, assignLength: 4 } }, /extension.assignLength 4: must be at most extension.maxDigits \(3\)/],
    [{ dialByName: { enabled: false } }, /departments .*need dial by name/],
    [{ dialByName: { maxAttempts: 9 } }, /maxAttempts 9/],
    [{ extension: { assignLength: 1 } }, /Ivr: invalid extension.assignLength 1: must be an integer between 2 and 10/],
    [{ dialByName: { spellingStyle: 'SpellByNumber' } }, /Ivr: invalid dialByName.spellingStyle "SpellByNumber": must be one of SpellingStyle.SPELL_BY_LETTER, SpellingStyle.SPELL_BY_WORD/],
    [{ whenAgentUnavailable: 'voicemail' }, /Ivr: invalid whenAgentUnavailable "voicemail": must be one of AgentUnavailableAction.FALLBACK_QUEUE, AgentUnavailableAction.WAIT_FOR_AGENT/],
  ])('GIVEN bad props %j THEN synth fails naming the prop', (props, message) => {
    expect(() => setup(props as Partial<DirectoryIvrProps>)).toThrow(message);
  });

  test('GIVEN two departments with one name, or one without utterances THEN synth fails naming the department', () => {
    const stack = new Stack(new App(), 'S');
    const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-test' });
    const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    const queue = contactCenter.addQueue('Q', { name: 'Q', hoursOfOperation: hours });
    expect(() => new DirectoryIvr(stack, 'A', { contactCenter, fallbackQueue: queue, departments: [{ name: 'Sales', sampleUtterances: ['sales'], queue }, { name: 'Sales', sampleUtterances: ['buy'], queue }] }))
      .toThrow(/A: invalid departments\[\]\.name "Sales": each department name at most once/);
    expect(() => new DirectoryIvr(stack, 'B', { contactCenter, fallbackQueue: queue, departments: [{ name: 'Support', sampleUtterances: [], queue }] }))
      .toThrow(/B: invalid departments\[Support\]\.sampleUtterances/);
    expect(() => new DirectoryIvr(stack, 'C', { contactCenter, fallbackQueue: queue, departments: [{ name: 'Support', sampleUtterances: ['  '], queue }] }))
      .toThrow(/C: invalid departments\[Support\]\.sampleUtterances " {2}": utterances must not be empty/);
  });
});

describe('DirectoryIvr calls, with the real handlers answering', () => {
  const simulator = FlowSimulator.fromTemplate(template.toJSON());
  const santus = DIRECTORY[0];
  let connect: ReturnType<typeof mockDirectory>;
  beforeEach(() => { connect = mockDirectory(); });
  afterEach(() => connect.restore());

  async function withExtensions(...digits: string[]) {
    const answers: { [d: string]: Record<string, string> } = {};
    for (const d of digits) answers[d] = await extensionAnswer(d);
    const stub = new PrecomputedLambda(answers);
    const sim = FlowSimulator.fromTemplate(template.toJSON());
    sim.addLambdaStub('IvrExtensionLookup', stub);
    return { sim, stub, answers };
  }

  test('extension found: the caller enters 777# at the greeting and is queued for Paul Santus', async () => {
    const { sim, stub, answers } = await withExtensions('777');
    expect(answers['777']).toMatchObject({ found: 'true', agentArn: santus.Arn });
    const result = sim.simulate({ inputs: [{ digits: '777#' }] });
    expect(stub.seen).toEqual(['777']);
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.agent).toBe(santus.Arn);
    expect(result.path).toEqual(['SetLanguage', 'SetVoice', 'Greeting', 'GreetingEntered', 'LookupExtension', 'IsExtensionFound', 'SetExtensionAgentQueue', 'ToAgent']);
    expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(1);
  });

  test('extension unknown: said so, one retry with a good extension, queued for that agent', async () => {
    const { sim, stub } = await withExtensions('999', '202');
    const result = sim.simulate({ inputs: [{ digits: '999#' }, { digits: '202#' }] });
    expect(stub.seen).toEqual(['999', '202']);
    expect(result.prompts[1]).toMatch(/that extension does not exist/);
    expect(result.agent).toBe(DIRECTORY[2].Arn);
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
  });

  test('extension unknown twice: then the bot, and a name match reaches the person', async () => {
    const { sim } = await withExtensions('999', '998');
    const lex = await lexConversation([{ last: 'Nguyen' }]);
    const result = sim.simulate({ inputs: [{ digits: '999#' }, { digits: '998#' }, lex.input] });
    expect(result.prompts).toEqual(expect.arrayContaining([expect.stringMatching(/does not exist either/)]));
    expect(result.path).toContain('Directory');
    expect(result.agent).toBe(DIRECTORY[3].Arn);
  });

  test('no digits (timeout): the bot; the name heard on the first try reaches the person, and the extension is announced', async () => {
    const lex = await lexConversation([{ last: 'Santos', first: 'Paul' }]);
    expect(lex.botSaid).toEqual([]);
    const result = simulator.simulate({ inputs: [{ timeout: true }, lex.input] });
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.agent).toBe(santus.Arn);
    expect(result.lambdaCalls).toHaveLength(0);
    expect(result.prompts).toContain('Next time, you can dial extension 777 directly. Connecting you now.');
  });

  test('a person without an extension: no announcement, straight to the person', () => {
    const result = simulator.simulate({ inputs: [{ timeout: true }, { intent: 'ReachPerson', sessionAttributes: { directoryResult: 'MATCH', agentArn: santus.Arn! } }] });
    expect(result.agent).toBe(santus.Arn);
    expect(result.prompts.some((p) => p.includes('Next time'))).toBe(false);
  });

  test('after spelling: "Fontaine" (misheard) is not found, the bot asks to spell, S A N T U S reaches Paul Santus', async () => {
    const lex = await lexConversation([{ last: 'Fontaine' }, { last: 'S A N T U S' }]);
    expect(lex.botSaid).toEqual([expect.stringMatching(/spell the last name/)]);
    const result = simulator.simulate({ inputs: [{ timeout: true }, lex.input] });
    expect(result.agent).toBe(santus.Arn);
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
  });

  test('ambiguous then first name: two Tanakas, the bot asks the first name, "Yuki" reaches Yuki Tanaka', async () => {
    const lex = await lexConversation([{ last: 'Tanaka' }, { first: 'Yuki' }]);
    expect(lex.botSaid).toEqual([expect.stringMatching(/first name/)]);
    const result = simulator.simulate({ inputs: [{ timeout: true }, lex.input] });
    expect(result.agent).toBe(DIRECTORY[2].Arn);
  });

  test('no match after every attempt: the intent closes failed, the flow sends the caller to the fallback queue', async () => {
    const lex = await lexConversation([{ last: 'Fitzgerald' }, { last: 'F I T Z' }, { last: 'F I T Z G E R A L D' }]);
    expect(lex.input.sessionAttributes.directoryResult).toBe('NO_MATCH');
    expect(lex.input.intent).toBe('ReachPerson');
    const result = simulator.simulate({ inputs: [{ timeout: true }, lex.input] });
    expect(result.agent).toBeUndefined();
    expect(result.queue).toMatch(/Reception/);
    expect(result.path).toContain('IsNameMatch');
  });

  test('department: "sales" goes to the Sales queue', () => {
    const result = simulator.simulate({ inputs: [{ timeout: true }, { intent: 'Sales' }] });
    expect(result.queue).toMatch(/CcSales/);
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
  });

  test.each([
    ['the bot heard nothing', { timeout: true }],
    ['the fallback intent', { intent: 'FallbackIntent' }],
  ])('anything else (%s): the fallback queue', (_, input) => {
    const result = simulator.simulate({ inputs: [{ timeout: true }, input] });
    expect(result.queue).toMatch(/Reception/);
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
  });

  test('Lambda failure: the function fails, the caller goes to the fallback queue', () => {
    const result = simulator.simulate({ inputs: [{ digits: '777#' }], lambdas: { IvrExtensionLookup: [{ error: 'Task timed out' }] } });
    expect(result.queue).toMatch(/Reception/);
    expect(result.agent).toBeUndefined();
  });

  test('Connect API failure inside the handler: found=false reason=ERROR, the fallback queue (no retry, no bot)', async () => {
    connect.restore();
    connect = mockDirectory(true);
    const { sim } = await withExtensions('777');
    const result = sim.simulate({ inputs: [{ digits: '777#' }] });
    expect(result.queue).toMatch(/Reception/);
    expect(result.path).not.toContain('RetryExtension');
  });

  test('code hook failure: directoryResult=ERROR routes to the fallback queue', async () => {
    connect.restore();
    connect = mockDirectory(true);
    const lex = await lexConversation([{ last: 'Santus' }]);
    expect(lex.input.sessionAttributes.directoryResult).toBe('ERROR');
    const result = simulator.simulate({ inputs: [{ timeout: true }, lex.input] });
    expect(result.queue).toMatch(/Reception/);
  });

  test('agent unavailable with FALLBACK_QUEUE: nobody available in the personal queue, the fallback queue', async () => {
    const { stack } = setup({ whenAgentUnavailable: AgentUnavailableAction.FALLBACK_QUEUE });
    const sim = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());
    const lex = await lexConversation([{ last: 'Santus' }]);
    const away = sim.simulate({ inputs: [{ timeout: true }, lex.input], metrics: { numberOfAgentsAvailable: 0 } });
    expect(away.queue).toMatch(/Reception/);
    const here = sim.simulate({ inputs: [{ timeout: true }, lex.input], metrics: { numberOfAgentsAvailable: 1 } });
    expect(here.agent).toBe(santus.Arn);
  });
});
