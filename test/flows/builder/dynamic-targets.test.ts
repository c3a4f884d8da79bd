import { App, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  CheckStaffing, ContactCenter, ContactFlow, ContactFlowType, CreateCallback, DequeueAndTransferToQueue, Disconnect, FlowContent,
  FlowDefinition, FlowTarget, FlowValue, IAgent, IQueue, InvokeLambda, LexBotInput, Message, PlayPrompt, SetWorkingQueue,
  SimulationOutcome, TransferToFlow, TransferToQueue, validateFlow,
} from '../../../src';
import { FlowSimulator } from '../../../src/simulator';

const QUEUE_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/q1';
const AGENT_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc/agent/a1';
const queue = { queueArn: QUEUE_ARN } as IQueue;
const agent = { userArn: AGENT_ARN } as IAgent;

function params(block: any): any {
  return block._renderParameters();
}

describe('FlowTarget', () => {
  test('fixed and dynamic queues and agents render QueueId / AgentId', () => {
    expect(params(new SetWorkingQueue('A', { target: FlowTarget.queue(queue) }))).toEqual({ QueueId: QUEUE_ARN });
    expect(params(new SetWorkingQueue('B', { target: FlowTarget.agent(agent) }))).toEqual({ AgentId: AGENT_ARN });
    expect(params(new SetWorkingQueue('C', { target: FlowTarget.agentFromValue(FlowValue.external('agentArn')) })))
      .toEqual({ AgentId: '$.External.agentArn' });
    expect(params(new SetWorkingQueue('D', { target: FlowTarget.queueFromValue(FlowValue.attribute('queue')) })))
      .toEqual({ QueueId: '$.Attributes.queue' });
    expect(params(new DequeueAndTransferToQueue('E', { target: FlowTarget.queueFromValue(FlowValue.external('queueArn')) })))
      .toEqual({ QueueId: '$.External.queueArn' });
    expect(params(new CreateCallback('F', { target: FlowTarget.agentFromValue(FlowValue.lexSessionAttribute('agentArn')) })).AgentId)
      .toBe('$.Lex.SessionAttributes.agentArn');
    expect(params(new CheckStaffing('G', { target: FlowTarget.queueFromValue(FlowValue.external('queueArn')) })).QueueId)
      .toBe('$.External.queueArn');
    expect(FlowTarget.agentFromValue(FlowValue.external('agentArn')).isDynamic).toBe(true);
    expect(FlowTarget.agent(agent).isAgent).toBe(true);
  });

  test('a dynamic target must be one whole JSONPath', () => {
    expect(() => FlowTarget.agentFromValue(FlowValue.literal('agent-1'))).toThrow(/FlowTarget.agentFromValue: invalid value "agent-1": must be one whole JSONPath/);
    expect(() => FlowTarget.queueFromValue(FlowValue.text('queue $.Attributes.q'))).toThrow(/FlowTarget.queueFromValue: invalid value "queue \$.Attributes.q"/);
    expect(() => FlowTarget.queue({} as IQueue)).toThrow(/FlowTarget.queue: invalid queue/);
  });

  test('target is exclusive with queue and agent', () => {
    expect(() => new SetWorkingQueue('Q', { queue, target: FlowTarget.agent(agent) }))
      .toThrow(/SetWorkingQueue "Q": invalid queue "\(queue and target\)"/);
    expect(() => new SetWorkingQueue('Q', {})).toThrow(/give either queue or agent \(or a target\)/);
  });

  test('a flow and a prompt can be read at run time', () => {
    expect(params(new TransferToFlow('T', { flowValue: FlowValue.external('flowArn') }))).toEqual({ ContactFlowId: '$.External.flowArn' });
    expect(() => new TransferToFlow('T', { flowValue: FlowValue.literal('x') })).toThrow(/TransferToFlow "T": invalid flowValue "x": must be one whole JSONPath/);
    expect(() => new TransferToFlow('T', {})).toThrow(/TransferToFlow "T": invalid flow undefined/);
    expect(params(new PlayPrompt('P', { message: Message.promptFromValue(FlowValue.attribute('greeting')) }))).toEqual({ PromptId: '$.Attributes.greeting' });
    expect(() => Message.promptFromValue(FlowValue.literal('hello'))).toThrow(/Message.promptFromValue: invalid value "hello"/);
  });
});

