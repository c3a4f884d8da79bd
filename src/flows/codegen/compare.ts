/**
 * The round trip of `codegen`: does the flow the generated code renders equal the source flow?
 * Actions are compared as graphs walked from `StartAction` (identifiers are renamed), with the
 * documented normalizations counted.
 */
import { reachableActions } from './generate';
import { Exit, specOf } from '../language';

/** A normalization of the round trip: what is not compared, and why. */
export enum Normalization {
  /** Identifiers are renamed to readable block IDs: actions are matched by walking the graph from `StartAction`. */
  IDENTIFIERS = 'identifiers',
  /** Console layout (`Metadata`) is not part of the flow's behaviour; the builder writes its own. */
  LAYOUT = 'layout',
  /** Actions not reachable from `StartAction` never run; the builder leaves them out. */
  UNREACHABLE = 'unreachable',
  /** A module's content-level `Settings` is the fixed block the console writes; `ContactFlowModule` adds it back. */
  MODULE_SETTINGS = 'module-settings',
  /** Empty `Parameters`, `Conditions` or `Errors` equal absent ones. */
  EMPTY_FIELDS = 'empty-fields',
  /** Error branches are matched by `ErrorType`: their order in the JSON carries no meaning. */
  ERROR_ORDER = 'error-order',
  /** A `NextAction` on an action that ends the contact or the flow is never taken; the builder has no branch for it. */
  TERMINAL_NEXT = 'terminal-next',
}

/** The content-level Settings block every module carries (what the console writes). */
export const STANDARD_MODULE_SETTINGS = {
  InputParameters: [],
  OutputParameters: [],
  Transitions: [
    { DisplayName: 'Success', ReferenceName: 'Success', Description: '' },
    { DisplayName: 'Error', ReferenceName: 'Error', Description: '' },
  ],
};

/** The result of a round-trip comparison. */
export interface RoundTrip {
  /** Each difference, naming the source action and JSON path; empty when identical. */
  readonly differences: string[];
  /** How often each normalization applied. */
  readonly normalizations: { [n in Normalization]?: number };
}

const isEmpty = (v: any) => v === undefined || (Array.isArray(v) && v.length === 0)
  || (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

function same(a: any, b: any): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: any): any {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    const out: any = {};
    for (const k of Object.keys(v).sort()) out[k] = canonical(v[k]);
    return out;
  }
  return v;
}

/**
 * Compare a source flow with the flow the generated code rendered (both resolved: no tokens).
 */
