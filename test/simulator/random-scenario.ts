import { FlowSimulator, HoursState, SimulationScenario } from '../../src';
import { untakeableBranches } from '../../src/simulator/takeable';

/** A small deterministic generator (Park–Miller). */
export function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 16807) % 2147483647;
    return (x - 1) / 2147483646;
  };
}

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** Random scenarios for a document: keys, intents, Lambda answers and errors, hours, full queues, action results. */
export function randomScenario(doc: any, r: () => number): SimulationScenario {
  const actions: any[] = doc.Actions ?? [];
  const operands = new Set<string>(['1', '2', '3', '0', '9', '#', '*', 'True', 'False', 'success', '']);
  const errorTypes = new Set<string>();
  const lambdas = new Set<string>();
  // The names the flow reads from a Lambda answer, a bot's session attributes or contact attributes.
  const fields = new Set<string>(JSON.stringify(actions).match(/\$\.(External|Lex\.SessionAttributes|Attributes)\.[A-Za-z0-9_]+/g) ?? []);
  const names = (root: string) => [...fields].filter((f) => f.startsWith(`$.${root}.`)).map((f) => f.slice(root.length + 3));
  for (const a of actions) {
    for (const c of a.Transitions?.Conditions ?? []) for (const o of c.Condition?.Operands ?? []) operands.add(String(o));
    for (const e of a.Transitions?.Errors ?? []) errorTypes.add(String(e.ErrorType));
    if (a.Type === 'InvokeLambdaFunction' && typeof a.Parameters?.LambdaFunctionARN === 'string') lambdas.add(a.Parameters.LambdaFunctionARN);
  }
  const words = [...operands];
  const inputs = Array.from({ length: Math.floor(r() * 6) }, () => {
    const k = r();
    if (k < 0.15) return { timeout: true };
    if (k < 0.55) return { digits: pick(r, words) };
    return { intent: pick(r, words), sessionAttributes: Object.fromEntries(names('Lex.SessionAttributes').filter(() => r() < 0.8).map((name) => [name, pick(r, words)])) };
  });
  const lambdaAnswers: { [k: string]: any[] } = {};
  for (const arn of lambdas) {
    const answer = () => (r() < 0.3 ? { error: 'boom' } : { response: Object.fromEntries(names('External').filter(() => r() < 0.8).map((k) => [k, pick(r, words)])) });
    lambdaAnswers[arn] = [answer(), answer(), answer()];
  }
  const actionResults: { [k: string]: string[] } = {};
  for (const a of actions) if (typeof a.Identifier === 'string') actionResults[a.Identifier] = [pick(r, [...words, ...errorTypes, 'success'])];
  return {
    inputs,
    lambdas: lambdaAnswers,
    hours: r() < 0.5 ? HoursState.OPEN : HoursState.CLOSED,
    queueAtCapacity: r() < 0.3,
    thirdPartyResult: pick(r, ['connected', 'failed', 'timeout']),
    undialablePrefixes: r() < 0.3 ? ['+'] : [],
    actionResults,
    contact: { attributes: Object.fromEntries(names('Attributes').filter(() => r() < 0.7).map((k) => [k, pick(r, words)])), queue: r() < 0.5 ? 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q' : undefined },
    seed: Math.floor(r() * 1000),
    maxSteps: 200,
  };
}

/**
 * Runs the scenarios and returns the branches they took that the coverage classifies as untakeable
 * (there must be none), and how many steps they ran.
 */
export function untakenButClassified(simulator: FlowSimulator, scenarios: SimulationScenario[]): { steps: number; wrong: string[] } {
  const never = new Map<string, Map<string, string>>();
  for (const f of simulator._compiledFlows()) {
    for (const a of f.actions) never.set(`${f.name}/${a.id}`, untakeableBranches(f, a, (k) => simulator._findFlow(k)));
  }
  let steps = 0;
  const wrong = new Set<string>();
  for (const scenario of scenarios) {
    for (const s of simulator.simulate(scenario).trace ?? []) {
      steps++;
      if (s.branch === undefined) continue;
      const why = never.get(`${s.flow}/${s.actionIdentifier}`)?.get(s.branch);
      if (why !== undefined) wrong.add(`${s.flow}/${s.actionIdentifier} [${s.branch}]: ${why}`);
    }
  }
  return { steps, wrong: [...wrong] };
}

/** A flow document of the simulator's compiled flow (what `randomScenario` reads: identifiers, parameters, conditions, errors). */
export function documentOf(simulator: FlowSimulator, flowName: string): any {
  const flow = simulator._compiledFlows().find((f) => f.name === flowName);
  return {
    Actions: (flow?.actions ?? []).map((a) => ({
      Identifier: a.id,
      Type: a.type,
      Parameters: a.p,
      Transitions: {
        Conditions: a.conds.map((c) => ({ Condition: { Operands: [c.operand] } })),
        Errors: Object.keys(a.errors).map((t) => ({ ErrorType: t })),
      },
    })),
  };
}
