import { App, CfnParameter, RemovalPolicy, Stack, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, expectBadInputs, simpleFlow } from './helpers';
import {
  Agent, ContactCenter, ContactFlowType, FlowContent, HoursOfOperation, IdentityManagementType, LexBotAlias, PhoneNumber,
  PhoneNumberType, Queue, RoutingProfile, Schedule, SecurityProfile,
} from '../../src';

function fn(stack: Stack, id = 'Fn') {
  return new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
}

describe('ContactCenter', () => {
  test('creates a retained instance with inbound and outbound calling on by default', () => {
    const { stack } = baseStack();
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::Instance', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        InstanceAlias: 'acme-test',
        IdentityManagementType: 'CONNECT_MANAGED',
        Attributes: Match.objectLike({
          InboundCalls: true, OutboundCalls: true, ContactflowLogs: true, ContactLens: false, EarlyMedia: true, MultiPartyConference: false,
        }),
      },
    });
  });

  test('telephony and logging options are passed through', () => {
    const stack = new Stack();
    new ContactCenter(stack, 'CC', {
      instanceAlias: 'x1',
      outboundCalls: false,
      contactLens: true,
      contactFlowLogs: false,
      earlyMedia: false,
      multiPartyConferencing: true,
      removalPolicy: RemovalPolicy.DESTROY,
      tags: { team: 'cx' },
    });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::Instance', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({
        Attributes: Match.objectLike({
          OutboundCalls: false, ContactLens: true, ContactflowLogs: false, EarlyMedia: false, MultiPartyConference: true,
        }),
        Tags: [{ Key: 'team', Value: 'cx' }],
      }),
    });
  });

  test('existing directory identity carries the directory ID', () => {
    const stack = new Stack();
    new ContactCenter(stack, 'CC', { instanceAlias: 'dir', identityManagementType: IdentityManagementType.EXISTING_DIRECTORY, directoryId: 'd-0123456789' });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::Instance', {
      IdentityManagementType: 'EXISTING_DIRECTORY', DirectoryId: 'd-0123456789',
    });
  });

  test('associateLambdaFunction adds the association and a permission scoped by SourceArn and SourceAccount, once', () => {
    const { stack, cc } = baseStack();
    const f = fn(stack);
    cc.associateLambdaFunction(f);
    cc.associateLambdaFunction(f);
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    t.resourceCountIs('AWS::Lambda::Permission', 1);
    t.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      IntegrationType: 'LAMBDA_FUNCTION',
      InstanceId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
      IntegrationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Fn'), 'Arn'] },
    });
    t.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'connect.amazonaws.com',
      SourceAccount: '123456789012',
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
    });
  });

  test('two functions get two associations', () => {
    const { stack, cc } = baseStack();
    cc.associateLambdaFunction(fn(stack, 'A'));
    cc.associateLambdaFunction(fn(stack, 'B'));
    Template.fromStack(stack).resourceCountIs('AWS::Connect::IntegrationAssociation', 2);
  });

  test('associateLexBotAlias adds a LEX_BOT association once and no alias policy (the association updates the alias policy itself)', () => {
    const { stack, cc } = baseStack();
    const alias = LexBotAlias.fromBotAliasArn('arn:aws:lex:us-east-1:123456789012:bot-alias/BOTID12345/ALIASID123');
    cc.associateLexBotAlias(alias);
    cc.associateLexBotAlias(alias);
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    t.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      IntegrationType: 'LEX_BOT', IntegrationArn: alias.botAliasArn,
    });
    t.resourceCountIs('AWS::Lex::ResourcePolicy', 0);
  });

  test('grant, grantSearchUsers and grantStartOutboundVoiceContact are scoped to the instance and its resources', () => {
    const { stack, cc } = baseStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    cc.grantSearchUsers(role);
    cc.grantStartOutboundVoiceContact(role);
    cc.grant(role, 'connect:DescribeQueue');
    const instance = { 'Fn::GetAtt': [expect.stringMatching(/^CC/), 'Arn'] };
    const children = { 'Fn::Join': ['', [instance, '/*']] };
    const [policy] = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'));
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      { Action: ['connect:SearchUsers', 'connect:DescribeUser'], Effect: 'Allow', Resource: [instance, children] },
      { Action: 'connect:StartOutboundVoiceContact', Effect: 'Allow', Resource: [instance, children] },
      { Action: 'connect:DescribeQueue', Effect: 'Allow', Resource: [instance, children] },
    ]);
  });

  test('grants work on an imported contact center', () => {
    const stack = new Stack();
    const cc = ContactCenter.fromInstanceArn(stack, 'CC', 'arn:aws:connect:us-east-1:123456789012:instance/i-1');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    cc.grant(role, 'connect:DescribeUser');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'connect:DescribeUser', Effect: 'Allow', Resource: ['arn:aws:connect:us-east-1:123456789012:instance/i-1', 'arn:aws:connect:us-east-1:123456789012:instance/i-1/*'] }] },
    });
  });

  test('addSecurityProfile and addContactFlow create them in the contact center', () => {
    const { cc } = baseStack();
    const profile = cc.addSecurityProfile('Supervisors', { name: 'Supervisors', permissions: ['BasicAgentAccess'] });
    const flow = cc.addContactFlow('Inbound', { name: 'Inbound', content: FlowContent.fromJson(simpleFlow) });
    expect(profile.contactCenter).toBe(cc);
    expect(flow.contactCenter).toBe(cc);
    expect(profile.node.path).toBe('Test/CC/Supervisors');
    expect(flow.contactFlowType).toBe(ContactFlowType.CONTACT_FLOW);
  });

  test('metrics use the AWS/Connect namespace and the instance dimension', () => {
    const { stack, cc, queue } = baseStack();
    const calls = cc.metricCallsPerInterval();
    expect(calls.namespace).toBe('AWS/Connect');
    expect(calls.metricName).toBe('CallsPerInterval');
    expect(stack.resolve(calls.dimensions)).toEqual({ InstanceId: { 'Fn::GetAtt': [expect.stringMatching(/^CC/), 'Id'] }, MetricGroup: 'VoiceCalls' });
    expect(cc.metricMissedCalls().metricName).toBe('MissedCalls');
    expect(cc.metricThrottledCalls().statistic).toBe('Sum');
    expect(cc.metricConcurrentCallsPercentage().statistic).toBe('Maximum');
    const flowErrors = cc.metricContactFlowErrors('Main menu');
    expect(flowErrors.dimensions).toMatchObject({ MetricGroup: 'ContactFlow', ContactFlowName: 'Main menu' });
    const size = queue.metricQueueSize();
    expect(size.metricName).toBe('QueueSize');
    expect(size.dimensions).toMatchObject({ MetricGroup: 'Queue', QueueName: 'Q' });
    expect(queue.metricLongestQueueWaitTime().metricName).toBe('LongestQueueWaitTime');
    const custom = cc.metric('ContactsQueued', { statistic: 'Average', dimensionsMap: { MetricGroup: 'Queue' } });
    expect(custom.statistic).toBe('Average');
    expect(custom.dimensions).toMatchObject({ MetricGroup: 'Queue' });
  });
});

