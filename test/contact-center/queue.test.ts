import { aws_iam as iam } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, endFlow, expectBadInputs, simpleFlow } from './helpers';
import {
  Channel, ContactCenter, ContactFlow, ContactFlowType, FlowContent, PhoneNumber, PhoneNumberType, Queue, RoutingProfile, Schedule,
} from '../../src';

describe('queues', () => {
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

  test('tag keys with the characters CloudFormation allows pass, and the instance (no key pattern) takes any key', () => {
    const { stack, cc, hours } = baseStack();
    expect(() => new Queue(stack, 'Tagged', { contactCenter: cc, name: 'T', hoursOfOperation: hours, tags: { 'cost-center:eu/1,2;x<=y+z_w.v': 'ok' } })).not.toThrow();
    expect(() => new ContactCenter(stack, 'Spaced', { instanceAlias: 'spaced', tags: { 'Cost Center': '42' } })).not.toThrow();
  });

  test('grant is scoped to the queue, created or imported', () => {
    const { stack, queue } = baseStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    queue.grant(role, 'connect:DescribeQueue');
    Queue.fromQueueArn(stack, 'Imported', 'arn:aws:connect:us-east-1:123456789012:instance/i-1/queue/q-1').grant(role, 'connect:UpdateQueueMaxContacts');
    const [policy] = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'));
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      { Action: 'connect:DescribeQueue', Effect: 'Allow', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^Queue/), 'QueueArn'] } },
      { Action: 'connect:UpdateQueueMaxContacts', Effect: 'Allow', Resource: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/queue/q-1' },
    ]);
  });

});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: BadInput[] = [
    ['queue tag key with a space', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center": CloudFormation accepts only letters, digits and \+ , - \. \/ : ; < = _ in tag keys of this resource/],
    ['max contacts 0', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, maxContacts: 0 }), /Test\/Bad: invalid maxContacts 0: must be an integer between 1 and 100000/],
    ['queue name too long', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'q'.repeat(128), hoursOfOperation: hours }), /invalid name "q{128}": must be between 1 and 127 characters/],
    ['caller ID number from another contact center', ({ stack, hours, cc }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const n = new PhoneNumber(stack, 'N', { contactCenter: other, countryCode: 'US', type: PhoneNumberType.DID });
      new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, outboundCallerIdNumber: n });
    }, /invalid outboundCallerIdNumber "Test\/N": must be a phone number claimed in the same contact center/],
    ['quick connect ARN of another resource type', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, quickConnectArns: ['arn:aws:connect:us-east-1:123456789012:instance/i-1/queue/q-1'] }), /Test\/Bad: invalid quickConnectArns\[0\] "arn:aws:connect:us-east-1:123456789012:instance\/i-1\/queue\/q-1": expected arn:<partition>:connect:<region>:<account>:instance\/<instanceId>\/transfer-destination\/<quickConnectId>/],
    ['queue outbound whisper flow of another type', ({ stack, cc, hours }) => {
      const inbound = new ContactFlow(stack, 'Inbound', { contactCenter: cc, name: 'I', content: FlowContent.fromJson(simpleFlow) });
      new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours, outboundWhisperFlow: inbound });
    }, /Test\/Bad: invalid outboundWhisperFlow "Test\/Inbound": must be a flow of type OUTBOUND_WHISPER \(got CONTACT_FLOW\)/],
    ['two queues with one name', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q', hoursOfOperation: hours }), /Test\/Bad: invalid name "Q": already used by Test\/Queue; queue names must be unique within a contact center/],
    ['hours of another contact center', ({ stack, cc }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const hours = other.addHoursOfOperation('H', { name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
      new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours });
    }, /Test\/Bad: invalid hoursOfOperation "Test\/Other\/H": it belongs to contact center Test\/Other, not Test\/CC/],
    ['outbound whisper flow of another contact center', ({ stack, cc, hours }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const whisper = new ContactFlow(stack, 'Whisper', { contactCenter: other, name: 'W', type: ContactFlowType.OUTBOUND_WHISPER, content: FlowContent.fromJson(endFlow) });
      new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours, outboundWhisperFlow: whisper });
    }, /Test\/Bad: invalid outboundWhisperFlow "Test\/Whisper": it belongs to contact center Test\/Other/],
    ['outbound whisper flow imported with another type', ({ stack, cc, hours }) => {
      const inbound = ContactFlow.fromContactFlowAttributes(stack, 'Imported', { contactFlowArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1', contactFlowType: ContactFlowType.CONTACT_FLOW });
      new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours, outboundWhisperFlow: inbound });
    }, /Test\/Bad: invalid outboundWhisperFlow "Test\/Imported": must be a flow of type OUTBOUND_WHISPER \(got CONTACT_FLOW\)/],
    ['no hours of operation (from JavaScript)', ({ stack, cc }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q2', hoursOfOperation: undefined as any }), /Test\/Bad: invalid hoursOfOperation undefined: every queue needs hours of operation/],
    ['51 quick connect ARNs', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours, quickConnectArns: [...Array(51).keys()].map((k) => `arn:aws:connect:us-east-1:123456789012:instance/i-1/transfer-destination/qc-${k}`) }), /Test\/Bad: invalid quickConnectArns "51 quick connects": at most 50 \(what one CreateQueue request takes\)/],
    ['caller ID name over 255 characters', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours, outboundCallerIdName: 'n'.repeat(256) }), /Test\/Bad: invalid outboundCallerIdName "n{256}": must be between 1 and 255 characters long/],
    ['empty description', ({ stack, cc, hours }) => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Q2', hoursOfOperation: hours, description: '' }), /Test\/Bad: invalid description "": must be between 1 and 250 characters long/],
  ];
  expectBadInputs(cases);
});
