/**
 * Flow diff time on two 250-action flows.
 *
 *   npx ts-node --project test/tsconfig.json bench/diff.ts
 */
import { bigFlow } from './validator';
import { FlowDiffFormat, diffFlows, renderFlowDiff } from '../src/flows/diff';

/** The flow with a changed prompt and a rewired menu branch. */
function edited(doc: any): any {
  const copy = JSON.parse(JSON.stringify(doc));
  copy.Actions[120].Parameters.Text = 'Prompt 120, reworded';
  copy.Actions[203].Transitions.Conditions[0].NextAction = copy.Actions[10].Identifier;
  return copy;
}

/** The same flow with every identifier regenerated (as a console export) and the actions reordered. */
function regenerated(doc: any): any {
  const ids = new Map<string, string>();
  doc.Actions.forEach((a: any, i: number) => ids.set(a.Identifier, `${(0x10000000 + i * 7919).toString(16)}-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`));
  const text = JSON.stringify(doc).replace(/"(Step\d+|Bye)"/g, (m, id: string) => (ids.has(id) ? JSON.stringify(ids.get(id)) : m));
  const copy = JSON.parse(text);
  copy.Actions.reverse();
  return copy;
}

function time(label: string, before: any, after: any, expectedChanges?: number): void {
  const result = diffFlows(before, after);
  if (expectedChanges !== undefined && result.changeCount !== expectedChanges) throw new Error(`${label}: expected ${expectedChanges} changes, got ${result.changeCount}`);
  const runs = 200;
  const diff: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = diffFlows(before, after);
    const t1 = process.hrtime.bigint();
    renderFlowDiff(r, FlowDiffFormat.TEXT);
    renderFlowDiff(r, FlowDiffFormat.MARKDOWN);
    const t2 = process.hrtime.bigint();
    diff.push(Number(t1 - t0) / 1e6);
    all.push(Number(t2 - t0) / 1e6);
  }
  diff.sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  const p = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(2);
  console.log(`${label}: ${result.changeCount} changes; diffFlows median ${p(diff, 0.5)} ms, p95 ${p(diff, 0.95)} ms, max ${p(diff, 1)} ms; `
    + `with text and Markdown rendering median ${p(all, 0.5)} ms, p95 ${p(all, 0.95)} ms (${runs} runs)`);
}

if (require.main === module) {
  const base = bigFlow(250);
  console.log(`Node ${process.version}, two ${base.Actions.length}-action flows (${JSON.stringify(base).length} characters each)`);
  time('same identifiers, a prompt and a branch changed', base, edited(base), 2);
  time('regenerated identifiers, reordered, the same two changes', base, regenerated(edited(base)), 2);
  // Other identifiers, another start type: only leftovers of the same type and parameters match.
  const other = JSON.parse(JSON.stringify(bigFlow(250)).replace(/"MessageParticipant"/g, '"UpdateFlowLoggingBehavior"').replace(/Step/g, 'Other'));
  time('another flow (other identifiers and start)', base, other);
}
