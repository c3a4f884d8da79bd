import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  ContactCenter, ContactFlow, ContactFlowModule, ContactFlowType, Disconnect, FlowContent, FlowCoverage, FlowDefinition, FlowModuleContract,
  FlowSimulator, InvokeModule, Message, PlayPrompt,
} from '../../src';

/** A menu: 1 calls a Lambda function (Next and error), 2 disconnects; no key or a wrong key end the call. */
const menuFlow = {
  Version: '2019-10-30',
  StartAction: 'Menu',
  Actions: [
    {
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 for your balance, 2 to leave', StoreInput: 'False', InputTimeLimitSeconds: '5' },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [
          { NextAction: 'Lookup', Condition: { Operator: 'Equals', Operands: ['1'] } },
          { NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: ['2'] } },
        ],
        Errors: [
          { NextAction: 'Bye', ErrorType: 'InputTimeLimitExceeded' },
          { NextAction: 'Bye', ErrorType: 'NoMatchingCondition' },
          { NextAction: 'Bye', ErrorType: 'NoMatchingError' },
        ],
      },
    },
    {
      Identifier: 'Lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:balance', InvocationTimeLimitSeconds: '3' },
      Transitions: { NextAction: 'Say', Errors: [{ NextAction: 'Sorry', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Your balance is $.External.balance' }, Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Sorry', Type: 'MessageParticipant', Parameters: { Text: 'Sorry, we cannot find your balance' }, Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    // Not reachable from the start: not counted.
    { Identifier: 'Orphan', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

describe('the trace of a result', () => {
  const simulator = FlowSimulator.fromDocument(menuFlow, { name: 'Menu flow' });

  test('names each step\'s flow and the branch it left through', () => {
    const r = simulator.simulate({ inputs: [{ digits: '1' }], lambdas: { balance: [{ error: 'timeout' }] } });
    expect(r.trace).toEqual([
      { flow: 'Menu flow', actionIdentifier: 'Menu', branch: 'condition Equals "1"' },
      { flow: 'Menu flow', actionIdentifier: 'Lookup', branch: 'error NoMatchingError' },
      { flow: 'Menu flow', actionIdentifier: 'Sorry', branch: 'NextAction' },
      { flow: 'Menu flow', actionIdentifier: 'Bye' },
    ]);
  });

  test('a timeout is the error branch', () => {
    expect(simulator.simulate({}).trace![0].branch).toBe('error InputTimeLimitExceeded');
  });
});

describe('FlowCoverage', () => {
  const simulator = FlowSimulator.fromDocument(menuFlow, { name: 'Menu flow' });

  test('counts reachable actions and every declared branch; a Lambda call\'s Next and error are two', () => {
    const coverage = new FlowCoverage(simulator);
    coverage.add(simulator.simulate({ inputs: [{ digits: '1' }], lambdas: { balance: [{ response: { balance: '10' } }] } }));
    const report = coverage.report();
    expect(report.runs).toBe(1);
    const flow = report.flows[0];
    expect(flow.name).toBe('Menu flow');
    expect(flow.entered).toBe(1);
    // Orphan is not reachable.
    expect(flow.actionsTotal).toBe(5);
    expect(flow.actionsReached).toBe(4);
    // Menu: 2 conditions + 3 errors + Next; Lookup: Next + error; Say, Sorry: Next + error each.
    expect(flow.branchesTotal).toBe(12);
    expect(flow.branchesTaken).toBe(3);
    const lookup = flow.blocks.find((b) => b.actionIdentifier === 'Lookup')!;
    expect(lookup.label).toBe('arn:aws:lambda:us-east-1:123456789012:function:balance');
    expect(lookup.branches).toEqual([
      { name: 'error NoMatchingError', taken: 0, target: 'Sorry' },
      { name: 'NextAction', taken: 1, target: 'Say' },
    ]);
    expect(flow.blocks.find((b) => b.actionIdentifier === 'Sorry')!.hits).toBe(0);
    expect(flow.blocks.find((b) => b.actionIdentifier === 'Menu')!.label).toBe('Press 1 for your balance, 2 to leave');
  });

  test('accumulates over runs', () => {
    const coverage = new FlowCoverage(simulator);
    coverage.add(simulator.simulate({ inputs: [{ digits: '1' }] }));
    coverage.add(simulator.simulate({ inputs: [{ digits: '1' }], lambdas: { balance: [{ error: 'boom' }] } }));
    coverage.add(simulator.simulate({ inputs: [{ digits: '2' }] }));
    coverage.add(simulator.simulate({ inputs: [{ digits: '9' }] }));
    coverage.add(simulator.simulate({}));
    const flow = coverage.report().flows[0];
    expect(coverage.runs).toBe(5);
    expect(flow.actionsReached).toBe(5);
    expect(flow.branchesTaken).toBe(8);
    const untaken = flow.blocks.flatMap((b) => b.branches.filter((x) => x.taken === 0).map((x) => `${b.actionIdentifier} ${x.name}`));
    expect(untaken).toEqual(['Menu error NoMatchingError', 'Menu NextAction', 'Say error NoMatchingError', 'Sorry error NoMatchingError']);
    expect(flow.blocks.find((b) => b.actionIdentifier === 'Bye')!.hits).toBe(5);
  });

  test('no run: every flow is there with 0, not an error', () => {
    const report = new FlowCoverage(simulator).report();
    expect(report.runs).toBe(0);
    expect(report.flows[0]).toMatchObject({ entered: 0, actionsReached: 0, branchesTaken: 0, actionsTotal: 5, branchesTotal: 12 });
  });

  test('a flow module is a flow of its own, and the caller\'s branch is taken on return', () => {
    const contract: FlowModuleContract = { inputs: [], outputs: [], branches: [{ name: 'vip' }] };
    const app = new App();
    const stack = new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
    const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-test' });
    const module = new ContactFlowModule(stack, 'Mod', {
      contactCenter,
      name: 'Tier lookup',
      contract,
      content: FlowContent.fromJson({
        Version: '2019-10-30',
        StartAction: 'Tier',
        Actions: [
          {
            Identifier: 'Tier',
            Type: 'Compare',
            Parameters: { ComparisonValue: '$.Attributes.tier' },
            Transitions: { NextAction: 'Plain', Conditions: [{ NextAction: 'Vip', Condition: { Operator: 'Equals', Operands: ['gold'] } }], Errors: [{ NextAction: 'Plain', ErrorType: 'NoMatchingCondition' }] },
          },
          { Identifier: 'Vip', Type: 'EndFlowModuleExecution', Parameters: { Result: 'vip' }, Transitions: {} },
          { Identifier: 'Plain', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
        ],
      }),
    });
    const bye = new Disconnect('Bye');
    const vip = new PlayPrompt('Vip', { message: Message.text('Welcome back') });
    vip.next(bye);
    const invoke = InvokeModule.fromModule('Lookup', { module })
      .onResult('vip', vip)
      .onError(bye);
    invoke.next(bye);
    new ContactFlow(stack, 'Inbound', {
      contactCenter, name: 'Inbound', type: ContactFlowType.CONTACT_FLOW, content: FlowContent.fromDefinition(FlowDefinition.startWith(invoke)),
    });
    const sim = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());
    const coverage = new FlowCoverage(sim);
    const r = sim.simulate({ flow: 'Inbound', contact: { attributes: { tier: 'gold' } } });
    expect(r.trace!.map((s) => [s.flow, s.actionIdentifier, s.branch])).toEqual([
      ['Inbound', 'Lookup', 'condition Equals "vip"'],
      ['Tier lookup', 'Tier', 'condition Equals "gold"'],
      ['Tier lookup', 'Vip', undefined],
      ['Inbound', 'Vip', 'NextAction'],
      ['Inbound', 'Bye', undefined],
    ]);
    coverage.add(r);
    const report = coverage.report();
    const inbound = report.flows.find((f) => f.name === 'Inbound')!;
    const mod = report.flows.find((f) => f.name === 'Tier lookup')!;
    expect(mod.module).toBe(true);
    expect(mod.entered).toBe(1);
    expect(mod).toMatchObject({ actionsReached: 2, actionsTotal: 3, branchesTaken: 1, branchesTotal: 3 });
    expect(inbound.blocks.find((b) => b.actionIdentifier === 'Lookup')!.branches.find((b) => b.name === 'condition Equals "vip"')!.taken).toBe(1);
    expect(inbound.blocks.find((b) => b.actionIdentifier === 'Vip')!.hits).toBe(1);
  });
});
