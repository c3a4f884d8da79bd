/**
 * `cdk-contact-center diff`: what changed between two flows, two templates or two cdk.out
 * directories, or between what is synthesized and what runs on the instance.
 *
 *   cdk-contact-center diff <old> <new> [--format text|markdown|json] [--out FILE] [--flow NAME] [--fail-on-change]
 *   cdk-contact-center diff --deployed STACK_NAME [cdk.out | template.json] [--region REGION] [...]
 *   cdk-contact-center diff --flow-arn ARN [--instance-id ID] <flow.json | template.json | cdk.out> [--flow NAME] [...]
 */
import * as fs from 'fs';
import * as path from 'path';
import { CommandSpec, ParsedArgs, UsageError, shortUsage } from './args';
import { loadAwsModule } from './aws';
import type { DeployedFlowJson } from './diff-types';
import type { CliIo } from './io';
import { readJson } from './read-json';
import { diffFlowSources } from '../flows/diff/engine';
import { FlowDiffFormat, renderFlowDiff } from '../flows/diff/render';
import {
  DiffFlowSource, PseudoParameters, StackTemplateTree, isPlainObject, isTemplateDocument, nestedStackResources, templateFlows,
} from '../flows/diff/template-flows';
import { FlowDiffResult } from '../flows/diff/types';

/** The `diff` command: its usage, help and options. */
export const DIFF: CommandSpec = {
  name: 'diff',
  usage: `  cdk-contact-center diff <old> <new> [--format text|markdown|json] [--out FILE] [--flow NAME] [--fail-on-change]
  cdk-contact-center diff --deployed STACK_NAME [cdk.out | template.json] [--region REGION] [--format ...] [--out FILE]
  cdk-contact-center diff --flow-arn ARN [--instance-id ID] <flow.json | template.json | cdk.out> [--flow NAME] [...]`,
  help: `Shows what changed between two versions of flows, block by block.
Each side is a synthesized template, a cdk.out directory (every stack in it) or a flow-language
JSON file; the flows of nested stacks are read too (logical ID NestedStack/Flow). Flows are
matched by name and type, then by logical ID; blocks by Identifier, then by their place in the
graph from StartAction, so regenerated identifiers show only real changes.
References to resources of a template are shown as the resource (Queue: Support).
  --format FORMAT    text (default), markdown (a pull-request comment: a table of changes per flow and a
                     Mermaid diagram of the new flow with the changes highlighted) or json
  --out FILE         write the diff to FILE and print "wrote FILE"
  --flow NAME        compare that flow only
  --deployed STACK   compare the stack's flows in cdk.out (default ./cdk.out) with the flows deployed by it
                     and its nested stacks (cloudformation:ListStackResources, connect:DescribeContactFlow)
  --flow-arn ARN     compare one flow with a deployed flow (an ARN, or a flow ID with --instance-id)
  --region REGION    the region of --deployed and --flow-arn (default: the SDK's configured region)
  --fail-on-change   for drift checks in CI: also say on standard error that the flows differ
Console edits show as changes. --deployed and --flow-arn use the SDK's standard credentials and
region (AWS_PROFILE, AWS_REGION).
Exit codes, as diff: 0 no change, 1 changes, 2 usage or input errors.
`,
  options: {
    'format': { type: 'string' },
    'out': { type: 'string' },
    'flow': { type: 'string' },
    'fail-on-change': { type: 'boolean' },
    'deployed': { type: 'string' },
    'flow-arn': { type: 'string' },
    'instance-id': { type: 'string' },
    'region': { type: 'string' },
  },
};

/** Thrown for a wrong command line: the short usage follows the message. */
class DiffUsageError extends UsageError {
  constructor(message: string) {
    super(message, DIFF);
  }
}

const FORMATS = Object.values(FlowDiffFormat) as string[];

interface DiffOptions {
  readonly format: FlowDiffFormat;
  readonly out?: string;
  readonly flow?: string;
  readonly failOnChange: boolean;
}

/** The parsed values of `diff`, as strings. */
interface DiffValues {
  readonly [name: string]: string | boolean | undefined;
}

