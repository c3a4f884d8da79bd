import { CfnParameter, Duration, Stack, aws_secretsmanager as secretsmanager } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import {
  Agent, Channel, ContactCenter, ContactFlow, ContactFlowType, DayOfWeek, FlowContent, HoursOfOperation, IdentityManagementType,
  PhoneNumber, PhoneNumberType, PhoneType, Queue, RoutingProfile, Schedule, SecurityProfile,
} from '../../src';

const simpleFlow = {
  Version: '2019-10-30',
  StartAction: 'Bye',
  Actions: [{ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
};

describe('hours of operation', () => {
  test('renders several ranges per day, a valid zone and holiday overrides', () => {
    const { stack, cc } = baseStack();
    new HoursOfOperation(stack, 'Split', {
      contactCenter: cc,
      name: 'Split',
      timeZone: 'America/New_York',
      schedule: [...Schedule.weekdays('08:00', '12:00'), ...Schedule.weekdays('13:00', '17:30'), { day: DayOfWeek.SATURDAY, start: '22:00', end: '02:00' }],
      overrides: [{ name: 'Christmas', effectiveFrom: '2026-12-25', effectiveTill: '2026-12-26', openPeriods: [] }],
    });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::HoursOfOperation', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Name: 'Split',
        TimeZone: 'America/New_York',
        Config: Match.arrayWith([
          { Day: 'MONDAY', StartTime: { Hours: 8, Minutes: 0 }, EndTime: { Hours: 12, Minutes: 0 } },
          { Day: 'MONDAY', StartTime: { Hours: 13, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 30 } },
          { Day: 'SATURDAY', StartTime: { Hours: 22, Minutes: 0 }, EndTime: { Hours: 2, Minutes: 0 } },
        ]),
        HoursOfOperationOverrides: [{ OverrideName: 'Christmas', EffectiveFrom: '2026-12-25', EffectiveTill: '2026-12-26', OverrideConfig: [] }],
      }),
    });
  });

  test('presets', () => {
    expect(Schedule.alwaysOpen()).toHaveLength(7);
    expect(Schedule.alwaysOpen()[0]).toEqual({ day: DayOfWeek.MONDAY, start: '00:00', end: '00:00' });
    expect(Schedule.weekdaysNineToFive().map((p) => p.day)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
    expect(Schedule.weekdaysNineToFive()[4]).toEqual({ day: DayOfWeek.FRIDAY, start: '09:00', end: '17:00' });
  });
});

describe('queues and routing profiles', () => {
  test('queue with hours, max contacts, outbound caller ID and whisper flow', () => {
    const { stack, cc, hours } = baseStack();
    const number = new PhoneNumber(stack, 'Number', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.TOLL_FREE });
    const whisper = new ContactFlow(stack, 'Whisper', {
      contactCenter: cc,
      name: 'Whisper',
      type: ContactFlowType.OUTBOUND_WHISPER,
      content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'End', Actions: [{ Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] }),
    });
    new Queue(stack, 'Callbacks', {
      contactCenter: cc,
      name: 'Callbacks',
      hoursOfOperation: hours,
      maxContacts: 25,
      outboundCallerIdName: 'Acme',
      outboundCallerIdNumber: number,
      outboundWhisperFlow: whisper,
      tags: { tier: 'gold' },
    });
    Template.fromStack(stack).hasResource('AWS::Connect::Queue', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Name: 'Callbacks',
        HoursOfOperationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Hours'), 'HoursOfOperationArn'] },
        MaxContacts: 25,
        OutboundCallerConfig: {
          OutboundCallerIdName: 'Acme',
          OutboundCallerIdNumberArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Number'), 'PhoneNumberArn'] },
          OutboundFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Whisper'), 'ContactFlowArn'] },
        },
        Tags: [{ Key: 'tier', Value: 'gold' }],
      }),
    });
  });

  test('an empty quickConnectArns list is left out (CloudFormation requires at least one item when the property is set)', () => {
    const { stack, cc, hours } = baseStack();
    new Queue(stack, 'NoQuickConnects', { contactCenter: cc, name: 'NoQuickConnects', hoursOfOperation: hours, quickConnectArns: [] });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::Queue', { Name: 'NoQuickConnects', QuickConnectArns: Match.absent() });
  });

  test('routing profile: concurrency, queues with priority and delay, default outbound queue, addQueue later', () => {
    const { stack, cc, hours, queue } = baseStack();
    const other = new Queue(stack, 'Other', { contactCenter: cc, name: 'Other', hoursOfOperation: hours });
    const rp = new RoutingProfile(stack, 'Profile', {
      contactCenter: cc,
      name: 'Profile',
      defaultOutboundQueue: queue,
      chatConcurrency: 3,
      queues: [{ queue, channel: Channel.VOICE, priority: 2, delaySeconds: 15 }],
    });
    rp.addQueue({ queue: other, channel: Channel.CHAT });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::RoutingProfile', {
      Name: 'Profile',
      Description: 'Profile',
      DefaultOutboundQueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'QueueArn'] },
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 3 }],
      QueueConfigs: [
        { Priority: 2, Delay: 15, QueueReference: { Channel: 'VOICE', QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'QueueArn'] } } },
        { Priority: 1, Delay: 0, QueueReference: { Channel: 'CHAT', QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Other'), 'QueueArn'] } } },
      ],
    });
  });

  test('imported queue works as a routing-profile queue and gives metrics with its name', () => {
    const { stack, cc } = baseStack();
    const imported = Queue.fromQueueAttributes(stack, 'Imported', {
      queueArn: 'arn:aws:connect:us-east-1:123456789012:instance/inst-1/queue/q-1', queueName: 'Legacy',
    });
    new RoutingProfile(stack, 'Profile', { contactCenter: cc, name: 'P', defaultOutboundQueue: imported, queues: [{ queue: imported, channel: Channel.VOICE }] });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::RoutingProfile', {
      DefaultOutboundQueueArn: 'arn:aws:connect:us-east-1:123456789012:instance/inst-1/queue/q-1',
    });
    expect(imported.metricQueueSize().dimensions).toEqual({ InstanceId: 'inst-1', MetricGroup: 'Queue', QueueName: 'Legacy' });
    expect(() => Queue.fromQueueArn(stack, 'NoName', 'arn:aws:connect:us-east-1:123456789012:instance/inst-1/queue/q-2').metricQueueSize())
      .toThrow(/metrics need the queue name/);
  });
});