describe('imported contact center', () => {
  const arn = 'arn:aws:connect:eu-west-2:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

  test('fromInstanceArn parses the instance ID', () => {
    const stack = new Stack();
    const cc = ContactCenter.fromInstanceArn(stack, 'Imported', arn);
    expect(cc.instanceId).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect(cc.instanceArn).toBe(arn);
    expect(cc.serviceLinkedRoleArn).toBeUndefined();
  });

  test('fromInstanceAttributes keeps the service-linked role', () => {
    const stack = new Stack();
    const cc = ContactCenter.fromInstanceAttributes(stack, 'Imported', {
      instanceArn: arn, serviceLinkedRoleArn: 'arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_x',
    });
    expect(cc.serviceLinkedRoleArn).toMatch(/AWSServiceRoleForAmazonConnect_x$/);
  });

  test('lambda association works on an imported instance', () => {
    const app = new App();
    const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-2' } });
    const cc = ContactCenter.fromInstanceArn(stack, 'Imported', arn);
    cc.associateLambdaFunction(fn(stack));
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Connect::IntegrationAssociation', { InstanceId: arn, IntegrationType: 'LAMBDA_FUNCTION' });
    t.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: arn, SourceAccount: '111122223333' });
  });

  test('rejects an ARN that is not an instance ARN', () => {
    expect(() => ContactCenter.fromInstanceArn(new Stack(), 'X', 'arn:aws:s3:::bucket')).toThrow(/X: invalid instanceArn "arn:aws:s3:::bucket".*instance\/<instanceId>/);
  });
});