/** Run `diff`; a promise when it reads the deployed flows. Errors are reported here, exit 2. */
export function diff(args: ParsedArgs, io: CliIo): number | Promise<number> {
  const fail = (e: unknown) => {
    io.err(`cdk-contact-center: ${e instanceof Error ? e.message : String(e)}\n`);
    if (e instanceof UsageError) io.err(shortUsage(DIFF));
    return 2;
  };
  try {
    const { values, positionals, options } = diffOptions(args);
    if (values.deployed !== undefined || values['flow-arn'] !== undefined) {
      return diffDeployed(values, positionals, options, io).catch(fail);
    }
    if (positionals.length !== 2) throw new DiffUsageError(`diff needs two sides, <old> and <new>; got ${positionals.length}`);
    const missing = new Set<string>();
    const before = selectFlow(readSide(io, positionals[0], {}, missing), options.flow, positionals[0]);
    const after = selectFlow(readSide(io, positionals[1], {}, missing), options.flow, positionals[1]);
    if (before.length === 0 && after.length === 0) {
      throw new Error(`neither "${positionals[0]}" nor "${positionals[1]}" has any AWS::Connect::ContactFlow or ContactFlowModule: nothing to compare`);
    }
    return report(diffFlowSources(before, after), options, io);
  } catch (e) {
    return fail(e);
  }
}

function diffOptions(args: ParsedArgs) {
  const values = args.values as DiffValues;
  const positionals = args.positionals;
  const format = (values.format as string | undefined) ?? FlowDiffFormat.TEXT;
  if (!FORMATS.includes(format)) throw new DiffUsageError(`--format "${format}" is not a format; formats: ${FORMATS.join(', ')}`);
  if (values.deployed !== undefined && values['flow-arn'] !== undefined) throw new DiffUsageError('--deployed and --flow-arn cannot be combined');
  if (values['instance-id'] !== undefined && values['flow-arn'] === undefined) throw new DiffUsageError('--instance-id goes with --flow-arn');
  const options: DiffOptions = {
    format: format as FlowDiffFormat,
    out: values.out as string | undefined,
    flow: values.flow as string | undefined,
    failOnChange: values['fail-on-change'] === true,
  };
  return { values, positionals, options };
}

function report(result: FlowDiffResult, options: DiffOptions, io: CliIo, what = 'the flows'): number {
  const text = renderFlowDiff(result, options.format);
  if (options.out !== undefined) {
    io.writeFile(options.out, text);
    io.out(`wrote ${options.out}\n`);
  } else {
    io.out(text);
  }
  if (result.changeCount === 0) return 0;
  if (options.failOnChange) io.err(`cdk-contact-center: ${what} differ (${result.changeCount} changes)\n`);
  return 1;
}

function isDirectory(io: CliIo, file: string): boolean {
  try {
    return (io.stat ? io.stat(file) : fs.statSync(file)).isDirectory();
  } catch {
    return false;
  }
}

/** The templates of a cdk.out directory: the stacks of its manifest, else its *.template.json files. */
function cloudAssemblyTemplates(io: CliIo, dir: string): Array<{ stack: string; file: string }> {
  const manifestFile = path.join(dir, 'manifest.json');
  let manifest: any;
  try {
    manifest = JSON.parse(io.readFile(manifestFile));
  } catch {
    manifest = undefined;
  }
  const stacks: Array<{ stack: string; file: string }> = [];
  if (isPlainObject(manifest) && isPlainObject(manifest.artifacts)) {
    for (const [id, artifact] of Object.entries<any>(manifest.artifacts)) {
      if (artifact?.type !== 'aws:cloudformation:stack' || typeof artifact.properties?.templateFile !== 'string') continue;
      stacks.push({ stack: artifact.properties.stackName ?? artifact.displayName ?? id, file: path.join(dir, artifact.properties.templateFile) });
    }
  } else {
    const names = io.readDir ? io.readDir(dir) : fs.readdirSync(dir);
    // A *.nested.template.json is a nested stack's: read through its parent.
    const templates = names.filter((n) => n.endsWith('.template.json') && !n.endsWith('.nested.template.json')).sort();
    for (const f of templates) stacks.push({ stack: f.replace(/\.template\.json$/, ''), file: path.join(dir, f) });
  }
  if (stacks.length === 0) throw new Error(`"${dir}" is a directory without synthesized stacks (no manifest.json stacks or *.template.json files)`);
  return stacks;
}

