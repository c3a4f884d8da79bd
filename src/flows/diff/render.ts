/**
 * A flow diff as text for a terminal, Markdown for a pull-request comment, or JSON for tools.
 */
import { FlowChange, FlowChangeKind, FlowDiffEntry, FlowDiffResult, FlowDiffStatus } from './types';

/** The output formats of a diff. */
export enum FlowDiffFormat {
  /** Plain text, one line per change. */
  TEXT = 'text',
  /** Markdown: a section per changed flow with a table of changes and a Mermaid diagram. */
  MARKDOWN = 'markdown',
  /** The result as JSON. */
  JSON = 'json',
}

const MARK: { [kind: string]: string } = {
  [FlowChangeKind.FLOW_ADDED]: '+',
  [FlowChangeKind.BLOCK_ADDED]: '+',
  [FlowChangeKind.FLOW_REMOVED]: '-',
  [FlowChangeKind.BLOCK_REMOVED]: '-',
};

const KIND_LABEL: { [kind: string]: string } = {
  [FlowChangeKind.FLOW_ADDED]: 'flow added',
  [FlowChangeKind.FLOW_REMOVED]: 'flow removed',
  [FlowChangeKind.FLOW_RENAMED]: 'flow renamed',
  [FlowChangeKind.FLOW_TYPE_CHANGED]: 'flow type',
  [FlowChangeKind.START_CHANGED]: 'start',
  [FlowChangeKind.BLOCK_ADDED]: 'block added',
  [FlowChangeKind.BLOCK_REMOVED]: 'block removed',
  [FlowChangeKind.BLOCK_RENAMED]: 'block renamed',
  [FlowChangeKind.PARAMETER_CHANGED]: 'parameter',
  [FlowChangeKind.TRANSITION_CHANGED]: 'transition',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Where a flow of a nested stack is: ` in nested stack A/B`; nothing for a flow of the stack itself. */
function nestedIn(f: FlowDiffEntry): string {
  const at = f.logicalId?.lastIndexOf('/') ?? -1;
  return at > 0 ? ` in nested stack ${f.logicalId!.slice(0, at)}` : '';
}

function flowTitle(f: FlowDiffEntry): string {
  return `"${f.name}" (${f.type ?? 'flow'})${nestedIn(f)}`;
}

/** The closing line: how many changes in how many flows. */
export function diffSummary(result: FlowDiffResult): string {
  const changed = result.flows.filter((f) => f.status !== FlowDiffStatus.UNCHANGED).length;
  const unchanged = result.flows.length - changed;
  if (result.changeCount === 0) return `no changes (${plural(unchanged, 'flow')} compared)`;
  return `${plural(result.changeCount, 'change')} in ${plural(changed, 'flow')}${unchanged > 0 ? ` (${unchanged} unchanged)` : ''}`;
}

/** Plain text: a heading line per changed flow, one indented line per change, a summary. */
export function renderDiffText(result: FlowDiffResult): string {
  const lines: string[] = [];
  for (const f of result.flows) {
    if (f.status === FlowDiffStatus.UNCHANGED) continue;
    lines.push(`flow ${flowTitle(f)}: ${f.status === FlowDiffStatus.CHANGED ? plural(f.changes.length, 'change') : f.status.toLowerCase()}`);
    for (const c of f.changes) lines.push(`  ${MARK[c.kind] ?? '~'} ${c.description}`);
  }
  lines.push(diffSummary(result));
  return lines.join('\n') + '\n';
}

/** Text for a Markdown table cell. */
function cell(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

function what(c: FlowChange): string {
  return c.parameter ?? c.branch ?? (c.blockType !== undefined ? c.blockType : '');
}

/** Mermaid's default limit of edges in one diagram (`maxEdges`): a larger one does not render. */
const MERMAID_MAX_EDGES = 500;
/** GitHub's limit on a comment's length (65,536 characters), less room for a heading around it. */
const COMMENT_MAX = 60_000;

/**
 * Markdown for a pull-request comment: a summary, one section per changed flow with a table of
 * its changes and a Mermaid diagram of the new flow (changes highlighted), and the unchanged flows.
 */
export function renderDiffMarkdown(result: FlowDiffResult): string {
  const out: string[] = [`## Flow changes: ${diffSummary(result)}`, ''];
  const diagrams: Array<{ at: number; flow: string; length: number }> = [];
  for (const f of result.flows) {
    if (f.status === FlowDiffStatus.UNCHANGED) continue;
    out.push(`### ${cell(f.name)} (\`${f.type ?? 'flow'}\`)${cell(nestedIn(f))}${f.status === FlowDiffStatus.CHANGED ? '' : `: ${f.status.toLowerCase()}`}`, '');
    out.push('| Change | Block | Parameter or branch | Before | After |', '| --- | --- | --- | --- | --- |');
    for (const c of f.changes) {
      out.push(`| ${KIND_LABEL[c.kind]} | ${cell(c.block)} | ${cell(what(c))} | ${cell(c.before)} | ${cell(c.after)} |`);
    }
    out.push('');
    if (f.diagram !== undefined) {
      const edges = f.diagram.split('\n').filter((l) => l.includes('-->')).length;
      if (edges > MERMAID_MAX_EDGES) {
        out.push(`(No diagram: the new flow has ${edges} branches, more than Mermaid draws in one diagram.)`, '');
      } else {
        diagrams.push({ at: out.length, flow: f.name, length: f.diagram.length });
        out.push('<details><summary>New flow (added blocks green, changed blocks and branches amber)</summary>', '');
        out.push('```mermaid', f.diagram.trimEnd(), '```', '', '</details>', '');
      }
    }
  }
  const unchanged = result.flows.filter((f) => f.status === FlowDiffStatus.UNCHANGED);
  if (unchanged.length > 0) out.push(`Unchanged: ${unchanged.map((f) => cell(f.name)).join(', ')}`, '');
  // Too long for one comment: the largest diagrams give way first (the tables stay).
  let length = out.join('\n').length;
  for (const d of [...diagrams].sort((a, b) => b.length - a.length)) {
    if (length <= COMMENT_MAX) break;
    const note = `(No diagram: with it, the comment would pass GitHub's length limit. \`--flow "${d.flow}"\` shows it.)`;
    length -= out.slice(d.at, d.at + 8).join('\n').length - note.length;
    out.splice(d.at, 8, note, '', '', '', '', '', '', '');
  }
  return out.filter((line, i) => !(line === '' && out[i - 1] === '' && i > 0)).join('\n');
}

/** The result as indented JSON. */
export function renderDiffJson(result: FlowDiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Render a diff in one of the formats. */
export function renderFlowDiff(result: FlowDiffResult, format: FlowDiffFormat = FlowDiffFormat.TEXT): string {
  switch (format) {
    case FlowDiffFormat.MARKDOWN: return renderDiffMarkdown(result);
    case FlowDiffFormat.JSON: return renderDiffJson(result);
    default: return renderDiffText(result);
  }
}
