import * as fs from 'fs';
import * as path from 'path';
import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, expectBadInputs } from './helpers';
import { Channel, ContactCenter, Queue, RoutingProfile, Schedule } from '../../src';

describe('routing profiles', () => {
  test('routing profile: concurrency, queues with priority and delay, default outbound queue, addQueue later', () => {
    const { stack, cc, hours, queue } = baseStack();
    const other = new Queue(stack, 'Other', { contactCenter: cc, name: 'Other', hoursOfOperation: hours });
    const rp = new RoutingProfile(stack, 'Profile', {
      contactCenter: cc,
      name: 'Profile',
      defaultOutboundQueue: queue,
      chatConcurrency: 3,
      queues: [{ queue, channel: Channel.VOICE, priority: 2, delay: Duration.seconds(15) }],
    });
    rp.addQueue({ queue: other, channel: Channel.CHAT });
    rp.addQueue({ queue: other, channel: Channel.VOICE, delay: Duration.seconds(9999) });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::RoutingProfile', {
      Name: 'Profile',
      Description: 'Profile',
      DefaultOutboundQueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'QueueArn'] },
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 3 }],
      QueueConfigs: [
        { Priority: 2, Delay: 15, QueueReference: { Channel: 'VOICE', QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Queue'), 'QueueArn'] } } },
        { Priority: 1, Delay: 0, QueueReference: { Channel: 'CHAT', QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Other'), 'QueueArn'] } } },
        { Priority: 1, Delay: 9999, QueueReference: { Channel: 'VOICE', QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Other'), 'QueueArn'] } } },
      ],
    });
  });


  test('chat and task concurrency: 0 to 10, as both the README and the API docs say', () => {
    const { stack, cc, queue } = baseStack();
    expect(() => new RoutingProfile(stack, 'Max', { contactCenter: cc, name: 'Max', defaultOutboundQueue: queue, chatConcurrency: 10, taskConcurrency: 0 })).not.toThrow();
    const root = path.join(__dirname, '..', '..');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf-8');
    const source = fs.readFileSync(path.join(root, 'src', 'contact-center', 'routing-profile-props.ts'), 'utf-8');
    expect(readme).toMatch(/chat and task concurrency \(0–10; 0, the default,\s+leaves the channel off\)/);
    expect(source.match(/handles at once: 0–10, where 0 \(the default\) leaves the (chat|task) channel off/g)).toHaveLength(2);
    expect(readme).not.toMatch(/concurrency \(1–10\)/);
  });
});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: BadInput[] = [
    ['routing profile tag key with a space', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['chat concurrency 11', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, chatConcurrency: 11 }), /invalid chatConcurrency 11: must be an integer between 0 and 10/],
    ['queue on a channel the profile does not handle', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.TASK }] }), /invalid queues\[0\]\.channel "TASK": the channel is not enabled/],
    ['priority 0', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE, priority: 0 }] }), /invalid queues\[0\]\.priority 0: must be an integer between 1 and 99/],
    ['priority 100 (CloudFormation allows 1 to 99)', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE, priority: 100 }] }), /Test\/Bad: invalid queues\[0\]\.priority 100: must be an integer between 1 and 99/],
    ['delay of 10,000 seconds (CloudFormation allows 0 to 9999)', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE, delay: Duration.seconds(10000) }] }), /Test\/Bad: invalid queues\[0\]\.delay 2 hours 46 minutes: must be between 0 and 9999 seconds/],
    ['delay of 1.5 seconds', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE, delay: Duration.millis(1500) }] }), /Test\/Bad: invalid queues\[0\]\.delay 1 second 500 millis: must be a whole number of seconds/],
    ['duplicate queue/channel pair', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue, channel: Channel.VOICE }, { queue, channel: Channel.VOICE }] }), /each queue\/channel pair may be listed once/],
    ['no channel at all', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, voice: false }), /enable at least one channel/],
    ['two routing profiles with one name', ({ stack, cc, queue }) => new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'RP', defaultOutboundQueue: queue }), /Test\/Bad: invalid name "RP": already used by Test\/RP; routing profile names must be unique within a contact center/],
    ['a queue of another contact center', ({ stack, cc, queue }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const hours = other.addHoursOfOperation('H', { name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
      const foreign = other.addQueue('Q', { name: 'Q', hoursOfOperation: hours });
      new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue: foreign, channel: Channel.VOICE }] });
    }, /Test\/Bad: invalid queues\[0\]\.queue "Test\/Other\/Q": it belongs to contact center Test\/Other, not Test\/CC; a resource can only use resources of its own Connect instance/],
    ['a default outbound queue of another contact center', ({ stack, cc }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const hours = other.addHoursOfOperation('H', { name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
      new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: other.addQueue('Q', { name: 'Q', hoursOfOperation: hours }) });
    }, /Test\/Bad: invalid defaultOutboundQueue "Test\/Other\/Q": it belongs to contact center Test\/Other/],
    ['a queue imported from another region', ({ stack, cc, queue }) => {
      const foreign = Queue.fromQueueArn(stack, 'Foreign', 'arn:aws:connect:eu-west-2:123456789012:instance/i-1/queue/q-1');
      new RoutingProfile(stack, 'Bad', { contactCenter: cc, name: 'R', defaultOutboundQueue: queue, queues: [{ queue: foreign, channel: Channel.VOICE }] });
    }, /Test\/Bad: invalid queues\[0\]\.queue "Test\/Foreign": its ARN names region eu-west-2, not us-east-1/],
  ];
  expectBadInputs(cases);
});
