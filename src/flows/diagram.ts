/**
 * Mermaid rendering of flow-language documents, for documentation and reviews.
 */
import { Exit, OPERATOR_LABELS, isObject, specOf } from './language';

const MAX_LABEL = 60;

/** Text for a Mermaid label: quotes, brackets, pipes, `#`, `<` `>` and newlines are escaped. */
function escapeLabel(text: string): string {
  const short = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
  return short
    .replace(/\s+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/\[/g, '#91;')
    .replace(/\]/g, '#93;')
    .replace(/\{/g, '#123;')
    .replace(/\}/g, '#125;');
}

/** Console exports name actions with UUIDs, which say nothing in a diagram. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ARN is shown by its last segment (a resource ID, or a logical ID in a synthesized template). */
function shortenArn(value: string | undefined): string | undefined {
  if (value === undefined || !value.startsWith('arn:')) return value;
  const last = value.split(/[/:]/).pop();
  return last ? last : value;
}

/** The parameter shown under an action's type: the key parameter of its type in the language. */
function keyParameter(action: any): string | undefined {
  const spec = specOf(action.Type);
  if (!spec) return undefined;
  const value = spec.diagramKey(isObject(action.Parameters) ? action.Parameters : {});
  return typeof value === 'string' ? value : undefined;
}

/**
 * Render a flow-language document as a Mermaid `flowchart TD`: one node per action (its
 * identifier unless it is a UUID, its type, and its text, prompt or key parameter, ARNs by their
 * last segment), one edge per branch labelled `Next`, the condition
 * (`1`, `True`, `> 5`) or the error type. Dangling branches point to a `missing` node. The
 * output is deterministic: the same document always gives the same text.
 */
export function renderMermaid(document: any): string {
  const lines = ['flowchart TD'];
  const actions: any[] = isObject(document) && Array.isArray(document.Actions) ? document.Actions.filter(isObject) : [];
  const ids = new Map<string, string>();
  actions.forEach((a, i) => {
    if (typeof a.Identifier === 'string' && !ids.has(a.Identifier)) ids.set(a.Identifier, `a${i}`);
  });
  lines.push('  start(("Start"))');
  actions.forEach((a, i) => {
    if (ids.get(a.Identifier) !== `a${i}`) return;
    const param = shortenArn(keyParameter(a));
    const name = typeof a.Identifier === 'string' && !UUID.test(a.Identifier) ? `<b>${escapeLabel(a.Identifier)}</b><br/>` : '';
    const label = `${name}${escapeLabel(String(a.Type ?? '?'))}${param !== undefined ? `<br/>${escapeLabel(param)}` : ''}`;
    const terminal = specOf(a.Type)?.exit === Exit.TERMINAL;
    lines.push(terminal ? `  a${i}(["${label}"])` : `  a${i}["${label}"]`);
  });
  let missing = false;
  const target = (t: unknown): string => {
    const node = typeof t === 'string' ? ids.get(t) : undefined;
    if (node === undefined) missing = true;
    return node ?? 'missing';
  };
  if (isObject(document) && document.StartAction !== undefined) lines.push(`  start --> ${target(document.StartAction)}`);
  actions.forEach((a, i) => {
    if (ids.get(a.Identifier) !== `a${i}`) return;
    const t = isObject(a.Transitions) ? a.Transitions : {};
    for (const c of Array.isArray(t.Conditions) ? t.Conditions : []) {
      if (!isObject(c)) continue;
      const cond = isObject(c.Condition) ? c.Condition : {};
      const operand = Array.isArray(cond.Operands) ? String(cond.Operands[0]) : '';
      lines.push(`  a${i} -->|"${escapeLabel(conditionLabel(String(cond.Operator), operand))}"| ${target(c.NextAction)}`);
    }
    for (const e of Array.isArray(t.Errors) ? t.Errors : []) {
      if (isObject(e)) lines.push(`  a${i} -.->|"${escapeLabel(String(e.ErrorType))}"| ${target(e.NextAction)}`);
    }
    if (t.NextAction !== undefined) lines.push(`  a${i} -->|"Next"| ${target(t.NextAction)}`);
  });
  if (missing) lines.push('  missing{{"missing action"}}');
  return lines.join('\n') + '\n';
}

function conditionLabel(operator: string, operand: string): string {
  const prefix = Object.prototype.hasOwnProperty.call(OPERATOR_LABELS, operator) ? OPERATOR_LABELS[operator] : `${operator} `;
  return `${prefix}${operand}`;
}

/**
 * Diagrams of flows, for languages other than TypeScript.
 */
export class FlowDiagram {
  /**
   * Render a flow-language document as a Mermaid `flowchart TD`; see `renderMermaid`.
   */
  public static mermaid(document: any): string {
    return renderMermaid(document);
  }

  /**
   * Render a flow-language document as a Mermaid `flowchart TD` (the same as `mermaid()`, named
   * as the TypeScript function `renderMermaid`).
   *
   * @param document the parsed flow-language JSON
   */
  public static renderMermaid(document: any): string {
    return renderMermaid(document);
  }

  private constructor() {}
}
