/**
 * The semantic diff of flow-language documents: flows matched by name and type, then logical ID;
 * blocks matched by `Identifier`, then by their place in the graph walked from `StartAction`, so
 * regenerated UUIDs and renamed identifiers do not read as a rewrite.
 */
import { DiffAction, DiffGraph, DocumentDiff, UUID, blockName, readGraph } from './graph';
import { renderDiffMermaid } from './mermaid';
import { DiffFlowSource, isPlainObject } from './template-flows';
import { FlowChange, FlowChangeKind, FlowDiffEntry, FlowDiffResult, FlowDiffStatus } from './types';

const MAX_VALUE = 80;

/** Old block → new block. */
export interface BlockMatching {
  readonly oldToNew: Map<DiffAction, DiffAction>;
  readonly newToOld: Map<DiffAction, DiffAction>;
}

/**
 * Match the blocks of two documents: by identifier where both have it with the same type, then by
 * walking both graphs together from the start and from every matched pair (a branch of a matched
 * pair leads to a matched pair when both targets are unmatched and of the same type), then
 * unreachable leftovers of the same type and parameters. Every block is matched at most once, so
 * cycles end the walk.
 */
export function matchBlocks(before: DiffGraph, after: DiffGraph): BlockMatching {
  const oldToNew = new Map<DiffAction, DiffAction>();
  const newToOld = new Map<DiffAction, DiffAction>();
  const pair = (o: DiffAction, n: DiffAction) => {
    oldToNew.set(o, n);
    newToOld.set(n, o);
  };
  const queue: Array<[DiffAction, DiffAction]> = [];
  for (const n of after.actions) {
    const o = before.byId.get(n.identifier);
    if (o && o.type === n.type) pair(o, n);
  }
  const startOld = before.start !== undefined ? before.byId.get(before.start) : undefined;
  const startNew = after.start !== undefined ? after.byId.get(after.start) : undefined;
  if (startOld && startNew && !oldToNew.has(startOld) && !newToOld.has(startNew) && startOld.type === startNew.type) pair(startOld, startNew);
  if (startOld && startNew && oldToNew.get(startOld) === startNew) queue.push([startOld, startNew]);
  for (const n of after.actions) {
    const o = newToOld.get(n);
    if (o && o !== startOld) queue.push([o, n]);
  }
  for (let head = 0; head < queue.length; head++) {
    const [o, n] = queue[head];
    for (const [label, oldTarget] of o.branches) {
      const newTarget = n.branches.get(label);
      if (newTarget === undefined) continue;
      const ot = before.byId.get(oldTarget);
      const nt = after.byId.get(newTarget);
      if (!ot || !nt || oldToNew.has(ot) || newToOld.has(nt) || ot.type !== nt.type) continue;
      pair(ot, nt);
      queue.push([ot, nt]);
    }
  }
  // Leftovers (unreachable from any matched block): same type and the same parameters.
  const leftovers = new Map<string, DiffAction[]>();
  for (const o of before.actions) {
    if (oldToNew.has(o)) continue;
    const key = `${o.type}\u0000${stableJson(o.parameters)}`;
    leftovers.set(key, [...(leftovers.get(key) ?? []), o]);
  }
  for (const n of after.actions) {
    if (newToOld.has(n)) continue;
    const candidates = leftovers.get(`${n.type}\u0000${stableJson(n.parameters)}`);
    const o = candidates?.shift();
    if (o) pair(o, n);
  }
  return { oldToNew, newToOld };
}

/** JSON with object keys sorted, so key order does not count as a change. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isPlainObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The leaves of a parameter value, by path (`Text`, `Messages[0].Text`); empty objects and arrays are leaves. */
function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  } else if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const k of Object.keys(value)) leaves(value[k], path === '' ? k : `${path}.${k}`, out);
  } else if (path !== '' || !isPlainObject(value)) {
    // (No parameters at all is no leaf: a first parameter is one change, not two.)
    out.set(path, typeof value === 'string' ? value : stableJson(value));
  }
}

/** A value on one line, at most `max` characters. */
function oneLine(text: string, max: number = MAX_VALUE): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Two values shortened around their difference: the common start and end are cut to a few
 * characters of context, so a long prompt shows the words that changed.
 */
