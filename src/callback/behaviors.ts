/**
 * What the entry flow does outside the queue's hours.
 */
export enum ClosedBehavior {
  /** Play the closed message, then disconnect. */
  DISCONNECT = 'DISCONNECT',
  /** Play the closed message, then offer a callback (placed once agents take callbacks again). */
  OFFER_CALLBACK = 'OFFER_CALLBACK',
}

/**
 * What the entry flow does when the queue is at its maximum number of contacts.
 */
export enum QueueFullBehavior {
  /** Say the queue is full, then disconnect. */
  DISCONNECT = 'DISCONNECT',
  /**
   * Offer a callback at once. Needs a separate callback queue: waiting callbacks count toward a
   * queue's max contacts, so a full queue refuses callbacks too.
   */
  OFFER_CALLBACK = 'OFFER_CALLBACK',
}
