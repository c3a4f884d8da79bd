/**
 * What `test --live` asks of the AWS-facing code (cli-aws/live-tests.ts) and what it answers:
 * plain data, so that the library never loads the AWS SDK.
 */

/** Which test cases to run on the instance, and how. */
export interface LiveRunRequest {
  /** The instance ID. */
  readonly instanceId: string;
  /** The test cases by name (those of a template's ContactFlowTest resources). */
  readonly names?: string[];
  /** Or every test case with this tag. */
  readonly tag?: { readonly key: string; readonly value: string };
  /** Executions running at once; default 5 (the service runs 5 at a time and queues up to 100). */
  readonly concurrency?: number;
  /** Seconds between status polls; default 10. */
  readonly pollSeconds?: number;
  /** Seconds an execution may take from its start before it is stopped and reported as an error; default 600. */
  readonly timeoutSeconds?: number;
}

/** What the CLI gives the live run besides the request (tests pass a fake clock). */
export interface LiveRunHooks {
  /** A progress line while waiting. */
  progress?(line: string): void;
  /** Wait; default setTimeout. */
  sleep?(ms: number): Promise<void>;
  /** Milliseconds since the epoch; default Date.now. */
  now?(): number;
}

/** How a live execution ended. */
export type LiveVerdict = 'PASSED' | 'FAILED' | 'STOPPED' | 'ERROR';

/** One test case run on the instance. */
export interface LiveTestResult {
  readonly name: string;
  readonly testCaseId: string;
  readonly executionId?: string;
  readonly verdict: LiveVerdict;
  /** Why it failed or could not finish. */
  readonly detail?: string;
  /** The first observation that failed, from the execution records. */
  readonly firstFailure?: { readonly observationId?: string; readonly record?: string };
}

/** The live run. */
export interface LiveRunResult {
  readonly results: LiveTestResult[];
  /** Names asked for that the instance has no test case of. */
  readonly missing: string[];
}
