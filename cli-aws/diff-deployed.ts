/**
 * `diff --deployed STACK_NAME` and `diff --flow-arn ARN`: the flows as they run on the instance,
 * for the CLI to compare with the synthesized ones. References to the stack's resources (ARNs,
 * IDs, function ARNs) are shown as the template shows them (`Queue: Support`), so only real edits
 * differ.
 */
import { CloudFormationClient, ListStackResourcesCommand, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import { ConnectClient, DescribeContactFlowCommand, DescribeContactFlowModuleCommand } from '@aws-sdk/client-connect';
import type { DeployedFlowJson, DeployedFlowRequest, DeployedFlows, DeployedStackRequest } from '../src/cli/diff-types';
import { StackTemplateTree, isPlainObject, referenceLabel } from '../src/flows/diff/template-flows';

/** A Connect flow or module ARN, split. */
interface FlowArn {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly instanceId: string;
  readonly kind: 'contact-flow' | 'flow-module';
  readonly id: string;
}

const FLOW_ARN = /^arn:([^:]+):connect:([^:]*):([^:]*):instance\/([^/]+)\/(contact-flow|flow-module)\/([^/]+)$/;

function parseFlowArn(arn: string): FlowArn | undefined {
  const m = FLOW_ARN.exec(arn);
  return m ? { partition: m[1], region: m[2], account: m[3], instanceId: m[4], kind: m[5] as FlowArn['kind'], id: m[6] } : undefined;
}

/** What went wrong in an AWS call, for the user, naming the call. */
export function awsCallError(api: string, target: string, e: unknown): Error {
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = err?.name ?? 'Error';
  const message = err?.message ?? String(e);
  let why: string;
  if (name === 'CredentialsProviderError' || /credential/i.test(message) && /could not load|missing/i.test(message)) {
    why = `no AWS credentials (${message}); set AWS_PROFILE or the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY variables`;
  } else if (/AccessDenied|UnauthorizedOperation|Forbidden/i.test(name) || err?.$metadata?.httpStatusCode === 403) {
    why = `access denied: allow ${api} on ${target} (${message})`;
  } else if (/NotFound/i.test(name) || /does not exist/i.test(message)) {
    why = `not found: ${message}`;
  } else if (/Throttl|TooManyRequests|LimitExceeded/i.test(name)) {
    why = `throttled even after retries (${message}); try again later`;
  } else {
    why = `${name}: ${message}`;
  }
  return new Error(`${api} (${target}) failed: ${why}`);
}

async function call<T>(api: string, target: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw awsCallError(api, target, e);
  }
}

/** Replace every string of a flow document that names a stack resource by its label. */
function relabel(value: unknown, labels: Map<string, string>): unknown {
  if (typeof value === 'string') return labels.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => relabel(v, labels));
  if (isPlainObject(value)) {
    const out: { [k: string]: unknown } = {};
    for (const k of Object.keys(value)) out[k] = relabel(value[k], labels);
    return out;
  }
  return value;
}

/** The values a deployed flow may use for a resource of the stack: its physical ID, ARN and ID. */
function physicalValues(r: StackResourceSummary, partition: string, region: string, account: string): string[] {
  const physical = r.PhysicalResourceId;
  if (!physical) return [];
  const values = [physical];
  if (physical.startsWith('arn:')) {
    const last = physical.split(/[/:]/).pop();
    if (last && r.ResourceType?.startsWith('AWS::Connect::')) values.push(last);
  } else if (r.ResourceType === 'AWS::Lambda::Function') {
    values.push(`arn:${partition}:lambda:${region}:${account}:function:${physical}`);
  } else if (r.ResourceType === 'AWS::Lex::BotAlias' && physical.includes('|')) {
    const [a, b] = physical.split('|');
    values.push(`arn:${partition}:lex:${region}:${account}:bot-alias/${b}/${a}`, `arn:${partition}:lex:${region}:${account}:bot-alias/${a}/${b}`);
  }
  return values;
}

/** Read a deployed flow or module, its references relabelled. */
async function describeFlow(client: ConnectClient, arn: FlowArn, labels: Map<string, string>, logicalId?: string): Promise<DeployedFlowJson> {
  const target = `flow ${arn.id} of instance ${arn.instanceId}`;
  let name: string | undefined;
  let type: string;
  let content: string | undefined;
  if (arn.kind === 'flow-module') {
    const out = await call('connect:DescribeContactFlowModule', target,
      () => client.send(new DescribeContactFlowModuleCommand({ InstanceId: arn.instanceId, ContactFlowModuleId: arn.id })));
    name = out.ContactFlowModule?.Name;
    type = 'MODULE';
    content = out.ContactFlowModule?.Content;
  } else {
    const out = await call('connect:DescribeContactFlow', target,
      () => client.send(new DescribeContactFlowCommand({ InstanceId: arn.instanceId, ContactFlowId: arn.id })));
    name = out.ContactFlow?.Name;
    type = out.ContactFlow?.Type ?? 'CONTACT_FLOW';
    content = out.ContactFlow?.Content;
  }
  if (content === undefined) throw new Error(`${arn.kind === 'flow-module' ? 'connect:DescribeContactFlowModule' : 'connect:DescribeContactFlow'} (${target}) returned no Content`);
  let text = content;
  try {
    text = JSON.stringify(relabel(JSON.parse(content), labels));
  } catch {
    // Not JSON: the CLI reports it, naming the flow.
  }
  return { name: name ?? arn.id, type, logicalId, content: text };
}

