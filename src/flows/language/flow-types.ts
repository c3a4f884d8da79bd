/**
 * Flow types of the flow language: which actions a flow may contain depends on its type.
 */

/**
 * The type of a contact flow. Immutable once the flow exists.
 */
export enum ContactFlowType {
  /** Inbound flow: the entry point of a call, chat or task. */
  CONTACT_FLOW = 'CONTACT_FLOW',
  /** What a customer experiences while waiting in a queue. */
  CUSTOMER_QUEUE = 'CUSTOMER_QUEUE',
  /** What a customer hears while on hold. */
  CUSTOMER_HOLD = 'CUSTOMER_HOLD',
  /** Played to the customer just before they are joined with an agent. */
  CUSTOMER_WHISPER = 'CUSTOMER_WHISPER',
  /** What an agent hears while on hold. */
  AGENT_HOLD = 'AGENT_HOLD',
  /** Played to the agent just before they are joined with the customer. */
  AGENT_WHISPER = 'AGENT_WHISPER',
  /** Played to the customer of an outbound call (and callbacks) before they are joined with the agent. */
  OUTBOUND_WHISPER = 'OUTBOUND_WHISPER',
  /** Runs when an agent transfers a contact to another agent. */
  AGENT_TRANSFER = 'AGENT_TRANSFER',
  /** Runs when an agent transfers a contact to a queue. */
  QUEUE_TRANSFER = 'QUEUE_TRANSFER',
  /** Outbound campaign flow. */
  CAMPAIGN = 'CAMPAIGN',
}

/** Every flow type. */
export const FLOW_TYPES: readonly ContactFlowType[] = Object.values(ContactFlowType);
/** Inbound flows (campaigns start as inbound). */
export const INBOUND: readonly ContactFlowType[] = [ContactFlowType.CONTACT_FLOW, ContactFlowType.CAMPAIGN];
/** Transfer flows. */
export const TRANSFER: readonly ContactFlowType[] = [ContactFlowType.AGENT_TRANSFER, ContactFlowType.QUEUE_TRANSFER];
/** Hold flows. */
export const HOLD: readonly ContactFlowType[] = [ContactFlowType.CUSTOMER_HOLD, ContactFlowType.AGENT_HOLD];
/** Whisper flows. */
export const WHISPER: readonly ContactFlowType[] = [
  ContactFlowType.CUSTOMER_WHISPER, ContactFlowType.AGENT_WHISPER, ContactFlowType.OUTBOUND_WHISPER,
];
/** Flow types TransferToFlow can go to. */
export const TRANSFER_TARGETS: readonly ContactFlowType[] = [...INBOUND, ...TRANSFER];

/** true for a known flow type. */
export function isFlowType(value: unknown): value is ContactFlowType {
  return typeof value === 'string' && (FLOW_TYPES as readonly string[]).includes(value);
}
