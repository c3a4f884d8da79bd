/**
 * What the order-status handlers share: the table's items, the flat string maps Amazon Connect
 * gets back, and the reading of the flow's parameters.
 *
 * The orders table: partition key `phone` (the customer's number, E.164), sort key `orderId`;
 * attributes `item`, `deliveryDate` (YYYY-MM-DD), `status` (one of `ORDER_STATUSES`) and
 * `placedAt` (ISO 8601).
 */

/** An order's status. */
export const ORDER_STATUSES = ['PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;
export type OrderStatus = typeof ORDER_STATUSES[number];

/** The parameters Connect sends (`Details.Parameters`, strings only) in a Connect event. */
export interface ConnectEvent {
  readonly Details?: {
    readonly Parameters?: { [key: string]: string | undefined };
    readonly ContactData?: { readonly CustomerEndpoint?: { readonly Address?: string } };
  };
}

/** The parameters of the event, or none for a malformed one. */
export function parametersOf(event: unknown): { [key: string]: string | undefined } {
  const parameters = (event as ConnectEvent | undefined)?.Details?.Parameters;
  return parameters && typeof parameters === 'object' ? parameters : {};
}

/** An E.164 phone number, or undefined. */
export function e164(value: string | undefined): string | undefined {
  return typeof value === 'string' && /^\+[1-9]\d{6,14}$/.test(value) ? value : undefined;
}

/**
 * Text that is read out in SSML and sent by SMS: control characters and the characters SSML
 * reserves are dropped, and it is kept short.
 */
export function speakable(value: unknown, max = 80): string {
  return String(value ?? '').replace(/[<>&"\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}
