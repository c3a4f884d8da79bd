/**
 * A Mermaid diagram of the new side of a flow diff: added blocks green, changed blocks amber,
 * rewired branches drawn thick in amber.
 */
import { DocumentDiff, UUID, readGraph } from './graph';

const MAX_LABEL = 50;

/** Text for a Mermaid label, with what Mermaid reads as syntax escaped. */
function escapeLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const short = flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
  return short.replace(/[#&"<>|[\]{}]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** The text a block is recognised by: its prompt text, else its first short string parameter. */
function keyText(parameters: { [key: string]: unknown }): string | undefined {
  if (typeof parameters.Text === 'string') return parameters.Text;
  for (const v of Object.values(parameters)) if (typeof v === 'string' && v.length > 0) return v;
  return undefined;
}

/** Render the new document of a diff as a Mermaid `flowchart TD` with the changes highlighted. */
export function renderDiffMermaid(document: unknown, diff: DocumentDiff): string {
  const graph = readGraph(document);
  const node = new Map<string, string>();
  graph.actions.forEach((a, i) => node.set(a.identifier, `b${i}`));
  const lines = ['flowchart TD', '  start(("Start"))'];
  for (const a of graph.actions) {
    const name = UUID.test(a.identifier) ? '' : `<b>${escapeLabel(a.identifier)}</b><br/>`;
    const text = keyText(a.parameters);
    lines.push(`  ${node.get(a.identifier)}["${name}${escapeLabel(a.type)}${text !== undefined ? `<br/>${escapeLabel(text)}` : ''}"]`);
  }
  const edges: string[] = [];
  const thick: number[] = [];
  let missing = false;
  const target = (id: string) => {
    const n = node.get(id);
    if (n === undefined) missing = true;
    return n ?? 'missing';
  };
  if (graph.start !== undefined) edges.push(`  start --> ${target(graph.start)}`);
  for (const a of graph.actions) {
    for (const [label, to] of a.branches) {
      if (diff.rewired.has(`${a.identifier}\u0000${label}`)) thick.push(edges.length);
      edges.push(`  ${node.get(a.identifier)} -->|"${escapeLabel(label)}"| ${target(to)}`);
    }
  }
  lines.push(...edges);
  if (missing) lines.push('  missing{{"missing block"}}');
  lines.push('  classDef added fill:#d4f7d4,stroke:#2a8a2a,stroke-width:2px');
  lines.push('  classDef changed fill:#fff3b0,stroke:#c79100,stroke-width:2px');
  const ofClass = (ids: Set<string>) => graph.actions.filter((a) => ids.has(a.identifier)).map((a) => node.get(a.identifier));
  const added = ofClass(diff.added);
  const changed = ofClass(diff.changed);
  if (added.length > 0) lines.push(`  class ${added.join(',')} added`);
  if (changed.length > 0) lines.push(`  class ${changed.join(',')} changed`);
  if (thick.length > 0) lines.push(`  linkStyle ${thick.join(',')} stroke:#c79100,stroke-width:3px`);
  return lines.join('\n') + '\n';
}
