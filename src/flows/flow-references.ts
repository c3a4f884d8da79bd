/**
 * Synth-time helper of ContactFlow: the format of validation messages. Not part of the public API.
 */
import { FlowDiagnostic } from './validator';
import { describeTokens } from '../core/private/tokens';

/** The builder class of each action of a document rendered by a FlowDefinition (by Identifier). */
const BLOCK_CLASSES = new WeakMap<object, { readonly [identifier: string]: string }>();

/** Remember which builder class rendered each action of `document`, for messages. */
export function recordBlockClasses(document: object, classes: { readonly [identifier: string]: string }): void {
  BLOCK_CLASSES.set(document, classes);
}

/** The builder class (`PlayPrompt`) that rendered an action of `document`, if it came from the builder. */
export function blockClassOf(document: unknown, identifier: string | undefined): string | undefined {
  if (identifier === undefined || document === null || typeof document !== 'object') return undefined;
  const classes = BLOCK_CLASSES.get(document);
  return classes !== undefined && Object.prototype.hasOwnProperty.call(classes, identifier) ? classes[identifier] : undefined;
}

/**
 * One validation finding of a flow as a synth message:
 * `flow "<name>" (<TYPE>), action "<id>" (<BuilderClass>) at <path>: <message>`.
 */
export function formatFlowDiagnostic(flowName: string, flowType: string, d: FlowDiagnostic, document?: unknown): string {
  // Values of the document are often tokens: name the resource, not `${Token[TOKEN.1211]}`.
  return describeTokens(`flow "${flowName}" (${flowType}), ${diagnosticLocation(d, blockClassOf(document, d.actionIdentifier))}: ${d.message}`);
}

/** Where a finding is: `action "<id>" at <path>`, or `at <path>` for the whole document. */
export function diagnosticLocation(d: FlowDiagnostic, blockClass?: string): string {
  if (d.actionIdentifier === undefined) return `at ${d.path}`;
  return `action "${d.actionIdentifier}"${blockClass !== undefined ? ` (${blockClass})` : ''} at ${d.path}`;
}
