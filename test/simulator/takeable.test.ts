import { randomScenario, rng, untakenButClassified } from './random-scenario';
import { FlowCoverage, FlowSimulator, HoursState, SimulationScenario } from '../../src';
import { renderCoverageDiagram } from '../../src/cli/coverage';
import { ActionType } from '../../src/flows/language/action-type';
import { declaredBranches } from '../../src/simulator/branches';
import { untakeableBranches } from '../../src/simulator/takeable';
import { corpusFiles, loadCorpus } from '../flows/corpus';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:lookup';
const QUEUE = 'arn:aws:connect:us-east-1:123456789012:instance/i/queue/support';
const HOURS = 'arn:aws:connect:us-east-1:123456789012:instance/i/operating-hours/main';

const bye = { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const errorTo = (target: string, ...types: string[]) => types.map((ErrorType) => ({ NextAction: target, ErrorType }));

/**
 * Welcome → Hours (True: Lookup, False: Closed) → Lookup (Lambda; error: SetQueue) → IsVip (Compare
 * with NoMatchingCondition) → SetQueue (fixed queue) → ToQueue. Closed → Loose: SetDynamic (queue from
 * an attribute) → ToQueueMaybe, whose NoMatchingError a contact without the attribute takes.
 */
const flow = {
  Version: '2019-10-30',
  StartAction: 'Welcome',
  Actions: [
    { Identifier: 'Welcome', Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: 'Hours', Errors: errorTo('Bye', 'NoMatchingError') } },
    {
      Identifier: 'Hours',
      Type: 'CheckHoursOfOperation',
      Parameters: { HoursOfOperationId: HOURS },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [
          { NextAction: 'Lookup', Condition: { Operator: 'Equals', Operands: ['True'] } },
          { NextAction: 'Closed', Condition: { Operator: 'Equals', Operands: ['False'] } },
        ],
        Errors: errorTo('Bye', 'NoMatchingError'),
      },
    },
    { Identifier: 'Lookup', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: LAMBDA }, Transitions: { NextAction: 'IsVip', Errors: errorTo('SetQueue', 'NoMatchingError') } },
    {
      Identifier: 'IsVip',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.External.vip' },
      Transitions: {
        NextAction: 'Unreachable',
        Conditions: [{ NextAction: 'SetQueue', Condition: { Operator: 'Equals', Operands: ['true'] } }],
        Errors: errorTo('SetQueue', 'NoMatchingCondition'),
      },
    },
    // Only the NextAction of IsVip, which no contact takes, leads here.
    { Identifier: 'Unreachable', Type: 'MessageParticipant', Parameters: { Text: 'never' }, Transitions: { NextAction: 'Bye' } },
    { Identifier: 'SetQueue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: QUEUE }, Transitions: { NextAction: 'ToQueue', Errors: errorTo('Bye', 'NoMatchingError') } },
    { Identifier: 'ToQueue', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'Bye', Errors: errorTo('Bye', 'QueueAtCapacity', 'NoMatchingError') } },
    { Identifier: 'Closed', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: '$.Attributes.queue' }, Transitions: { NextAction: 'ToQueueMaybe', Errors: errorTo('ToQueueMaybe', 'NoMatchingError') } },
    { Identifier: 'ToQueueMaybe', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'Bye', Errors: errorTo('Bye', 'QueueAtCapacity', 'NoMatchingError') } },
    bye,
  ],
};

function classify(simulator: FlowSimulator, flowName?: string): Map<string, Map<string, string>> {
  const flows = simulator._compiledFlows().filter((f) => flowName === undefined || f.name === flowName);
  const out = new Map<string, Map<string, string>>();
  for (const f of flows) for (const a of f.actions) out.set(`${f.name}/${a.id}`, untakeableBranches(f, a, (k) => simulator._findFlow(k)));
  return out;
}