export function compareRoundTrip(source: any, rendered: any): RoundTrip {
  const differences: string[] = [];
  const counts: { [n in Normalization]?: number } = {};
  const count = (n: Normalization, by = 1) => { counts[n] = (counts[n] ?? 0) + by; };

  const src = reachableActions(source, 'source');
  const out = reachableActions(rendered, 'rendered');
  if (source.Metadata !== undefined) count(Normalization.LAYOUT);
  if (src.unreachable.length > 0) count(Normalization.UNREACHABLE, src.unreachable.length);
  if (source.Version !== rendered.Version) differences.push(`Version: ${JSON.stringify(source.Version)} became ${JSON.stringify(rendered.Version)}`);
  if (source.Settings !== undefined) {
    if (same(source.Settings, STANDARD_MODULE_SETTINGS)) count(Normalization.MODULE_SETTINGS);
    else differences.push('Settings: the module\'s content-level Settings differ from the block ContactFlowModule writes');
  }
  const extra = Object.keys(source).filter((k) => !['Version', 'StartAction', 'Metadata', 'Actions', 'Settings'].includes(k));
  for (const k of extra) differences.push(`${k}: a top-level field the builder does not write`);

  const srcById = new Map<string, any>(src.order.map((a) => [a.Identifier, a]));
  const outById = new Map<string, any>(out.order.map((a) => [a.Identifier, a]));
  const mapping = new Map<string, string>(); // source id -> rendered id
  const reverse = new Map<string, string>();
  const queue: Array<[string, string]> = [[source.StartAction, rendered.StartAction]];
  let renamed = 0;
  const pair = (s: string | undefined, r: string | undefined, where: string) => {
    if (s === undefined && r === undefined) return;
    if (s === undefined || r === undefined) {
      differences.push(`${where}: ${s === undefined ? `the source has none, the code goes to "${r}"` : `goes to "${s}" in the source, nowhere in the code`}`);
      return;
    }
    const known = mapping.get(s);
    if (known !== undefined) {
      if (known !== r) differences.push(`${where}: goes to "${s}" in the source, to a different block ("${r}", not "${known}") in the code`);
      return;
    }
    if (reverse.has(r)) {
      differences.push(`${where}: "${s}" and "${reverse.get(r)}" of the source both became "${r}"`);
      return;
    }
    mapping.set(s, r);
    reverse.set(r, s);
    queue.push([s, r]);
  };
  mapping.set(source.StartAction, rendered.StartAction);
  reverse.set(rendered.StartAction, source.StartAction);
  while (queue.length > 0) {
    const [sid, rid] = queue.shift()!;
    const a = srcById.get(sid);
    const b = outById.get(rid);
    if (!a || !b) continue;
    if (sid !== rid) renamed++;
    const at = `action "${sid}"`;
    if (a.Type !== b.Type) {
      differences.push(`${at}: Type ${a.Type} became ${b.Type}`);
      continue;
    }
    const pa = a.Parameters ?? {};
    const pb = b.Parameters ?? {};
    if (a.Parameters === undefined && isEmpty(pb)) count(Normalization.EMPTY_FIELDS);
    for (const k of new Set([...Object.keys(pa), ...Object.keys(pb)])) {
      if (!same(pa[k], pb[k])) differences.push(`${at}: Parameters.${k}: ${JSON.stringify(pa[k])} became ${JSON.stringify(pb[k])}`);
    }
    const ta = a.Transitions ?? {};
    const tb = b.Transitions ?? {};
    const terminal = specOf(a.Type)?.exit === Exit.TERMINAL;
    if (terminal && ta.NextAction !== undefined && tb.NextAction === undefined) count(Normalization.TERMINAL_NEXT);
    else pair(ta.NextAction, tb.NextAction, `${at}: Transitions.NextAction`);
    const ca: any[] = ta.Conditions ?? [];
    const cb: any[] = tb.Conditions ?? [];
    if ((ta.Conditions !== undefined && ca.length === 0) || (ta.Errors !== undefined && ta.Errors.length === 0)) count(Normalization.EMPTY_FIELDS);
    if (ca.length !== cb.length) differences.push(`${at}: Transitions.Conditions: ${ca.length} in the source, ${cb.length} in the code`);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
      if (!same(ca[i].Condition, cb[i].Condition)) {
        differences.push(`${at}: Transitions.Conditions[${i}]: ${JSON.stringify(ca[i].Condition)} became ${JSON.stringify(cb[i].Condition)}`);
      }
      pair(ca[i].NextAction, cb[i].NextAction, `${at}: Transitions.Conditions[${i}].NextAction`);
    }
    const ea: any[] = ta.Errors ?? [];
    const eb: any[] = tb.Errors ?? [];
    const typesA = ea.map((e) => e.ErrorType);
    const typesB = eb.map((e) => e.ErrorType);
    if (typesA.join() !== typesB.join() && [...typesA].sort().join() === [...typesB].sort().join()) count(Normalization.ERROR_ORDER);
    for (const e of ea) {
      const match = eb.find((x) => x.ErrorType === e.ErrorType);
      if (!match) differences.push(`${at}: Transitions.Errors: the ${e.ErrorType} branch is missing in the code`);
      else pair(e.NextAction, match.NextAction, `${at}: Transitions.Errors ${e.ErrorType}`);
    }
    for (const e of eb) {
      if (!ea.some((x) => x.ErrorType === e.ErrorType)) differences.push(`${at}: Transitions.Errors: the code adds a ${e.ErrorType} branch`);
    }
    const otherA = Object.keys(a).filter((k) => !['Identifier', 'Type', 'Parameters', 'Transitions'].includes(k));
    for (const k of otherA) if (!same(a[k], b[k])) differences.push(`${at}: ${k}: ${JSON.stringify(a[k])} became ${JSON.stringify(b[k])}`);
  }
  if (renamed > 0) count(Normalization.IDENTIFIERS, renamed);
  if (out.order.length !== src.order.length && differences.length === 0) {
    differences.push(`the source has ${src.order.length} reachable actions, the code ${out.order.length}`);
  }
  return { differences, normalizations: counts };
}
