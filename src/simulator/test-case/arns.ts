/**
 * The ARNs a test case names (Lambda functions, hours of operation, queues, agents): their form,
 * and that the Connect ones belong to one instance. Shared by `ContactFlowTest` (props, at synth)
 * and `cdk-contact-center export-test` (options), each naming the value its own way, and by the
 * exporter for the ARNs a scenario gives directly. Pure: no aws-cdk-lib, no AWS call. Not part of
 * the public API.
 *
 * Forms, from the Service Authorization Reference (resource types of Amazon Connect and AWS Lambda):
 * - `arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}` (with `:${Qualifier}`,
 *   an alias or version, for a qualified function);
 * - `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/operating-hours/${HoursOfOperationId}`;
 * - `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/${QueueId}`;
 * - `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent/${UserId}`.
 */

/** The kinds of ARN a test case names. */
export type TestCaseArnKind = 'lambda' | 'hours' | 'queue' | 'agent';

/** An ARN a test case names, with how the caller names where it comes from (`--hours Main`, `queueArns.Support`). */
export interface TestCaseArn {
  readonly kind: TestCaseArnKind;
  readonly name: string;
  readonly value: string;
}

/** The ARNs of an option or prop of `{ key: ARN }`, each named by `name(key)`. */
export function testCaseArns(kind: TestCaseArnKind, values: { [key: string]: string } | undefined, name: (key: string) => string): TestCaseArn[] {
  return Object.entries(values ?? {}).map(([key, value]) => ({ kind, name: name(key), value }));
}

/** What is wrong with one of the ARNs: the expected form or instance. */
export interface TestCaseArnProblem {
  readonly arn: TestCaseArn;
  readonly expected: string;
}

const CONNECT_TYPES: { [kind in Exclude<TestCaseArnKind, 'lambda'>]: { type: string; what: string; id: string } } = {
  hours: { type: 'operating-hours', what: 'an hours of operation ARN', id: 'hoursOfOperationId' },
  queue: { type: 'queue', what: 'a queue ARN', id: 'queueId' },
  agent: { type: 'agent', what: 'an agent (user) ARN', id: 'userId' },
};

const LAMBDA = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]{1,128})?$/;
const CONNECT = /^arn:(aws[a-z-]*):connect:([a-z0-9-]+):(\d{12}):instance\/([-a-zA-Z0-9]+)\/([a-z-]+)\/[-a-zA-Z0-9]+$/;

/** The expected form of an ARN of this kind, for messages. */
export function testCaseArnForm(kind: TestCaseArnKind): string {
  if (kind === 'lambda') return 'a Lambda function ARN, arn:<partition>:lambda:<region>:<account>:function:<name>[:<alias or version>]';
  const { type, what, id } = CONNECT_TYPES[kind];
  return `${what}, arn:<partition>:connect:<region>:<account>:instance/<instanceId>/${type}/<${id}>`;
}

/** Whether the value is an ARN of this kind. */
export function isTestCaseArn(kind: TestCaseArnKind, value: string): boolean {
  if (kind === 'lambda') return LAMBDA.test(value);
  const m = CONNECT.exec(value);
  return m !== null && m[5] === CONNECT_TYPES[kind].type;
}

/** The instance a Connect ARN belongs to, or undefined when the value is no Connect resource ARN. */
function instanceOf(value: string): { partition: string; region: string; account: string; instance: string } | undefined {
  const m = CONNECT.exec(value);
  return m ? { partition: m[1], region: m[2], account: m[3], instance: m[4] } : undefined;
}

/**
 * The first Connect ARN that belongs to another instance (partition, region, account or instance
 * ID) than the first Connect ARN of the list; values that are no Connect ARN (such as unresolved
 * tokens) are not compared.
 */
export function otherInstanceProblem(arns: readonly TestCaseArn[]): TestCaseArnProblem | undefined {
  let first: { arn: TestCaseArn; at: NonNullable<ReturnType<typeof instanceOf>> } | undefined;
  for (const arn of arns) {
    if (arn.kind === 'lambda') continue;
    const at = instanceOf(arn.value);
    if (at === undefined) continue;
    if (first === undefined) {
      first = { arn, at };
      continue;
    }
    const differs = (['partition', 'region', 'account', 'instance'] as const).find((k) => at[k] !== first!.at[k]);
    if (differs !== undefined) {
      const what = differs === 'instance' ? 'instance ID' : differs;
      return {
        arn,
        expected: `an ARN of the instance of ${first.arn.name} "${first.arn.value}" (${what} ${first.at[differs]}, not ${at[differs]}): `
          + 'a test case runs on one Amazon Connect instance',
      };
    }
  }
  return undefined;
}

/**
 * The first problem of the ARNs: a value that is not an ARN of its kind (skipping those
 * `isUnresolved` says are deploy-time tokens), else a Connect ARN of another instance than the
 * others.
 */
export function testCaseArnProblem(
  arns: readonly TestCaseArn[], isUnresolved: (value: string) => boolean = () => false,
): TestCaseArnProblem | undefined {
  for (const arn of arns) {
    if (!isUnresolved(arn.value) && !isTestCaseArn(arn.kind, arn.value)) return { arn, expected: testCaseArnForm(arn.kind) };
  }
  return otherInstanceProblem(arns);
}
