/**
 * The DynamoDB store of the duplicate-callback check: one item per (queue, number) digest,
 * `pk` (string), `expiresAt` (epoch seconds, the table's TTL attribute), `contactId`, `createdAt`.
 */
import {
  ConditionalCheckFailedException, DeleteItemCommand, PutItemCommand, type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { DedupeStore } from './dedupe';

export function createDynamoStore(client: DynamoDBClient, tableName: string): DedupeStore {
  return {
    async reserve(key, contactId, nowSeconds, expiresAt) {
      try {
        await client.send(new PutItemCommand({
          TableName: tableName,
          Item: {
            pk: { S: key },
            expiresAt: { N: String(expiresAt) },
            contactId: { S: contactId },
            createdAt: { N: String(nowSeconds) },
          },
          // TTL deletes expired items lazily (within days): an expired item does not count.
          // One conditional write: of two concurrent calls, exactly one succeeds.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': { N: String(nowSeconds) } },
        }));
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException || (error as { name?: string })?.name === 'ConditionalCheckFailedException') {
          return false;
        }
        throw error;
      }
    },
    async clear(key) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: key } } }));
    },
  };
}