describe('branches offline runs cannot take', () => {
  const simulator = FlowSimulator.fromDocument(flow, { name: 'Entry' });
  const coverage = () => new FlowCoverage(simulator);
  const branchesOf = (report: ReturnType<FlowCoverage['report']>, id: string) =>
    Object.fromEntries(report.flows[0].blocks.find((b) => b.actionIdentifier === id)!.branches.map((b) => [b.name, b.untakeable]));

  test('errors the simulator never raises, NextActions no contact takes, and what only they lead to', () => {
    const r = coverage().report();
    expect(branchesOf(r, 'Welcome')['error NoMatchingError']).toMatch(/never raises NoMatchingError here: the simulator never fails MessageParticipant/);
    expect(branchesOf(r, 'Welcome').NextAction).toBeUndefined();
    // Both True and False declared, hours fixed: Next and NoMatchingError cannot be taken; True and False can.
    expect(branchesOf(r, 'Hours')).toEqual({
      'condition Equals "True"': undefined,
      'condition Equals "False"': undefined,
      'error NoMatchingError': expect.stringContaining('its hours are always set'),
      'NextAction': expect.stringContaining('always takes one of them'),
    });
    expect(branchesOf(r, 'IsVip')).toEqual({
      'condition Equals "true"': undefined,
      'error NoMatchingCondition': undefined,
      'NextAction': expect.stringContaining('without a matching condition the contact takes NoMatchingCondition'),
    });
    expect(branchesOf(r, 'Unreachable').NextAction).toBe('only branches the simulator never takes lead to this block');
    expect(r.flows[0].blocks.find((b) => b.actionIdentifier === 'Unreachable')!.untakeable).toBe('only branches the simulator never takes lead to this block');
    expect(r.flows[0].blocks.find((b) => b.actionIdentifier === 'Closed')!.untakeable).toBeUndefined();
    // The diagram draws it apart from the holes a scenario can fill (Unreachable is a4; Welcome, a0, is unreached).
    const diagram = renderCoverageDiagram(flow, r.flows[0]).split('\n');
    expect(diagram).toContain('  class a4 offline');
    expect(diagram.find((l) => l.endsWith(' unreached'))).not.toMatch(/a4/);
    expect(branchesOf(r, 'SetQueue')['error NoMatchingError']).toContain('its queue or agent is always set');
    // Every path to ToQueue passes SetQueue: it cannot fail for want of a queue, and never continues.
    expect(branchesOf(r, 'ToQueue')).toEqual({
      'error QueueAtCapacity': undefined,
      'error NoMatchingError': expect.stringContaining('every path here sets the working queue'),
      'NextAction': expect.stringContaining('never continues with NextAction'),
    });
    expect(r.branchesTotal).toBe(22);
    expect(r.branchesTakeable).toBe(22 - 9);
  });

  test('branches a scenario can take are not classified untakeable, and scenarios take them', () => {
    const c = coverage();
    const r0 = c.report();
    // A lambda error, a queue from an unset attribute, closed hours, a full queue.
    expect(branchesOf(r0, 'Lookup')['error NoMatchingError']).toBeUndefined();
    expect(branchesOf(r0, 'Closed')['error NoMatchingError']).toBeUndefined();
    expect(branchesOf(r0, 'ToQueueMaybe')['error NoMatchingError']).toBeUndefined();
    const scenarios: SimulationScenario[] = [
      { hours: HoursState.OPEN, lambdas: { lookup: [{ response: { vip: 'true' } }] } },
      { hours: HoursState.OPEN, lambdas: { lookup: [{ response: { vip: 'false' } }] }, queueAtCapacity: true },
      { hours: HoursState.OPEN, lambdas: { lookup: [{ error: 'timeout' }] } },
      { hours: HoursState.CLOSED },
      { hours: HoursState.CLOSED, contact: { attributes: { queue: QUEUE } }, queueAtCapacity: true },
    ];
    for (const s of scenarios) c.add(simulator.simulate(s));
    const r = c.report();
    const untaken = r.flows[0].blocks.flatMap((b) => b.branches.filter((x) => x.taken === 0 && x.untakeable === undefined).map((x) => `${b.actionIdentifier} ${x.name}`));
    // The one takeable branch left: a contact whose working queue is set reaches ToQueueMaybe and is transferred.
    expect(untaken).toEqual([]);
    expect(r.branchesTaken).toBe(r.branchesTakeable);
    expect(branchesOf(r, 'Closed')['error NoMatchingError']).toBeUndefined();
    expect(r.flows[0].blocks.find((b) => b.actionIdentifier === 'ToQueueMaybe')!.branches.find((b) => b.name === 'error NoMatchingError')!.taken).toBe(1);
  });

  test('a menu takes only single-key Equals conditions, the first of equal ones; a bot with a JSONPath alias can fail', () => {
    const menu = {
      Version: '2019-10-30',
      StartAction: 'Menu',
      Actions: [
        {
          Identifier: 'Menu',
          Type: 'GetParticipantInput',
          Parameters: { Text: 'Press 1', StoreInput: 'False' },
          Transitions: {
            NextAction: 'Bye',
            Conditions: [
              { NextAction: 'Bot', Condition: { Operator: 'Equals', Operands: ['1'] } },
              { NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: ['1'] } },
              { NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: ['12'] } },
            ],
            Errors: errorTo('Bye', 'InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'),
          },
        },
        {
          Identifier: 'Bot',
          Type: 'ConnectParticipantWithLexBot',
          Parameters: { Text: 'Say it', LexV2Bot: { AliasArn: '$.Attributes.bot' } },
          Transitions: {
            NextAction: 'Bye',
            Conditions: [{ NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: ['Sales'] } }],
            Errors: errorTo('Bye', 'NoMatchingCondition', 'NoMatchingError', 'InputTimeLimitExceeded'),
          },
        },
        bye,
      ],
    };
    const sim = FlowSimulator.fromDocument(menu, { name: 'Menu' });
    const never = classify(sim).get('Menu/Menu')!;
    expect([...never.keys()].sort()).toEqual(['NextAction', 'condition Equals "1" #2', 'condition Equals "12"', 'error NoMatchingError']);
    const bot = classify(sim).get('Menu/Bot')!;
    expect([...bot.keys()]).toEqual(['NextAction']);
    // The bot's NoMatchingError is taken when its alias attribute is unset.
    const r = sim.simulate({ inputs: [{ digits: '1' }] });
    expect(r.trace?.find((s) => s.actionIdentifier === 'Bot')?.branch).toBe('error NoMatchingError');
  });
});

