/**
 * The CLI's AWS-facing code: the commands that call Amazon Connect for the user (`diff --deployed`,
 * `test --live`, `import`). It imports the AWS SDK, which the library does not depend on, so the
 * `bundle` task bundles this module with esbuild into assets/cli-aws/index.js; the CLI loads the bundle
 * only when a command needs AWS (src/cli/aws.ts). Tests import these modules directly and answer the
 * SDK with aws-sdk-client-mock.
 */
import { ConnectClient } from '@aws-sdk/client-connect';
import { readDeployedFlow, readDeployedFlows } from './diff-deployed';
import { runLiveTests } from './live-tests';
import { readLiveInstance } from './import-read';
import type { AwsModule, ConnectClientOptions } from '../src/cli/aws';

/**
 * A Connect client with the SDK's standard credential, region and endpoint configuration
 * (`AWS_REGION`, `AWS_PROFILE`, `AWS_ENDPOINT_URL_CONNECT`…); `region` overrides the configured one.
 * Throttled calls are retried by the SDK's adaptive retry mode.
 */
export function createConnectClient(options: ConnectClientOptions = {}): ConnectClient {
  return new ConnectClient({
    ...(options.region ? { region: options.region } : {}),
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 8,
  });
}

/** What the CLI loads from the bundle. */
export const aws: AwsModule = {
  createConnectClient,
  readDeployedFlows: (request) => readDeployedFlows(request, (region) => createConnectClient({ region })),
  readDeployedFlow: (request) => readDeployedFlow(request, (region) => createConnectClient({ region })),
  runLiveTests: (client, request, hooks) => runLiveTests(client as ConnectClient, request, hooks),
  // One attempt per SDK call: import-read retries throttled calls itself, and counts every attempt.
  readInstance: (request, progress) => readLiveInstance(request, createConnectClient({ region: request.region, maxAttempts: 1 }), { progress }),
};