/** Dial by name: a Lambda function (or the Lex bot) names the agent, the call goes to that agent. */
function directoryIvr(stack: Stack): ContactFlow {
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'dental' });
  const directory = lambda.Function.fromFunctionArn(stack, 'Directory', 'arn:aws:lambda:us-east-1:111122223333:function:Directory');
  const sorry = new PlayPrompt('Sorry', { message: Message.text('Sorry, that person is not available.') });
  sorry.next(new Disconnect('HangUp'));
  const transfer = new TransferToQueue('Transfer').onAtCapacity(sorry).onError(sorry);
  const byLambda = new SetWorkingQueue('ToAgent', { target: FlowTarget.agentFromValue(FlowValue.external('agentArn')) });
  byLambda.next(transfer);
  byLambda.onError(sorry);
  const byLex = new SetWorkingQueue('ToSpokenAgent', { target: FlowTarget.agentFromValue(FlowValue.lexSessionAttribute('agentArn')) });
  byLex.next(transfer);
  byLex.onError(sorry);
  const bot = { botAliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/B/A' } as any;
  const ask = new LexBotInput('Who', { prompt: Message.text('Who would you like to speak to?'), botAlias: bot })
    .onIntent('SpeakToPerson', byLex).onNoMatch(sorry).onError(sorry);
  const lookup = new InvokeLambda('Lookup', { lambdaFunction: directory, parameters: { extension: FlowValue.attribute('extension') } });
  lookup.next(byLambda);
  lookup.onError(ask);
  return new ContactFlow(stack, 'DirectoryFlow', {
    contactCenter, name: 'DirectoryIvr', content: FlowContent.fromDefinition(FlowDefinition.startWith(lookup)),
  });
}

describe('a directory IVR routes to the agent a Lambda function or Lex returns', () => {
  const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  const flow = directoryIvr(stack);
  const simulator = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());

  test('the flow is valid', () => {
    expect(validateFlow(flow.document, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
    const toAgent = flow.document.Actions.find((a: any) => a.Identifier === 'ToAgent');
    expect(toAgent.Parameters).toEqual({ AgentId: '$.External.agentArn' });
  });

  test('the agent ARN the Lambda function returns is the agent the call goes to', () => {
    const result = simulator.simulate({ flow: 'DirectoryIvr', lambdas: { Directory: [{ response: { agentArn: AGENT_ARN } }] } });
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.agent).toBe(AGENT_ARN);
    expect(result.queue).toBeUndefined();
    // The transcript and the outcome name the same agent.
    expect(result.detail).toBe(`transferred to agent ${AGENT_ARN} at "Transfer"`);
    expect(result.events.map((e) => e.text)).toContain(`transferred to agent ${AGENT_ARN}`);
  });

  test('the agent Lex names is used when the lookup fails', () => {
    const result = simulator.simulate({
      flow: 'DirectoryIvr',
      lambdas: { Directory: [{ error: 'down' }] },
      inputs: [{ intent: 'SpeakToPerson', sessionAttributes: { agentArn: 'arn:aws:connect:us-east-1:111122223333:instance/abc/agent/a2' } }],
    });
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.agent).toBe('arn:aws:connect:us-east-1:111122223333:instance/abc/agent/a2');
  });

  test('no agent returned takes the error branch', () => {
    const result = simulator.simulate({ flow: 'DirectoryIvr', lambdas: { Directory: [{}] } });
    expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(result.prompts).toEqual(['Sorry, that person is not available.']);
  });
});
