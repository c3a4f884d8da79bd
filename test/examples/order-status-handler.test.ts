import * as fs from 'fs';
import * as path from 'path';
import {
  ConditionalCheckFailedException, DynamoDBClient, ProvisionedThroughputExceededException, QueryCommand, UpdateItemCommand,
  type AttributeValue, type QueryCommandInput, type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { mockClient } from 'aws-sdk-client-mock';
import { handler as lookupHandler, createLookup } from '../../examples/order-status/handler/lookup';
import { handler as updateHandler, createUpdate, isDeliverableDate } from '../../examples/order-status/handler/update';
import { OrderStatusStack } from '../../examples/order-status/order-status-stack';
import { FlowSimulator } from '../../src';

const ROOT = path.join(__dirname, '..', '..');
const SCENARIOS = path.join(ROOT, 'examples', 'order-status', 'scenarios');
const dynamo = mockClient(DynamoDBClient);
const sns = mockClient(SNSClient);
/** 1 December 2026, 15:00 UTC. */
const NOW = Date.parse('2026-12-01T15:00:00Z');
const PHONE = '+13035550142';

const event = (parameters: Record<string, string>) => ({ Name: 'ContactFlowEvent', Details: { ContactData: {}, Parameters: parameters } });
const order = (o: Record<string, string>): Record<string, AttributeValue> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { S: v }]));

function lookupWith(budgetMs = 1500) {
  return createLookup({ client: new DynamoDBClient({ region: 'us-east-1' }), tableName: 'Orders', budgetMs, now: () => NOW, sleep: async () => {} });
}
function updateWith() {
  return createUpdate({
    dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
    sns: new SNSClient({ region: 'us-east-1' }),
    tableName: 'Orders',
    shopName: 'Ridgeline Outfitters',
    maxDaysAhead: 30,
    updateBudgetMs: 2000,
    smsBudgetMs: 3500,
    now: () => NOW,
    sleep: async () => {},
  });
}
const throttled = () => new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });

beforeEach(() => {
  dynamo.reset();
  sns.reset();
});

describe('order lookup', () => {
  test('queries the caller\'s orders by phone number and returns the most recent open one as a flat string map', async () => {
    dynamo.on(QueryCommand).resolves({
      Items: [
        order({ orderId: 'A-09817', item: 'Rain jacket', deliveryDate: '2026-10-06', status: 'DELIVERED', placedAt: '2026-11-30T09:00:00Z' }),
        order({ orderId: 'A-10001', item: 'Headlamp', deliveryDate: '2026-11-29', status: 'SHIPPED', placedAt: '2026-11-20T09:00:00Z' }),
        order({ orderId: 'A-10042', item: 'Trail running shoes', deliveryDate: '2026-12-04', status: 'PROCESSING', placedAt: '2026-11-28T10:00:00Z' }),
      ],
    });
    const answer = await lookupWith()(event({ phone: PHONE }));
    expect(answer).toEqual({ found: 'true', orderId: 'A-10042', item: 'Trail running shoes', deliveryDate: '2026-12-04', status: 'PROCESSING' });
    expect(Object.values(answer).every((v) => typeof v === 'string')).toBe(true);
    const calls = dynamo.commandCalls(QueryCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0].args[0].input as QueryCommandInput;
    expect(input.TableName).toBe('Orders');
    expect(input.KeyConditionExpression).toBe('#phone = :phone');
    expect(input.ExpressionAttributeNames!['#phone']).toBe('phone');
    expect(input.ExpressionAttributeValues).toEqual({ ':phone': { S: PHONE } });
    // It only reads.
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  test('no open order, or a number that is not E.164, is "not found" (without a query for the latter)', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [order({ orderId: 'A-1', item: 'Mug', status: 'CANCELLED', placedAt: '2026-11-30T00:00:00Z' })] });
    await expect(lookupWith()(event({ phone: PHONE }))).resolves.toEqual({ found: 'false', orderId: '', item: '', deliveryDate: '', status: '' });
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(1);
    for (const phone of ['anonymous', '', '3035550142', '+0123']) {
      await expect(lookupWith()(event({ phone }))).resolves.toMatchObject({ found: 'false' });
    }
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(1);
  });

  test('item names are made safe to read out in SSML', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [order({ orderId: 'A-7', item: 'Salt & <b>pepper</b> set', deliveryDate: '2026-12-09', status: 'SHIPPED', placedAt: '2026-11-30T00:00:00Z' })] });
    await expect(lookupWith()(event({ phone: PHONE }))).resolves.toMatchObject({ found: 'true', item: 'Salt b pepper /b set' });
  });

  test('retries throttling within its budget', async () => {
    dynamo.on(QueryCommand).rejectsOnce(throttled()).resolves({ Items: [order({ orderId: 'A-8', item: 'Stove', deliveryDate: '2026-12-08', status: 'PROCESSING', placedAt: '2026-11-30T00:00:00Z' })] });
    await expect(lookupWith()(event({ phone: PHONE }))).resolves.toMatchObject({ found: 'true', orderId: 'A-8' });
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(2);
  });

  test('never throws at Connect: a failing table or a malformed event gets a well-formed answer', async () => {
    dynamo.on(QueryCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    await expect(lookupWith()(event({ phone: PHONE }))).resolves.toEqual({ found: 'unknown', orderId: '', item: '', deliveryDate: '', status: '' });
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(1);
    dynamo.on(QueryCommand).rejects(throttled());
    await expect(lookupWith(0)(event({ phone: PHONE }))).resolves.toMatchObject({ found: 'unknown' });
    errors.mockRestore();
    for (const malformed of [undefined, null, {}, { Details: null }, { Details: { Parameters: 'x' } }]) {
      await expect(lookupHandler(malformed)).resolves.toMatchObject({ found: 'false' });
    }
  });
});