describe('agents', () => {
  test('agent with extension tag, routing and security profiles, and no plaintext password', () => {
    const { stack, cc, routingProfile, securityProfile } = baseStack();
    new Agent(stack, 'Jane', {
      contactCenter: cc,
      username: 'jane',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@example.com',
      routingProfile,
      securityProfiles: [securityProfile],
      extension: '1234',
      autoAccept: true,
      afterContactWorkTimeout: Duration.seconds(30),
      tags: { team: 'sales' },
    });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::User', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Username: 'jane',
        IdentityInfo: { FirstName: 'Jane', LastName: 'Doe', Email: 'jane@example.com' },
        PhoneConfig: { PhoneType: 'SOFT_PHONE', AutoAccept: true, AfterContactWorkTimeLimit: 30 },
        RoutingProfileArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^RP'), 'RoutingProfileArn'] },
        SecurityProfileArns: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^SP'), 'SecurityProfileArn'] }],
        Tags: [{ Key: 'Extension', Value: '1234' }, { Key: 'team', Value: 'sales' }],
        Password: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: Match.stringLikeRegexp('^JanePassword') }, ':SecretString:::}}']] },
      }),
    });
    t.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 24, RequireEachIncludedType: true, ExcludePunctuation: true }),
    });
    // No string in the template looks like a literal password.
    const users = t.findResources('AWS::Connect::User');
    for (const u of Object.values(users)) expect(typeof u.Properties.Password).not.toBe('string');
  });

  test('a security profile listed twice is given once (CloudFormation requires unique SecurityProfileArns)', () => {
    const { stack, cc, routingProfile, securityProfile } = baseStack();
    new Agent(stack, 'Twice', { contactCenter: cc, username: 'twice', firstName: 'T', lastName: 'W', routingProfile, securityProfiles: [securityProfile, securityProfile] });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::User', {
      Username: 'twice',
      SecurityProfileArns: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^SP'), 'SecurityProfileArn'] }],
    });
  });

  test('a given secret is used instead of a generated one', () => {
    const { stack, cc, routingProfile, securityProfile } = baseStack();
    const secret = secretsmanager.Secret.fromSecretNameV2(stack, 'S', 'agents/bob');
    new Agent(stack, 'Bob', { contactCenter: cc, username: 'bob', firstName: 'Bob', lastName: 'Lee', routingProfile, securityProfiles: [securityProfile], passwordSecret: secret });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::SecretsManager::Secret', 0);
    t.hasResourceProperties('AWS::Connect::User', { Password: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
  });

  test('SAML agents have no password', () => {
    const stack = new Stack();
    const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'saml', identityManagementType: IdentityManagementType.SAML });
    const hours = cc.addHoursOfOperation('H', { name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    const q = cc.addQueue('Q', { name: 'Q', hoursOfOperation: hours });
    const rp = cc.addRoutingProfile('RP', { name: 'RP', defaultOutboundQueue: q });
    cc.addAgent('A', { username: 'Ann', firstName: 'Ann', lastName: 'Lee', routingProfile: rp, securityProfiles: [SecurityProfile.fromSecurityProfileArn(stack, 'SP', 'arn:aws:connect:us-east-1:123456789012:instance/i/security-profile/s')] });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::SecretsManager::Secret', 0);
    t.hasResourceProperties('AWS::Connect::User', { Username: 'Ann', Password: Match.absent() });
  });

  test('SecurityProfile.fromName looks the profile up by exact name at deploy time', () => {
    const { stack, cc } = baseStack();
    const agentProfile = SecurityProfile.fromName(stack, 'AgentProfile', cc, 'Agent');
    expect(stack.resolve(agentProfile.securityProfileArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^AgentProfileLookup/), 'SecurityProfiles.0.Arn'] });
    const t = Template.fromStack(stack);
    const lookups = t.findResources('Custom::ConnectSecurityProfileLookup');
    expect(JSON.stringify(Object.values(lookups)[0].Properties.Create)).toContain('\\"FieldName\\":\\"name\\",\\"Value\\":\\"Agent\\",\\"ComparisonType\\":\\"EXACT\\"');
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: 'connect:SearchSecurityProfiles' })] },
    });
  });
});

