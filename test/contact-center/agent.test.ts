import { Duration, Stack, aws_secretsmanager as secretsmanager } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, expectBadInputs } from './helpers';
import { Agent, ContactCenter, IdentityManagementType, PhoneType, Schedule, SecurityProfile } from '../../src';

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

  test('the generated secret says only what AWS documents about the password (no forced change at first sign-in)', () => {
    const { stack, cc, routingProfile, securityProfile } = baseStack();
    new Agent(stack, 'Ann', { contactCenter: cc, username: 'ann', firstName: 'Ann', lastName: 'Lee', routingProfile, securityProfiles: [securityProfile] });
    const [secret] = Object.values(Template.fromStack(stack).findResources('AWS::SecretsManager::Secret'));
    expect(secret.Properties.Description).toBe('Initial Amazon Connect password of ann; it stays valid until changed in Connect');
    expect(JSON.stringify(secret.Metadata)).not.toMatch(/first sign-in/);
  });

});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: BadInput[] = [
    ['agent tag key with @', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], tags: { 'owner@team': 'x' } }), /Test\/Bad: invalid tags key "owner@team": CloudFormation accepts only letters/],
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
    ['two agents with one username', ({ stack, cc, routingProfile, securityProfile }) => {
      new Agent(stack, 'First', { contactCenter: cc, username: 'jane', firstName: 'J', lastName: 'D', routingProfile, securityProfiles: [securityProfile] });
      new Agent(stack, 'Bad', { contactCenter: cc, username: 'jane', firstName: 'J', lastName: 'E', routingProfile, securityProfiles: [securityProfile] });
    }, /Test\/Bad: invalid username "jane": already used by Test\/First; usernames must be unique within a contact center/],
    ['a routing profile of another contact center', ({ stack, routingProfile, securityProfile }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      new Agent(stack, 'Bad', { contactCenter: other, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile] });
    }, /Test\/Bad: invalid routingProfile "Test\/RP": it belongs to contact center Test\/CC, not Test\/Other/],
    ['a security profile of another contact center', ({ stack, cc, routingProfile }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const profile = other.addSecurityProfile('SP', { name: 'SP', permissions: ['BasicAgentAccess'] });
      new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [profile] });
    }, /Test\/Bad: invalid securityProfiles\[0\] "Test\/Other\/SP": it belongs to contact center Test\/Other/],
    ['after-contact work that is not whole seconds', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], afterContactWorkTimeout: Duration.millis(1500) }), /Test\/Bad: invalid afterContactWorkTimeout 1 second 500 millis: must be a whole number of seconds/],
    ['after-contact work over 2,000,000 seconds', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], afterContactWorkTimeout: Duration.days(24) }), /Test\/Bad: invalid afterContactWorkTimeout 24 days: must be between 0 \(unlimited\) and 2,000,000 seconds/],
    ['directory user ID with Connect-managed identity', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], directoryUserId: 'x-1' }), /Test\/Bad: invalid directoryUserId "x-1": only used with an existing-directory instance/],
    ['directory user ID with SAML identity', ({ stack, routingProfile, securityProfile }) => {
      const saml = ContactCenter.fromInstanceAttributes(stack, 'Saml', { instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1', identityManagementType: IdentityManagementType.SAML });
      new Agent(stack, 'Bad', { contactCenter: saml, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], directoryUserId: 'x-1' });
    }, /Test\/Bad: invalid directoryUserId "x-1": only used with an existing-directory instance/],
    ['the Extension tag set by hand next to an extension', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], extension: '12', tags: { Extension: '12' } }), /Test\/Bad: invalid tags "Extension": the "Extension" tag is set from the extension prop/],
    ['50 tags and an extension', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], extension: '12', tags: Object.fromEntries([...Array(50).keys()].map((k) => [`t${k}`, 'v'])) }), /Test\/Bad: invalid tags "51 tags": at most 50 tags including the extension tag/],
    ['eleven security profiles', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: Array(11).fill(securityProfile) }), /Test\/Bad: invalid securityProfiles "11 profiles": give 1 to 10 security profiles/],
    ['desk phone number not in E.164 form', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], phoneType: PhoneType.DESK_PHONE, deskPhoneNumber: '206-555-0100' }), /Test\/Bad: invalid deskPhoneNumber "206-555-0100": must be an E.164 number/],
    ['email without a domain', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], email: 'jane@' }), /Test\/Bad: invalid email "jane@": must be an email address/],
    ['phone type from a plain string', ({ stack, cc, routingProfile, securityProfile }) => new Agent(stack, 'Bad', { contactCenter: cc, username: 'u', firstName: 'U', lastName: 'V', routingProfile, securityProfiles: [securityProfile], phoneType: 'MOBILE' as PhoneType }), /Test\/Bad: invalid phoneType "MOBILE": must be one of SOFT_PHONE, DESK_PHONE/],
  ];
  expectBadInputs(cases);
});
