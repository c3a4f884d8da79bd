/**
 * Flow-language documents read as graphs for the diff: actions by identifier, branches by label.
 */
import { isPlainObject } from './template-flows';
import { FlowChange } from './types';

/** A generated identifier (console exports, regenerated flows). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An action of a document, with its branches. */
export interface DiffAction {
  readonly identifier: string;
  readonly type: string;
  readonly parameters: { [key: string]: unknown };
  /** branch label → target identifier, in the document's order */
  readonly branches: Map<string, string>;
  readonly index: number;
}

/** A document read for the diff. */
export interface DiffGraph {
  readonly start?: string;
  readonly actions: DiffAction[];
  readonly byId: Map<string, DiffAction>;
}


/** The branch label of a condition: its operand for `Equals`, else the operator and operands. */
function conditionLabel(condition: any): string {
  const c = isPlainObject(condition) ? condition : {};
  const operands = Array.isArray(c.Operands) ? c.Operands.map((o: unknown) => typeof o === 'string' ? o : JSON.stringify(o)).join(', ') : '';
  return c.Operator === undefined || c.Operator === 'Equals' ? operands : `${c.Operator} ${operands}`;
}

/** Read a flow-language document; the first action with an identifier wins over its duplicates. */
export function readGraph(document: unknown): DiffGraph {
  const doc = isPlainObject(document) ? document : {};
  const actions: DiffAction[] = [];
  const byId = new Map<string, DiffAction>();
  const list: unknown[] = Array.isArray(doc.Actions) ? doc.Actions : [];
  list.forEach((raw, i) => {
    if (!isPlainObject(raw)) return;
    const identifier = typeof raw.Identifier === 'string' ? raw.Identifier : `#${i}`;
    if (byId.has(identifier)) return;
    const t = isPlainObject(raw.Transitions) ? raw.Transitions : {};
    const branches = new Map<string, string>();
    const add = (label: string, target: unknown) => {
      if (typeof target !== 'string') return;
      let key = label;
      for (let n = 2; branches.has(key); n++) key = `${label} (${n})`;
      branches.set(key, target);
    };
    for (const c of Array.isArray(t.Conditions) ? t.Conditions : []) if (isPlainObject(c)) add(conditionLabel(c.Condition), c.NextAction);
    for (const e of Array.isArray(t.Errors) ? t.Errors : []) if (isPlainObject(e)) add(String(e.ErrorType), e.NextAction);
    add('Next', t.NextAction);
    const action: DiffAction = {
      identifier,
      type: String(raw.Type ?? '?'),
      parameters: isPlainObject(raw.Parameters) ? raw.Parameters : {},
      branches,
      index: actions.length,
    };
    actions.push(action);
    byId.set(identifier, action);
  });
  return { start: typeof doc.StartAction === 'string' ? doc.StartAction : undefined, actions, byId };
}

/** How a block is named in a change: its identifier, or its type and the start of a generated UUID. */
export function blockName(action: DiffAction): string {
  return UUID.test(action.identifier) ? `${action.type} ${action.identifier.slice(0, 8)}` : action.identifier;
}

/** Changes between two documents of one flow, and the new blocks and branches they touch. */
export interface DocumentDiff {
  readonly changes: FlowChange[];
  /** new-side identifiers of added blocks */
  readonly added: Set<string>;
  /** new-side identifiers of changed blocks */
  readonly changed: Set<string>;
  /** `identifier\u0000branch` of rewired branches on the new side */
  readonly rewired: Set<string>;
}

