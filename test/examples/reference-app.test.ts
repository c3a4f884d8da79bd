import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';
import { summarize } from '../../examples/summary';

describe('reference app', () => {
  const app = new App();
  const stack = new ReferenceContactCenterStack(app, 'Reference');
  const template = Template.fromStack(stack);

  test('has a retained instance, hours with a valid zone, queues and a routing profile', () => {
    template.hasResource('AWS::Connect::Instance', { DeletionPolicy: 'Retain' });
    template.hasResourceProperties('AWS::Connect::HoursOfOperation', { TimeZone: 'America/New_York' });
    template.resourceCountIs('AWS::Connect::Queue', 4); // sales, support, billing and billing callbacks
    template.resourceCountIs('AWS::Connect::RoutingProfile', 1);
  });

  test('has three agents tagged with their extensions', () => {
    const users = Object.values(template.findResources('AWS::Connect::User'));
    expect(users).toHaveLength(3);
    const extensions = users.map((u) => u.Properties.Tags.find((t: any) => t.Key === 'Extension')?.Value).sort();
    expect(extensions).toEqual(['101', '102', '103']);
  });

  test('has a phone number associated with the inbound flow, and the Lambda association and permission', () => {
    template.resourceCountIs('AWS::Connect::PhoneNumber', 1);
    template.resourceCountIs('Custom::ConnectPhoneNumberFlowAssociation', 1);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { IntegrationType: 'LAMBDA_FUNCTION' });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'connect.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenter'), 'Arn'] },
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    template.hasResourceProperties('AWS::Lambda::Function', { Runtime: Match.stringLikeRegexp('^nodejs(2[2-9]|[3-9][0-9])\\.x$'), Architectures: ['arm64'] });
  });

  test('the summary lists resources by type, flows and phone numbers', () => {
    const text = summarize(app.synth());
    expect(text).toMatch(/Stack Reference .*resources/);
    expect(text).toMatch(/ {2}3 {2}AWS::Connect::User/);
    expect(text).toMatch(/- Main menu \(CONTACT_FLOW\)/);
    expect(text).toMatch(/- US DID \[\w+\] -> Company directory/);
  });
});
