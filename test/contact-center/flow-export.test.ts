import * as fs from 'fs';
import * as path from 'path';
import { aws_lambda as lambda } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import { ContactFlow, FlowContent, FlowExportReference } from '../../src';

const EXPORT = path.join(__dirname, '../../examples/codegen/inbound-export.json');
const SOURCE_QUEUE = 'arn:aws:connect:eu-west-2:111122223333:instance/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/queue/5d6e7f80-91a2-4b3c-8d4e-5f60718293a4';
const SOURCE_FUNCTION = 'arn:aws:lambda:eu-west-2:111122223333:function:order-lookup';

function setup() {
  const s = baseStack();
  const fn = lambda.Function.fromFunctionArn(s.stack, 'Lookup', 'arn:aws:lambda:us-east-1:123456789012:function:lookup');
  return { ...s, fn };
}

function content(flow: ContactFlow): string {
  const [resource] = Object.values(Template.fromStack(flow.stack).findResources('AWS::Connect::ContactFlow'));
  return JSON.stringify(resource.Properties.Content);
}

describe('FlowContent.fromExport', () => {
  test('maps ARNs by resource name (from the metadata) and by ARN; the Lambda function is associated', () => {
    const { stack, cc, queue, fn } = setup();
    const flow = new ContactFlow(stack, 'Inbound', {
      contactCenter: cc,
      name: 'Inbound',
      content: FlowContent.fromExport(EXPORT, {
        references: {
          BasicQueue: FlowExportReference.queue(queue),
          [SOURCE_FUNCTION]: FlowExportReference.lambdaFunction(fn),
        },
      }),
    });
    const text = content(flow);
    expect(text).not.toContain('111122223333');
    expect(text).toMatch(/Fn::GetAtt.{0,12}Queue[0-9A-F]+.{0,12}QueueArn/);
    expect(text).toContain('arn:aws:lambda:us-east-1:123456789012:function:lookup');
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { IntegrationArn: 'arn:aws:lambda:us-east-1:123456789012:function:lookup' });
    // The document keeps the rest of the export as it is.
    const doc = flow.document;
    expect(doc.Actions.length).toBe(8);
    expect(doc.Metadata.ActionMetadata['0f1e2d3c-4b5a-4697-8877-665544332211'].queue.id).toBe(queue.queueArn);
  });

  test('takes JSON text and parsed documents too', () => {
    const { stack, cc, queue, fn } = setup();
    const json = fs.readFileSync(EXPORT, 'utf-8');
    const references = { 'BasicQueue': FlowExportReference.queue(queue), 'order-lookup': FlowExportReference.lambdaFunction(fn) };
    expect(() => new ContactFlow(stack, 'A', { contactCenter: cc, name: 'A', content: FlowContent.fromExport(json, { references }) })).not.toThrow();
    expect(() => new ContactFlow(stack, 'B', { contactCenter: cc, name: 'B', content: FlowContent.fromExport(JSON.parse(json), { references }) })).not.toThrow();
  });

  test('an unmapped ARN fails synth naming the action, the JSON path, the resource and the line to add', () => {
    const { stack, cc, fn } = setup();
    expect(() => new ContactFlow(stack, 'Inbound', {
      contactCenter: cc,
      name: 'Inbound',
      content: FlowContent.fromExport(EXPORT, { references: { 'order-lookup': FlowExportReference.lambdaFunction(fn) } }),
    })).toThrow('Test/Inbound: FlowContent.fromExport("' + EXPORT + '"): 1 ARN of the source instance is not mapped:\n'
      + '  action "0f1e2d3c-4b5a-4697-8877-665544332211" (UpdateContactTargetQueue) at Actions[3].Parameters.QueueId: '
      + `the queue "BasicQueue" ${SOURCE_QUEUE} is not mapped; add to references: "BasicQueue": FlowExportReference.queue(...)`);
  });

  test('a reference that maps nothing fails, naming what the export has', () => {
    const { stack, cc, queue, fn } = setup();
    expect(() => new ContactFlow(stack, 'Inbound', {
      contactCenter: cc,
      name: 'Inbound',
      content: FlowContent.fromExport(EXPORT, {
        references: {
          'BasicQueue': FlowExportReference.queue(queue),
          'order-lookup': FlowExportReference.lambdaFunction(fn),
          'Basic Queue': FlowExportReference.queue(queue),
        },
      }),
    })).toThrow(/references "Basic Queue" matches no ARN or resource name of the export \(it has "order-lookup", "BasicQueue"\)/);
  });

  test.each([
    ['a missing file', () => FlowContent.fromExport('missing.json'), /FlowContent.fromExport: cannot read "missing.json"/],
    ['JSON text that is not valid', () => FlowContent.fromExport('{ nope'), /FlowContent.fromExport: the JSON given is not valid/],
    ['a legacy export', () => FlowContent.fromExport({ modules: [], version: '1' }), /legacy console export format/],
    ['not a flow', () => FlowContent.fromExport({ hello: 1 }), /is not a flow-language document/],
    ['a reference that is not a FlowExportReference', () => FlowContent.fromExport(EXPORT, { references: { x: 'arn:aws:connect:x' as any } }),
      /invalid references\["x"\]: give a FlowExportReference/],
  ])('%s is rejected with a clear message', (_name, build, message) => {
    expect(build).toThrow(message);
  });

  test('an export without instance ARNs needs no references', () => {
    const { stack, cc } = setup();
    const flow = new ContactFlow(stack, 'Bye', {
      contactCenter: cc,
      name: 'Bye',
      content: FlowContent.fromExport({ Version: '2019-10-30', StartAction: 'b', Actions: [{ Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }),
    });
    expect(flow.document.StartAction).toBe('b');
  });
});
