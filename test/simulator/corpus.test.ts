import { FlowSimulator, SimulationOutcome, SimulationScenario } from '../../src';
import { corpusFiles, loadCorpus } from '../flows/corpus';

function run(file: string, scenario: SimulationScenario = {}, mutate?: (doc: any) => void) {
  const doc = loadCorpus(file);
  mutate?.(doc);
  return FlowSimulator.fromDocument(doc, { name: file }).simulate(scenario);
}

const WELCOME = 'Welcome to ACME corporation';
const ASK_DEPARTMENT = 'Which department do you need to speak with? Please say sales or finance';
const DIFFICULTIES = 'We are experiencing technical difficulties. Please retry your call.';
const CANCELLED = 'Callback was cancelled, Please hang up the phone.';
const CANCELLED_SSML = '<speak><break time="3s"/>This is a cancelled callback. Please hangup the call.</speak>';
const ENTER_NUMBER = 'Enter the number you would like to be called back at.';
const INVALID_NUMBER = 'The number entered is invalid. Please try again.';
const CALLED_BACK = 'You will be called back when the next agent is available.';

describe('every corpus file reaches a terminal outcome with the default scenario', () => {
  test.each(corpusFiles())('%s', (file) => {
    const r = run(file);
    expect(Object.values(SimulationOutcome)).toContain(r.outcome);
    expect(r.outcome).not.toBe(SimulationOutcome.ERROR);
    expect(r.path.length).toBeGreaterThan(0);
  });
});

describe('acme-agent-whisper.json', () => {
  test('no inputs: says the (empty) queue name and ends', () => {
    const r = run('acme-agent-whisper.json');
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
    expect(r.prompts).toEqual(['']);
    expect(r.path).toEqual(['73611771-2716-4560-afb3-bae51560752c', 'ef747366-46cb-4d97-a096-dd34af2a807f']);
  });

  test('with a working queue: says its name', () => {
    const r = run('acme-agent-whisper.json', { contact: { queue: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/Sales' } });
    expect(r.prompts).toEqual(['Sales']);
  });
});

describe('acme-customer-queue.json', () => {
  test('no inputs: plays both messages, which loop until an agent answers (the NextAction mirrors the error branch and is not taken)', () => {
    const r = run('acme-customer-queue.json');
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
    expect(r.prompts).toEqual([
      'Hi, Thanks for calling. Please stay on the line for the next available representative.',
      'prompt:arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/prompt/${P:CustomerQueue.wav:P}',
    ]);
    expect(r.path).toEqual(['7c3cfb6e-2d8c-481f-8ec7-f259ce0b09c3']);
  });
});

describe('acme-main-lex-lambda.json', () => {
  const setBot = (doc: any) => {
    const maps = doc.Actions.find((a: any) => a.Identifier === 'FLOW_OBJECT_MAPS#');
    maps.Parameters.FlowAttributes['acme-lexbot'] = { Value: 'arn:aws:lex:us-east-1:111122223333:bot-alias/BOT/ALIAS' };
  };

  test('no inputs: the Lex bot ARN ($.FlowAttributes.acme-lexbot) is never set, so the error branch apologises and disconnects', () => {
    const r = run('acme-main-lex-lambda.json');
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.prompts).toEqual([WELCOME, ASK_DEPARTMENT, DIFFICULTIES]);
    expect(r.path.slice(-3)).toEqual([
      'f713e89c-d360-49a9-93ee-1fbaa5e0ff72', '555f2130-406c-4ceb-9750-fad93b94040a', '4eced497-6e19-4457-a80f-04d2a90fa065',
    ]);
    expect(r.eventHooks).toEqual({
      CustomerQueue: 'arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/contact-flow/${F:acme_customer_queue_AUTO:F}',
    });
    expect(r.lambdaCalls).toEqual([]);
  });

  test('bot set, "Sales": sales queue, module (not simulated), Lambda, then the transfer to the queue-transfer flow', () => {
    const r = run('acme-main-lex-lambda.json', { inputs: [{ intent: 'Sales' }] }, setBot);
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_FLOW);
    expect(r.transferredTo).toBe('arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/contact-flow/${F:acme_queue_transfer_AUTO:F}');
    expect(r.queue).toBe('arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/queue/${Q:sales:Q}');
    expect(r.lambdaCalls).toHaveLength(1);
    expect(r.lambdaCalls[0].functionArn).toBe('arn:aws:lambda:us-east-1:${ACCT_ID}:function:acme-exampleFunction-use1');
    // The module is not in the document: a recorded action, success by default. The unscripted Lambda is named.
    expect(r.warnings).toEqual(['"ad08e74e-f522-468b-b2aa-7cba53dc3d11" (InvokeLambdaFunction): arn:aws:lambda:us-east-1:${ACCT_ID}:function:acme-exampleFunction-use1: no scripted answer; returned {}']);
    expect(r.recordedActions).toEqual([expect.objectContaining({ actionType: 'InvokeFlowModule', actionIdentifier: 'c733ed0f-663f-4d25-b90b-3308575cda06', result: 'success' })]);
    expect(r.prompts).toEqual([WELCOME, ASK_DEPARTMENT]);
  });

  test('bot set, "Finance": finance queue', () => {
    const r = run('acme-main-lex-lambda.json', { inputs: [{ intent: 'Finance' }] }, setBot);
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_FLOW);
    expect(r.queue).toMatch(/queue\/\$\{Q:finance:Q\}$/);
  });

  test('bot set, failing Lambda: error branch', () => {
    const r = run('acme-main-lex-lambda.json', { inputs: [{ intent: 'Sales' }], lambdas: { 'acme-exampleFunction': [{ error: 'Throttled' }] } }, setBot);
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.prompts).toEqual([WELCOME, ASK_DEPARTMENT, DIFFICULTIES]);
    expect(r.lambdaCalls[0].failure).toBe('Throttled');
  });

  test('bot set, unknown intent: NoMatchingCondition', () => {
    const r = run('acme-main-lex-lambda.json', { inputs: [{ intent: 'Billing' }] }, setBot);
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.prompts[2]).toBe(DIFFICULTIES);
    expect(r.queue).toBeUndefined();
  });
});

