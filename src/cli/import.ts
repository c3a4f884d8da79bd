/**
 * `cdk-contact-center import`: reads a live Amazon Connect instance (or a saved snapshot of one, with
 * no AWS access) and writes a CDK app that adopts its resources with `cdk import`. Both reads give
 * the same model (./import/model.ts); ./import/app.ts turns it into the app.
 *
 *   cdk-contact-center import --instance-id ID [--region REGION] --out DIR [--save-snapshot DIR]
 *   cdk-contact-center import --from-snapshot DIR --out DIR
 */
import * as fs from 'fs';
import * as path from 'path';
import { CommandSpec, ParsedArgs, UsageError, shortUsage } from './args';
import { loadAwsModule } from './aws';
import type { FlowStyle } from './import/app';
import type { InstanceSnapshot } from './import/model';
import { AppLanguage, flowBlockTotals, generateApp } from './import/output';
import { readInstance } from './import/read';
import { loadSnapshotDir, writeSnapshotDir } from './import/snapshot-dir';
import type { CliIo } from './io';

/** The `import` command: its usage, help and options. */
export const IMPORT: CommandSpec = {
  name: 'import',
  usage: `  cdk-contact-center import --instance-id ID [--region REGION] --out DIR [--save-snapshot DIR] [options]
  cdk-contact-center import --from-snapshot DIR --out DIR [options]
  cdk-contact-center import --instance-id ID [--region REGION] --save-snapshot DIR`,
  help: `Reads a live Amazon Connect instance: the instance and its attributes, hours of operation, queues,
routing and security profiles, users (never passwords), the agent hierarchy, agent statuses, quick
connects, prompts, phone numbers, flows and modules with their content, Lambda and Lex associations
and storage configs. Search* APIs return whole objects 100 per page, so a 5,000-user instance reads
its users in 50 calls; throttled calls are retried with backoff. Progress goes to standard error, and
the number of API calls is printed.
With --out it writes, into an empty directory, a CDK app that uses this library's constructs (flows as
builder code, or as JSON with --flows json), a resource-mapping file per stack for
\`cdk import --resource-mapping\`, and IMPORT-REPORT.md: what the app adopts, references instead,
could not express, and the steps to adopt it. The app is synthesized here first, with every flow
validated; the mapping's logical IDs are the ones it synthesizes.
  --instance-id ID      the instance (its ID or ARN)
  --region REGION       its region (default: the SDK's configured region)
  --out DIR             write the app into DIR (an empty or new directory)
  --language LANG       typescript (default) or python
  --flows STYLE         code (default): each flow as builder code, through codegen; json: the flow's
                        JSON with FlowContent.fromExport and its references mapped to the app's constructs
  --stack-name NAME     the main stack's name (default: from the instance alias)
  --allow-unknown-actions
                        keep action types newer than this library as CustomBlocks (the app sets the
                        context cdk-contact-center:allowUnknownActions); without it they are an error
  --save-snapshot DIR   also write the API responses read (DIR/responses/*.json), the model
                        (DIR/instance.json) and DIR/manifest.json
  --from-snapshot DIR   read a saved snapshot instead of the instance: no AWS access
Live reads use the SDK's standard credentials, region and endpoint configuration (AWS_PROFILE,
AWS_REGION, AWS_ENDPOINT_URL_CONNECT) and need the read-only IAM policy in the README.
Exit codes: 0 ok, 2 usage, input or AWS errors (the message names the API call).
`,
  options: {
    'instance-id': { type: 'string' },
    'region': { type: 'string' },
    'save-snapshot': { type: 'string' },
    'from-snapshot': { type: 'string' },
    'out': { type: 'string' },
    'language': { type: 'string' },
    'flows': { type: 'string' },
    'stack-name': { type: 'string' },
    'allow-unknown-actions': { type: 'boolean' },
  },
};

const LANGUAGES = ['typescript', 'python'];
const FLOW_STYLES = ['code', 'json'];

/** This package's version, for the generated project's dependency. */
function packageVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(__dirname, '..', '..', 'package.json')).version;
  } catch {
    return '0.0.0';
  }
}

/** What --out and the options that shape the app say. */
interface AppChoices {
  readonly out?: string;
  readonly language: AppLanguage;
  readonly flows: FlowStyle;
  readonly stackName?: string;
  readonly allowUnknownActions: boolean;
}

/** The options of the app, checked before anything is read. */
function appOptions(values: { [k: string]: string | boolean | undefined }): AppChoices {
  const out = values.out as string | undefined;
  const language = (values.language as string | undefined) ?? 'typescript';
  const flows = (values.flows as string | undefined) ?? 'code';
  const stackName = values['stack-name'] as string | undefined;
  const allowUnknownActions = values['allow-unknown-actions'] === true;
  if (out === undefined) {
    for (const o of ['language', 'flows', 'stack-name', 'allow-unknown-actions']) if (values[o] !== undefined) throw new UsageError(`--${o} shapes the app that --out writes: give --out DIR`, IMPORT);
  }
  if (!LANGUAGES.includes(language)) throw new UsageError(`--language "${language}" is not one of ${LANGUAGES.join(', ')}`, IMPORT);
  if (!FLOW_STYLES.includes(flows)) throw new UsageError(`--flows "${flows}" is not one of ${FLOW_STYLES.join(', ')}`, IMPORT);
  if (stackName !== undefined && !/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(stackName)) {
    throw new UsageError(`--stack-name "${stackName}" is not a CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`, IMPORT);
  }
  return { out, language: language as AppLanguage, flows: flows as FlowStyle, stackName, allowUnknownActions };
}

