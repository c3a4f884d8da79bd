import { App, NestedStack, Stack } from 'aws-cdk-lib';
import { ContactCenter, ContactFlow, FlowContent, HoursOfOperation, Queue, Schedule } from '../../src';

/** What the synthesized app's nested flows say. */
export interface NestedAppOptions {
  /** The welcome prompt of the flow in the nested stack. */
  readonly welcome?: string;
  /** The prompt of the flow in the stack nested in the nested stack. */
  readonly inner?: string;
  /** Without the stack nested in the nested stack. */
  readonly oneLevel?: boolean;
  /** Without asset metadata (`cdk synth --no-asset-metadata`): no `aws:asset:path` on the nested stacks. */
  readonly noAssetMetadata?: boolean;
}

/** A flow that says `text` and queues the contact to `queueArn`. */
export function queueFlow(text: string, queueArn: string): any {
  return {
    Version: '2019-10-30',
    StartAction: 'Welcome',
    Actions: [
      { Identifier: 'Welcome', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'SetQueue' } },
      { Identifier: 'SetQueue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queueArn }, Transitions: { NextAction: 'ToQueue', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'ToQueue', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
      { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

/**
 * Synthesizes into `outdir` (as `cdk synth` does, asset metadata on) a stack `Center` with an
 * instance and a queue, a nested stack `Flows` with the flow "Nested menu" (queueing to the parent's
 * queue, a nested stack parameter) and, inside it, a nested stack `Inner` with the flow "Inner menu"
 * and its own queue (unless `oneLevel`).
 */
export function synthNestedApp(outdir: string, options: NestedAppOptions = {}): void {
  const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': !options.noAssetMetadata } });
  const stack = new Stack(app, 'Center');
  const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-nested' });
  const hours = new HoursOfOperation(stack, 'Hours', { contactCenter: cc, name: 'Hours', timeZone: 'Europe/London', schedule: Schedule.weekdaysNineToFive() });
  const support = new Queue(stack, 'Support', { contactCenter: cc, name: 'Support', hoursOfOperation: hours });
  const flows = new NestedStack(stack, 'Flows');
  new ContactFlow(flows, 'Menu', {
    contactCenter: cc, name: 'Nested menu', content: FlowContent.fromJson(queueFlow(options.welcome ?? 'Welcome to Acme.', support.queueArn)),
  });
  if (options.oneLevel) {
    app.synth();
    return;
  }
  const inner = new NestedStack(flows, 'Inner');
  const billing = new Queue(inner, 'Billing', { contactCenter: cc, name: 'Billing', hoursOfOperation: hours });
  new ContactFlow(inner, 'Menu', {
    contactCenter: cc, name: 'Inner menu', content: FlowContent.fromJson(queueFlow(options.inner ?? 'Billing.', billing.queueArn)),
  });
  app.synth();
}
