import { SimulationResult } from '../simulator/types';

/** A readable transcript of a simulated contact: prompts, inputs, Lambda calls, outcome. */
export function renderTranscript(result: SimulationResult): string {
  const lines: string[] = [];
  lines.push(`Flow: ${result.flows[0] ?? '?'}`);
  for (const e of result.events) {
    const at = e.actionIdentifier !== undefined ? `[${e.actionIdentifier}] ` : '';
    lines.push(`  ${at}${e.kind}: ${e.text}`);
  }
  lines.push(`Outcome: ${result.outcome} (${result.detail})`);
  if (result.queue !== undefined) lines.push(`Queue: ${result.queue}`);
  if (result.agent !== undefined) lines.push(`Agent: ${result.agent}`);
  if (result.transferredTo !== undefined) lines.push(`Transferred to: ${result.transferredTo}`);
  const cb = result.callback;
  if (cb) {
    lines.push(`Callback: ${cb.number} in ${cb.queue ?? cb.agent} (initial delay ${cb.initialCallDelaySeconds ?? '-'} s, `
      + `${cb.maximumConnectionAttempts ?? '-'} attempts, retry delay ${cb.retryDelaySeconds ?? '-'} s)`);
  }
  if (Object.keys(result.attributes).length > 0) lines.push(`Attributes: ${JSON.stringify(result.attributes)}`);
  if (Object.keys(result.eventHooks).length > 0) lines.push(`Event hooks: ${JSON.stringify(result.eventHooks)}`);
  if (Object.keys(result.contactTags).length > 0) lines.push(`Contact tags: ${JSON.stringify(result.contactTags)}`);
  lines.push(`Steps: ${result.steps}${result.flows.length > 1 ? `, flows: ${result.flows.join(' → ')}` : ''}`);
  for (const w of result.warnings) lines.push(`Warning: ${w}`);
  return lines.join('\n') + '\n';
}
