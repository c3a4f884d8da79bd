import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';

describe('reference app: prompt, quick connect and flow module', () => {
  const template = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter'));

  test('a prompt from the bundled WAV file, played by the queue transfer flow', () => {
    template.resourceCountIs('AWS::Connect::Prompt', 1);
    template.hasResourceProperties('AWS::Connect::Prompt', { Name: 'Transfer chime', S3Uri: Match.anyValue() });
    const flow = Object.values(template.findResources('AWS::Connect::ContactFlow', { Properties: { Name: 'Transfer to queue' } }))[0];
    expect(flow.Properties.Type).toBe('QUEUE_TRANSFER');
    expect(JSON.stringify(flow.Properties.Content)).toMatch(/PromptId.*ContactCenterTransferChime[0-9A-F]+.*PromptArn/);
  });

  test('support agents see a quick connect to the sales queue', () => {
    template.hasResourceProperties('AWS::Connect::QuickConnect', {
      Name: 'Sales',
      QuickConnectConfig: {
        QuickConnectType: 'QUEUE',
        QueueConfig: {
          QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterSalesQueue'), 'QueueArn'] },
          ContactFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^QueueTransferFlow'), 'ContactFlowArn'] },
        },
      },
    });
    template.hasResourceProperties('AWS::Connect::Queue', {
      Name: 'Support',
      QuickConnectArns: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ContactCenterSalesQuickConnect'), 'QuickConnectArn'] }],
    });
  });

  test('a flow module with a contract', () => {
    const mod = Object.values(template.findResources('AWS::Connect::ContactFlowModule'))[0];
    expect(mod.Properties.Name).toBe('Goodbye');
    expect(JSON.parse(mod.Properties.Settings)).toEqual({
      input: { schema: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] } },
      transitions: { results: [{ name: 'done', description: '' }] },
    });
    expect(JSON.parse(mod.Properties.Content).Settings).toBeDefined();
  });
});
