/**
 * Flow coverage in the CLI: `test --coverage`, `--coverage-threshold`, `--coverage-report` (Cobertura
 * XML and a JSON summary) and `diagram --coverage` (the Mermaid diagram with its holes marked).
 */
import { renderMermaid } from '../flows/diagram';
import { isObject } from '../flows/language/values';
import { CoverageReport, FlowCoverageSummary } from '../simulator/coverage';

/** The minimum percentages of `--coverage-threshold`. */
export interface CoverageThreshold {
  readonly branches?: number;
  readonly actions?: number;
}

const THRESHOLD_FORM = 'a percentage (80, applying to branches and actions) or branches=N,actions=N, each from 0 to 100';

/** `--coverage-threshold 80` or `branches=80,actions=95`; throws a message naming the option. */
export function parseCoverageThreshold(text: string): CoverageThreshold {
  const percent = (value: string): number => {
    const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
    if (!(n >= 0 && n <= 100)) throw new Error(`--coverage-threshold "${text}": "${value}" is not ${THRESHOLD_FORM}`);
    return n;
  };
  if (!text.includes('=')) {
    const n = percent(text);
    return { branches: n, actions: n };
  }
  const out: { branches?: number; actions?: number } = {};
  for (const part of text.split(',')) {
    const [key, value, extra] = part.split('=');
    if (extra !== undefined || value === undefined || (key.trim() !== 'branches' && key.trim() !== 'actions')) {
      throw new Error(`--coverage-threshold "${text}": "${part}" is not branches=N or actions=N; expected ${THRESHOLD_FORM}`);
    }
    const k = key.trim() as 'branches' | 'actions';
    if (out[k] !== undefined) throw new Error(`--coverage-threshold "${text}": ${k} is given twice`);
    out[k] = percent(value);
  }
  return out;
}

function pct(covered: number, total: number): number {
  return total === 0 ? 100 : (100 * covered) / total;
}

function figure(covered: number, total: number): string {
  return `${covered}/${total} (${pct(covered, total).toFixed(1)}%)`;
}

/** `branches 10/14 (71.4%), takeable offline 10/12 (83.3%), actions 8/8 (100.0%)` */
function figures(c: Pick<CoverageReport, 'branchesTaken' | 'branchesTotal' | 'branchesTakeable' | 'actionsReached' | 'actionsTotal'>): string {
  return `branches ${figure(c.branchesTaken, c.branchesTotal)}, takeable offline ${figure(c.branchesTaken, c.branchesTakeable)}, `
    + `actions ${figure(c.actionsReached, c.actionsTotal)}`;
}

/** The closing coverage line. */
export function coverageLine(report: CoverageReport): string {
  return `coverage: ${figures(report)}\n`;
}

/**
 * The coverage per flow, with the unreached blocks and the untaken branches of reached ones, by
 * block ID and branch name with the block's text or key parameter; then, apart, the branches no
 * simulated contact can take, each with the reason.
 */
