/**
 * `cdk-contact-center import`: reads a live Amazon Connect instance into a snapshot directory, or
 * reads a saved snapshot back with no AWS access. Both give the same model (./import/model.ts).
 *
 *   cdk-contact-center import --instance-id ID [--region REGION] --save-snapshot DIR
 *   cdk-contact-center import --from-snapshot DIR
 */
import * as fs from 'fs';
import { CommandSpec, ParsedArgs, UsageError, shortUsage } from './args';
import { loadAwsModule } from './aws';
import type { InstanceSnapshot } from './import/model';
import { readInstance } from './import/read';
import { loadSnapshotDir, writeSnapshotDir } from './import/snapshot-dir';
import type { CliIo } from './io';

/** The `import` command: its usage, help and options. */
export const IMPORT: CommandSpec = {
  name: 'import',
  usage: `  cdk-contact-center import --instance-id ID [--region REGION] --save-snapshot DIR
  cdk-contact-center import --from-snapshot DIR`,
  help: `Reads a live Amazon Connect instance: the instance and its attributes, hours of operation, queues,
routing and security profiles, users (never passwords), the agent hierarchy, agent statuses, quick
connects, prompts, phone numbers, flows and modules with their content, Lambda and Lex associations
and storage configs. Search* APIs return whole objects 100 per page, so a 5,000-user instance reads
its users in 50 calls; throttled calls are retried with backoff. Progress goes to standard error, and
the number of API calls is printed.
  --instance-id ID      the instance (its ID or ARN)
  --region REGION       its region (default: the SDK's configured region)
  --save-snapshot DIR   write the API responses read (DIR/responses/*.json), the model (DIR/instance.json)
                        and DIR/manifest.json
  --from-snapshot DIR   read a saved snapshot instead of the instance: no AWS access
Generating the CDK app from the snapshot is not available in this version: --instance-id needs
--save-snapshot. Live reads use the SDK's standard credentials, region and endpoint configuration
(AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL_CONNECT) and need the read-only IAM policy in the README.
Exit codes: 0 ok, 2 usage, input or AWS errors (the message names the API call).
`,
  options: {
    'instance-id': { type: 'string' },
    'region': { type: 'string' },
    'save-snapshot': { type: 'string' },
    'from-snapshot': { type: 'string' },
  },
};

/** An instance ID (a UUID-like ID) or an instance ARN. */
const INSTANCE_ID = /^(?:[-a-zA-Z0-9]{1,100}|arn:[^:]+:connect:[^:]+:\d{12}:instance\/[-a-zA-Z0-9]{1,100})$/;

/** The counts of a model, for the summary. */
export function snapshotSummary(s: InstanceSnapshot): string {
  const counts: Array<[string, number]> = [
    ['hours of operation', s.hoursOfOperations.length],
    ['queues', s.queues.length],
    ['routing profiles', s.routingProfiles.length],
    ['security profiles', s.securityProfiles.length],
    ['users', s.users.length],
    ['hierarchy groups', s.hierarchyGroups.length],
    ['hierarchy levels', s.hierarchyStructure?.levels.length ?? 0],
    ['agent statuses', s.agentStatuses.length],
    ['quick connects', s.quickConnects.length],
    ['prompts', s.prompts.length],
    ['phone numbers', s.phoneNumbers.length],
    ['flows', s.flows.length],
    ['flow modules', s.modules.length],
    ['Lambda functions', s.lambdaFunctions.length],
    ['Lex bots', s.lexBots.length],
    ['storage configs', s.storageConfigs.length],
  ];
  const name = s.instance.alias ? `"${s.instance.alias}" (${s.instance.id})` : s.instance.id;
  return `instance ${name} in ${s.region}, account ${s.account}\n${counts.map(([what, n]) => `  ${what}: ${n}`).join('\n')}\n`;
}

function isDirectory(io: CliIo, file: string): boolean | undefined {
  try {
    return (io.stat ? io.stat(file) : fs.statSync(file)).isDirectory();
  } catch {
    return undefined;
  }
}

/** Run `import`. Errors are reported here: exit 2, the message naming the option, file or API call. */
export function importCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  return runImport(args, io).catch((e: unknown) => {
    io.err(`cdk-contact-center: ${e instanceof Error ? e.message : String(e)}\n`);
    if (e instanceof UsageError) io.err(shortUsage(IMPORT));
    return 2;
  });
}

async function runImport(args: ParsedArgs, io: CliIo): Promise<number> {
  const values = args.values as { [k: string]: string | undefined };
  if (args.positionals.length > 0) throw new UsageError(`import takes no file arguments, got "${args.positionals[0]}"`, IMPORT);
  const fromSnapshot = values['from-snapshot'];
  const instanceId = values['instance-id'];
  const saveSnapshot = values['save-snapshot'];
  if (fromSnapshot !== undefined) {
    if (instanceId !== undefined || values.region !== undefined) throw new UsageError('--from-snapshot reads no instance: leave out --instance-id and --region', IMPORT);
    if (saveSnapshot !== undefined) throw new UsageError('--from-snapshot and --save-snapshot cannot be combined', IMPORT);
    if (isDirectory(io, fromSnapshot) === false) throw new Error(`--from-snapshot "${fromSnapshot}" is a file: give the snapshot directory (it holds manifest.json)`);
    const loaded = loadSnapshotDir(io, fromSnapshot);
    const snapshot = await readInstance(loaded.call, loaded.manifest.instanceId, (what, count) => io.err(`read ${count} ${what}\n`));
    io.out(snapshotSummary(snapshot));
    io.out(`read from snapshot ${fromSnapshot}: 0 AWS calls (the live read made ${loaded.manifest.apiCalls})\n`);
    return 0;
  }
  if (instanceId === undefined) throw new UsageError('import needs --instance-id ID (a live instance) or --from-snapshot DIR', IMPORT);
  if (!INSTANCE_ID.test(instanceId)) throw new UsageError(`--instance-id "${instanceId}" is neither an instance ID nor an instance ARN`, IMPORT);
  if (saveSnapshot === undefined) {
    throw new UsageError('only --save-snapshot DIR is available in this version: generating the CDK app from an instance (--out) is not built yet', IMPORT);
  }
  if (isDirectory(io, saveSnapshot) === false) throw new Error(`--save-snapshot "${saveSnapshot}" is a file: give a directory`);
  const aws = io.aws ? io.aws() : loadAwsModule();
  const result = await aws.readInstance({ instanceId, region: values.region }, (what, count, calls) => {
    io.err(`read ${count} ${what}${calls !== undefined ? ` (${calls} API calls so far)` : ''}\n`);
  });
  const files = writeSnapshotDir(io, saveSnapshot, result, instanceId);
  io.out(snapshotSummary(result.snapshot));
  const perApi = Object.entries(result.callsByApi).map(([api, n]) => `${api} ${n}`).join(', ');
  io.out(`API calls: ${result.apiCalls} (${perApi})\n`);
  io.out(`wrote snapshot ${saveSnapshot} (${files.length} files)\n`);
  return 0;
}