describe('phone numbers', () => {
  test('claims a number and associates it with a flow through a scoped custom resource', () => {
    const { stack, cc } = baseStack();
    const flow = new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Inbound', content: FlowContent.fromJson(simpleFlow) });
    cc.addPhoneNumber('Main', { countryCode: 'GB', type: PhoneNumberType.DID, prefix: '+4420', inboundFlow: flow });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::PhoneNumber', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ CountryCode: 'GB', Type: 'DID', Prefix: '+4420', TargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] } }),
    });
    const [assoc] = Object.values(t.findResources('Custom::ConnectPhoneNumberFlowAssociation'));
    const create = JSON.stringify(assoc.Properties.Create);
    expect(create).toContain('associatePhoneNumberContactFlow');
    expect(create).toMatch(/Flow[0-9A-F]{8}\\",\\"ContactFlowArn|Flow[0-9A-F]{8}","ContactFlowArn/);
    expect(JSON.stringify(assoc.Properties.Delete)).toContain('disassociatePhoneNumberContactFlow');
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: 'connect:AssociatePhoneNumberContactFlow', Effect: 'Allow', Resource: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^CCMain'), 'PhoneNumberArn'] }, { 'Fn::GetAtt': [Match.stringLikeRegexp('^Flow'), 'ContactFlowArn'] }] },
          {
            Action: 'connect:DisassociatePhoneNumberContactFlow',
            Effect: 'Allow',
            Resource: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^CCMain'), 'PhoneNumberArn'] }, { 'Fn::GetAtt': [Match.stringLikeRegexp('^Flow'), 'ContactFlowArn'] }],
          },
        ],
      },
    });
  });
});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: Array<[string, (s: ReturnType<typeof baseStack>) => void, RegExp]> = [
    ['alias too long', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'a'.repeat(46) }), /Test\/Bad: invalid instanceAlias "a{46}": must be between 1 and 45/],
    ['alias starting with d-', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'd-acme' }), /Test\/Bad: invalid instanceAlias "d-acme": .*must not start with "d-"/],
    ['alias with underscore', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'acme_cc' }), /invalid instanceAlias "acme_cc": use letters, digits and hyphens/],
    ['alias ending with hyphen', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'acme-' }), /invalid instanceAlias "acme-"/],
    ['existing directory without directory ID', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: IdentityManagementType.EXISTING_DIRECTORY }), /Test\/Bad: invalid directoryId undefined: a directory ID is required/],
    ['malformed directory ID', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: IdentityManagementType.EXISTING_DIRECTORY, directoryId: 'd-12' }), /invalid directoryId "d-12": must be "d-" followed by 10/],
    ['directory ID with SAML', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', identityManagementType: IdentityManagementType.SAML, directoryId: 'd-0123456789' }), /invalid directoryId "d-0123456789": only allowed with identityManagementType EXISTING_DIRECTORY/],
    ['aws: tag', ({ stack }) => new ContactCenter(stack, 'Bad', { instanceAlias: 'x', tags: { 'aws:team': 'a' } }), /invalid tags key "aws:team": tag keys must not start with "aws:"/],
    ['queue tag key with a space', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center": CloudFormation accepts only letters, digits and \+ , - \. \/ : ; < = _ in tag keys of this resource/],
    ['agent tag key with @', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], tags: { 'owner@team': 'x' } }), /Test\/Bad: invalid tags key "owner@team": CloudFormation accepts only letters/],
    ['hours tag key with a space', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['routing profile tag key with a space', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['security profile tag key with a space', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'S', permissions: ['BasicAgentAccess'], tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['phone number tag key with a space', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['unknown time zone', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'Mars/Olympus', schedule: Schedule.alwaysOpen() }), /Test\/Bad: invalid timeZone "Mars\/Olympus": must be an IANA time zone/],
    ['malformed time', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.MONDAY, start: '9:00', end: '17:00' }] }), /invalid schedule\[0\]\.start "9:00": must be a 24-hour time HH:MM/],
    ['hour 24', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.MONDAY, start: '09:00', end: '24:00' }] }), /invalid schedule\[0\]\.end "24:00"/],
    ['overlapping ranges', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.MONDAY, start: '09:00', end: '13:00' }, { day: DayOfWeek.MONDAY, start: '12:00', end: '17:00' }] }), /invalid schedule "MONDAY 09:00-13:00 and MONDAY 12:00-17:00": open periods must not overlap/],
    ['overnight range overlapping the next morning', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.SUNDAY, start: '22:00', end: '03:00' }, { day: DayOfWeek.MONDAY, start: '02:00', end: '05:00' }] }), /SUNDAY 22:00-03:00 and MONDAY 02:00-05:00": open periods must not overlap/],
    ['empty schedule', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [] }), /invalid schedule \[\]: give at least one open period/],
    ['override ending before it starts', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: [{ name: 'X', effectiveFrom: '2027-01-02', effectiveTill: '2027-01-01', openPeriods: [] }] }), /invalid overrides\[0\]\.effectiveTill "2027-01-01": must be on or after effectiveFrom/],
    ['override description over 250 characters', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: [{ name: 'X', description: 'd'.repeat(251), effectiveFrom: '2027-01-01', effectiveTill: '2027-01-01', openPeriods: [] }] }), /Test\/Bad: invalid overrides\[0\]\.description "d{251}": must be between 1 and 250 characters long/],
    ['more than 50 overrides', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: Array.from({ length: 51 }, (_, i) => ({ name: `O${i}`, effectiveFrom: '2027-01-01', effectiveTill: '2027-01-01', openPeriods: [] })) }), /Test\/Bad: invalid overrides "51 overrides": at most 50 overrides/],
    ['hours name with a control character', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'Office\u0007', timeZone: 'UTC', schedule: Schedule.alwaysOpen() }), /Test\/Bad: invalid name "Office\\u0007": must not contain control characters/],
    ['max contacts 0', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, maxContacts: 0 }), /Test\/Bad: invalid maxContacts 0: must be an integer between 1 and 100000/],
    ['queue name too long', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'q'.repeat(128), hoursOfOperation: hours }), /invalid name "q{128}": must be between 1 and 127 characters/],
    ['caller ID number from another contact center', ({ stack, hours, cc }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const n = new PhoneNumber(stack, 'N', { contactCenter: other, countryCode: 'US', type: PhoneNumberType.DID });
      new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, outboundCallerIdNumber: n });
    }, /invalid outboundCallerIdNumber "Test\/N": must be a phone number claimed in the same contact center/],
    ['quick connect ARN of another resource type', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, quickConnectArns: ['arn:aws:connect:us-east-1:123456789012:instance/i-1/queue/q-1'] }), /Test\/Bad: invalid quickConnectArns\[0\] "arn:aws:connect:us-east-1:123456789012:instance\/i-1\/queue\/q-1": expected arn:<partition>:connect:<region>:<account>:instance\/<instanceId>\/transfer-destination\/<quickConnectId>/],
    ['chat concurrency 11', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, chatConcurrency: 11 }), /invalid chatConcurrency 11: must be an integer between 0 and 10/],
    ['queue on a channel the profile does not handle', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.TASK }] }), /invalid queues\[0\]\.channel "TASK": the channel is not enabled/],
    ['priority 0', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE, priority: 0 }] }), /invalid queues\[0\]\.priority 0: must be an integer between 1 and 99/],
    ['priority 100 (CloudFormation allows 1 to 99)', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE, priority: 100 }] }), /Test\/Bad: invalid queues\[0\]\.priority 100: must be an integer between 1 and 99/],
    ['duplicate queue/channel pair', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE }, { queue, channel: Channel.VOICE }] }), /each queue\/channel pair may be listed once/],
    ['no channel at all', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, voice: false }), /enable at least one channel/],
    ['extension with letters', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', routingProfile, securityProfiles: [securityProfile], extension: '12a' }), /Test\/Bad: invalid extension "12a": must be 2 to 10 digits/],
    ['duplicate extension', ({ stack, cc, routingProfile, securityProfile }) => {
      new Agent(stack, 'First', { contactCenter: cc, username: 'a', firstName: 'A', lastName: 'B', routingProfile, securityProfiles: [securityProfile], extension: '100' });
      new Agent(stack, 'Bad', { contactCenter: cc, username: 'b', firstName: 'B', lastName: 'C', routingProfile, securityProfiles: [securityProfile], extension: '100' });
    }, /Test\/Bad: invalid extension "100": already used by Test\/First/],
    ['desk phone without number', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', routingProfile, securityProfiles: [securityProfile], phoneType: PhoneType.DESK_PHONE }), /invalid deskPhoneNumber undefined: required when phoneType is DESK_PHONE/],
    ['no security profile', ({ stack, cc, routingProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', routingProfile, securityProfiles: [] }), /invalid securityProfiles "0 profiles": give 1 to 10 security profiles/],
    ['username with spaces', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'jane doe', routingProfile, securityProfiles: [securityProfile] }), /invalid username "jane doe": use letters, digits/],
    ['hierarchy group ARN of another resource type', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], hierarchyGroupArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/queue/q-1' }), /Test\/Bad: invalid hierarchyGroupArn "arn:aws:connect:us-east-1:123456789012:instance\/i-1\/queue\/q-1": expected arn:<partition>:connect:<region>:<account>:instance\/<instanceId>\/agent-group\/<groupId>/],
    ['username longer than 64 characters', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u'.repeat(65), firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile] }), /Test\/Bad: invalid username "u{65}": must be between 1 and 64 characters long/],
    ['Connect-managed agent without a first name', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', lastName: 'Doe', routingProfile, securityProfiles: [securityProfile] }), /Test\/Bad: invalid firstName undefined: required with CONNECT_MANAGED identity/],
    ['Connect-managed agent without a last name', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'Jane', routingProfile, securityProfiles: [securityProfile] }), /Test\/Bad: invalid lastName undefined: required with CONNECT_MANAGED identity/],
    ['SAML agent without names', ({ stack, routingProfile, securityProfile }) => {
      const saml = ContactCenter.fromInstanceAttributes(stack, 'Saml', { instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1', identityManagementType: IdentityManagementType.SAML });
      new Agent(stack, 'Bad', { contactCenter: saml, username: 'u', routingProfile, securityProfiles: [securityProfile] });
    }, /Test\/Bad: invalid firstName undefined: required with SAML identity/],
    ['SAML agent with an email', ({ stack, routingProfile, securityProfile }) => {
      const saml = ContactCenter.fromInstanceAttributes(stack, 'Saml', { instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1', identityManagementType: IdentityManagementType.SAML });
      new Agent(stack, 'Bad', { contactCenter: saml, username: 'u', firstName: 'U', lastName: 'V', email: 'u@example.com', routingProfile, securityProfiles: [securityProfile] });
    }, /Test\/Bad: invalid email "u@example.com": Connect rejects an email address with SAML identity/],
    ['SAML agent with a first name over 100 characters', ({ stack, routingProfile, securityProfile }) => {
      const saml = ContactCenter.fromInstanceAttributes(stack, 'Saml', { instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1', identityManagementType: IdentityManagementType.SAML });
      new Agent(stack, 'Bad', { contactCenter: saml, username: 'u', firstName: 'f'.repeat(101), lastName: 'V', routingProfile, securityProfiles: [securityProfile] });
    }, /Test\/Bad: invalid firstName "f{101}": must be between 1 and 100 characters long/],
    ['Connect-managed agent with a first name over 255 characters', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'f'.repeat(256), lastName: 'V', routingProfile, securityProfiles: [securityProfile] }), /Test\/Bad: invalid firstName "f{256}": must be between 1 and 255 characters long/],
    ['password with SAML', ({ stack, routingProfile, securityProfile }) => {
      const saml = ContactCenter.fromInstanceAttributes(stack, 'Saml', { instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1', identityManagementType: IdentityManagementType.SAML });
      new Agent(stack, 'Bad', { contactCenter: saml, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], passwordSecret: secretsmanager.Secret.fromSecretNameV2(stack, 'Pw', 'pw') });
    }, /invalid passwordSecret "Test\/Pw": passwords are not managed by Connect with SAML identity/],
    ['lowercase country code', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'us', type: PhoneNumberType.DID }), /Test\/Bad: invalid countryCode "us": must be an ISO 3166-1 alpha-2/],
    ['prefix without +', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, prefix: '1206' }), /invalid prefix "1206": must be "\+" followed by 1 to 15 digits/],
    ['second flow on one number', ({ stack, cc }) => {
      const f1 = new ContactFlow(stack, 'F1', { contactCenter: cc, name: 'F1', content: FlowContent.fromJson(simpleFlow) });
      const f2 = new ContactFlow(stack, 'F2', { contactCenter: cc, name: 'F2', content: FlowContent.fromJson(simpleFlow) });
      const n = new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: f1 });
      n.associateFlow(f2);
    }, /invalid inboundFlow "Test\/F2": the number is already associated with Test\/F1/],
    ['phone number routed into a flow that is not an inbound flow', ({ stack, cc }) => {
      const whisper = new ContactFlow(stack, 'Whisper', { contactCenter: cc, name: 'W', type: ContactFlowType.OUTBOUND_WHISPER, content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'End', Actions: [{ Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] }) });
      new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: whisper });
    }, /Test\/Bad: invalid inboundFlow "Test\/Whisper": a phone number needs a flow of type CONTACT_FLOW \(got OUTBOUND_WHISPER\)/],
    ['queue outbound whisper flow of another type', ({ stack, cc, hours }) => {
      const inbound = new ContactFlow(stack, 'Inbound', { contactCenter: cc, name: 'I', content: FlowContent.fromJson(simpleFlow) });
      new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, outboundWhisperFlow: inbound });
    }, /Test\/Bad: invalid outboundWhisperFlow "Test\/Inbound": must be a flow of type OUTBOUND_WHISPER \(got CONTACT_FLOW\)/],
    ['flow name too long', ({ stack, cc }) => new ContactFlow(stack, 'Bad', { contactCenter: cc, name: 'f'.repeat(128), content: FlowContent.fromJson(simpleFlow) }), /Test\/Bad: invalid name "f{128}"/],
    ['security profile name with characters CloudFormation rejects', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'Team.Lead (EU)', permissions: ['BasicAgentAccess'] }), /Test\/Bad: invalid name "Team\.Lead \(EU\)": use letters, digits, spaces, "_", "@" and "-"/],
    ['flow tag key with a space', ({ stack, cc }) => new ContactFlow(stack, 'Bad', { contactCenter: cc, name: 'F', content: FlowContent.fromJson(simpleFlow), tags: { 'cost center': 'cx' } }), /Test\/Bad: invalid tags key "cost center": CloudFormation accepts only letters/],
    ['security profile without permissions', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'S', permissions: [] }), /invalid permissions \[\]: give at least one permission/],
  ];

  test.each(cases)('%s', (_name, build, message) => {
    const s = baseStack();
    expect(() => build(s)).toThrow(message);
  });

  test('tag keys with the characters CloudFormation allows pass, and the instance (no key pattern) takes any key', () => {
    const { stack, cc, hours } = baseStack();
    expect(() => new Queue(stack, 'Tagged', { contactCenter: cc, name: 'T', hoursOfOperation: hours, tags: { 'cost-center:eu/1,2;x<=y+z_w.v': 'ok' } })).not.toThrow();
    expect(() => new ContactCenter(stack, 'Spaced', { instanceAlias: 'spaced', tags: { 'Cost Center': '42' } })).not.toThrow();
  });

  test('unresolved tokens are not validated', () => {
    const s = baseStack();
    const { stack, cc, hours } = s;
    const token = new CfnParameter(stack, 'Max', { type: 'Number' }).valueAsNumber;
    expect(() => new Queue(stack, 'Q2', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours, maxContacts: token })).not.toThrow();
    const alias = new CfnParameter(stack, 'Alias').valueAsString;
    expect(() => new ContactCenter(stack, 'CC2', { instanceAlias: alias })).not.toThrow();
  });
});