export function renderCoverage(report: CoverageReport): string {
  const lines = [`Coverage of ${report.runs} run${report.runs === 1 ? '' : 's'}:`];
  for (const f of report.flows) {
    const kind = f.module ? 'module' : 'flow';
    if (f.entered === 0) {
      lines.push(`  ${kind} "${f.name}": never entered (0%): ${figures(f)}`);
      continue;
    }
    lines.push(`  ${kind} "${f.name}": ${figures(f)}`);
    for (const b of f.blocks) {
      const label = b.label !== undefined ? ` "${b.label}"` : '';
      if (b.hits === 0) {
        if (b.untakeable === undefined) lines.push(`    unreached ${b.actionIdentifier} (${b.actionType})${label}`);
        continue;
      }
      for (const br of b.branches) {
        if (br.taken === 0 && br.untakeable === undefined) lines.push(`    untaken   ${b.actionIdentifier} [${br.name}] (${b.actionType})${label}`);
      }
    }
    for (const b of f.blocks) {
      if (b.untakeable !== undefined) {
        lines.push(`    offline never ${b.actionIdentifier} (${b.actionType}): ${b.untakeable}`);
        continue;
      }
      for (const br of b.branches) {
        if (br.untakeable !== undefined) lines.push(`    offline never ${b.actionIdentifier} [${br.name}] (${b.actionType}): ${br.untakeable}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * What falls short of the threshold, one line each; empty when the report meets it. The branch
 * threshold applies to the branches a simulated contact can take.
 */
export function thresholdFailures(report: CoverageReport, threshold: CoverageThreshold): string[] {
  const out: string[] = [];
  const b = pct(report.branchesTaken, report.branchesTakeable);
  const a = pct(report.actionsReached, report.actionsTotal);
  if (threshold.branches !== undefined && b < threshold.branches) {
    out.push(`branch coverage ${b.toFixed(1)}% (of the branches offline runs can take) is below the threshold of ${threshold.branches}%`);
  }
  if (threshold.actions !== undefined && a < threshold.actions) out.push(`action coverage ${a.toFixed(1)}% is below the threshold of ${threshold.actions}%`);
  return out;
}

/** The JSON summary: the report with percentages (what `diagram --coverage` reads). */
export function coverageJson(report: CoverageReport): string {
  const withPercent = (c: FlowCoverageSummary | CoverageReport) => ({
    branchesPercent: Number(pct(c.branchesTaken, c.branchesTotal).toFixed(2)),
    branchesTakeablePercent: Number(pct(c.branchesTaken, c.branchesTakeable).toFixed(2)),
    actionsPercent: Number(pct(c.actionsReached, c.actionsTotal).toFixed(2)),
  });
  return `${JSON.stringify({
    format: 'cdk-contact-center-coverage/1',
    ...report,
    ...withPercent(report),
    flows: report.flows.map((f) => ({ ...f, ...withPercent(f) })),
  }, null, 2)}\n`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rate(covered: number, total: number): string {
  return (total === 0 ? 1 : covered / total).toFixed(4);
}

/**
 * Cobertura XML: flows are packages (one class each, the template its file), blocks are lines (in
 * document order, numbered from 1, hits the times executed) and branches are conditions.
 */
export function coberturaXml(report: CoverageReport, source: string, timestamp: number): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">',
    `<coverage line-rate="${rate(report.actionsReached, report.actionsTotal)}" branch-rate="${rate(report.branchesTaken, report.branchesTotal)}" `
      + `lines-covered="${report.actionsReached}" lines-valid="${report.actionsTotal}" branches-covered="${report.branchesTaken}" `
      + `branches-valid="${report.branchesTotal}" complexity="0" version="cdk-contact-center" timestamp="${timestamp}">`,
    `  <sources><source>${xml(source)}</source></sources>`,
    '  <packages>',
  ];
  for (const f of report.flows) {
    const lr = rate(f.actionsReached, f.actionsTotal);
    const br = rate(f.branchesTaken, f.branchesTotal);
    lines.push(`    <package name="${xml(f.name)}" line-rate="${lr}" branch-rate="${br}" complexity="0">`);
    lines.push('      <classes>');
    lines.push(`        <class name="${xml(f.logicalId ?? f.name)}" filename="${xml(source)}" line-rate="${lr}" branch-rate="${br}" complexity="0">`);
    lines.push('          <methods/>');
    lines.push('          <lines>');
    f.blocks.forEach((b, i) => {
      const taken = b.branches.filter((x) => x.taken > 0).length;
      const n = b.branches.length;
      if (n === 0) {
        lines.push(`            <line number="${i + 1}" hits="${b.hits}" branch="false"/>`);
        return;
      }
      const percent = Math.round(pct(taken, n));
      lines.push(`            <line number="${i + 1}" hits="${b.hits}" branch="true" condition-coverage="${percent}% (${taken}/${n})">`);
      lines.push('              <conditions>');
      b.branches.forEach((x, j) => lines.push(`                <condition number="${j}" type="jump" coverage="${x.taken > 0 ? 100 : 0}%"/>`));
      lines.push('              </conditions>');
      lines.push('            </line>');
    });
    lines.push('          </lines>');
    lines.push('        </class>');
    lines.push('      </classes>');
    lines.push('    </package>');
  }
  lines.push('  </packages>', '</coverage>', '');
  return lines.join('\n');
}

/** The two files of `--coverage-report FILE`: FILE's name without its extension, plus .xml and .json. */
export function coverageReportFiles(file: string): { xml: string; json: string } {
  const base = file.replace(/\.(xml|json)$/i, '');
  return { xml: `${base}.xml`, json: `${base}.json` };
}

/** One flow of a JSON summary (as `coverageJson` wrote it), checked enough to draw it. */
export function coverageOfFlow(summary: any, file: string, names: string[]): FlowCoverageSummary {
  if (!isObject(summary) || summary.format !== 'cdk-contact-center-coverage/1' || !Array.isArray(summary.flows)) {
    throw new Error(`"${file}" is not a coverage summary written by \`test --coverage-report\` (its "format" is not "cdk-contact-center-coverage/1")`);
  }
  const flows = summary.flows.filter(isObject) as FlowCoverageSummary[];
  const found = flows.find((f) => names.includes(f.name) || (f.logicalId !== undefined && names.includes(f.logicalId)))
    ?? (flows.length === 1 ? flows[0] : undefined);
  if (found === undefined || !Array.isArray(found.blocks)) {
    throw new Error(`coverage summary "${file}" has no flow ${names.map((n) => `"${n}"`).join(' or ')}; flows: ${flows.map((f) => f.name).join(', ')}`);
  }
  return found;
}

/** The names of a document's branches in the order the diagram draws its edges: conditions, errors, Next. */
function edgeBranches(action: any): string[] {
  const t = isObject(action.Transitions) ? action.Transitions : {};
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const c of Array.isArray(t.Conditions) ? t.Conditions : []) {
    if (!isObject(c)) continue;
    const cond = isObject(c.Condition) ? c.Condition : {};
    const operand = Array.isArray(cond.Operands) ? String(cond.Operands[0]) : '';
    const base = `condition ${String(cond.Operator)} "${operand}"`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push(n > 1 ? `${base} #${n}` : base);
  }
  for (const e of Array.isArray(t.Errors) ? t.Errors : []) if (isObject(e)) out.push(`error ${String(e.ErrorType)}`);
  if (t.NextAction !== undefined) out.push('NextAction');
  return out;
}

/**
 * The Mermaid diagram of a flow with its coverage: unreached blocks (class `unreached`), blocks
 * with an untaken branch (`partial`), blocks no path from the start reaches (`unreachable`), and
 * untaken branches drawn red and dashed (`linkStyle`); branches offline runs cannot take are grey
 * and dotted, and do not make a block `partial`; blocks offline runs cannot reach are `offline`.
 */
export function renderCoverageDiagram(document: any, coverage: FlowCoverageSummary): string {
  const text = renderMermaid(document);
  const actions: any[] = isObject(document) && Array.isArray(document.Actions) ? document.Actions.filter(isObject) : [];
  const blocks = new Map(coverage.blocks.map((b) => [b.actionIdentifier, b]));
  const unreached: string[] = [];
  const partial: string[] = [];
  const unreachable: string[] = [];
  const offline: string[] = [];
  const untakenEdges: number[] = [];
  const neverEdges: number[] = [];
  const edgeIndex = new Map<string, number>();
  // Edges in drawing order: `start -->`, then each node's edges together.
  let edge = 0;
  const firstEdge = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^ {2}(start|a\d+) -\.?->/.exec(line);
    if (!m) continue;
    if (!firstEdge.has(m[1])) firstEdge.set(m[1], edge);
    edge++;
  }
  const drawn = new Set<string>();
  actions.forEach((a, i) => {
    if (typeof a.Identifier !== 'string' || drawn.has(a.Identifier)) return;
    drawn.add(a.Identifier);
    const node = `a${i}`;
    const block = blocks.get(a.Identifier);
    if (block === undefined) {
      unreachable.push(node);
      return;
    }
    const names = edgeBranches(a);
    const first = firstEdge.get(node);
    names.forEach((name, j) => {
      if (first !== undefined && !edgeIndex.has(`${node} ${name}`)) edgeIndex.set(`${node} ${name}`, first + j);
    });
    if (block.hits === 0) (block.untakeable !== undefined ? offline : unreached).push(node);
    let untaken = false;
    for (const br of block.branches) {
      if (br.taken > 0) continue;
      const index = edgeIndex.get(`${node} ${br.name}`);
      if (br.untakeable !== undefined) {
        if (index !== undefined) neverEdges.push(index);
        continue;
      }
      untaken = true;
      if (index !== undefined) untakenEdges.push(index);
    }
    if (untaken && block.hits > 0) partial.push(node);
  });
  const out = [text.trimEnd()];
  out.push('  classDef unreached fill:#fde2e2,stroke:#c0392b,stroke-width:2px');
  out.push('  classDef partial fill:#fff4d6,stroke:#d68910');
  out.push('  classDef unreachable fill:#eeeeee,stroke:#999999,stroke-dasharray:3 3');
  out.push('  classDef offline fill:#f4f4f4,stroke:#aaaaaa,stroke-dasharray:2 4');
  if (unreached.length > 0) out.push(`  class ${unreached.join(',')} unreached`);
  if (partial.length > 0) out.push(`  class ${partial.join(',')} partial`);
  if (unreachable.length > 0) out.push(`  class ${unreachable.join(',')} unreachable`);
  if (offline.length > 0) out.push(`  class ${offline.join(',')} offline`);
  if (untakenEdges.length > 0) out.push(`  linkStyle ${untakenEdges.sort((x, y) => x - y).join(',')} stroke:#c0392b,stroke-width:2px,stroke-dasharray:5 5`);
  if (neverEdges.length > 0) out.push(`  linkStyle ${neverEdges.sort((x, y) => x - y).join(',')} stroke:#aaaaaa,stroke-dasharray:2 4`);
  return out.join('\n') + '\n';
}