/** The resources of one stack, every page. */
async function listStackResources(cfn: CloudFormationClient, stack: string, target: string): Promise<StackResourceSummary[]> {
  const resources: StackResourceSummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call('cloudformation:ListStackResources', target,
      () => cfn.send(new ListStackResourcesCommand({ StackName: stack, NextToken: nextToken })));
    resources.push(...(page.StackResourceSummaries ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  return resources;
}

/** A resource of the stack or of one of its nested stacks, with the template that declares it. */
interface StackResource {
  readonly resource: StackResourceSummary;
  /** Its template, when the local side has it (its label). */
  readonly template: unknown;
  /** The logical IDs of the nested stacks it is in, each followed by `/` (empty in the stack itself). */
  readonly prefix: string;
}

/**
 * The resources of a stack and, recursively, of its nested stacks (`AWS::CloudFormation::Stack`
 * resources, their stack ARN the physical ID).
 */
async function stackResources(
  cfn: CloudFormationClient, root: string, stack: string, template: unknown, nested: StackTemplateTree['nested'], prefix: string,
): Promise<StackResource[]> {
  const target = prefix === '' ? `stack ${root}` : `nested stack ${prefix.slice(0, -1)} of stack ${root}`;
  const out: StackResource[] = [];
  for (const resource of await listStackResources(cfn, stack, target)) {
    out.push({ resource, template, prefix });
    const id = resource.LogicalResourceId;
    if (resource.ResourceType !== 'AWS::CloudFormation::Stack' || !resource.PhysicalResourceId || !id) continue;
    const tree = nested[id];
    out.push(...await stackResources(cfn, root, resource.PhysicalResourceId, tree?.template, tree?.nested ?? {}, `${prefix}${id}/`));
  }
  return out;
}

/** `diff --deployed STACK_NAME`: the flows and modules the stack deployed, those of its nested stacks included. */
export async function readDeployedFlows(request: DeployedStackRequest, createConnectClient: (region?: string) => ConnectClient): Promise<DeployedFlows> {
  const cfn = new CloudFormationClient({ ...(request.region ? { region: request.region } : {}), retryMode: 'adaptive', maxAttempts: 8 });
  const resources = await stackResources(cfn, request.stackName, request.stackName, request.template, request.nested ?? {}, '');
  const flows = resources
    .filter((r) => r.resource.ResourceType === 'AWS::Connect::ContactFlow' || r.resource.ResourceType === 'AWS::Connect::ContactFlowModule')
    .map((r) => ({ ...r, arn: parseFlowArn(r.resource.PhysicalResourceId ?? '') }))
    .filter((f): f is StackResource & { arn: FlowArn } => f.arn !== undefined);
  if (flows.length === 0) throw new Error(`stack "${request.stackName}" has no deployed AWS::Connect::ContactFlow or ContactFlowModule`);
  const { partition, region, account } = flows[0].arn;
  // A physical value names one resource, of whichever stack: its label comes from that stack's template.
  const labels = new Map<string, string>();
  for (const r of resources) {
    if (!r.resource.LogicalResourceId) continue;
    const label = referenceLabel(r.template, r.resource.LogicalResourceId);
    for (const v of physicalValues(r.resource, partition, region, account)) labels.set(v, label);
  }
  const client = createConnectClient(region);
  const out: DeployedFlowJson[] = [];
  // One flow at a time: Describe* calls share a low per-account rate.
  for (const f of flows) out.push(await describeFlow(client, f.arn, labels, `${f.prefix}${f.resource.LogicalResourceId}`));
  return { flows: out, region, account, partition };
}

/** `diff --flow-arn ARN [--instance-id ID]`: one deployed flow or module. */
export async function readDeployedFlow(request: DeployedFlowRequest, createConnectClient: (region?: string) => ConnectClient): Promise<DeployedFlows> {
  let arn = parseFlowArn(request.flowArn);
  if (!arn) {
    if (request.flowArn.startsWith('arn:') || request.instanceId === undefined) {
      throw new Error(`--flow-arn "${request.flowArn}" is not a flow ARN (arn:aws:connect:<region>:<account>:instance/<id>/contact-flow/<id>)`);
    }
    arn = { partition: 'aws', region: request.region ?? '', account: '', instanceId: request.instanceId, kind: 'contact-flow', id: request.flowArn };
  } else if (request.instanceId !== undefined && request.instanceId !== arn.instanceId && !request.instanceId.endsWith(`/${arn.instanceId}`)) {
    throw new Error(`--instance-id "${request.instanceId}" is not the instance of --flow-arn (${arn.instanceId})`);
  }
  const client = createConnectClient(request.region ?? (arn.region || undefined));
  const flow = await describeFlow(client, arn, new Map());
  return { flows: [flow], region: arn.region || undefined, account: arn.account || undefined, partition: arn.partition };
}