/**
 * The file of a nested stack's template named by the asset manifests (`*.assets.json`) in `dir`:
 * the source of the file asset published as `objectKey` (when CDK wrote no `aws:asset:path`).
 */
function assetSource(io: CliIo, dir: string, objectKey: string): string | undefined {
  let names: string[];
  try {
    names = io.readDir ? io.readDir(dir) : fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  for (const name of names.filter((n) => n.endsWith('.assets.json')).sort()) {
    let manifest: any;
    try {
      manifest = JSON.parse(io.readFile(path.join(dir, name)));
    } catch {
      continue;
    }
    const files = isPlainObject(manifest) && isPlainObject(manifest.files) ? manifest.files : {};
    for (const asset of Object.values<any>(files)) {
      const destinations = isPlainObject(asset?.destinations) ? Object.values<any>(asset.destinations) : [];
      if (typeof asset?.source?.path === 'string' && destinations.some((d) => d?.objectKey === objectKey)) return asset.source.path;
    }
  }
  return undefined;
}

/**
 * The templates of a template's nested stacks, recursively: the files CDK synthesized them to
 * (`Metadata['aws:asset:path']`, else the asset manifest's source of the `TemplateURL`), next to
 * the template. A missing one is said once on standard error; its flows are not compared.
 */
function readNestedTemplates(io: CliIo, file: string, template: unknown, missing: Set<string>, parents: string[] = []): StackTemplateTree['nested'] {
  const nested: { [logicalId: string]: StackTemplateTree } = {};
  for (const stack of nestedStackResources(template)) {
    const templateFile = stack.templateFile
      ?? (stack.templateObjectKey !== undefined ? assetSource(io, path.dirname(file), stack.templateObjectKey) : undefined);
    // Not synthesized by CDK here (a template in S3): nothing local to read.
    if (templateFile === undefined) continue;
    const nestedFile = path.join(path.dirname(file), templateFile);
    if (parents.includes(nestedFile) || nestedFile === file) {
      throw new Error(`nested stack ${stack.logicalId} of "${file}" names its own template "${nestedFile}" (aws:asset:path)`);
    }
    let text: string;
    try {
      text = io.readFile(nestedFile);
    } catch {
      if (!missing.has(nestedFile)) {
        missing.add(nestedFile);
        io.err(`cdk-contact-center: the template of nested stack ${stack.logicalId} of "${file}" is missing ("${nestedFile}"): its flows are not compared\n`);
      }
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new Error(`nested stack template "${nestedFile}" is not valid JSON: ${(e as Error).message}`);
    }
    if (!isTemplateDocument(json)) throw new Error(`nested stack template "${nestedFile}" is not a CloudFormation template`);
    nested[stack.logicalId] = { template: json, nested: readNestedTemplates(io, nestedFile, json, missing, [...parents, file]) };
  }
  return nested;
}

/** The flows of one side given on the command line, those of nested stacks included. */
function readSide(io: CliIo, file: string, pseudo: PseudoParameters = {}, missing = new Set<string>()): DiffFlowSource[] {
  if (isDirectory(io, file)) {
    return cloudAssemblyTemplates(io, file).flatMap((t) => {
      const template = readJson(io, t.file, 'template');
      return templateFlows(template, pseudo, readNestedTemplates(io, t.file, template, missing));
    });
  }
  const json = readJson(io, file, 'flow or template');
  if (isTemplateDocument(json)) return templateFlows(json, pseudo, readNestedTemplates(io, file, json, missing));
  if (isPlainObject(json) && Array.isArray(json.Actions)) return [{ name: path.basename(file).replace(/\.json$/, ''), document: json, unnamed: true }];
  if (isPlainObject(json) && Array.isArray(json.modules)) {
    throw new Error(`"${file}" is in the legacy console export format ({"modules": […], "version": "1"}), not the flow language: export the flow again from the current flow designer`);
  }
  throw new Error(`"${file}" is neither a flow-language document ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] }) nor a CloudFormation template nor a cdk.out directory`);
}

/** The flow of --flow (by name or logical ID), or every flow. */
function selectFlow(flows: DiffFlowSource[], flow: string | undefined, file: string): DiffFlowSource[] {
  if (flow === undefined) return flows;
  const found = flows.filter((f) => f.name === flow || f.logicalId === flow);
  if (found.length === 0 && flows.some((f) => f.logicalId !== undefined)) {
    throw new Error(`--flow "${flow}" is not a flow of "${file}"; flows: ${flows.map((f) => f.name).join(', ')}`);
  }
  return found.length > 0 ? found : flows;
}

async function diffDeployed(
  values: { [k: string]: string | boolean | undefined }, positionals: string[], options: DiffOptions, io: CliIo,
): Promise<number> {
  if (positionals.length > 1) throw new DiffUsageError(`the deployed side is read from the instance: give one local side, got ${positionals.length}`);
  const aws = io.aws ? io.aws() : loadAwsModule();
  const region = values.region as string | undefined;
  const stackName = values.deployed as string | undefined;
  if (stackName !== undefined) {
    const local = positionals[0] ?? 'cdk.out';
    const { template, nested } = stackTemplate(io, local, stackName);
    const deployed = await aws.readDeployedFlows({ stackName, template, nested, region });
    const pseudo = { region: deployed.region, account: deployed.account, partition: deployed.partition, stackName };
    const localFlows = selectFlow(templateFlows(template, pseudo, nested), options.flow, local);
    const result = diffFlowSources(deployedSources(deployed.flows, options.flow), localFlows);
    return report(result, options, io, `the flows of stack ${stackName} in ${local} and deployed`);
  }
  if (positionals.length !== 1) throw new DiffUsageError('--flow-arn needs the local side: <flow.json | template.json | cdk.out>');
  const flowArn = values['flow-arn'] as string;
  const instanceId = values['instance-id'] as string | undefined;
  if (!flowArn.startsWith('arn:') && instanceId === undefined) throw new DiffUsageError(`--flow-arn "${flowArn}" is not an ARN: give the instance with --instance-id`);
  const localFile = positionals[0];
  const template = isDirectory(io, localFile) ? undefined : readJson(io, localFile, 'flow or template');
  const deployed = await aws.readDeployedFlow({ flowArn, instanceId, region, template: isTemplateDocument(template) ? template : undefined });
  const pseudo = { region: deployed.region, account: deployed.account, partition: deployed.partition };
  const local = selectFlow(readSide(io, localFile, pseudo), options.flow, localFile);
  if (local.length !== 1) {
    throw new DiffUsageError(`"${localFile}" has ${local.length} flows: choose the one deployed as ${flowArn} with --flow; flows: ${local.map((f) => f.name).join(', ')}`);
  }
  return report(diffFlowSources(deployedSources(deployed.flows, undefined), local), options, io, `flow "${local[0].name}" and ${flowArn}`);
}

function deployedSources(flows: DeployedFlowJson[], flow: string | undefined): DiffFlowSource[] {
  const sources = flows.map((f): DiffFlowSource => {
    try {
      return { name: f.name, type: f.type, logicalId: f.logicalId, document: JSON.parse(f.content) };
    } catch (e) {
      return { name: f.name, type: f.type, logicalId: f.logicalId, contentError: `deployed Content is not valid JSON: ${(e as Error).message}` };
    }
  });
  return flow === undefined ? sources : sources.filter((f) => f.name === flow || f.logicalId === flow);
}

/** The template of a stack in a cdk.out directory, or a template file given for it, with its nested stacks' templates. */
function stackTemplate(io: CliIo, local: string, stackName: string): StackTemplateTree & { readonly template: any } {
  if (!isDirectory(io, local)) {
    const json = readJson(io, local, 'template');
    if (!isTemplateDocument(json)) throw new Error(`"${local}" is not a CloudFormation template: --deployed compares a stack's template with the stack`);
    return { template: json, nested: readNestedTemplates(io, local, json, new Set()) };
  }
  const stacks = cloudAssemblyTemplates(io, local);
  const stack = stacks.find((s) => s.stack === stackName || path.basename(s.file) === `${stackName}.template.json`);
  if (!stack) throw new Error(`stack "${stackName}" is not in "${local}"; stacks: ${stacks.map((s) => s.stack).join(', ')}`);
  const template = readJson(io, stack.file, 'template');
  return { template, nested: readNestedTemplates(io, stack.file, template, new Set()) };
}
