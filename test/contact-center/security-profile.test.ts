import { Match, Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, expectBadInputs } from './helpers';
import { SecurityProfile, SecurityProfilePermissions } from '../../src';

describe('security profiles', () => {
  test('SecurityProfile.fromName (deprecated) still looks the profile up by exact name at deploy time', () => {
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
  test('the shipped permission sets use the API names of the admin guide\'s list of security profile permissions', () => {
    // https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html
    const guide = ['BasicAgentAccess', 'OutboundCallAccess', 'AccessMetrics', 'RealTimeMetrics.Access', 'ContactSearch.View', 'ListenCallRecordings'];
    expect(SecurityProfilePermissions.AGENT).toEqual(['BasicAgentAccess', 'OutboundCallAccess']);
    expect(SecurityProfilePermissions.SUPERVISOR).toEqual(guide);
    const { stack, cc } = baseStack();
    expect(() => new SecurityProfile(stack, 'Supervisor', { contactCenter: cc, name: 'Supervisor', permissions: SecurityProfilePermissions.SUPERVISOR })).not.toThrow();
  });

  test('fromLookup takes a props object, is scoped to the instance\'s profiles and suppresses IAM5 next to its policy; fromName still works', () => {
    const { stack, cc } = baseStack();
    const admin = SecurityProfile.fromLookup(stack, 'AdminProfile', { contactCenter: cc, name: 'Admin' });
    expect(stack.resolve(admin.securityProfileArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^AdminProfileLookup/), 'SecurityProfiles.0.Arn'] });
    const t = Template.fromStack(stack);
    const [policyId, policy] = Object.entries(t.findResources('AWS::IAM::Policy')).find(([id]) => id.startsWith('AdminProfileLookupCustomResourcePolicy'))!;
    expect(policyId).toBeDefined();
    expect(policy.Properties.PolicyDocument.Statement[0].Resource).toEqual([
      { 'Fn::GetAtt': [expect.stringMatching(/^CC/), 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^CC/), 'Arn'] }, '/security-profile/*']] },
    ]);
    expect(policy.Metadata.cdk_nag.rules_to_suppress).toEqual([expect.objectContaining({
      id: 'AwsSolutions-IAM5', reason: expect.stringMatching(/security profiles/), applies_to: [{ regex: '/^Resource::.*\\/security-profile\\/\\*$/' }],
    })]);
    expect(() => SecurityProfile.fromLookup(stack, 'Empty', { contactCenter: cc, name: '' })).toThrow(/Test\/Empty: invalid name "": must be 1 to 127 characters long/);
  });

});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: BadInput[] = [
    ['security profile tag key with a space', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'S', permissions: ['BasicAgentAccess'], tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['security profile name with characters CloudFormation rejects', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'Team.Lead (EU)', permissions: ['BasicAgentAccess'] }), /Test\/Bad: invalid name "Team\.Lead \(EU\)": use letters, digits, spaces, "_", "@" and "-"/],
    ['security profile without permissions', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'S', permissions: [] }), /invalid permissions \[\]: give at least one permission/],

    ['two security profiles with one name', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'SP', permissions: ['BasicAgentAccess'] }), /Test\/Bad: invalid name "SP": already used by Test\/SP; security profile names must be unique within a contact center/],
    ['a permission name with the wrong case', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'S', permissions: ['BasicAgentAccess', 'RealtimeMetrics.Access'] }), /Test\/Bad: invalid permissions\[1\] "RealtimeMetrics.Access": permission names are case- and dot-sensitive: did you mean "RealTimeMetrics.Access"\?/],
    ['a permission name without its dot', ({ stack, cc }) => new SecurityProfile(stack, 'Bad', { contactCenter: cc, name: 'S', permissions: ['ContactSearchView'] }), /Test\/Bad: invalid permissions\[0\] "ContactSearchView": .*did you mean "ContactSearch.View"/],
  ];
  expectBadInputs(cases);
});
