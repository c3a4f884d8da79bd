/**
 * Simulator throughput: simulated calls per second on a 10-block flow (and a short call in a
 * 250-action flow), in process.
 *
 *   npx ts-node --project test/tsconfig.json bench/simulator.ts
 */
import { FlowSimulator, SimulationOutcome, SimulationScenario } from '../src/simulator';
import { bigFlow } from './validator';

const err = (type: string, next: string) => ({ NextAction: next, ErrorType: type });
const eq = (operand: string, next: string) => ({ NextAction: next, Condition: { Operator: 'Equals', Operands: [operand] } });

/** Ten blocks: logging, attributes, greeting, Lambda, menu, hours, queue, metrics check, transfer, disconnect. */
export const TEN_BLOCKS = {
  Version: '2019-10-30', StartAction: 'Log', Actions: [
    { Identifier: 'Log', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'Attrs' } },
    { Identifier: 'Attrs', Type: 'UpdateContactAttributes', Parameters: { Attributes: { caller: '$.CustomerEndpoint.Address' } }, Transitions: { NextAction: 'Hello', Errors: [err('NoMatchingError', 'Bye')] } },
    { Identifier: 'Hello', Type: 'MessageParticipant', Parameters: { Text: 'Hello, caller $.Attributes.caller' }, Transitions: { NextAction: 'Lookup' } },
    { Identifier: 'Lookup', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:lookup', InvocationTimeLimitSeconds: '3', LambdaInvocationAttributes: { n: '$.Attributes.caller' } }, Transitions: { NextAction: 'Menu', Errors: [err('NoMatchingError', 'Bye')] } },
    {
      Identifier: 'Menu', Type: 'GetParticipantInput', Parameters: { Text: 'Press 1 for sales, $.External.name', InputTimeLimitSeconds: '5' },
      Transitions: { NextAction: 'Bye', Conditions: [eq('1', 'Hours')], Errors: [err('InputTimeLimitExceeded', 'Bye'), err('NoMatchingCondition', 'Bye'), err('NoMatchingError', 'Bye')] },
    },
    { Identifier: 'Hours', Type: 'CheckHoursOfOperation', Parameters: { HoursOfOperationId: 'arn:aws:connect:us-east-1:123456789012:instance/i/operating-hours/h' }, Transitions: { Conditions: [eq('True', 'Queue'), eq('False', 'Bye')], Errors: [err('NoMatchingError', 'Bye')] } },
    { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:123456789012:instance/i/queue/sales' }, Transitions: { NextAction: 'Staffed', Errors: [err('NoMatchingError', 'Bye')] } },
    { Identifier: 'Staffed', Type: 'CheckMetricData', Parameters: { MetricType: 'NumberOfAgentsAvailable' }, Transitions: { NextAction: 'Bye', Conditions: [{ NextAction: 'Transfer', Condition: { Operator: 'NumberGreaterThan', Operands: ['0'] } }], Errors: [err('NoMatchingError', 'Bye')] } },
    { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'Bye', Errors: [err('QueueAtCapacity', 'Bye'), err('NoMatchingError', 'Bye')] } },
    { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

/**
 * Calls per second of wall-clock time, and per second of this process's CPU time (user + system),
 * which does not count the time the process waits for a core on a shared machine.
 */
function bench(name: string, run: () => unknown, seconds = 2): number {
  for (let i = 0; i < 2000; i++) run(); // warm-up
  let calls = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const limit = BigInt(Math.round(seconds * 1e9));
  let elapsed = 0n;
  while (elapsed < limit) {
    for (let i = 0; i < 1000; i++) run();
    calls += 1000;
    elapsed = process.hrtime.bigint() - start;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perSecond = calls / (Number(elapsed) / 1e9);
  const perCpuSecond = calls / cpuSeconds;
  console.log(`${name}: ${Math.round(perSecond).toLocaleString('en-US')} calls/s wall, ${Math.round(perCpuSecond).toLocaleString('en-US')} calls per CPU second `
    + `(${calls} calls in ${(Number(elapsed) / 1e6).toFixed(0)} ms, ${(cpuSeconds * 1000).toFixed(0)} ms CPU)`);
  return perSecond;
}

if (require.main === module) {
  const sim = FlowSimulator.fromDocument(TEN_BLOCKS, { name: 'ten blocks' });
  const transfer: SimulationScenario = { inputs: [{ digits: '1' }], lambdas: { lookup: [{ response: { name: 'Ann' } }] } };
  const check = sim.simulate(transfer);
  if (check.outcome !== 'TRANSFERRED_TO_QUEUE' || check.steps !== 9) throw new Error(`unexpected result: ${check.outcome} after ${check.steps} steps`);
  console.log(`Node ${process.version}, 10-block flow, one simulated call = ${check.steps} actions`);
  bench('menu → hours → queue → transfer (9 actions executed)', () => sim.simulate(transfer));
  bench('menu timeout path (6 actions executed)', () => sim.simulate({}));
  // A short call in a large flow: what is done per call whatever the flow's size (reading the scenario) stays small.
  const big = FlowSimulator.fromDocument(bigFlow(), { name: '250 actions' });
  const start: SimulationScenario = { maxSteps: 10 };
  if (big.simulate(start).outcome !== SimulationOutcome.STEP_LIMIT) throw new Error('the 250-action flow did not reach the step limit');
  bench('first 10 actions of a 250-action flow', () => big.simulate(start));
}