export function shortenPair(before: string, after: string): [string, string] {
  const a = before.replace(/\s+/g, ' ');
  const b = after.replace(/\s+/g, ' ');
  if (a.length <= MAX_VALUE && b.length <= MAX_VALUE) return [a, b];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const context = 12;
  const cut = (s: string) => {
    const from = Math.max(0, prefix - context);
    const to = Math.min(s.length, s.length - suffix + context);
    const middle = s.slice(from, to);
    const text = `${from > 0 ? '…' : ''}${middle}${to < s.length ? '…' : ''}`;
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
  };
  return [cut(a), cut(b)];
}

const quote = (value: string | undefined) => value === undefined ? '(none)' : `"${value}"`;

function change(kind: FlowChangeKind, description: string, fields: Partial<FlowChange> = {}): FlowChange {
  return { kind, ...fields, description };
}

/** The block-level changes between two flow-language documents. */
export function diffDocuments(beforeDoc: unknown, afterDoc: unknown): DocumentDiff {
  const before = readGraph(beforeDoc);
  const after = readGraph(afterDoc);
  const { oldToNew, newToOld } = matchBlocks(before, after);
  const changes: FlowChange[] = [];
  const added = new Set<string>();
  const changed = new Set<string>();
  const rewired = new Set<string>();
  const nameOfOld = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const a = before.byId.get(id);
    return a ? blockName(a) : `${id} (missing)`;
  };
  const nameOfNew = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const a = after.byId.get(id);
    return a ? blockName(a) : `${id} (missing)`;
  };
  /** The new block an old target stands for, to compare targets across sides. */
  const mapped = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const a = before.byId.get(id);
    const n = a ? oldToNew.get(a) : undefined;
    return n ? n.identifier : `\u0000old:${id}`;
  };

  if (mapped(before.start) !== after.start) {
    const [b, a] = [nameOfOld(before.start), nameOfNew(after.start)];
    changes.push(change(FlowChangeKind.START_CHANGED, `start: ${b ?? '(none)'} → ${a ?? '(none)'}`, { before: b, after: a }));
  }
  for (const n of after.actions) {
    const o = newToOld.get(n);
    const name = blockName(n);
    if (!o) {
      added.add(n.identifier);
      changes.push(change(FlowChangeKind.BLOCK_ADDED, `block ${name} (${n.type}) added`, { block: name, blockType: n.type }));
      continue;
    }
    const before0 = changes.length;
    if (o.identifier !== n.identifier && !UUID.test(o.identifier) && !UUID.test(n.identifier)) {
      changes.push(change(FlowChangeKind.BLOCK_RENAMED, `block ${o.identifier} renamed ${n.identifier}`,
        { block: name, blockType: n.type, before: o.identifier, after: n.identifier }));
    }
    const oldLeaves = new Map<string, string>();
    const newLeaves = new Map<string, string>();
    leaves(o.parameters, '', oldLeaves);
    leaves(n.parameters, '', newLeaves);
    const paths = [...newLeaves.keys(), ...[...oldLeaves.keys()].filter((k) => !newLeaves.has(k))];
    for (const p of paths) {
      const ov = oldLeaves.get(p);
      const nv = newLeaves.get(p);
      if (ov === nv) continue;
      const [b, a] = ov !== undefined && nv !== undefined
        ? shortenPair(ov, nv)
        : [ov === undefined ? undefined : oneLine(ov), nv === undefined ? undefined : oneLine(nv)];
      changes.push(change(FlowChangeKind.PARAMETER_CHANGED, `block ${name}: ${p || 'Parameters'} ${quote(b)} → ${quote(a)}`,
        { block: name, blockType: n.type, parameter: p || 'Parameters', before: b, after: a }));
    }
    const labels = [...n.branches.keys(), ...[...o.branches.keys()].filter((k) => !n.branches.has(k))];
    for (const label of labels) {
      const ot = o.branches.get(label);
      const nt = n.branches.get(label);
      if (mapped(ot) === nt) continue;
      const [b, a] = [nameOfOld(ot), nameOfNew(nt)];
      if (nt !== undefined) rewired.add(`${n.identifier}\u0000${label}`);
      changes.push(change(FlowChangeKind.TRANSITION_CHANGED, `block ${name}: ${label} ${b ?? '(none)'} → ${a ?? '(none)'}`,
        { block: name, blockType: n.type, branch: label, before: b, after: a }));
    }
    if (changes.length > before0) changed.add(n.identifier);
  }
  for (const o of before.actions) {
    if (oldToNew.has(o)) continue;
    const name = blockName(o);
    changes.push(change(FlowChangeKind.BLOCK_REMOVED, `block ${name} (${o.type}) removed`, { block: name, blockType: o.type }));
  }
  return { changes, added, changed, rewired };
}

