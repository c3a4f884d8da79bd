import { aws_iam as iam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, expectBadInputs, simpleFlow } from './helpers';
import { ContactCenter, ContactFlow, ContactFlowType, FlowContent, Queue } from '../../src';

/** A flow that sets a queue and transfers to it. */
function transferTo(queueArn: string) {
  return {
    Version: '2019-10-30',
    StartAction: 'SetQueue',
    Actions: [
      { Identifier: 'SetQueue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queueArn }, Transitions: { NextAction: 'Transfer', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'QueueAtCapacity' }, { NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

describe('contact flows', () => {
  test('a flow that references resources by Ref/GetAtt has no DependsOn on them (cfn-lint W3005)', () => {
    const { stack, cc, queue } = baseStack();
    cc.addContactFlow('Flow', { name: 'Inbound', content: FlowContent.fromJson(transferTo(queue.queueArn)) });
    const [flow] = Object.values(Template.fromStack(stack).findResources('AWS::Connect::ContactFlow'));
    expect(JSON.stringify(flow.Properties.Content)).toMatch(/"Fn::GetAtt":\["Queue[0-9A-F]+","QueueArn"\]/);
    expect(flow.DependsOn).toBeUndefined();
  });

  test('a flow of the same instance, imported with the same ARN, is accepted', () => {
    const { stack } = baseStack();
    const b = ContactCenter.fromInstanceArn(stack, 'B', 'arn:aws:connect:us-east-1:123456789012:instance/i-b');
    const q = Queue.fromQueueArn(stack, 'QueueOfB', 'arn:aws:connect:us-east-1:123456789012:instance/i-b/queue/q-1');
    expect(() => new ContactFlow(stack, 'Flow', { contactCenter: b, name: 'F', content: FlowContent.fromJson(transferTo(q.queueArn)) })).not.toThrow();
  });

  test('metricErrors is the flow\'s ContactFlowErrors metric', () => {
    const { cc } = baseStack();
    const flow = cc.addContactFlow('Flow', { name: 'Inbound', content: FlowContent.fromJson(simpleFlow) });
    const m = flow.metricErrors();
    expect(m.metricName).toBe('ContactFlowErrors');
    expect(m.statistic).toBe('Sum');
    expect(m.namespace).toBe('AWS/Connect');
    expect(Object.keys(m.dimensions!).sort()).toEqual(['ContactFlowName', 'InstanceId', 'MetricGroup']);
    expect(m.dimensions!.ContactFlowName).toBe('Inbound');
    expect(m.dimensions!.MetricGroup).toBe('ContactFlow');
  });

  test('fromContactFlowAttributes rejects an unknown type', () => {
    const { stack } = baseStack();
    expect(() => ContactFlow.fromContactFlowAttributes(stack, 'X', { contactFlowArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1', contactFlowType: 'INBOUND' as ContactFlowType }))
      .toThrow(/Test\/X: invalid contactFlowType "INBOUND": must be one of CONTACT_FLOW/);
  });
  test('grant is scoped to the flow, created or imported', () => {
    const { stack, cc } = baseStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    cc.addContactFlow('Flow', { name: 'Inbound', content: FlowContent.fromJson(simpleFlow) }).grant(role, 'connect:DescribeContactFlow');
    ContactFlow.fromContactFlowArn(stack, 'Imported', 'arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1').grant(role, 'connect:DescribeContactFlow');
    const [policy] = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'));
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      { Action: 'connect:DescribeContactFlow', Effect: 'Allow', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^CCFlow/), 'ContactFlowArn'] } },
      { Action: 'connect:DescribeContactFlow', Effect: 'Allow', Resource: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1' },
    ]);
  });

});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: BadInput[] = [
    ['flow name too long', ({ stack, cc }) => new ContactFlow(stack, 'Bad', { contactCenter: cc, name: 'f'.repeat(128), content: FlowContent.fromJson(simpleFlow) }), /Test\/Bad: invalid name "f{128}"/],
    ['flow tag key with a space', ({ stack, cc }) => new ContactFlow(stack, 'Bad', { contactCenter: cc, name: 'F', content: FlowContent.fromJson(simpleFlow), tags: { 'cost center': 'cx' } }), /Test\/Bad: invalid tags key "cost center": CloudFormation accepts only letters/],
    ['two flows with one name', ({ stack, cc }) => {
      new ContactFlow(stack, 'First', { contactCenter: cc, name: 'Main', content: FlowContent.fromJson(simpleFlow) });
      new ContactFlow(stack, 'Bad', { contactCenter: cc, name: 'Main', content: FlowContent.fromJson(simpleFlow) });
    }, /Test\/Bad: invalid name "Main": already used by Test\/First; flow names must be unique within a contact center/],
    ['a flow transferring to a queue of another contact center', ({ stack, queue }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      new ContactFlow(stack, 'Bad', { contactCenter: other, name: 'F', content: FlowContent.fromJson(transferTo(queue.queueArn)) });
    }, /Test\/Bad: invalid content \(action "SetQueue"\) at Actions\[0\]\.Parameters\.QueueId "<Test\/Queue\.QueueArn>": references Test\/Queue: it belongs to contact center Test\/CC, not Test\/Other; a flow can only use resources of its own Connect instance \(Test\/Other\)/],
    ['a flow transferring to a queue imported from another instance', ({ stack }) => {
      const b = ContactCenter.fromInstanceArn(stack, 'B', 'arn:aws:connect:us-east-1:123456789012:instance/i-b');
      const a = Queue.fromQueueArn(stack, 'QueueOfA', 'arn:aws:connect:us-east-1:123456789012:instance/i-a/queue/q-1');
      new ContactFlow(stack, 'Bad', { contactCenter: b, name: 'F', content: FlowContent.fromJson(transferTo(a.queueArn)) });
    }, /Test\/Bad: invalid content \(action "SetQueue"\) at Actions\[0\]\.Parameters\.QueueId "arn:aws:connect:us-east-1:123456789012:instance\/i-a\/queue\/q-1": references arn:aws:connect:us-east-1:123456789012:instance\/i-a: its ARN names instance i-a, not i-b/],
    ['a flow transferring to a queue of another region', ({ stack, cc }) => {
      const far = Queue.fromQueueArn(stack, 'Far', 'arn:aws:connect:ap-southeast-2:123456789012:instance/i-a/queue/q-1');
      new ContactFlow(stack, 'Bad', { contactCenter: cc, name: 'F', content: FlowContent.fromJson(transferTo(far.queueArn)) });
    }, /Test\/Bad: invalid content \(action "SetQueue"\).*its ARN names region ap-southeast-2, not us-east-1/],
    ['a flow transferring to a queue of another account', ({ stack, cc }) => {
      const far = Queue.fromQueueArn(stack, 'Far', 'arn:aws:connect:us-east-1:210987654321:instance/i-a/queue/q-1');
      new ContactFlow(stack, 'Bad', { contactCenter: cc, name: 'F', content: FlowContent.fromJson(transferTo(far.queueArn)) });
    }, /Test\/Bad: invalid content \(action "SetQueue"\).*its ARN names account 210987654321, not 123456789012/],
  ];
  expectBadInputs(cases);
});