describe('acme-outbound-whisper-recording.json', () => {
  test('no inputs: sets recording and ends silently', () => {
    const r = run('acme-outbound-whisper-recording.json');
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
    expect(r.prompts).toEqual([]);
    expect(r.path).toEqual(['c2a77b6b-1579-4870-abf1-bf45f7fa6197', 'fe0cff31-99e2-4b4a-b1ec-ff7baa711d7b']);
  });
});

describe('acme-queue-transfer.json', () => {
  const HOOKS = {
    CustomerWhisper: 'arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/contact-flow/${F:acme_customer_whisper_AUTO:F}',
    AgentWhisper: 'arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/contact-flow/${F:acme_agent_whisper_AUTO:F}',
  };

  test('no inputs and no working queue: the transfer errors and the contact is disconnected', () => {
    const r = run('acme-queue-transfer.json');
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.path).toEqual(['FLOW_OBJECT_MAPS#', 'Set Customer Whisper', 'Set Agent Whisper', '842346a5-745e-473e-888c-57e5e32e42d6', '6ecbeecc-74b2-4f9a-b716-ec523725fee2']);
    expect(r.eventHooks).toEqual(HOOKS);
  });

  test('with the queue chosen by the transferring agent: transferred to it', () => {
    const r = run('acme-queue-transfer.json', { contact: { queue: 'arn:aws:connect:us-east-1:1:instance/i/queue/billing' } });
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.queue).toBe('arn:aws:connect:us-east-1:1:instance/i/queue/billing');
  });

  test('queue at capacity: QueueAtCapacity branch', () => {
    const r = run('acme-queue-transfer.json', { contact: { queue: 'arn:q' }, queueAtCapacity: true });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.events.filter((e) => e.kind === 'error').map((e) => e.text)).toEqual([expect.stringMatching(/^QueueAtCapacity/)]);
  });
});

describe('callbackmgmt-agent-whisper.json', () => {
  test('no inputs: the status is empty, so the cancelled message loops 3 more times, then ends', () => {
    const r = run('callbackmgmt-agent-whisper.json');
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
    expect(r.prompts).toEqual([CANCELLED, CANCELLED_SSML, CANCELLED, CANCELLED_SSML, CANCELLED, CANCELLED_SSML, CANCELLED, CANCELLED_SSML]);
    expect(r.path.filter((id) => id === '1c6c688d-7365-4263-a702-5e40e0f86009')).toHaveLength(4);
    expect(r.path[r.path.length - 1]).toBe('a546ea71-8d53-4438-ad18-8e260664bc45');
    expect(r.attributes).toEqual({ CallbackNumber: '', ContactFlowName: 'cbAgentCallBackWhisper', CallBackStatus: '' });
    expect(r.lambdaCalls.map((c) => c.functionName)).toEqual(['arn:aws:lambda:us-east-1:055037574009:function:alpha-001-callbackmgmt-read-callback']);
  });

  test('PENDING: formats the number with the second Lambda and announces it', () => {
    const r = run('callbackmgmt-agent-whisper.json', {
      contact: { systemAttributes: { CallbackNumber: '+15555550100' } },
      lambdas: { 'callbackmgmt-read-callback': [{ response: { CallBackStatus: 'PENDING' } }], 'get-10-digit-phone': [{ response: { TenDigitPhoneNumber: '5555550100' } }] },
    });
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
    expect(r.lambdaCalls.map((c) => c.parameters)).toEqual([{}, { enteredPhoneNumber: '+15555550100' }]);
    expect(r.attributes).toMatchObject({ CallbackNumber: '+15555550100', CallBackStatus: 'PENDING', TenDigitPhoneNumber: '5555550100' });
    expect(r.prompts).toHaveLength(1);
    expect(r.prompts[0]).toContain('<say-as interpret-as="telephone">5555550100</say-as>');
  });

  test('failing read Lambda: the error message, then the cancelled loop', () => {
    const r = run('callbackmgmt-agent-whisper.json', { lambdas: { 'read-callback': [{ error: 'Timeout' }] } });
    expect(r.outcome).toBe(SimulationOutcome.ENDED);
    expect(r.prompts[0]).toBe('Error or Time out in Lambda');
    expect(r.prompts[1]).toBe(CANCELLED_SSML);
  });
});

