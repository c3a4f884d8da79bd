import { Duration, aws_dynamodb as dynamodb, aws_iam as iam, aws_kms as kms } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { BundledFunction } from './bundled-function';

export interface CallbackDedupeFunctionProps {
  /** The table of pending callbacks (partition key `pk`, TTL attribute `expiresAt`). */
  readonly table: dynamodb.ITable;
  /** The table's customer managed key, when it has one. */
  readonly encryptionKey?: kms.IKey;
  /** How long an entry lives. */
  readonly ttl: Duration;
}

/**
 * The duplicate-callback check (lambda-src/callback-dedupe): one conditional PutItem per callback
 * request, one DeleteItem when a callback is answered. It may do exactly that on its own table.
 */
export class CallbackDedupeFunction extends BundledFunction {
  constructor(scope: Construct, id: string, props: CallbackDedupeFunctionProps) {
    super(scope, id, {
      handlerName: 'callback-dedupe',
      description: 'Refuses a second queued callback for a number that already has one waiting',
      // Connect waits at most 8 s for a Lambda function.
      timeout: Duration.seconds(8),
      memorySize: 128,
      environment: {
        TABLE_NAME: props.table.tableName,
        TTL_SECONDS: String(props.ttl.toSeconds()),
      },
    });
    this.addToRolePolicy(new iam.PolicyStatement({
      actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
      resources: [props.table.tableArn],
    }));
    if (props.encryptionKey) {
      // What DynamoDB needs of the caller to write items under a customer managed key.
      props.encryptionKey.grant(this, 'kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey');
    }
  }
}
