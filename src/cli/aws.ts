/**
 * Loads the CLI's AWS-facing code (cli-aws/, bundled with the AWS SDK into assets/cli-aws/index.js)
 * only when a command needs AWS, so the library and the offline commands never load the SDK.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DeployedFlowRequest, DeployedFlows, DeployedStackRequest } from './diff-types';
import type { ImportReadRequest, ImportReadResult } from './import/model';
import type { ImportProgress } from './import/read';
import type { LiveRunHooks, LiveRunRequest, LiveRunResult } from './live-types';

/** Options of the Connect client the AWS-facing commands use. */
export interface ConnectClientOptions {
  /** The region; default: the SDK's configured region. */
  readonly region?: string;
  /** Attempts per call, throttling included; default 8. */
  readonly maxAttempts?: number;
}

/**
 * What the bundle exports. The client is opaque here (the SDK's `ConnectClient`): only cli-aws/ code
 * uses it. Each AWS-facing command adds its entry point.
 */
export interface AwsModule {
  /** A Connect client with the SDK's standard configuration. */
  createConnectClient(options?: ConnectClientOptions): unknown;
  /** `diff --deployed`: the flows a stack deployed (cloudformation:ListStackResources, connect:DescribeContactFlow). */
  readDeployedFlows(request: DeployedStackRequest): Promise<DeployedFlows>;
  /** `diff --flow-arn`: one deployed flow (connect:DescribeContactFlow). */
  readDeployedFlow(request: DeployedFlowRequest): Promise<DeployedFlows>;
  /** `test --live`: run test cases on the instance and collect their verdicts. */
  runLiveTests(client: unknown, request: LiveRunRequest, hooks?: LiveRunHooks): Promise<LiveRunResult>;
  /** `import`: reads a live instance (the calls of IMPORT_APIS), retrying throttled calls, counting them. */
  readInstance(request: ImportReadRequest, progress?: ImportProgress): Promise<ImportReadResult>;
}

/** The bundle's path in the installed package (or the clone, after `npx projen bundle`). */
export const AWS_BUNDLE = path.join(__dirname, '..', '..', 'assets', 'cli-aws', 'index.js');

/** Loads the AWS-facing code; throws a message for the user when the bundle is missing. */
export function loadAwsModule(): AwsModule {
  if (!fs.existsSync(AWS_BUNDLE)) {
    throw new Error(`the AWS-facing commands are not built (${AWS_BUNDLE} is missing): run \`npx projen bundle\` in a clone`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(AWS_BUNDLE) as { aws: AwsModule }).aws;
}
