/**
 * Synth-time helper of ContactFlow: the format of validation messages. Not part of the public API.
 */
import { FlowDiagnostic } from './validator';

/**
 * One validation error of a flow as a synth error message:
 * `flow "<name>" (<TYPE>), action "<id>" at <path>: <message>`.
 */
export function formatFlowDiagnostic(flowName: string, flowType: string, d: FlowDiagnostic): string {
  return `flow "${flowName}" (${flowType}), ${diagnosticLocation(d)}: ${d.message}`;
}

/** Where a finding is: `action "<id>" at <path>`, or `at <path>` for the whole document. */
export function diagnosticLocation(d: FlowDiagnostic): string {
  return d.actionIdentifier !== undefined ? `action "${d.actionIdentifier}" at ${d.path}` : `at ${d.path}`;
}