describe('order update', () => {
  test('a new delivery date: one conditional UpdateItem on the caller\'s order, then an SMS to the caller', async () => {
    dynamo.on(UpdateItemCommand).resolves({ Attributes: order({ phone: PHONE, orderId: 'A-10042', item: 'Trail running shoes', deliveryDate: '2026-12-10', status: 'PROCESSING' }) });
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const answer = await updateWith()(event({ action: 'CHANGE_DATE', phone: PHONE, orderId: 'A-10042', deliveryDate: '2026-12-10' }));
    expect(answer).toEqual({ updated: 'true', reason: '', orderId: 'A-10042', item: 'Trail running shoes', deliveryDate: '2026-12-10', status: 'PROCESSING', smsSent: 'true' });
    const update = dynamo.commandCalls(UpdateItemCommand)[0].args[0].input as UpdateItemCommandInput;
    expect(update).toEqual({
      TableName: 'Orders',
      Key: { phone: { S: PHONE }, orderId: { S: 'A-10042' } },
      UpdateExpression: 'SET #deliveryDate = :date, #updatedAt = :now',
      ConditionExpression: 'attribute_exists(#orderId) AND (#status = :processing OR #status = :shipped)',
      ExpressionAttributeNames: { '#orderId': 'orderId', '#status': 'status', '#updatedAt': 'updatedAt', '#deliveryDate': 'deliveryDate' },
      ExpressionAttributeValues: {
        ':now': { S: '2026-12-01T15:00:00.000Z' }, ':processing': { S: 'PROCESSING' }, ':shipped': { S: 'SHIPPED' }, ':date': { S: '2026-12-10' },
      },
      ReturnValues: 'ALL_NEW',
    });
    const publish = sns.commandCalls(PublishCommand);
    expect(publish).toHaveLength(1);
    expect(publish[0].args[0].input).toEqual({
      PhoneNumber: PHONE,
      Message: 'Ridgeline Outfitters: your order A-10042 (Trail running shoes) will now be delivered on 2026-12-10.',
      MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
    });
  });

  test('a cancellation: only an order still being processed, then an SMS', async () => {
    dynamo.on(UpdateItemCommand).resolves({ Attributes: order({ orderId: 'A-10042', item: 'Trail running shoes', deliveryDate: '2026-12-04', status: 'CANCELLED' }) });
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' });
    await expect(updateWith()(event({ action: 'CANCEL', phone: PHONE, orderId: 'A-10042' }))).resolves.toMatchObject({ updated: 'true', status: 'CANCELLED', smsSent: 'true' });
    const update = dynamo.commandCalls(UpdateItemCommand)[0].args[0].input as UpdateItemCommandInput;
    expect(update.Key).toEqual({ phone: { S: PHONE }, orderId: { S: 'A-10042' } });
    expect(update.UpdateExpression).toBe('SET #status = :cancelled, #updatedAt = :now');
    expect(update.ConditionExpression).toBe('attribute_exists(#orderId) AND #status = :processing');
    expect(update.ExpressionAttributeValues![':cancelled']).toEqual({ S: 'CANCELLED' });
    expect(sns.commandCalls(PublishCommand)[0].args[0].input).toMatchObject({ PhoneNumber: PHONE, Message: 'Ridgeline Outfitters: your order A-10042 (Trail running shoes) is cancelled. You will not be charged.' });
  });

  test('an order that has shipped, been delivered or cancelled (failed condition) is NOT_ALLOWED, without an SMS', async () => {
    dynamo.on(UpdateItemCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    await expect(updateWith()(event({ action: 'CANCEL', phone: PHONE, orderId: 'A-10051' })))
      .resolves.toEqual({ updated: 'false', reason: 'NOT_ALLOWED', orderId: 'A-10051', item: '', deliveryDate: '', status: '', smsSent: 'false' });
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(1);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  test('dates: a real day after today, at most 30 days away; anything else is INVALID_DATE without a write', async () => {
    expect(isDeliverableDate('2026-12-02', NOW, 30)).toBe(true);
    expect(isDeliverableDate('2026-12-31', NOW, 30)).toBe(true);
    for (const date of ['2026-12-01', '2026-11-30', '2027-01-01', '2026-02-30', '12/10/2026', '2026-W50', '', undefined]) {
      expect([date, isDeliverableDate(date, NOW, 30)]).toEqual([date, false]);
    }
    await expect(updateWith()(event({ action: 'CHANGE_DATE', phone: PHONE, orderId: 'A-10042', deliveryDate: '2026-11-15' })))
      .resolves.toMatchObject({ updated: 'false', reason: 'INVALID_DATE' });
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  test('an unknown action, a missing order or a number that is not E.164 is INVALID_REQUEST without a write', async () => {
    for (const p of [
      { action: 'REFUND', phone: PHONE, orderId: 'A-1' },
      { action: 'CANCEL', phone: PHONE, orderId: '' },
      { action: 'CANCEL', phone: 'anonymous', orderId: 'A-1' },
      { action: 'CANCEL', phone: PHONE, orderId: 'x'.repeat(65) },
    ]) {
      await expect(updateWith()(event(p))).resolves.toMatchObject({ updated: 'false', reason: 'INVALID_REQUEST', smsSent: 'false' });
    }
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  test('retries throttling; never throws at Connect when the table or SNS fails', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    dynamo.on(UpdateItemCommand).rejectsOnce(throttled()).resolves({ Attributes: order({ orderId: 'A-1', item: 'Mug', deliveryDate: '2026-12-05', status: 'PROCESSING' }) });
    sns.on(PublishCommand).rejectsOnce(Object.assign(new Error('throttled'), { name: 'ThrottlingException' })).resolves({ MessageId: 'm' });
    await expect(updateWith()(event({ action: 'CHANGE_DATE', phone: PHONE, orderId: 'A-1', deliveryDate: '2026-12-05' })))
      .resolves.toMatchObject({ updated: 'true', smsSent: 'true' });
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(2);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);

    // The SMS fails for good: the update stands, and the flow hears that no text was sent.
    sns.reset();
    sns.on(PublishCommand).rejects(Object.assign(new Error('opted out'), { name: 'InvalidParameterException' }));
    await expect(updateWith()(event({ action: 'CHANGE_DATE', phone: PHONE, orderId: 'A-1', deliveryDate: '2026-12-05' })))
      .resolves.toMatchObject({ updated: 'true', smsSent: 'false' });

    // The table fails for good.
    dynamo.reset();
    sns.reset();
    dynamo.on(UpdateItemCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(updateWith()(event({ action: 'CANCEL', phone: PHONE, orderId: 'A-1' })))
      .resolves.toEqual({ updated: 'false', reason: 'ERROR', orderId: 'A-1', item: '', deliveryDate: '', status: '', smsSent: 'false' });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    errors.mockRestore();
    for (const malformed of [undefined, null, {}, { Details: { Parameters: null } }]) {
      await expect(updateHandler(malformed)).resolves.toMatchObject({ updated: 'false', reason: 'INVALID_REQUEST' });
    }
  });
});

describe('the scenarios\' scripted answers', () => {
  // The shop's orders, as the scenarios' callers have them.
  const ORDERS: Array<Record<string, string>> = [
    { phone: PHONE, orderId: 'A-10042', item: 'Trail running shoes', deliveryDate: '2026-12-04', status: 'PROCESSING', placedAt: '2026-11-28T10:00:00Z' },
    { phone: PHONE, orderId: 'A-09817', item: 'Rain jacket', deliveryDate: '2026-10-06', status: 'DELIVERED', placedAt: '2026-10-02T10:00:00Z' },
    { phone: '+13035550177', orderId: 'A-10051', item: 'Two-person tent', deliveryDate: '2026-12-03', status: 'SHIPPED', placedAt: '2026-11-27T10:00:00Z' },
  ];

  /** A table of those orders behind the mocked client: Query by phone, UpdateItem under its condition. */
  function fakeTable() {
    const rows = ORDERS.map((o) => ({ ...o }));
    dynamo.on(QueryCommand).callsFake((input: QueryCommandInput) => ({
      Items: rows.filter((r) => r.phone === input.ExpressionAttributeValues![':phone'].S).map(order),
    }));
    dynamo.on(UpdateItemCommand).callsFake((input: UpdateItemCommandInput) => {
      const values = input.ExpressionAttributeValues!;
      const row = rows.find((r) => r.phone === input.Key!.phone.S && r.orderId === input.Key!.orderId.S);
      const allowed = [values[':processing'].S, values[':shipped']?.S].filter((s) => s !== undefined);
      if (!row || !allowed.includes(row.status)) throw new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
      if (values[':date']) row.deliveryDate = values[':date'].S!;
      if (values[':cancelled']) row.status = values[':cancelled'].S!;
      return { Attributes: order(row) };
    });
    sns.on(PublishCommand).resolves({ MessageId: 'm' });
  }

  test('every answer scripted for the example\'s functions is what its handlers return for the flow\'s parameters', async () => {
    const template = Template.fromStack(new OrderStatusStack(new App(), 'OrderStatus')).toJSON();
    const simulator = FlowSimulator.fromTemplate(template);
    const handlers: Array<[RegExp, (e: unknown) => Promise<unknown>]> = [[/^LookupOrder/, lookupWith()], [/^UpdateOrder/, updateWith()]];
    let checked = 0;
    const files = fs.readdirSync(SCENARIOS).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      dynamo.reset();
      sns.reset();
      fakeTable();
      const r = simulator.simulate(FlowSimulator.parseScenario(JSON.parse(fs.readFileSync(path.join(SCENARIOS, file), 'utf-8'))));
      for (const call of r.lambdaCalls.filter((c) => c.failure === undefined)) {
        const own = handlers.find(([name]) => name.test(call.functionName));
        if (!own) continue;
        expect([file, call.response]).toEqual([file, await own[1](event(call.parameters))]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
