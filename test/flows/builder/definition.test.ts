import { App, Duration, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import {
  CheckHoursOfOperation, Compare, ContactCenter, ContactFlow, ContactFlowType, Disconnect, FlowCondition, FlowContent,
  FlowDefinition, FlowValue, GetCustomerInput, InvokeLambda, LexBotAlias, LexBotInput, Message, PlayPrompt, SetAttributes,
  SetLogging, SystemField, TransferToQueue, validateFlow,
} from '../../../src';

/** The inbound flow of the README: logging, welcome, a Lambda lookup, a menu, queue or goodbye. */
function buildInboundFlow(lookup: lambda.IFunction): FlowDefinition {
  const goodbye = new PlayPrompt('Goodbye', { message: Message.text('Thank you for calling. Goodbye.') });
  const hangUp = new Disconnect('HangUp');
  goodbye.next(hangUp);
  goodbye.onError(hangUp);

  const toQueue = new TransferToQueue('ToQueue').onAtCapacity(goodbye).onError(goodbye);
  const menu = new GetCustomerInput('Menu', {
    prompt: Message.text('Press 1 to talk to an agent, 2 to hang up.'),
    timeout: Duration.seconds(5),
  }).onDigit('1', toQueue).onDigit('2', goodbye).onTimeout(goodbye).onNoMatch(goodbye).onError(goodbye);

  const remember = new SetAttributes('Remember', { attributes: { tier: FlowValue.external('tier') } });
  remember.next(menu);
  remember.onError(goodbye);

  const lookupCaller = new InvokeLambda('LookupCaller', {
    lambdaFunction: lookup,
    parameters: { caller: FlowValue.system(SystemField.CUSTOMER_NUMBER) },
  });
  lookupCaller.next(remember);
  lookupCaller.onError(menu);

  const welcome = new PlayPrompt('Welcome', { message: Message.text('Welcome to Acme.') });
  welcome.next(lookupCaller);
  welcome.onError(lookupCaller);

  const logging = new SetLogging('Logging');
  logging.next(welcome);
  return FlowDefinition.startWith(logging);
}

function stackWithCenter() {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
  const fn = new lambda.Function(stack, 'Lookup', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ tier: "gold" });'),
  });
  return { app, stack, contactCenter, fn };
}