describe('cdkconstructs-inbound-eventhooks-recording.json', () => {
  test('no inputs: hooks set, queue from the placeholder, transferred to the queue', () => {
    const r = run('cdkconstructs-inbound-eventhooks-recording.json');
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.queue).toBe('%QueueArn%');
    expect(r.prompts).toEqual([]);
    expect(r.eventHooks).toEqual({ CustomerQueue: '%CustomerQueueFlowArn%', AgentWhisper: '%AgentWhisperFlowArn%' });
    expect(r.path[r.path.length - 1]).toBe('2eb34b80-00f6-480d-a39a-0c27cac864b2');
    // The Amazon Q in Connect session is recorded (it succeeds by default), not skipped.
    expect(r.warnings).toEqual([]);
    expect(r.recordedActions.map((x) => `${x.actionType}: ${x.result}`)).toEqual(['CreateWisdomSession: success']);
  });

  test('queue at capacity: disconnected', () => {
    const r = run('cdkconstructs-inbound-eventhooks-recording.json', { queueAtCapacity: true });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.path.slice(-2)).toEqual(['2eb34b80-00f6-480d-a39a-0c27cac864b2', '46df9ee3-6733-412a-ac46-314480fcce1c']);
  });
});

describe('gts-callback-module.json', () => {
  test('no inputs: asks for the number, times out, apologises and asks again until the step limit', () => {
    const r = run('gts-callback-module.json', { maxSteps: 500 });
    expect(r.outcome).toBe(SimulationOutcome.STEP_LIMIT);
    expect(r.steps).toBe(500);
    expect(r.prompts.slice(0, 4)).toEqual([ENTER_NUMBER, INVALID_NUMBER, ENTER_NUMBER, INVALID_NUMBER]);
    expect(r.callback).toBeUndefined();
  });

  test('a local US number: stored as E.164, callback created, disconnected', () => {
    const r = run('gts-callback-module.json', { inputs: [{ digits: '5555550100#' }] });
    expect(r.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(r.prompts).toEqual([ENTER_NUMBER, CALLED_BACK]);
    expect(r.callback).toEqual({
      number: '+15555550100',
      queue: 'arn:aws:connect:us-west-2:770688834456:instance/9fbc8807-1345-4962-ab2a-83eb1b45fe1e/queue/a159b5a4-07df-4049-a2f1-ad0b90520a55',
      agent: undefined,
      initialCallDelaySeconds: 5,
      maximumConnectionAttempts: 1,
      retryDelaySeconds: 600,
      actionIdentifier: 'c68e72e8-c746-4255-afca-b8717e0d142a',
    });
    expect(r.path[r.path.length - 1]).toBe('9695ce5d-39eb-4f88-badf-495f7337f9cd');
  });

  test('an invalid number first (InvalidPhoneNumber), then a valid one', () => {
    const r = run('gts-callback-module.json', { inputs: [{ digits: '123#' }, { digits: '5555550100#' }] });
    expect(r.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(r.prompts).toEqual([ENTER_NUMBER, INVALID_NUMBER, ENTER_NUMBER, CALLED_BACK]);
    expect(r.events.find((e) => e.kind === 'error')?.text).toMatch(/^InvalidPhoneNumber/);
  });

  test('a number that is not dialable takes CallbackNumberNotDialable', () => {
    const r = run('gts-callback-module.json', { inputs: [{ digits: '5555550100#' }], undialablePrefixes: ['+1555'], maxSteps: 10 });
    expect(r.outcome).toBe(SimulationOutcome.STEP_LIMIT);
    expect(r.prompts.slice(0, 2)).toEqual([ENTER_NUMBER, INVALID_NUMBER]);
    expect(r.events.find((e) => e.kind === 'error')?.text).toMatch(/^CallbackNumberNotDialable/);
  });
});
