/**
 * The order lookup: finds the caller's most recent open order (processing or shipped) by phone
 * number. Amazon Connect calls it with the parameter `phone` (`$.CustomerEndpoint.Address`) and
 * keeps the flat string map it returns in `$.External`:
 * `found` (`true`, `false`, or `unknown` when the table could not be read), `orderId`, `item`,
 * `deliveryDate`, `status`. It only reads (Query on the table's partition key) and never throws.
 *
 * Environment: `TABLE_NAME`.
 */
import { DynamoDBClient, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { e164, parametersOf, speakable } from './orders';
import { withRetry } from '../../../lambda-src/shared/retry';

/** What the flow gets back. */
export interface LookupAnswer {
  readonly found: 'true' | 'false' | 'unknown';
  readonly orderId: string;
  readonly item: string;
  readonly deliveryDate: string;
  readonly status: string;
}

export interface LookupOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** No DynamoDB attempt starts later than this many ms after the call. */
  readonly budgetMs: number;
  /** Clock (tests). @default Date.now */
  readonly now?: () => number;
  /** Sleep between retries (tests). */
  readonly sleep?: (ms: number) => Promise<void>;
}

const OPEN = new Set(['PROCESSING', 'SHIPPED']);
const NONE = { orderId: '', item: '', deliveryDate: '', status: '' };

const text = (value: AttributeValue | undefined) => (value && 'S' in value && typeof value.S === 'string' ? value.S : '');

/** A lookup function over the given client and table. */
export function createLookup(options: LookupOptions): (event: unknown) => Promise<LookupAnswer> {
  const now = options.now ?? Date.now;
  return async (event) => {
    const phone = e164(parametersOf(event).phone);
    if (!phone) return { found: 'false', ...NONE };
    let items: Array<Record<string, AttributeValue>>;
    try {
      const result = await withRetry(() => options.client.send(new QueryCommand({
        TableName: options.tableName,
        KeyConditionExpression: '#phone = :phone',
        ExpressionAttributeNames: { '#phone': 'phone', '#orderId': 'orderId', '#item': 'item', '#deliveryDate': 'deliveryDate', '#status': 'status', '#placedAt': 'placedAt' },
        ExpressionAttributeValues: { ':phone': { S: phone } },
        ProjectionExpression: '#orderId, #item, #deliveryDate, #status, #placedAt',
      })), { deadline: now() + options.budgetMs, now, sleep: options.sleep });
      items = result.Items ?? [];
    } catch (error) {
      console.error(JSON.stringify({ message: 'order lookup failed', error: (error as Error)?.name ?? String(error) }));
      return { found: 'unknown', ...NONE };
    }
    const latest = items
      .filter((i) => OPEN.has(text(i.status)))
      .sort((a, b) => text(b.placedAt).localeCompare(text(a.placedAt)))[0];
    if (!latest) return { found: 'false', ...NONE };
    return {
      found: 'true',
      orderId: speakable(text(latest.orderId), 40),
      item: speakable(text(latest.item)),
      deliveryDate: text(latest.deliveryDate),
      status: text(latest.status),
    };
  };
}

const lookup = createLookup({
  // Retries are ours (withRetry), inside the budget: the flow waits 3 s.
  client: new DynamoDBClient({ maxAttempts: 1, requestHandler: { connectionTimeout: 300, requestTimeout: 700 } }),
  tableName: process.env.TABLE_NAME ?? '',
  budgetMs: 1500,
});

/** The Lambda entry point. */
export async function handler(event: unknown): Promise<LookupAnswer> {
  return lookup(event);
}
