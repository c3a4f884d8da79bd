import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import { Agent, UserHierarchyGroup, UserHierarchyStructure } from '../../src';

describe('user hierarchy', () => {
  test('structure with levels, nested groups, and an agent in a group', () => {
    const { stack, cc, routingProfile, securityProfile } = baseStack();
    const hierarchy = new UserHierarchyStructure(stack, 'Hierarchy', { contactCenter: cc, levels: ['Region', 'Site', 'Team'] });
    const emea = hierarchy.addGroup('Emea', { name: 'EMEA' });
    const leeds = hierarchy.addGroup('Leeds', { name: 'Leeds', parent: emea });
    const billing = hierarchy.addGroup('Billing', { name: 'Billing', parent: leeds, tags: { cost: 'cc1' } });
    expect([emea.level, leeds.level, billing.level]).toEqual([1, 2, 3]);
    new Agent(stack, 'Jane', {
      contactCenter: cc,
      username: 'jane',
      firstName: 'Jane',
      lastName: 'Doe',
      routingProfile,
      securityProfiles: [securityProfile],
      hierarchyGroup: billing,
    });

    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::UserHierarchyStructure', {
      DeletionPolicy: 'Retain',
      Properties: {
        InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
        UserHierarchyStructure: { LevelOne: { Name: 'Region' }, LevelTwo: { Name: 'Site' }, LevelThree: { Name: 'Team' } },
      },
    });
    t.resourceCountIs('AWS::Connect::UserHierarchyGroup', 3);
    t.hasResource('AWS::Connect::UserHierarchyGroup', {
      DeletionPolicy: 'Retain',
      DependsOn: [Match.stringLikeRegexp('^Hierarchy')],
      Properties: {
        InstanceArn: Match.anyValue(),
        Name: 'Billing',
        ParentGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^HierarchyLeeds'), 'UserHierarchyGroupArn'] },
        Tags: [{ Key: 'cost', Value: 'cc1' }],
      },
    });
    t.hasResourceProperties('AWS::Connect::UserHierarchyGroup', { Name: 'EMEA', ParentGroupArn: Match.absent() });
    t.hasResourceProperties('AWS::Connect::User', {
      Username: 'jane',
      HierarchyGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^HierarchyBilling'), 'UserHierarchyGroupArn'] },
    });
  });

  test('hierarchyGroupArn keeps working, and imported groups have no known level', () => {
    const { stack, cc, routingProfile, securityProfile } = baseStack();
    const arn = 'arn:aws:connect:us-east-1:123456789012:instance/abc/agent-group/g-1';
    const imported = UserHierarchyGroup.fromUserHierarchyGroupArn(stack, 'Team', arn);
    expect(imported.level).toBeUndefined();
    const child = new UserHierarchyGroup(stack, 'Child', { contactCenter: cc, name: 'Child', parent: imported });
    expect(child.level).toBeUndefined();
    new Agent(stack, 'Bob', {
      contactCenter: cc,
      username: 'bob',
      firstName: 'Bob',
      lastName: 'B',
      routingProfile,
      securityProfiles: [securityProfile],
      hierarchyGroupArn: arn,
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Connect::User', { Username: 'bob', HierarchyGroupArn: arn });
    t.hasResourceProperties('AWS::Connect::UserHierarchyGroup', { Name: 'Child', ParentGroupArn: arn });
  });

  describe('bad input', () => {
    test('levels: none, six, too long, duplicate', () => {
      const { stack, cc } = baseStack();
      expect(() => new UserHierarchyStructure(stack, 'None', { contactCenter: cc, levels: [] }))
        .toThrow(/Test\/None: invalid levels \[\]: give 1 to 5 level names/);
      expect(() => new UserHierarchyStructure(stack, 'Six', { contactCenter: cc, levels: ['a', 'b', 'c', 'd', 'e', 'f'] }))
        .toThrow(/Test\/Six: invalid levels .*at most 5 levels/);
      expect(() => new UserHierarchyStructure(stack, 'Long', { contactCenter: cc, levels: ['x'.repeat(51)] }))
        .toThrow(/Test\/Long: invalid levels\[0\] .*between 1 and 50/);
      expect(() => new UserHierarchyStructure(stack, 'Dup', { contactCenter: cc, levels: ['Site', 'Site'] }))
        .toThrow(/Test\/Dup: invalid levels\[1\] "Site": level names must be unique/);
    });

    test('a second structure for the same contact center', () => {
      const { stack, cc } = baseStack();
      new UserHierarchyStructure(stack, 'One', { contactCenter: cc, levels: ['Site'] });
      expect(() => new UserHierarchyStructure(stack, 'Two', { contactCenter: cc, levels: ['Team'] }))
        .toThrow(/Test\/Two: invalid contactCenter "Test\/CC": an instance has one hierarchy structure and Test\/One already defines it/);
    });

    test('a group deeper than the structure or than five levels', () => {
      const { stack, cc } = baseStack();
      const hierarchy = new UserHierarchyStructure(stack, 'H', { contactCenter: cc, levels: ['Region', 'Site'] });
      const region = hierarchy.addGroup('Region', { name: 'R' });
      const site = hierarchy.addGroup('Site', { name: 'S', parent: region });
      expect(() => hierarchy.addGroup('Team', { name: 'T', parent: site }))
        .toThrow(/Test\/H\/Team: invalid parent "Test\/H\/Site": the group would be at level 3 but the hierarchy structure has 2 level\(s\) \(Region > Site\)/);
      let parent = new UserHierarchyGroup(stack, 'L1', { contactCenter: cc, name: 'L1' });
      for (let i = 2; i <= 5; i++) parent = new UserHierarchyGroup(stack, `L${i}`, { contactCenter: cc, name: `L${i}`, parent });
      expect(() => new UserHierarchyGroup(stack, 'L6', { contactCenter: cc, name: 'L6', parent }))
        .toThrow(/Test\/L6: invalid parent "Test\/L5": the group would be at level 6; Amazon Connect's hierarchy has at most 5 levels/);
    });

    test('group name, ARN import, and both hierarchy props on an agent', () => {
      const { stack, cc, routingProfile, securityProfile } = baseStack();
      expect(() => new UserHierarchyGroup(stack, 'N', { contactCenter: cc, name: 'x'.repeat(101) })).toThrow(/Test\/N: invalid name .*between 1 and 100/);
      expect(() => UserHierarchyGroup.fromUserHierarchyGroupArn(stack, 'Bad', 'arn:aws:connect:us-east-1:123456789012:instance/abc/queue/q'))
        .toThrow(/Test\/Bad: invalid userHierarchyGroupArn .*agent-group\/<groupId>/);
      const group = new UserHierarchyGroup(stack, 'G', { contactCenter: cc, name: 'G' });
      expect(() => new Agent(stack, 'Both', {
        contactCenter: cc,
        username: 'both',
        firstName: 'B',
        lastName: 'B',
        routingProfile,
        securityProfiles: [securityProfile],
        hierarchyGroup: group,
        hierarchyGroupArn: 'arn:aws:connect:us-east-1:123456789012:instance/abc/agent-group/g-1',
      })).toThrow(/Test\/Both: invalid hierarchyGroup "Test\/G": give hierarchyGroup or hierarchyGroupArn, not both/);
    });
  });
});
