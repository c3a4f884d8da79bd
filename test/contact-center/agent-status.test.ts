import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import { AgentStatus } from '../../src';

describe('AgentStatus', () => {
  test('custom statuses, enabled or disabled, with display order; retained', () => {
    const { stack, cc } = baseStack();
    const lunch = cc.addAgentStatus('Lunch', { name: 'Lunch', description: 'Lunch break', displayOrder: 3, tags: { kind: 'break' } });
    cc.addAgentStatus('Training', { name: 'Training', enabled: false });
    expect(lunch.agentStatusName).toBe('Lunch');
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Connect::AgentStatus', 2);
    t.hasResource('AWS::Connect::AgentStatus', {
      DeletionPolicy: 'Retain',
      Properties: {
        InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
        Name: 'Lunch',
        Description: 'Lunch break',
        State: 'ENABLED',
        Type: 'CUSTOM',
        DisplayOrder: 3,
        Tags: [{ Key: 'kind', Value: 'break' }],
      },
    });
    t.hasResourceProperties('AWS::Connect::AgentStatus', { Name: 'Training', State: 'DISABLED', DisplayOrder: Match.absent() });
  });

  describe('bad input', () => {
    test('display order, name, description', () => {
      const { cc } = baseStack();
      expect(() => cc.addAgentStatus('Zero', { name: 'Zero', displayOrder: 0 })).toThrow(/Test\/CC\/Zero: invalid displayOrder 0: must be an integer between 1 and 50/);
      expect(() => cc.addAgentStatus('Big', { name: 'Big', displayOrder: 51 })).toThrow(/invalid displayOrder 51/);
      expect(() => cc.addAgentStatus('Empty', { name: '' })).toThrow(/Test\/CC\/Empty: invalid name "": must be between 1 and 127/);
      expect(() => cc.addAgentStatus('Desc', { name: 'Desc', description: 'x'.repeat(251) })).toThrow(/Test\/CC\/Desc: invalid description/);
    });

    test('duplicate and built-in names', () => {
      const { cc } = baseStack();
      cc.addAgentStatus('Lunch', { name: 'Lunch' });
      expect(() => cc.addAgentStatus('Lunch2', { name: 'lunch' })).toThrow(/Test\/CC\/Lunch2: invalid name "lunch": already used by Test\/CC\/Lunch/);
      expect(() => cc.addAgentStatus('Avail', { name: 'Available' })).toThrow(/invalid name "Available": Available and Offline are the built-in statuses/);
    });

    test('import by ARN', () => {
      const { stack } = baseStack();
      expect(AgentStatus.fromAgentStatusArn(stack, 'Ok', 'arn:aws:connect:us-east-1:123456789012:instance/abc/agent-state/s-1').agentStatusArn).toMatch(/agent-state\/s-1$/);
      expect(() => AgentStatus.fromAgentStatusArn(stack, 'Bad', 'arn:aws:connect:us-east-1:123456789012:instance/abc/queue/s-1'))
        .toThrow(/Test\/Bad: invalid agentStatusArn .*agent-state\/<agentStatusId>/);
    });
  });
});
