import { readFileSync } from 'fs';
import { join } from 'path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { InProcessDedupe } from './dedupe-stub';
import { Channel, ClosedBehavior, ContactCenter, FlowSimulator, PhoneNumberType, QueueWithCallback, Schedule, SimulationOutcome } from '../../src';
import { renderTranscript } from '../../src/cli/transcript';
import { readmeExample, testExample } from '../storage/readme-example';

/**
 * The README's "QueueWithCallback" example is the code between the markers below, and its
 * transcript is what the simulator prints for a callback request on that stack.
 */
test('README example: a queue with callbacks, and a simulated callback request', () => {
  // README:begin
  const app = new App();
  const stack = new Stack(app, 'SupportStack', { env: { account: '123456789012', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'ContactCenter', { instanceAlias: 'acme-support' });
  const number = contactCenter.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID });

  const support = new QueueWithCallback(stack, 'Support', {
    contactCenter,
    name: 'Support',
    hours: { name: 'Support hours', timeZone: 'America/New_York', schedule: Schedule.weekdays('08:00', '20:00') },
    maxContacts: 50,
    outboundCallerIdName: 'Acme Support',
    outboundCallerIdNumber: number,
    separateCallbackQueue: true, // callbacks get a queue (and a priority) of their own
    holdInterrupt: Duration.seconds(30),
    offerCallbackAfter: Duration.minutes(1),
    initialCallDelay: Duration.seconds(30),
    maxCallbackAttempts: 3,
    retryDelay: Duration.minutes(10),
    countryCode: 'US', // callers type US numbers as they dial them
    whenClosed: ClosedBehavior.OFFER_CALLBACK,
  });
  number.associateFlow(support.entryFlow);

  // Live calls first, callbacks when nobody is waiting.
  contactCenter.addRoutingProfile('Agents', {
    name: 'Agents',
    defaultOutboundQueue: support,
    queues: [
      { queue: support, channel: Channel.VOICE, priority: 1 },
      { queue: support.callbackQueue, channel: Channel.VOICE, priority: 2 },
    ],
  });
  support.alarms();
  // README:end

  const template = Template.fromStack(stack);
  template.resourceCountIs('AWS::Connect::ContactFlow', 3);
  template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
  expect(readmeExample('## QueueWithCallback')).toBe(testExample(__filename));

  // A caller waits a minute, asks for a callback and types another number.
  const simulator = FlowSimulator.fromTemplate(template.toJSON());
  simulator.addLambdaStub('SupportDedupeFunction', new InProcessDedupe());
  const result = simulator.simulate({
    flow: 'Support queue',
    contact: { customerNumber: '+14155550123' },
    inputs: [{ digits: '1' }, { digits: '2' }, { digits: '6175550142#' }],
  });
  expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
  expect(result.callback).toEqual(expect.objectContaining({
    number: '+16175550142', initialCallDelaySeconds: 30, maximumConnectionAttempts: 3, retryDelaySeconds: 600,
  }));
  const transcript = renderTranscript(result);
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## QueueWithCallback\n'), readme.indexOf('\n## Flows from code\n'));
  expect(section).toContain(`\`\`\`text\n${transcript}\`\`\``);
});
