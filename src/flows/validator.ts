/**
 * Flow-language validator (minimal shape checks; the full rule set lives here too).
 */

/** How serious a diagnostic is. */
export enum DiagnosticSeverity {
  /** The flow would be rejected or would fail a caller. */
  ERROR = 'error',
  /** Suspicious but accepted by Connect. */
  WARNING = 'warning',
}

/** One finding of the validator. */
export interface FlowDiagnostic {
  /** error or warning. */
  readonly severity: DiagnosticSeverity;
  /** The action the finding is about, when there is one. */
  readonly actionIdentifier?: string;
  /** JSON path of the offending value, e.g. `$.Actions[3].Parameters.LoopCount`. */
  readonly path: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
}

/** Options of the validator. */
export interface ValidateFlowOptions {
  /**
   * The flow type, to check which actions are allowed.
   * @default - actions are not checked against a flow type
   */
  readonly flowType?: string;
}

/** Validate a flow-language document. */
export function validateFlow(document: any, _options: ValidateFlowOptions = {}): FlowDiagnostic[] {
  const out: FlowDiagnostic[] = [];
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    out.push({ severity: DiagnosticSeverity.ERROR, path: '$', message: 'the flow must be a JSON object' });
    return out;
  }
  if (document.Version !== '2019-10-30') {
    out.push({ severity: DiagnosticSeverity.ERROR, path: '$.Version', message: `Version must be "2019-10-30", got ${JSON.stringify(document.Version)}` });
  }
  if (!Array.isArray(document.Actions)) {
    out.push({ severity: DiagnosticSeverity.ERROR, path: '$.Actions', message: 'Actions must be an array' });
  }
  return out;
}
