/**
 * Validator latency on a 250-action flow.
 *
 *   npx ts-node --project test/tsconfig.json bench/validator.ts
 */
import { ContactFlowType } from '../src';
import { validateFlow } from '../src/flows/validator';

/** A 250-action flow: chained menus, Lambda calls, attribute updates and prompts. */
export function bigFlow(n = 250): any {
  const actions: any[] = [];
  for (let i = 0; i < n - 1; i++) {
    const id = `Step${i}`;
    const next = i === n - 2 ? 'Bye' : `Step${i + 1}`;
    const err = [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }];
    switch (i % 4) {
      case 0:
        actions.push({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: `Prompt ${i} for $.Attributes.name` }, Transitions: { NextAction: next, Errors: err } });
        break;
      case 1:
        actions.push({ Identifier: id, Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:f', InvocationTimeLimitSeconds: '8' }, Transitions: { NextAction: next, Errors: err } });
        break;
      case 2:
        actions.push({ Identifier: id, Type: 'UpdateContactAttributes', Parameters: { Attributes: { [`k${i}`]: '$.External.v' } }, Transitions: { NextAction: next, Errors: err } });
        break;
      default:
        actions.push({
          Identifier: id, Type: 'GetParticipantInput', Parameters: { Text: 'Press 1', InputTimeLimitSeconds: '5' },
          Transitions: {
            NextAction: next, Conditions: [{ NextAction: next, Condition: { Operator: 'Equals', Operands: ['1'] } }],
            Errors: [{ NextAction: next, ErrorType: 'InputTimeLimitExceeded' }, { NextAction: next, ErrorType: 'NoMatchingCondition' }, ...err],
          },
        });
    }
  }
  actions.push({ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
  return { Version: '2019-10-30', StartAction: 'Step0', Actions: actions };
}

if (require.main === module) {
  const doc = bigFlow();
  const found = validateFlow(doc, { flowType: ContactFlowType.CONTACT_FLOW });
  if (found.length !== 0) throw new Error(`unexpected findings: ${JSON.stringify(found.slice(0, 3))}`);
  const cold = process.hrtime.bigint();
  validateFlow(bigFlow(), { flowType: ContactFlowType.CONTACT_FLOW });
  const coldMs = Number(process.hrtime.bigint() - cold) / 1e6;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = process.hrtime.bigint();
    validateFlow(doc, { flowType: ContactFlowType.CONTACT_FLOW });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`Node ${process.version}, ${doc.Actions.length}-action flow (${JSON.stringify(doc).length} characters)`);
  console.log(`validateFlow: first run after warm-up ${coldMs.toFixed(2)} ms; median ${times[100].toFixed(2)} ms, p95 ${times[190].toFixed(2)} ms, max ${times[199].toFixed(2)} ms (200 runs)`);
}
