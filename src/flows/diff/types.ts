/**
 * The result of a semantic flow diff: which flows changed, and in each one which blocks,
 * parameters and transitions.
 */

/** What changed in a flow. */
export enum FlowChangeKind {
  /** The flow exists only on the new side. */
  FLOW_ADDED = 'FLOW_ADDED',
  /** The flow exists only on the old side. */
  FLOW_REMOVED = 'FLOW_REMOVED',
  /** The flow's name changed (the flows were matched by logical ID). */
  FLOW_RENAMED = 'FLOW_RENAMED',
  /** The flow's type changed (`CONTACT_FLOW` → `CUSTOMER_QUEUE`…). */
  FLOW_TYPE_CHANGED = 'FLOW_TYPE_CHANGED',
  /** The flow starts with another block. */
  START_CHANGED = 'START_CHANGED',
  /** A block exists only on the new side. */
  BLOCK_ADDED = 'BLOCK_ADDED',
  /** A block exists only on the old side. */
  BLOCK_REMOVED = 'BLOCK_REMOVED',
  /** A block kept its place in the graph under another (non-generated) identifier. */
  BLOCK_RENAMED = 'BLOCK_RENAMED',
  /** A parameter of a block changed, appeared or disappeared. */
  PARAMETER_CHANGED = 'PARAMETER_CHANGED',
  /** A branch of a block leads to another block, or appeared, or disappeared. */
  TRANSITION_CHANGED = 'TRANSITION_CHANGED',
}

/** How a flow differs between the two sides. */
export enum FlowDiffStatus {
  /** Only on the new side. */
  ADDED = 'ADDED',
  /** Only on the old side. */
  REMOVED = 'REMOVED',
  /** On both sides, with changes. */
  CHANGED = 'CHANGED',
  /** On both sides, the same (apart from identifiers and layout metadata). */
  UNCHANGED = 'UNCHANGED',
}

/** One change in a flow. */
export interface FlowChange {
  /** What kind of change this is. */
  readonly kind: FlowChangeKind;
  /**
   * The block, by its identifier on the new side (on the old side for a removed block); a generated
   * (UUID) identifier is shown as the block type and the UUID's first 8 characters.
   *
   * @default - the change is about the whole flow
   */
  readonly block?: string;
  /**
   * The block's action type (`MessageParticipant`…).
   *
   * @default - the change is about the whole flow
   */
  readonly blockType?: string;
  /**
   * The parameter, as a path in `Parameters` (`Text`, `Messages[0].Text`), for `PARAMETER_CHANGED`.
   *
   * @default - not a parameter change
   */
  readonly parameter?: string;
  /**
   * The branch, for `TRANSITION_CHANGED`: `Next`, a condition's operand (`"2"`, `True`), or an error
   * type (`NoMatchingError`).
   *
   * @default - not a transition change
   */
  readonly branch?: string;
  /**
   * The old value: a parameter value (JSON for objects, text shortened around the difference), a
   * block or flow name, or a flow type. A reference to a resource of a template is shown as the
   * resource it points to (`Queue: Support`).
   *
   * @default - nothing on the old side (added)
   */
  readonly before?: string;
  /**
   * The new value, in the same form as `before`.
   *
   * @default - nothing on the new side (removed)
   */
  readonly after?: string;
  /** One line saying what changed, for people. */
  readonly description: string;
}

/** How one flow differs. */
export interface FlowDiffEntry {
  /** The flow's name (on the new side, or the old side for a removed flow). */
  readonly name: string;
  /**
   * The flow's type (`CONTACT_FLOW`…), `MODULE` for a flow module.
   *
   * @default - not known (a flow file on its own)
   */
  readonly type?: string;
  /**
   * The flow's logical ID in its template; for a flow of a nested stack, after the logical IDs of
   * the nested stacks it is in (`NestedStackResource/Flow`).
   *
   * @default - not from a template
   */
  readonly logicalId?: string;
  /** How the flow differs. */
  readonly status: FlowDiffStatus;
  /** The changes, flow-level first, then block by block in the new flow's order. */
  readonly changes: FlowChange[];
  /**
   * A Mermaid `flowchart TD` of the new flow with added blocks, changed blocks and rewired
   * branches highlighted.
   *
   * @default - none for a removed or unchanged flow
   */
  readonly diagram?: string;
}

/** The differences between two sets of flows. */
export interface FlowDiffResult {
  /** One entry per flow of either side, unchanged flows included, in the new side's order then removed flows. */
  readonly flows: FlowDiffEntry[];
  /** The number of changes over all flows (an added or removed flow counts one). */
  readonly changeCount: number;
}

/** Options of `diffFlows`. */
export interface DiffFlowsOptions {
  /**
   * The name of the old flow when it is a flow-language document rather than a template.
   *
   * @default "flow"
   */
  readonly beforeName?: string;
  /**
   * The name of the new flow when it is a flow-language document rather than a template.
   *
   * @default "flow"
   */
  readonly afterName?: string;
}