const flowKind = (f: DiffFlowSource) => f.type ?? 'flow';

/**
 * Pair the flows of two sides: by name and type, then by logical ID, then by name alone; when each
 * side is one flow, those two.
 */
function matchFlows(before: DiffFlowSource[], after: DiffFlowSource[]): Map<DiffFlowSource, DiffFlowSource> {
  const pairs = new Map<DiffFlowSource, DiffFlowSource>();
  const taken = new Set<DiffFlowSource>();
  const pass = (same: (o: DiffFlowSource, n: DiffFlowSource) => boolean) => {
    for (const n of after) {
      if (pairs.has(n)) continue;
      const o = before.find((x) => !taken.has(x) && same(x, n));
      if (o) {
        pairs.set(n, o);
        taken.add(o);
      }
    }
  };
  pass((o, n) => o.name === n.name && (o.type === n.type || o.type === undefined || n.type === undefined));
  pass((o, n) => o.logicalId !== undefined && o.logicalId === n.logicalId);
  pass((o, n) => o.name === n.name);
  if (before.length === 1 && after.length === 1) pass(() => true);
  return pairs;
}

function checkReadable(flow: DiffFlowSource, side: string): void {
  if (flow.contentError !== undefined) throw new Error(`flow "${flow.name}" (${side}): ${flow.contentError}`);
  const doc = flow.document;
  if (!isPlainObject(doc) || !Array.isArray(doc.Actions)) {
    throw new Error(`flow "${flow.name}" (${side}) is not a flow-language document ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] })`);
  }
}

/** Compare two sets of flows. Throws, naming the flow and side, when a flow's content cannot be read. */
export function diffFlowSources(before: DiffFlowSource[], after: DiffFlowSource[]): FlowDiffResult {
  before.forEach((f) => checkReadable(f, 'old'));
  after.forEach((f) => checkReadable(f, 'new'));
  const pairs = matchFlows(before, after);
  const matchedOld = new Set(pairs.values());
  const flows: FlowDiffEntry[] = [];
  for (const n of after) {
    const o = pairs.get(n);
    if (!o) {
      const diff = diffDocuments({ Actions: [] }, n.document);
      flows.push({
        name: n.name,
        type: n.type,
        logicalId: n.logicalId,
        status: FlowDiffStatus.ADDED,
        changes: [change(FlowChangeKind.FLOW_ADDED, `flow "${n.name}" (${flowKind(n)}) added with ${readGraph(n.document).actions.length} blocks`, { after: n.name })],
        diagram: renderDiffMermaid(n.document, diff),
      });
      continue;
    }
    const changes: FlowChange[] = [];
    if (o.name !== n.name && !o.unnamed && !n.unnamed) changes.push(change(FlowChangeKind.FLOW_RENAMED, `flow renamed: "${o.name}" → "${n.name}"`, { before: o.name, after: n.name }));
    if (o.type !== undefined && n.type !== undefined && o.type !== n.type) {
      changes.push(change(FlowChangeKind.FLOW_TYPE_CHANGED, `flow type: ${o.type} → ${n.type}`, { before: o.type, after: n.type }));
    }
    const diff = diffDocuments(o.document, n.document);
    changes.push(...diff.changes);
    flows.push({
      name: n.name,
      type: n.type ?? o.type,
      logicalId: n.logicalId ?? o.logicalId,
      status: changes.length > 0 ? FlowDiffStatus.CHANGED : FlowDiffStatus.UNCHANGED,
      changes,
      diagram: changes.length > 0 ? renderDiffMermaid(n.document, diff) : undefined,
    });
  }
  for (const o of before) {
    if (matchedOld.has(o)) continue;
    flows.push({
      name: o.name,
      type: o.type,
      logicalId: o.logicalId,
      status: FlowDiffStatus.REMOVED,
      changes: [change(FlowChangeKind.FLOW_REMOVED, `flow "${o.name}" (${flowKind(o)}) removed`, { before: o.name })],
    });
  }
  return { flows, changeCount: flows.reduce((sum, f) => sum + f.changes.length, 0) };
}
