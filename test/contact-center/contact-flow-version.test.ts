import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import { ContactFlow, ContactFlowVersion, FlowContent } from '../../src';

const flowWith = (text: string) => FlowContent.fromJson({
  Version: '2019-10-30',
  StartAction: 'Say',
  Actions: [
    { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
});

function versionDescription(text: string): string {
  const { stack, cc } = baseStack();
  const flow = new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Main', content: flowWith(text) });
  new ContactFlowVersion(stack, 'V', { contactFlow: flow, description: 'Release' });
  return Object.values(Template.fromStack(stack).findResources('AWS::Connect::ContactFlowVersion'))[0].Properties.Description;
}

describe('ContactFlowVersion', () => {
  test('publishes a retained version of a flow, described with its content hash', () => {
    const { stack, cc } = baseStack();
    const flow = new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Main', content: flowWith('Hello') });
    const version = new ContactFlowVersion(stack, 'V1', { contactFlow: flow, description: 'First release' });
    expect(version.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    Template.fromStack(stack).hasResource('AWS::Connect::ContactFlowVersion', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        ContactFlowId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Flow'), 'ContactFlowArn'] },
        Description: `First release | content sha256 ${version.contentSha256}`,
      },
    });
  });

  test('a content change changes the description (a create-only property): a new version', () => {
    expect(versionDescription('Hello')).toBe(versionDescription('Hello'));
    expect(versionDescription('Hello')).not.toBe(versionDescription('Hello again'));
  });

  test('imported flows and versions', () => {
    const { stack } = baseStack();
    const flow = ContactFlow.fromContactFlowArn(stack, 'Imp', 'arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/f-1');
    const v = new ContactFlowVersion(stack, 'V', { contactFlow: flow });
    expect(v.contentSha256).toBeUndefined();
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::ContactFlowVersion', {
      ContactFlowId: 'arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/f-1', Description: Match.absent(),
    });
    expect(ContactFlowVersion.fromContactFlowVersionArn(stack, 'Ok', 'arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/f-1:3').contactFlowVersionArn).toMatch(/:3$/);
  });

  describe('bad input', () => {
    test('description too long, no flow, bad ARN', () => {
      const { stack, cc } = baseStack();
      const flow = new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Main', content: flowWith('Hello') });
      expect(() => new ContactFlowVersion(stack, 'Long', { contactFlow: flow, description: 'x'.repeat(419) }))
        .toThrow(/Test\/Long: invalid description .*at most 418 characters/);
      expect(() => new ContactFlowVersion(stack, 'None', { contactFlow: undefined as any })).toThrow(/Test\/None: invalid contactFlow undefined: give a contact flow/);
      expect(() => ContactFlowVersion.fromContactFlowVersionArn(stack, 'NoVersion', 'arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/f-1'))
        .toThrow(/Test\/NoVersion: invalid contactFlowVersionArn .*:<version>/);
    });
  });
});
