import { renderTranscript } from '../../src/cli/transcript';
import { FlowSimulator } from '../../src/simulator/flow-simulator';

const FN = 'arn:aws:lambda:us-east-1:111122223333:function:lookup';
const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Call',
  Actions: [
    { Identifier: 'Call', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: FN }, Transitions: { NextAction: 'Say', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.External.name' }, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    END,
  ],
};
const sim = FlowSimulator.fromDocument(FLOW, { name: 'Main' });

describe('bad scenario input is an input error', () => {
  test.each([
    [{ maxSteps: -1 }, 'scenario.maxSteps: must be 1 or more, got -1'],
    [{ maxSteps: 0 }, 'scenario.maxSteps: must be 1 or more, got 0'],
    [{ contact: { customerNumber: '555-0123' } }, 'scenario.contact.customerNumber: "555-0123" is not an E.164 number (+ and up to 15 digits, e.g. "+15555550100") or "anonymous" (a withheld number)'],
    [{ contact: { systemNumber: 'anonymous' } }, 'scenario.contact.systemNumber: "anonymous" is not an E.164 number (+ and up to 15 digits, e.g. "+15555550100")'],
    [{ contact: { systemNumber: '+0123' } }, 'scenario.contact.systemNumber: "+0123" is not an E.164 number (+ and up to 15 digits, e.g. "+15555550100")'],
    [{ contact: { customerNumber: 15555550100 } }, 'scenario.contact.customerNumber: must be a string, got 15555550100'],
  ])('%p', (scenario, problem) => {
    expect(sim.validateScenario(scenario as any)).toEqual([problem]);
    expect(() => FlowSimulator.parseScenario(scenario)).toThrow(problem);
  });

  test('good numbers, a positive maxSteps, and a chat contact\'s address pass', () => {
    expect(sim.validateScenario({ maxSteps: 1, contact: { customerNumber: '+15555550100', systemNumber: '+442071234567' } })).toEqual([]);
    expect(sim.validateScenario({ contact: { channel: 'CHAT', customerNumber: 'ann@example.com' } } as any)).toEqual([]);
    // A caller who withholds their number reaches the flow as "anonymous".
    expect(sim.validateScenario({ contact: { customerNumber: 'anonymous' } })).toEqual([]);
  });
});

describe('a Lambda the scenario does not script', () => {
  test('returns {} with a warning in the result and the transcript', () => {
    const r = sim.simulate();
    const warning = '"Call" (InvokeLambdaFunction): arn:aws:lambda:us-east-1:111122223333:function:lookup: no scripted answer; returned {}';
    expect(r.warnings).toEqual([warning]);
    expect(r.prompts).toEqual(['Hello ']);
    const transcript = renderTranscript(r);
    expect(transcript).toContain(`[Call] warning: ${warning}`);
    expect(transcript).toContain(`Warning: ${warning}`);
  });

  test('scripted (by the scenario or a stub): no warning', () => {
    expect(sim.simulate({ lambdas: { lookup: [{ response: { name: 'Ann' } }] } }).warnings).toEqual([]);
    const stubbed = FlowSimulator.fromDocument(FLOW);
    stubbed.addLambdaStub('lookup', { invoke: () => ({ name: 'Bo' }) });
    const r = stubbed.simulate();
    expect(r.warnings).toEqual([]);
    expect(r.prompts).toEqual(['Hello Bo']);
  });
});
