import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import {
  Agent, ContactFlow, ContactFlowType, FlowContent, Queue, QuickConnect, QuickConnectDestination, QuickConnectType,
} from '../../src';

const end = FlowContent.fromJson({
  Version: '2019-10-30',
  StartAction: 'End',
  Actions: [{ Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
});

function fixture() {
  const base = baseStack();
  const { stack, cc } = base;
  const agentFlow = new ContactFlow(stack, 'AgentTransfer', { contactCenter: cc, name: 'To agent', type: ContactFlowType.AGENT_TRANSFER, content: end });
  const queueFlow = new ContactFlow(stack, 'QueueTransfer', { contactCenter: cc, name: 'To queue', type: ContactFlowType.QUEUE_TRANSFER, content: end });
  const agent = (username: string, extension?: string) => new Agent(stack, `Agent-${username}`, {
    contactCenter: cc,
    username,
    firstName: 'A',
    lastName: 'B',
    extension,
    routingProfile: base.routingProfile,
    securityProfiles: [base.securityProfile],
  });
  return { ...base, agentFlow, queueFlow, agent };
}

describe('QuickConnect', () => {
  test('user, queue and phone-number destinations render their configs', () => {
    const { stack, cc, queue, agentFlow, queueFlow, agent } = fixture();
    const jane = agent('jane', '777');
    const toJane = new QuickConnect(stack, 'ToJane', { contactCenter: cc, name: 'Jane', destination: QuickConnectDestination.agent(jane, agentFlow) });
    cc.addQuickConnect('ToQueue', { name: 'Support', description: 'Support queue', destination: QuickConnectDestination.queue(queue, queueFlow) });
    cc.addQuickConnect('ToBilling', { name: 'Billing desk', destination: QuickConnectDestination.phoneNumber('+12065550100'), tags: { team: 'billing' } });
    expect(toJane.quickConnectType).toBe(QuickConnectType.USER);

    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Connect::QuickConnect', 3);
    t.hasResource('AWS::Connect::QuickConnect', {
      DeletionPolicy: 'Delete',
      Properties: {
        InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
        Name: 'Jane',
        QuickConnectConfig: {
          QuickConnectType: 'USER',
          UserConfig: {
            UserArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Agentjane'), 'UserArn'] },
            ContactFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AgentTransfer'), 'ContactFlowArn'] },
          },
        },
      },
    });
    t.hasResourceProperties('AWS::Connect::QuickConnect', {
      Name: 'Support',
      Description: 'Support queue',
      QuickConnectConfig: {
        QuickConnectType: 'QUEUE',
        QueueConfig: {
          QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'QueueArn'] },
          ContactFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^QueueTransfer'), 'ContactFlowArn'] },
        },
      },
    });
    t.hasResourceProperties('AWS::Connect::QuickConnect', {
      Name: 'Billing desk',
      QuickConnectConfig: { QuickConnectType: 'PHONE_NUMBER', PhoneConfig: { PhoneNumber: '+12065550100' } },
      Tags: [{ Key: 'team', Value: 'billing' }],
    });
  });

  test('queue.addQuickConnect() and the quickConnects prop add ARNs once, after quickConnectArns', () => {
    const { stack, cc, hours } = fixture();
    const external = cc.addQuickConnect('External', { name: 'External', destination: QuickConnectDestination.phoneNumber('+442071234567') });
    const imported = QuickConnect.fromQuickConnectArn(stack, 'Imported',
      'arn:aws:connect:us-east-1:123456789012:instance/abc-123/transfer-destination/qc-1');
    const q = new Queue(stack, 'Sales', {
      contactCenter: cc,
      name: 'Sales',
      hoursOfOperation: hours,
      quickConnectArns: ['arn:aws:connect:us-east-1:123456789012:instance/abc-123/transfer-destination/qc-0'],
      quickConnects: [imported],
    });
    q.addQuickConnect(external);
    q.addQuickConnect(external);
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::Queue', {
      Name: 'Sales',
      QuickConnectArns: [
        'arn:aws:connect:us-east-1:123456789012:instance/abc-123/transfer-destination/qc-0',
        'arn:aws:connect:us-east-1:123456789012:instance/abc-123/transfer-destination/qc-1',
        { 'Fn::GetAtt': [Match.stringLikeRegexp('^CCExternal'), 'QuickConnectArn'] },
      ],
    });
  });

  test('quick connects to an agent or to the queue itself are associated by API, avoiding a dependency cycle', () => {
    const { stack, cc, queue, agentFlow, queueFlow, agent } = fixture();
    const jane = agent('jane', '777'); // her routing profile takes contacts from `queue`
    const toJane = cc.addQuickConnect('ToJane', { name: 'Jane', destination: QuickConnectDestination.agent(jane, agentFlow) });
    const toSelf = cc.addQuickConnect('ToSelf', { name: 'Q', destination: QuickConnectDestination.queue(queue, queueFlow) });
    queue.addQuickConnect(toJane);
    queue.addQuickConnect(toSelf);
    queue.addQuickConnect(toJane); // no effect
    const t = Template.fromStack(stack); // throws on a dependency cycle
    const queueProps = Object.values(t.findResources('AWS::Connect::Queue', { Properties: { Name: 'Q' } }))[0].Properties;
    expect(queueProps.QuickConnectArns).toBeUndefined();
    const associations = Object.values(t.findResources('Custom::ConnectQueueQuickConnects'));
    expect(associations).toHaveLength(2);
    expect(JSON.stringify(associations.map((a) => a.Properties.Create))).toMatch(/CCToJane.*CCToSelf|CCToSelf.*CCToJane/);
  });

  test('addAgentQuickConnects() gives every agent with an extension a quick connect, associated with the queues by API', () => {
    const { stack, cc, queue, agentFlow, agent } = fixture();
    agent('jane', '777');
    agent('bob', '101');
    agent('noext');
    const created = cc.addAgentQuickConnects({ transferFlow: agentFlow, queues: [queue] });
    expect(created.map((q) => q.quickConnectName).sort()).toEqual(['101 - bob', '777 - jane']);
    // Idempotent: a second call creates nothing new.
    expect(cc.addAgentQuickConnects({ transferFlow: agentFlow })).toEqual([]);

    const t = Template.fromStack(stack); // also proves the template has no dependency cycle
    t.resourceCountIs('AWS::Connect::QuickConnect', 2);
    t.hasResourceProperties('AWS::Connect::QuickConnect', {
      Name: '777 - jane',
      QuickConnectConfig: { QuickConnectType: 'USER', UserConfig: { UserArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Agentjane'), 'UserArn'] } } },
    });
    // The queue itself does not refer to the agents' quick connects (its routing profile refers to it).
    const queueProps = Object.values(t.findResources('AWS::Connect::Queue', { Properties: { Name: 'Q' } }))[0].Properties;
    expect(queueProps.QuickConnectArns).toBeUndefined();
    const associations = Object.values(t.findResources('Custom::ConnectQueueQuickConnects'));
    expect(associations).toHaveLength(1);
    const create = JSON.stringify(associations[0].Properties.Create);
    expect(create).toContain('associateQueueQuickConnects');
    expect(create).toContain('AgentjaneExtensionQuickConnect');
    expect(create).toContain('AgentbobExtensionQuickConnect');
    expect(JSON.stringify(associations[0].Properties.Delete)).toContain('disassociateQueueQuickConnects');
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: ['connect:AssociateQueueQuickConnects', 'connect:DisassociateQueueQuickConnects'] })] },
    });
  });

  test('agents in another stack get their quick connects and association there', () => {
    const { app, stack, cc, queue, agentFlow, routingProfile, securityProfile } = fixture();
    const agents = new Stack(app, 'Agents', { env: { account: '123456789012', region: 'us-east-1' } });
    new Agent(agents, 'Kim', { contactCenter: cc, username: 'kim', firstName: 'K', lastName: 'L', extension: '300', routingProfile, securityProfiles: [securityProfile] });
    cc.addAgentQuickConnects({ transferFlow: agentFlow, queues: [queue] });
    const t = Template.fromStack(agents);
    t.resourceCountIs('AWS::Connect::QuickConnect', 1);
    t.resourceCountIs('Custom::ConnectQueueQuickConnects', 1);
    Template.fromStack(stack).resourceCountIs('AWS::Connect::QuickConnect', 0);
  });

  test('an agent with an extension added after addAgentQuickConnects() fails synthesis', () => {
    const { app, cc, agentFlow, agent } = fixture();
    agent('jane', '777');
    cc.addAgentQuickConnects({ transferFlow: agentFlow });
    agent('late', '555');
    expect(() => app.synth()).toThrow(/Agent-late \(extension 555\) was added after addAgentQuickConnects\(\)/);
  });

  describe('bad input', () => {
    test('transfer flows of the wrong type', () => {
      const { stack, cc, queue, agentFlow, queueFlow, agent } = fixture();
      const jane = agent('jane', '777');
      expect(() => new QuickConnect(stack, 'A', { contactCenter: cc, name: 'A', destination: QuickConnectDestination.agent(jane, queueFlow) }))
        .toThrow(/Test\/A: invalid destination.transferFlow "Test\/QueueTransfer": must be a flow of type AGENT_TRANSFER \(got QUEUE_TRANSFER\)/);
      expect(() => new QuickConnect(stack, 'B', { contactCenter: cc, name: 'B', destination: QuickConnectDestination.queue(queue, agentFlow) }))
        .toThrow(/invalid destination.transferFlow "Test\/AgentTransfer": must be a flow of type QUEUE_TRANSFER/);
    });

    test('phone number, name, description and destination', () => {
      const { stack, cc } = fixture();
      const phone = QuickConnectDestination.phoneNumber('+1');
      expect(() => new QuickConnect(stack, 'P', { contactCenter: cc, name: 'P', destination: QuickConnectDestination.phoneNumber('2065550100') }))
        .toThrow(/Test\/P: invalid destination.phoneNumber "2065550100": must be an E.164 number/);
      expect(() => new QuickConnect(stack, 'N', { contactCenter: cc, name: '', destination: phone }))
        .toThrow(/Test\/N: invalid name "": must be between 1 and 127 characters/);
      expect(() => new QuickConnect(stack, 'D', { contactCenter: cc, name: 'D', description: 'x'.repeat(251), destination: phone }))
        .toThrow(/Test\/D: invalid description .*between 1 and 250/);
      expect(() => new QuickConnect(stack, 'X', { contactCenter: cc, name: 'X', destination: 'transfer' as any }))
        .toThrow(/Test\/X: invalid destination "transfer": give QuickConnectDestination.agent\(\), .queue\(\) or .phoneNumber\(\)/);
    });

    test('duplicate names in a contact center', () => {
      const { cc } = fixture();
      cc.addQuickConnect('One', { name: 'Desk', destination: QuickConnectDestination.phoneNumber('+12065550100') });
      expect(() => cc.addQuickConnect('Two', { name: 'Desk', destination: QuickConnectDestination.phoneNumber('+12065550101') }))
        .toThrow(/Test\/CC\/Two: invalid name "Desk": already used by Test\/CC\/One; quick connect names must be unique in the instance/);
    });

    test('imports by ARN check the ARN', () => {
      const { stack } = fixture();
      expect(() => QuickConnect.fromQuickConnectArn(stack, 'Bad', 'arn:aws:connect:us-east-1:123456789012:instance/abc/queue/q1'))
        .toThrow(/Test\/Bad: invalid quickConnectArn .*transfer-destination\/<quickConnectId>/);
    });

    test('more than 50 quick connects on a queue: 50 in the template, the rest associated through the API', () => {
      const { stack, cc, hours } = fixture();
      const q = new Queue(stack, 'Many', { contactCenter: cc, name: 'Many', hoursOfOperation: hours });
      for (let i = 0; i < 51; i++) {
        q.addQuickConnect(QuickConnect.fromQuickConnectArn(stack, `QC${i}`, `arn:aws:connect:us-east-1:123456789012:instance/abc/transfer-destination/qc${i}`));
      }
      const t = Template.fromStack(stack);
      const queueProps = Object.values(t.findResources('AWS::Connect::Queue', { Properties: { Name: 'Many' } }))[0].Properties;
      expect(queueProps.QuickConnectArns).toHaveLength(50);
      const associations = Object.values(t.findResources('Custom::ConnectQueueQuickConnects'));
      expect(associations).toHaveLength(1);
      expect(JSON.stringify(associations[0].Properties.Create)).toMatch(/QuickConnectIds[^\]]*qc50[^\]]*\]/);
    });

    test('agents\' quick connects are associated in batches of at most 50 per request', () => {
      const { stack, cc, queue, agentFlow, agent } = fixture();
      for (let i = 0; i < 101; i++) agent(`a${i}`, `${100 + i}`);
      cc.addAgentQuickConnects({ transferFlow: agentFlow, queues: [queue] });
      const t = Template.fromStack(stack);
      const sizes = Object.values(t.findResources('Custom::ConnectQueueQuickConnects'))
        .map((a) => (JSON.stringify(a.Properties.Create).match(/QuickConnectArn/g) ?? []).length);
      expect(sizes.sort((a, b) => b - a)).toEqual([50, 50, 1]);
    });

    test('51 quickConnectArns: more than one CreateQueue request takes', () => {
      const { stack, cc, hours } = fixture();
      expect(() => new Queue(stack, 'Bad', { contactCenter: cc, name: 'Bad', hoursOfOperation: hours, quickConnectArns: [...Array(51).keys()].map((k) => `arn:aws:connect:us-east-1:123456789012:instance/abc/transfer-destination/qc-${k}`) }))
        .toThrow(/Test\/Bad: invalid quickConnectArns "51 quick connects": at most 50 \(what one CreateQueue request takes\)/);
    });
  });
});
