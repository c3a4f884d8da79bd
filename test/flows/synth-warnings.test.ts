import { App, Annotations as CoreAnnotations, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import {
  ContactCenter, ContactFlow, Disconnect, FlowContent, FlowDefinition, GetQueueMetrics, Message, PlayPrompt, validateFlow,
} from '../../src';

function menuFlow(acknowledge: boolean) {
  const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
  const bye = new Disconnect('Bye');
  // The error branches are left unrouted: valid, but worth a warning.
  const first = new GetQueueMetrics('Menu');
  first.next(new GetQueueMetrics('Again')).next(bye);
  const flow = new ContactFlow(stack, 'Inbound', { contactCenter, name: 'Main', content: FlowContent.fromDefinition(FlowDefinition.startWith(first)) });
  if (acknowledge) CoreAnnotations.of(flow).acknowledgeWarning('cdk-contact-center:flow-unhandled-error-branch');
  return { stack, flow };
}

describe('validator warnings at synth', () => {
  test('every warning is a CDK warning with an ID that can be acknowledged', () => {
    const { stack, flow } = menuFlow(false);
    const warnings = validateFlow(flow.document).filter((d) => d.severity === 'warning');
    expect(warnings.map((w) => w.rule)).toEqual(['unhandled-error-branch', 'unhandled-error-branch']);
    const found = Annotations.fromStack(stack).findWarning('/S/Inbound', Match.stringLikeRegexp('unhandled error branch'));
    expect(found).toHaveLength(2);
    expect(found[0].entry.data).toMatch(
      /^flow "Main" \(CONTACT_FLOW\), action "Menu" \(GetQueueMetrics\) at \$\.Actions\[0\]\.Transitions\.Errors: unhandled error branch NoMatchingError.*\[ack: cdk-contact-center:flow-unhandled-error-branch\]$/);
  });

  test('an acknowledged warning is not reported', () => {
    const { stack } = menuFlow(true);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('unhandled error branch'))).toEqual([]);
  });

  test('errors still fail synth and name the builder class', () => {
    const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'us-east-1' } });
    const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    // A prompt with no way on is a dead end: an error.
    const hello = new PlayPrompt('Hello', { message: Message.text('Hi') });
    new ContactFlow(stack, 'Inbound', { contactCenter, name: 'Main', content: FlowContent.fromDefinition(FlowDefinition.startWith(hello)) });
    expect(() => App.of(stack)!.synth()).toThrow(/flow "Main" \(CONTACT_FLOW\), action "Hello" \(PlayPrompt\) at /);
  });

  test('a duplicate block ID names the flow', () => {
    const stack = new Stack(new App(), 'S');
    const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    const a = new PlayPrompt('Same', { message: Message.text('a') });
    a.next(new Disconnect('Same'));
    expect(() => new ContactFlow(stack, 'Inbound', { contactCenter, name: 'Main', content: FlowContent.fromDefinition(FlowDefinition.startWith(a)) }))
      .toThrow(/^S\/Inbound: FlowDefinition: duplicate block id "Same" \(a PlayPrompt and a Disconnect\)/);
  });
});