describe('resources on an imported contact center', () => {
  test('hours, queue, routing profile, agent and phone number use the imported instance ARN', () => {
    const arn = 'arn:aws:connect:us-east-1:123456789012:instance/imported-1';
    const stack = new Stack(new App(), 'S', { env: { account: '123456789012', region: 'us-east-1' } });
    const cc = ContactCenter.fromInstanceArn(stack, 'CC', arn);
    const hours = new HoursOfOperation(stack, 'H', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    const queue = new Queue(stack, 'Q', { contactCenter: cc, name: 'Q', hoursOfOperation: hours });
    const rp = new RoutingProfile(stack, 'RP', { contactCenter: cc, name: 'RP', defaultOutboundQueue: queue });
    new Agent(stack, 'A', {
      contactCenter: cc,
      username: 'a',
      firstName: 'A',
      lastName: 'B',
      routingProfile: rp,
      extension: '42',
      securityProfiles: [SecurityProfile.fromLookup(stack, 'Agent', { contactCenter: cc, name: 'Agent' })],
    });
    new PhoneNumber(stack, 'N', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID });
    const t = Template.fromStack(stack);
    for (const type of ['AWS::Connect::HoursOfOperation', 'AWS::Connect::Queue', 'AWS::Connect::RoutingProfile', 'AWS::Connect::User']) {
      t.hasResourceProperties(type, { InstanceArn: arn });
    }
    t.hasResourceProperties('AWS::Connect::PhoneNumber', { TargetArn: arn });
    t.hasResourceProperties('AWS::Connect::User', { Tags: [{ Key: 'Extension', Value: '42' }] });
    expect(queue.metricQueueSize().dimensions).toMatchObject({ InstanceId: 'imported-1', QueueName: 'Q' });
  });
});

describe('stack size', () => {
  test('synth fails with a clear message when the stack exceeds 500 resources', () => {
    const { app, cc, routingProfile, securityProfile } = baseStack();
    for (let i = 0; i < 250; i++) {
      cc.addAgent(`A${i}`, { username: `agent${i}`, firstName: 'Agent', lastName: `${i}`, routingProfile, securityProfiles: [securityProfile] });
    }
    expect(() => app.synth()).toThrow(/stack Test has 50\d resources; CloudFormation allows 500\. Put agents .* in further stacks/);
  });

  test('agents in a second stack on the same contact center are fine', () => {
    const { app, cc, routingProfile, securityProfile } = baseStack();
    const agents = new Stack(app, 'Agents', { env: { account: '123456789012', region: 'us-east-1' } });
    for (let i = 0; i < 200; i++) {
      new Agent(agents, `A${i}`, { contactCenter: cc, username: `agent${i}`, firstName: 'Agent', lastName: `${i}`, routingProfile, securityProfiles: [securityProfile] });
    }
    expect(() => app.synth()).not.toThrow();
    Template.fromStack(agents).resourceCountIs('AWS::Connect::User', 200);
  });
});