/** Refuse an --out that is a file or a directory with files in it. */
function checkOut(io: CliIo, out: string): void {
  const dir = isDirectory(io, out);
  if (dir === false) throw new Error(`--out "${out}" is a file: give a directory`);
  if (dir === true) {
    const names = io.readDir ? io.readDir(out) : fs.readdirSync(out);
    if (names.length > 0) throw new Error(`--out "${out}" is not empty (${names.length} entries): give an empty or new directory, so that no file of yours is overwritten`);
  }
}

/** Generate the app, write its files and print its summary. */
function writeApp(io: CliIo, snapshot: InstanceSnapshot,
  options: AppChoices & { out: string }): void {
  io.err(`generating the ${options.language === 'python' ? 'Python' : 'TypeScript'} app and synthesizing it\n`);
  const { language, flows, stackName, allowUnknownActions } = options;
  const app = generateApp(snapshot, { language, flows, stackName, allowUnknownActions, packageVersion: packageVersion() });
  for (const f of app.files) io.writeFile(path.join(options.out, f.path), f.content);
  const adopted = Object.values(app.mapping).reduce((n, m) => n + Object.keys(m).length, 0);
  const created = Object.values(app.created).reduce((n, c) => n + c.length, 0);
  io.out(`app: ${app.model.stacks.length} stack${app.model.stacks.length === 1 ? '' : 's'} (${app.model.stacks.join(', ')}); ${adopted} resources to adopt, `
    + `${created} created by the first deploy, ${app.model.referenced.length} referenced, ${app.model.notExpressed.length} not expressed\n`);
  if (app.model.flowFigures.length > 0) {
    const { typed, custom } = flowBlockTotals(app.model);
    io.out(`flows: ${app.model.flowFigures.length} as builder code (${typed} typed blocks, ${custom} CustomBlock)\n`);
  }
  io.out(`wrote ${options.out} (${app.files.length} files); next: read ${path.join(options.out, 'IMPORT-REPORT.md')}, then cdk import\n`);
}

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
  const options = appOptions(values);
  if (fromSnapshot !== undefined) {
    if (instanceId !== undefined || values.region !== undefined) throw new UsageError('--from-snapshot reads no instance: leave out --instance-id and --region', IMPORT);
    if (saveSnapshot !== undefined) throw new UsageError('--from-snapshot and --save-snapshot cannot be combined', IMPORT);
    if (isDirectory(io, fromSnapshot) === false) throw new Error(`--from-snapshot "${fromSnapshot}" is a file: give the snapshot directory (it holds manifest.json)`);
    if (options.out !== undefined) checkOut(io, options.out);
    const loaded = loadSnapshotDir(io, fromSnapshot);
    const snapshot = await readInstance(loaded.call, loaded.manifest.instanceId, (what, count) => io.err(`read ${count} ${what}\n`));
    io.out(snapshotSummary(snapshot));
    io.out(`read from snapshot ${fromSnapshot}: 0 AWS calls (the live read made ${loaded.manifest.apiCalls})\n`);
    if (options.out !== undefined) writeApp(io, snapshot, { ...options, out: options.out });
    return 0;
  }
  if (instanceId === undefined) throw new UsageError('import needs --instance-id ID (a live instance) or --from-snapshot DIR', IMPORT);
  if (!INSTANCE_ID.test(instanceId)) throw new UsageError(`--instance-id "${instanceId}" is neither an instance ID nor an instance ARN`, IMPORT);
  if (saveSnapshot === undefined && options.out === undefined) throw new UsageError('import needs --out DIR (the app), --save-snapshot DIR (the responses), or both', IMPORT);
  if (saveSnapshot !== undefined && isDirectory(io, saveSnapshot) === false) throw new Error(`--save-snapshot "${saveSnapshot}" is a file: give a directory`);
  if (options.out !== undefined) checkOut(io, options.out);
  const aws = io.aws ? io.aws() : loadAwsModule();
  const result = await aws.readInstance({ instanceId, region: values.region }, (what, count, calls) => {
    io.err(`read ${count} ${what}${calls !== undefined ? ` (${calls} API calls so far)` : ''}\n`);
  });
  io.out(snapshotSummary(result.snapshot));
  const perApi = Object.entries(result.callsByApi).map(([api, n]) => `${api} ${n}`).join(', ');
  io.out(`API calls: ${result.apiCalls} (${perApi})\n`);
  if (saveSnapshot !== undefined) {
    const files = writeSnapshotDir(io, saveSnapshot, result, instanceId);
    io.out(`wrote snapshot ${saveSnapshot} (${files.length} files)\n`);
  }
  if (options.out !== undefined) writeApp(io, result.snapshot, { ...options, out: options.out });
  return 0;
}
