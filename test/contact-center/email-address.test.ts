import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import { EmailAddress } from '../../src';

describe('EmailAddress', () => {
  test('an address with a display name; retained', () => {
    const { stack, cc } = baseStack();
    const address = cc.addEmailAddress('Support', {
      emailAddress: 'support@acme-test.email.connect.aws', displayName: 'Acme Support', description: 'Support inbox', tags: { team: 'support' },
    });
    expect(address.address).toBe('support@acme-test.email.connect.aws');
    Template.fromStack(stack).hasResource('AWS::Connect::EmailAddress', {
      DeletionPolicy: 'Retain',
      Properties: {
        InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
        EmailAddress: 'support@acme-test.email.connect.aws',
        DisplayName: 'Acme Support',
        Description: 'Support inbox',
        Tags: [{ Key: 'team', Value: 'support' }],
      },
    });
  });

  describe('bad input', () => {
    test('address, display name, description and ARN', () => {
      const { stack, cc } = baseStack();
      expect(() => cc.addEmailAddress('A', { emailAddress: 'support' })).toThrow(/Test\/CC\/A: invalid emailAddress "support": must be an email address/);
      expect(() => cc.addEmailAddress('B', { emailAddress: 'a b@acme.com' })).toThrow(/invalid emailAddress "a b@acme.com"/);
      expect(() => cc.addEmailAddress('C', { emailAddress: 'a@acme.com', displayName: ' Acme' })).toThrow(/Test\/CC\/C: invalid displayName " Acme": must not start or end with a blank/);
      expect(() => cc.addEmailAddress('D', { emailAddress: 'a@acme.com', description: '' })).toThrow(/Test\/CC\/D: invalid description ""/);
      expect(() => EmailAddress.fromEmailAddressArn(stack, 'Bad', 'arn:aws:connect:us-east-1:123456789012:instance/abc/queue/q')).toThrow(/Test\/Bad: invalid emailAddressArn/);
    });
  });
});