describe('imports check ARNs of resources inside an instance', () => {
  const arn = (type: string) => `arn:aws:connect:us-east-1:123456789012:instance/inst-1/${type}/abc-1`;
  test.each([
    ['fromUserArn', (s: Stack, a: string) => Agent.fromUserArn(s, 'X', a), 'agent', /Default\/X: invalid userArn ".*": expected arn:<partition>:connect:<region>:<account>:instance\/<instanceId>\/agent\/<userId>/],
    ['fromHoursOfOperationArn', (s: Stack, a: string) => HoursOfOperation.fromHoursOfOperationArn(s, 'X', a), 'operating-hours', /invalid hoursOfOperationArn/],
    ['fromQueueArn', (s: Stack, a: string) => Queue.fromQueueArn(s, 'X', a), 'queue', /invalid queueArn .*\/queue\/<queueId>/],
    ['fromRoutingProfileArn', (s: Stack, a: string) => RoutingProfile.fromRoutingProfileArn(s, 'X', a), 'routing-profile', /invalid routingProfileArn/],
    ['fromSecurityProfileArn', (s: Stack, a: string) => SecurityProfile.fromSecurityProfileArn(s, 'X', a), 'security-profile', /invalid securityProfileArn/],
  ])('%s accepts its own type and rejects another', (_name, importFn, type, message) => {
    const stack = new Stack();
    expect(() => importFn(stack, arn(type))).not.toThrow();
    expect(() => importFn(new Stack(), arn('contact-flow'))).toThrow(message);
    expect(() => importFn(new Stack(), arn(type).replace('123456789012', '1234'))).toThrow(message);
  });
});

describe('bad input of the instance', () => {
  const cases: BadInput[] = [
    ['alias too long', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'a'.repeat(46) }), /Test\/Bad: invalid instanceAlias "a{46}": must be between 1 and 45/],
    ['alias starting with d-', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'd-acme' }), /Test\/Bad: invalid instanceAlias "d-acme": .*must not start with "d-"/],
    ['alias with underscore', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'acme_cc' }), /invalid instanceAlias "acme_cc": use letters, digits and hyphens/],
    ['alias ending with hyphen', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'acme-' }), /invalid instanceAlias "acme-"/],
    ['existing directory without directory ID', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: IdentityManagementType.EXISTING_DIRECTORY }), /Test\/Bad: invalid directoryId undefined: a directory ID is required/],
    ['malformed directory ID', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: IdentityManagementType.EXISTING_DIRECTORY, directoryId: 'd-12' }), /invalid directoryId "d-12": must be "d-" followed by 10/],
    ['directory ID with SAML', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: IdentityManagementType.SAML, directoryId: 'd-0123456789' }), /invalid directoryId "d-0123456789": only allowed with identityManagementType EXISTING_DIRECTORY/],
    ['aws: tag', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', tags: { 'aws:team': 'a' } }), /invalid tags key "aws:team": tag keys must not start with "aws:"/],
    ['identity management type from a plain string', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: 'LDAP' as IdentityManagementType }), /Test\/Bad: invalid identityManagementType "LDAP": must be one of CONNECT_MANAGED, SAML, EXISTING_DIRECTORY/],
    ['directory ID with Connect-managed identity (the default)', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', directoryId: 'd-0123456789' }), /Test\/Bad: invalid directoryId "d-0123456789": only allowed with identityManagementType EXISTING_DIRECTORY \(got CONNECT_MANAGED\)/],
    ['directory ID in upper case', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: IdentityManagementType.EXISTING_DIRECTORY, directoryId: 'd-0123ABCDEF' }), /invalid directoryId "d-0123ABCDEF": must be "d-" followed by 10 lowercase hex digits/],
  ];
  expectBadInputs(cases);

  test('unresolved tokens are not validated', () => {
    const s = baseStack();
    const { stack, cc, hours } = s;
    const token = new CfnParameter(stack, 'Max', { type: 'Number' }).valueAsNumber;
    expect(() => new Queue(stack, 'Q2', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours, maxContacts: token })).not.toThrow();
    const alias = new CfnParameter(stack, 'Alias').valueAsString;
    expect(() => new ContactCenter(stack, 'CC2', { instanceAlias: alias })).not.toThrow();
  });
});
