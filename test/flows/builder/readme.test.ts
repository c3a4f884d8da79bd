import { App, Duration, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  ContactFlowType,
  ContactCenter, ContactFlow, Disconnect, FlowContent, FlowDefinition, FlowValue, GetCustomerInput, IQueue, InvokeLambda,
  Message, PlayPrompt, SetLogging, SetWorkingQueue, SimulationOutcome, SystemField, TransferToQueue, validateFlow,
} from '../../../src';
import { FlowSimulator } from '../../../src/simulator';

/** The example of the README's "Building a flow" section, kept identical. */
function readmeExample(stack: Stack, contactCenter: ContactCenter, lookup: lambda.IFunction, support: IQueue): ContactFlow {
  // README:begin
  const hangUp = new Disconnect('HangUp');
  const goodbye = new PlayPrompt('Goodbye', { message: Message.text('Thank you for calling. Goodbye.') });
  goodbye.next(hangUp);

  const toQueue = new TransferToQueue('ToQueue').onAtCapacity(goodbye);
  const supportQueue = new SetWorkingQueue('SupportQueue', { queue: support });
  supportQueue.next(toQueue);

  const menu = new GetCustomerInput('Menu', {
    prompt: Message.text('Press 1 for support, 2 to hang up.'),
    timeout: Duration.seconds(5),
  })
    .onDigit('1', supportQueue)
    .onDigit('2', goodbye)
    .onTimeout(goodbye)
    .onNoMatch(goodbye);

  const greet = new PlayPrompt('Greet', {
    message: Message.fromValue(FlowValue.concat(
      FlowValue.literal('Hello '), FlowValue.external('firstName'), FlowValue.literal(', welcome back.'))),
  });
  greet.next(menu);

  const lookupCaller = new InvokeLambda('LookupCaller', {
    lambdaFunction: lookup, // associated with the instance, with its invoke permission
    timeout: Duration.seconds(3),
    parameters: { caller: FlowValue.system(SystemField.CUSTOMER_NUMBER) },
  });
  lookupCaller.next(greet);
  lookupCaller.onError(menu);

  const logging = new SetLogging('Logging');
  logging.next(lookupCaller);

  const inbound = new ContactFlow(stack, 'Inbound', {
    contactCenter,
    name: 'Main menu',
    content: FlowContent.fromDefinition(FlowDefinition.startWith(logging, {
      errorHandler: goodbye, // every onError() left unconnected goes here
    })),
  });
  // README:end
  return inbound;
}

function synthesizeExample() {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
  const lookup = new lambda.Function(stack, 'Lookup', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ firstName: "Jane" });'),
  });
  const support = { queueArn: 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/q1' } as IQueue;
  const flow = readmeExample(stack, contactCenter, lookup, support);
  return { stack, flow };
}

test('the README example synthesizes a valid flow', () => {
  const { stack, flow } = synthesizeExample();
  expect(flow.document.Actions.map((a: any) => a.Identifier)).toEqual([
    'Logging', 'LookupCaller', 'Greet', 'Menu', 'Goodbye', 'SupportQueue', 'HangUp', 'ToQueue',
  ]);
  expect(validateFlow(flow.document, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
  Template.fromStack(stack).resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
});

describe('the README example runs in the simulator', () => {
  const { stack } = synthesizeExample();
  const simulator = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());

  test('a known caller pressing 1 is greeted by name and queued', () => {
    const result = simulator.simulate({ flow: 'Main menu', inputs: [{ digits: '1' }], lambdas: { Lookup: [{ response: { firstName: 'Jane' } }] } });
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.prompts[0]).toBe('Hello Jane, welcome back.');
    expect(result.lambdaCalls).toHaveLength(1);
  });

  test('a failing lookup goes straight to the menu; 2 says goodbye and hangs up', () => {
    const result = simulator.simulate({ flow: 'Main menu', inputs: [{ digits: '2' }], lambdas: { Lookup: [{ error: 'timeout' }] } });
    expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(result.prompts).toEqual(['Press 1 for support, 2 to hang up.', 'Thank you for calling. Goodbye.']);
  });
});