describe('FlowDefinition', () => {
  test('renders the start action first, then breadth-first in branch order', () => {
    const { fn } = stackWithCenter();
    const doc = buildInboundFlow(fn).toDocument();
    expect(doc.Version).toBe('2019-10-30');
    expect(doc.StartAction).toBe('Logging');
    expect(doc.Actions.map((a: any) => a.Identifier)).toEqual([
      'Logging', 'Welcome', 'LookupCaller', 'Remember', 'Menu', 'Goodbye', 'ToQueue', 'HangUp',
    ]);
  });

  test('the rendered flow passes the validator without findings', () => {
    const { fn } = stackWithCenter();
    const doc = buildInboundFlow(fn).toDocument();
    expect(validateFlow(doc, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
  });

  test('identifiers are stable across two synths', () => {
    const render = () => {
      const { stack, contactCenter, fn } = stackWithCenter();
      new ContactFlow(stack, 'Inbound', { contactCenter, name: 'Inbound', content: FlowContent.fromDefinition(buildInboundFlow(fn)) });
      const flows = Template.fromStack(stack).findResources('AWS::Connect::ContactFlow');
      return JSON.stringify(Object.values(flows)[0].Properties.Content);
    };
    expect(render()).toEqual(render());
  });

  test('metadata places blocks in columns by distance from the start', () => {
    const bye = new Disconnect('Bye');
    const menu = new GetCustomerInput('Menu', { prompt: Message.text('Press 1') }).onDigit('1', bye).onTimeout(bye);
    const welcome = new PlayPrompt('Welcome', { message: Message.text('Hi') });
    welcome.next(menu);
    welcome.onError(bye);
    expect(FlowDefinition.startWith(welcome).toDocument().Metadata).toEqual({
      entryPointPosition: { x: 40, y: 40 },
      ActionMetadata: {
        Welcome: { position: { x: 240, y: 40 } },
        Menu: { position: { x: 520, y: 40 } },
        Bye: { position: { x: 520, y: 240 } },
      },
    });
  });

  test('unreachable blocks are not rendered', () => {
    const start = new Disconnect('Start');
    new PlayPrompt('Orphan', { message: Message.text('never') }).next(start);
    expect(FlowDefinition.startWith(start).blocks.map((b) => b.id)).toEqual(['Start']);
  });

  test('loops back to an earlier block are rendered once', () => {
    const menu = new GetCustomerInput('Menu', { prompt: Message.text('Press 1') });
    const again = new PlayPrompt('Again', { message: Message.text('Sorry, again.') });
    again.next(menu);
    const bye = new Disconnect('Bye');
    menu.onDigit('1', bye).onNoMatch(again).onTimeout(again).onError(bye);
    expect(FlowDefinition.startWith(menu).toDocument().Actions.map((a: any) => a.Identifier)).toEqual(['Menu', 'Bye', 'Again']);
  });

  test('two different blocks with the same id are rejected', () => {
    const a = new PlayPrompt('Same', { message: Message.text('a') });
    a.next(new Disconnect('Same'));
    expect(() => FlowDefinition.startWith(a).toDocument()).toThrow(/duplicate block id "Same" \(a PlayPrompt and a Disconnect\)/);
  });

  test('the error handler catches unconnected NoMatchingError branches only', () => {
    const sorry = new PlayPrompt('Sorry', { message: Message.text('Something went wrong.') });
    const bye = new Disconnect('Bye');
    sorry.next(bye);
    const welcome = new PlayPrompt('Welcome', { message: Message.text('Hi') });
    const toQueue = new TransferToQueue('ToQueue').onAtCapacity(bye);
    welcome.next(toQueue);
    const doc = FlowDefinition.startWith(welcome, { errorHandler: sorry }).toDocument();
    const byId = Object.fromEntries(doc.Actions.map((a: any) => [a.Identifier, a]));
    expect(byId.Welcome.Transitions.Errors).toEqual([{ NextAction: 'Sorry', ErrorType: 'NoMatchingError' }]);
    expect(byId.ToQueue.Transitions).toEqual({
      NextAction: 'Sorry',
      Errors: [{ NextAction: 'Bye', ErrorType: 'QueueAtCapacity' }, { NextAction: 'Sorry', ErrorType: 'NoMatchingError' }],
    });
    // The handler does not route to itself.
    expect(byId.Sorry.Transitions).toEqual({ NextAction: 'Bye' });
  });

  test('an unconnected branch is reported by ContactFlow validation', () => {
    const { app, stack, contactCenter } = stackWithCenter();
    const lonely = new PlayPrompt('Lonely', { message: Message.text('Hi') });
    new ContactFlow(stack, 'Broken', { contactCenter, name: 'Broken', content: FlowContent.fromDefinition(FlowDefinition.startWith(lonely)) });
    expect(() => app.synth()).toThrow(/action "Lonely".*dead end/);
  });
});

describe('binding to a ContactFlow', () => {
  test('the flow content references the function ARN and the association and permission exist once for two flows', () => {
    const { stack, contactCenter, fn } = stackWithCenter();
    new ContactFlow(stack, 'Inbound', { contactCenter, name: 'Inbound', content: FlowContent.fromDefinition(buildInboundFlow(fn)) });
    new ContactFlow(stack, 'Inbound2', { contactCenter, name: 'Inbound 2', content: FlowContent.fromDefinition(buildInboundFlow(fn)) });

    const template = Template.fromStack(stack);
    const fnLogicalId = stack.getLogicalId(fn.node.defaultChild as lambda.CfnFunction);
    template.resourceCountIs('AWS::Connect::ContactFlow', 2);
    template.hasResourceProperties('AWS::Connect::ContactFlow', {
      Name: 'Inbound',
      Content: { 'Fn::Join': ['', Match.arrayWith([{ 'Fn::GetAtt': [fnLogicalId, 'Arn'] }])] },
    });
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      IntegrationType: 'LAMBDA_FUNCTION',
      IntegrationArn: { 'Fn::GetAtt': [fnLogicalId, 'Arn'] },
    });
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'connect.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
    });
  });

  test('the flow depends on the Lambda association', () => {
    const { stack, contactCenter, fn } = stackWithCenter();
    new ContactFlow(stack, 'Inbound', { contactCenter, name: 'Inbound', content: FlowContent.fromDefinition(buildInboundFlow(fn)) });
    const template = Template.fromStack(stack);
    const [assocId] = Object.keys(template.findResources('AWS::Connect::IntegrationAssociation'));
    const flows = template.findResources('AWS::Connect::ContactFlow');
    expect(Object.values(flows)[0].DependsOn).toEqual(expect.arrayContaining([assocId]));
  });

  test('a Lex bot alias is associated with the contact center', () => {
    const { stack, contactCenter } = stackWithCenter();
    const bot = LexBotAlias.fromBotAliasArn('arn:aws:lex:us-east-1:111122223333:bot-alias/BOT1/ALIAS1');
    const bye = new Disconnect('Bye');
    const lex = new LexBotInput('Ask', { botAlias: bot, prompt: Message.text('How can I help?') }).onIntent('Sales', bye).onNoMatch(bye).onError(bye);
    new ContactFlow(stack, 'Lex', { contactCenter, name: 'Lex', content: FlowContent.fromDefinition(FlowDefinition.startWith(lex)) });
    new ContactFlow(stack, 'Lex2', { contactCenter, name: 'Lex 2', content: FlowContent.fromDefinition(FlowDefinition.startWith(lex)) });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      IntegrationType: 'LEX_BOT',
      IntegrationArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/BOT1/ALIAS1',
    });
    // The association updates the alias's policy itself: no second policy document.
    template.resourceCountIs('AWS::Lex::ResourcePolicy', 0);
  });

  test('works with an imported contact center', () => {
    const { stack, fn } = stackWithCenter();
    const imported = ContactCenter.fromInstanceArn(stack, 'Imported', 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555');
    new ContactFlow(stack, 'Inbound', { contactCenter: imported, name: 'Inbound', content: FlowContent.fromDefinition(buildInboundFlow(fn)) });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555',
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      SourceArn: 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555',
    });
  });

  test('binding a flow that uses a function without a contact center fails clearly', () => {
    const { stack, fn } = stackWithCenter();
    const content = FlowContent.fromDefinition(buildInboundFlow(fn));
    expect(() => content.bind(stack)).toThrow(/must be associated with a contact center/);
  });

  test('raw JSON content still works', () => {
    const { stack, contactCenter } = stackWithCenter();
    new ContactFlow(stack, 'Raw', {
      contactCenter,
      name: 'Raw',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromJson({
        Version: '2019-10-30', StartAction: 'Bye', Actions: [{ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
      }),
    });
    Template.fromStack(stack).resourceCountIs('AWS::Connect::ContactFlow', 1);
  });

  test('check hours and compare work in a flow with token ARNs', () => {
    const { stack, contactCenter } = stackWithCenter();
    const bye = new Disconnect('Bye');
    const cmp = new Compare('Tier', { value: FlowValue.attribute('tier') }).when(FlowCondition.textEquals('gold'), bye).otherwise(bye);
    const hours = new CheckHoursOfOperation('Hours').onInHours(cmp).onOutOfHours(bye).onError(bye);
    const flow = new ContactFlow(stack, 'Hours', { contactCenter, name: 'Hours', content: FlowContent.fromDefinition(FlowDefinition.startWith(hours)) });
    expect(flow.document.Actions.map((a: any) => a.Identifier)).toEqual(['Hours', 'Bye', 'Tier']);
  });
});
