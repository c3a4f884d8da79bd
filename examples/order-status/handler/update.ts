/**
 * The order update: after the bot has understood what the caller wants, changes the delivery date
 * of the order or cancels it (one conditional UpdateItem, on the caller's own order: the key is
 * the caller's number and the order ID), then confirms by SMS (SNS Publish to the caller's number).
 *
 * Amazon Connect calls it with the parameters `action` (`CHANGE_DATE` or `CANCEL`), `phone`
 * (`$.CustomerEndpoint.Address`), `orderId` and, to change the date, `deliveryDate` (the Lex
 * `AMAZON.Date` slot, YYYY-MM-DD). It answers a flat string map and never throws:
 * `updated` (`true`/`false`), `reason` (empty, `INVALID_REQUEST`, `INVALID_DATE`, `NOT_ALLOWED` —
 * the order is shipped, delivered or cancelled — or `ERROR`), `orderId`, `item`, `deliveryDate`,
 * `status` and `smsSent` (`true`/`false`; a failed SMS does not undo the update).
 *
 * Environment: `TABLE_NAME`, `SHOP_NAME`.
 */
import { ConditionalCheckFailedException, DynamoDBClient, UpdateItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { e164, parametersOf, speakable } from './orders';
import { withRetry } from '../../../lambda-src/shared/retry';

/** What the flow gets back. */
export interface UpdateAnswer {
  readonly updated: 'true' | 'false';
  readonly reason: '' | 'INVALID_REQUEST' | 'INVALID_DATE' | 'NOT_ALLOWED' | 'ERROR';
  readonly orderId: string;
  readonly item: string;
  readonly deliveryDate: string;
  readonly status: string;
  readonly smsSent: 'true' | 'false';
}

export interface UpdateOptions {
  readonly dynamodb: DynamoDBClient;
  readonly sns: SNSClient;
  readonly tableName: string;
  /** The name the SMS is signed with. */
  readonly shopName: string;
  /** A new delivery date is at most this many days away. */
  readonly maxDaysAhead: number;
  /** No DynamoDB attempt starts later than this many ms after the call. */
  readonly updateBudgetMs: number;
  /** No SNS attempt starts later than this many ms after the call. */
  readonly smsBudgetMs: number;
  /** Clock (tests). @default Date.now */
  readonly now?: () => number;
  /** Sleep between retries (tests). */
  readonly sleep?: (ms: number) => Promise<void>;
}

const DAY_MS = 86_400_000;
const text = (value: AttributeValue | undefined) => (value && 'S' in value && typeof value.S === 'string' ? value.S : '');

/** Whether `date` is a real YYYY-MM-DD day after today (UTC) and at most `maxDays` days away. */
export function isDeliverableDate(date: string | undefined, nowMs: number, maxDays: number): boolean {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== date) return false;
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  return day > today && day <= today + maxDays * DAY_MS;
}

/** An update function over the given clients and table. */
export function createUpdate(options: UpdateOptions): (event: unknown) => Promise<UpdateAnswer> {
  const now = options.now ?? Date.now;
  return async (event) => {
    const started = now();
    const p = parametersOf(event);
    const phone = e164(p.phone);
    const orderId = typeof p.orderId === 'string' ? p.orderId.trim() : '';
    const answer = (reason: UpdateAnswer['reason'], fields: Partial<UpdateAnswer> = {}): UpdateAnswer => ({
      updated: 'false', reason, orderId, item: '', deliveryDate: '', status: '', smsSent: 'false', ...fields,
    });
    if (!phone || !orderId || orderId.length > 64 || (p.action !== 'CHANGE_DATE' && p.action !== 'CANCEL')) return answer('INVALID_REQUEST');
    if (p.action === 'CHANGE_DATE' && !isDeliverableDate(p.deliveryDate, started, options.maxDaysAhead)) return answer('INVALID_DATE');

    const names: Record<string, string> = { '#orderId': 'orderId', '#status': 'status', '#updatedAt': 'updatedAt' };
    const values: Record<string, AttributeValue> = { ':now': { S: new Date(started).toISOString() }, ':processing': { S: 'PROCESSING' } };
    let update: string;
    let condition: string;
    if (p.action === 'CHANGE_DATE') {
      names['#deliveryDate'] = 'deliveryDate';
      values[':date'] = { S: p.deliveryDate! };
      values[':shipped'] = { S: 'SHIPPED' };
      update = 'SET #deliveryDate = :date, #updatedAt = :now';
      condition = 'attribute_exists(#orderId) AND (#status = :processing OR #status = :shipped)';
    } else {
      values[':cancelled'] = { S: 'CANCELLED' };
      update = 'SET #status = :cancelled, #updatedAt = :now';
      // Only an order that has not left the warehouse can be cancelled by phone.
      condition = 'attribute_exists(#orderId) AND #status = :processing';
    }

    let item: Record<string, AttributeValue>;
    try {
      const result = await withRetry(() => options.dynamodb.send(new UpdateItemCommand({
        TableName: options.tableName,
        Key: { phone: { S: phone }, orderId: { S: orderId } },
        UpdateExpression: update,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      })), { deadline: started + options.updateBudgetMs, now, sleep: options.sleep });
      item = result.Attributes ?? {};
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException || (error as { name?: string })?.name === 'ConditionalCheckFailedException') {
        return answer('NOT_ALLOWED');
      }
      console.error(JSON.stringify({ message: 'order update failed', error: (error as Error)?.name ?? String(error) }));
      return answer('ERROR');
    }

    const done: UpdateAnswer = answer('', {
      updated: 'true', item: speakable(text(item.item)), deliveryDate: text(item.deliveryDate), status: text(item.status),
    });
    const what = done.item ? `${orderId} (${done.item})` : orderId;
    const message = p.action === 'CHANGE_DATE'
      ? `${options.shopName}: your order ${what} will now be delivered on ${done.deliveryDate}.`
      : `${options.shopName}: your order ${what} is cancelled. You will not be charged.`;
    try {
      await withRetry(() => options.sns.send(new PublishCommand({
        PhoneNumber: phone,
        Message: message,
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      })), { deadline: started + options.smsBudgetMs, now, sleep: options.sleep });
      return { ...done, smsSent: 'true' };
    } catch (error) {
      console.error(JSON.stringify({ message: 'confirmation SMS failed', error: (error as Error)?.name ?? String(error) }));
      return done;
    }
  };
}

// Retries are ours (withRetry), inside the budgets: an answer within about 5 s, the flow waits 8 s.
const requestHandler = { connectionTimeout: 300, requestTimeout: 1000 };
const updateOrder = createUpdate({
  dynamodb: new DynamoDBClient({ maxAttempts: 1, requestHandler }),
  sns: new SNSClient({ maxAttempts: 1, requestHandler }),
  tableName: process.env.TABLE_NAME ?? '',
  shopName: process.env.SHOP_NAME ?? 'Your order',
  maxDaysAhead: 30,
  updateBudgetMs: 2000,
  smsBudgetMs: 3500,
});

/** The Lambda entry point. */
export async function handler(event: unknown): Promise<UpdateAnswer> {
  return updateOrder(event);
}
