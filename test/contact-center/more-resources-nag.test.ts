import * as path from 'path';
import { App, Aspects, Stack, aws_iam as iam } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, NagSuppressions } from 'cdk-nag';
import {
  ContactCenter, ContactFlow, ContactFlowType, FlowContent, LiveMediaStreaming, PromptAudio, QuickConnectDestination,
  RoutingProfile, Schedule, SecurityProfile, SecurityProfilePermissions,
} from '../../src';

const WELCOME = path.join(__dirname, '..', '..', 'examples', 'audio', 'welcome.wav');

test('cdk-nag AwsSolutions finds no errors in prompts, agent quick connects and live media streaming', () => {
  const app = new App();
  const stack = new Stack(app, 'Nag', { env: { account: '123456789012', region: 'us-east-1' } });
  const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-nag' });
  const hours = cc.addHoursOfOperation('Hours', { name: 'H', timeZone: 'Europe/London', schedule: Schedule.weekdaysNineToFive() });
  const queue = cc.addQueue('Queue', { name: 'Q', hoursOfOperation: hours });
  const routingProfile = new RoutingProfile(stack, 'RP', { contactCenter: cc, name: 'RP', defaultOutboundQueue: queue });
  const sp = new SecurityProfile(stack, 'SP', { contactCenter: cc, name: 'SP', permissions: SecurityProfilePermissions.AGENT });
  cc.addAgent('Jane', { username: 'jane', firstName: 'J', lastName: 'D', extension: '777', routingProfile, securityProfiles: [sp] });
  const transfer = new ContactFlow(stack, 'AgentTransfer', {
    contactCenter: cc,
    name: 'To agent',
    type: ContactFlowType.AGENT_TRANSFER,
    content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'End', Actions: [{ Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }),
  });
  cc.addAgentQuickConnects({ transferFlow: transfer, queues: [queue] });
  queue.addQuickConnect(cc.addQuickConnect('Desk', { name: 'Desk', destination: QuickConnectDestination.phoneNumber('+12065550100') }));
  cc.addPrompt('Welcome', { name: 'Welcome', audio: PromptAudio.fromFile(WELCOME) });
  const media = new LiveMediaStreaming(stack, 'Live', { contactCenter: cc });
  const consumer = new iam.Role(stack, 'Consumer', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  media.grantRead(consumer);
  // The consumer's stream wildcard (one stream per contact, named by prefix) is the app's grant, checked below.
  NagSuppressions.addResourceSuppressions(consumer, [{
    id: 'AwsSolutions-IAM5',
    reason: 'Connect creates one stream per contact under the prefix.',
    appliesTo: [`Resource::arn:<AWS::Partition>:kinesisvideo:us-east-1:123456789012:stream/${media.prefix}*`],
  }], true);

  Aspects.of(stack).add(new AwsSolutionsChecks());
  const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
  expect(errors.map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`)).toEqual([]);
  const grant = stack.resolve((consumer.node.findChild('DefaultPolicy') as iam.Policy).document.toJSON());
  expect(JSON.stringify(grant)).toContain(':kinesisvideo:us-east-1:123456789012:stream/live-media*');
});
