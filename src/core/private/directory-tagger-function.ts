import { Duration, aws_events as events, aws_events_targets as targets, aws_iam as iam } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { BundledFunction, InstanceRef } from './bundled-function';

export interface DirectoryTaggerFunctionProps {
  readonly contactCenter: InstanceRef;
  readonly extensionTagKey: string;
  readonly nameKeyPrefix: string;
  /** Digits of extensions given to users without one; 0 never assigns. */
  readonly extensionLength: number;
  /** How often the job runs. */
  readonly schedule: events.Schedule;
  /** Most Connect API calls per second (the account shares 2/s with the call-time lookups). */
  readonly requestsPerSecond: number;
}

/**
 * The scheduled directory job (lambda-src/directory-tagger): keeps phonetic name keys and
 * extensions as tags on every user of the instance, paced below the API limits.
 */
export class DirectoryTaggerFunction extends BundledFunction {
  public readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: DirectoryTaggerFunctionProps) {
    super(scope, id, {
      handlerName: 'directory-tagger',
      description: 'Keeps the directory tags (name keys, extensions) on the users of a Connect instance',
      // 900 s (the Lambda maximum): at 1 call/s that is ~850 users updated per run; the next run continues.
      timeout: Duration.minutes(15),
      environment: {
        INSTANCE_ID: props.contactCenter.instanceId,
        EXTENSION_TAG_KEY: props.extensionTagKey,
        NAME_KEY_PREFIX: props.nameKeyPrefix,
        EXTENSION_LENGTH: String(props.extensionLength),
        REQUESTS_PER_SECOND: String(props.requestsPerSecond),
      },
    });
    this.allowSearchUsers(props.contactCenter);
    this.addToRolePolicy(new iam.PolicyStatement({
      actions: ['connect:TagResource', 'connect:UntagResource'],
      resources: [`${props.contactCenter.instanceArn}/agent/*`],
    }));
    // Keep the schedule longer than a run (15 min): overlapping runs would double the API rate.
    this.rule = new events.Rule(scope, `${id}Schedule`, {
      schedule: props.schedule,
      description: 'Runs the directory tag job',
      targets: [new targets.LambdaFunction(this, { retryAttempts: 0 })],
    });
  }
}