describe('no branch a run takes is classified untakeable', () => {
  test.each(corpusFiles())('%s, over random scenarios', (file) => {
    const doc = loadCorpus(file);
    const simulator = FlowSimulator.fromDocument(doc, { name: file });
    const r = rng(25);
    const { steps, wrong } = untakenButClassified(simulator, Array.from({ length: 300 }, () => randomScenario(doc, r)));
    expect(wrong).toEqual([]);
    expect(steps).toBeGreaterThan(0);
    // It names only declared branches.
    const never = classify(simulator);
    const declared = new Set(simulator._compiledFlows().flatMap((f) => f.actions.flatMap((a) => declaredBranches(a).map((x) => `${f.name}/${a.id} ${x.name}`))));
    for (const [key, m] of never) for (const name of m.keys()) expect(declared).toContain(`${key} ${name}`);
  });
});

describe('every action type: no branch a run takes is classified untakeable', () => {
  const ERRORS = [
    'NoMatchingError', 'NoMatchingCondition', 'InputTimeLimitExceeded', 'QueueAtCapacity', 'InvalidPhoneNumber', 'CallFailed',
    'ConnectionTimeLimitExceeded', 'InvalidCallbackNumber', 'CallbackNumberNotDialable',
  ];
  const OPERANDS = ['1', '12', 'True', 'False', 'ContinueLooping', 'DoneLooping', 'WaitCompleted', 'MessagesInterrupted', 'success', 'Sales', 'done'];
  const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/i';
  /** Parameters with fixed references, JSONPath ones, and none. */
  const VARIANTS: Array<{ [k: string]: any }> = [
    {},
    {
      QueueId: `${ARN}/queue/q`,
      LambdaFunctionARN: LAMBDA,
      HoursOfOperationId: HOURS,
      ContactFlowId: `${ARN}/contact-flow/elsewhere`,
      FlowModuleId: `${ARN}/flow-module/elsewhere`,
      CallbackNumber: '+15555550100',
      LexV2Bot: { AliasArn: `${ARN}/bot-alias/b` },
      EventHooks: { CustomerQueue: `${ARN}/contact-flow/q` },
      ThirdPartyPhoneNumber: '+15555550111',
      ContinueFlowExecution: 'True',
      Messages: [{ Text: 'hold on' }],
      LoopCount: '2',
      Text: 'Hello',
      ComparisonValue: '$.Attributes.a',
      MetricType: 'NumberOfAgentsAvailable',
    },
    {
      QueueId: '$.Attributes.queue',
      AgentId: '$.Attributes.agent',
      LambdaFunctionARN: '$.Attributes.fn',
      HoursOfOperationId: '$.Attributes.hours',
      ContactFlowId: '$.Attributes.flow',
      FlowModuleId: '$.Attributes.module',
      CallbackNumber: '$.Attributes.number',
      LexV2Bot: { AliasArn: '$.Attributes.bot' },
      EventHooks: { CustomerQueue: '$.Attributes.flow' },
      ThirdPartyPhoneNumber: '$.Attributes.number',
      ContinueFlowExecution: 'False',
      StoreInput: 'True',
      InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' } },
      LoopCount: '$.Attributes.n',
    },
  ];
  // Every action type of the language, and one it does not know.
  const types = [...Object.values(ActionType), 'SomethingNew'];

  test.each(types)('%s', (type) => {
    let steps = 0;
    const r = rng(11);
    for (const parameters of VARIANTS) {
      const doc = {
        Version: '2019-10-30',
        StartAction: 'Action',
        Actions: [
          {
            Identifier: 'Action',
            Type: type,
            Parameters: parameters,
            Transitions: {
              NextAction: 'Bye',
              Conditions: OPERANDS.map((o) => ({ NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: [o] } })),
              Errors: errorTo('Bye', ...ERRORS),
            },
          },
          bye,
        ],
      };
      const simulator = FlowSimulator.fromDocument(doc, { name: type });
      const scenarios = Array.from({ length: 120 }, (): SimulationScenario => {
        const s = randomScenario(doc, r);
        const attributes: { [k: string]: string } = r() < 0.5 ? { queue: `${ARN}/queue/q`, agent: `${ARN}/agent/a`, fn: LAMBDA, hours: HOURS, number: pick(['+15555550100', '12']), n: '1', a: '1' } : {};
        return { ...s, contact: { ...s.contact, attributes } };
      });
      const result = untakenButClassified(simulator, scenarios);
      expect(result.wrong).toEqual([]);
      steps += result.steps;
    }
    expect(steps).toBeGreaterThan(0);

    function pick<T>(xs: T[]): T {
      return xs[Math.floor(r() * xs.length)];
    }
  });
});
