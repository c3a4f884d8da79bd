import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { ConnectClient, DescribeContactFlowCommand, DescribeContactFlowModuleCommand } from '@aws-sdk/client-connect';
import { mockClient } from 'aws-sdk-client-mock';
import { queueFlow, synthNestedApp } from './nested-cdk-out';
import { aws } from '../../cli-aws';
import { CliIo, main } from '../../src/cli';

const connect = mockClient(ConnectClient);
const cfn = mockClient(CloudFormationClient);

const INSTANCE = 'arn:aws:connect:eu-west-2:111122223333:instance/0000aaaa-1111-2222-3333-444455556666';
const SUPPORT_ARN = `${INSTANCE}/queue/9f0e1d2c-0000-0000-0000-000000000001`;
const SALES_ARN = `${INSTANCE}/queue/9f0e1d2c-0000-0000-0000-000000000002`;
const FLOW_ARN = `${INSTANCE}/contact-flow/7a7a7a7a-0000-0000-0000-000000000001`;
const MODULE_ARN = `${INSTANCE}/flow-module/7a7a7a7a-0000-0000-0000-000000000002`;

/** The inbound flow, its queue given by `queue` (a reference in the template, an ARN deployed). */
function inbound(queue: unknown, text = 'Welcome to Acme.', lambda: unknown = 'arn:none'): any[] {
  return [
    { Identifier: 'Welcome', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'Lookup' } },
    { Identifier: 'Lookup', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: lambda, InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: 'SetQueue', Errors: [{ NextAction: 'SetQueue', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'SetQueue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue }, Transitions: { NextAction: 'ToQueue', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'ToQueue', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ];
}

/** Content as CDK renders it: the JSON text with intrinsics where the references are. */
function content(actions: any[]): any {
  const marks: any[] = [];
  const text = JSON.stringify({ Version: '2019-10-30', StartAction: 'Welcome', Actions: actions }, (_k, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && (v.Ref !== undefined || v['Fn::GetAtt'] !== undefined)) {
      marks.push(v);
      return `@@${marks.length - 1}@@`;
    }
    return v;
  });
  const parts: any[] = [];
  text.split(/@@(\d+)@@/).forEach((p, i) => parts.push(i % 2 === 0 ? p : marks[Number(p)]));
  return { 'Fn::Join': ['', parts] };
}

const TEMPLATE = {
  Resources: {
    Instance: { Type: 'AWS::Connect::Instance', Properties: { IdentityManagementType: 'CONNECT_MANAGED' } },
    SupportQueueA1B2C3D4: { Type: 'AWS::Connect::Queue', Properties: { Name: 'Support' } },
    SalesQueueA1B2C3D4: { Type: 'AWS::Connect::Queue', Properties: { Name: 'Sales' } },
    LookupCustomer21C55C43: { Type: 'AWS::Lambda::Function', Properties: {} },
    InboundFlow: {
      Type: 'AWS::Connect::ContactFlow',
      Properties: {
        Name: 'Main menu',
        Type: 'CONTACT_FLOW',
        Content: content(inbound({ 'Fn::GetAtt': ['SupportQueueA1B2C3D4', 'QueueArn'] }, 'Welcome to Acme.', { 'Fn::GetAtt': ['LookupCustomer21C55C43', 'Arn'] })),
      },
    },
    GoodbyeModule: {
      Type: 'AWS::Connect::ContactFlowModule',
      Properties: {
        Name: 'Goodbye',
        Content: JSON.stringify({ Version: '2019-10-30', StartAction: 'Say', Actions: [{ Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Goodbye.' }, Transitions: {} }] }),
      },
    },
  },
};

const LAMBDA_ARN = 'arn:aws:lambda:eu-west-2:111122223333:function:Center-LookupCustomer21C55C43-AbCdEf';

function deployedFlow(text: string, queueArn: string): string {
  // The service returns its own key order and layout metadata.
  return JSON.stringify({ Actions: inbound(queueArn, text, LAMBDA_ARN), Metadata: { entryPointPosition: { x: 40, y: 40 } }, StartAction: 'Welcome', Version: '2019-10-30' });
}

function stackResources() {
  cfn.on(ListStackResourcesCommand, { StackName: 'Center', NextToken: undefined }).resolves({
    StackResourceSummaries: [
      { LogicalResourceId: 'Instance', PhysicalResourceId: INSTANCE, ResourceType: 'AWS::Connect::Instance', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) },
      { LogicalResourceId: 'SupportQueueA1B2C3D4', PhysicalResourceId: SUPPORT_ARN, ResourceType: 'AWS::Connect::Queue', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) },
      { LogicalResourceId: 'LookupCustomer21C55C43', PhysicalResourceId: 'Center-LookupCustomer21C55C43-AbCdEf', ResourceType: 'AWS::Lambda::Function', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) },
    ],
    NextToken: 'page-2',
  });
  cfn.on(ListStackResourcesCommand, { StackName: 'Center', NextToken: 'page-2' }).resolves({
    StackResourceSummaries: [
      { LogicalResourceId: 'SalesQueueA1B2C3D4', PhysicalResourceId: SALES_ARN, ResourceType: 'AWS::Connect::Queue', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) },
      { LogicalResourceId: 'InboundFlow', PhysicalResourceId: FLOW_ARN, ResourceType: 'AWS::Connect::ContactFlow', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) },
      { LogicalResourceId: 'GoodbyeModule', PhysicalResourceId: MODULE_ARN, ResourceType: 'AWS::Connect::ContactFlowModule', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) },
    ],
  });
}

function deployedModule() {
  connect.on(DescribeContactFlowModuleCommand, { InstanceId: '0000aaaa-1111-2222-3333-444455556666', ContactFlowModuleId: '7a7a7a7a-0000-0000-0000-000000000002' }).resolves({
    ContactFlowModule: {
      Arn: MODULE_ARN,
      Id: '7a7a7a7a-0000-0000-0000-000000000002',
      Name: 'Goodbye',
      State: 'ACTIVE',
      Status: 'PUBLISHED',
      Content: JSON.stringify({ Version: '2019-10-30', StartAction: 'Say', Actions: [{ Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Goodbye.' }, Transitions: {} }] }),
    },
  });
}

function deployed(text: string, queueArn: string) {
  connect.on(DescribeContactFlowCommand, { InstanceId: '0000aaaa-1111-2222-3333-444455556666', ContactFlowId: '7a7a7a7a-0000-0000-0000-000000000001' }).resolves({
    ContactFlow: { Arn: FLOW_ARN, Id: '7a7a7a7a-0000-0000-0000-000000000001', Name: 'Main menu', Type: 'CONTACT_FLOW', State: 'ACTIVE', Status: 'PUBLISHED', Content: deployedFlow(text, queueArn) },
  });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-deployed-'));
  fs.mkdirSync(path.join(dir, 'cdk.out'));
  fs.writeFileSync(path.join(dir, 'cdk.out', 'manifest.json'), JSON.stringify({
    version: '48.0.0',
    artifacts: { Center: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Center.template.json' } } },
  }));
  fs.writeFileSync(path.join(dir, 'cdk.out', 'Center.template.json'), JSON.stringify(TEMPLATE));
  fs.writeFileSync(path.join(dir, 'flow.json'), JSON.stringify({ Version: '2019-10-30', StartAction: 'Welcome', Actions: inbound(SUPPORT_ARN, 'Welcome to Acme.', LAMBDA_ARN) }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  connect.reset();
  cfn.reset();
});

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    readFile: (p) => fs.readFileSync(p, 'utf-8'),
    writeFile: () => { throw new Error('no files are written'); },
    aws: () => aws,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('diff --deployed', () => {
  test('what was deployed unchanged: no change, references matched through the stack resources', async () => {
    stackResources();
    deployed('Welcome to Acme.', SUPPORT_ARN);
    deployedModule();
    const r = await run(['diff', '--deployed', 'Center', path.join(dir, 'cdk.out')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('no changes (2 flows compared)\n');
    expect(r.code).toBe(0);
    expect(cfn.commandCalls(ListStackResourcesCommand)).toHaveLength(2);
  });

  test('console edits after deploy show as changes, references as the resources of the template', async () => {
    stackResources();
    deployed('Welcome to Acme, edited in the console.', SALES_ARN);
    deployedModule();
    const r = await run(['diff', '--deployed', 'Center', path.join(dir, 'cdk.out'), '--fail-on-change']);
    expect(r.out).toBe([
      'flow "Main menu" (CONTACT_FLOW): 2 changes',
      '  ~ block Welcome: Text "Welcome to Acme, edited in the console." → "Welcome to Acme."',
      '  ~ block SetQueue: QueueId "Queue: Sales" → "Queue: Support"',
      '2 changes in 1 flow (1 unchanged)',
      '',
    ].join('\n'));
    expect(r.err).toBe(`cdk-contact-center: the flows of stack Center in ${path.join(dir, 'cdk.out')} and deployed differ (2 changes)\n`);
    expect(r.code).toBe(1);
  });

  test.each([
    ['AccessDeniedException', 'User is not authorized to perform connect:DescribeContactFlow', /connect:DescribeContactFlow \(flow 7a7a7a7a-0000-0000-0000-000000000001 of instance 0000aaaa-1111-2222-3333-444455556666\) failed: access denied/],
    ['ResourceNotFoundException', 'Flow not found', /connect:DescribeContactFlow \(.*\) failed: not found: Flow not found/],
    ['ThrottlingException', 'Rate exceeded', /connect:DescribeContactFlow \(.*\) failed: throttled even after retries/],
    ['CredentialsProviderError', 'Could not load credentials from any providers', /connect:DescribeContactFlow \(.*\) failed: no AWS credentials/],
  ])('%s from Connect: exit 2 naming the call, no stack trace', async (name, message, expected) => {
    stackResources();
    deployedModule();
    connect.on(DescribeContactFlowCommand).rejects(Object.assign(new Error(message), { name, $metadata: {} }));
    const r = await run(['diff', '--deployed', 'Center', path.join(dir, 'cdk.out')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(expected);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('a stack that does not exist: exit 2 naming cloudformation:ListStackResources', async () => {
    cfn.on(ListStackResourcesCommand).rejects(Object.assign(new Error('Stack with id Center does not exist'), { name: 'ValidationError', $metadata: {} }));
    const r = await run(['diff', '--deployed', 'Center', path.join(dir, 'cdk.out')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('cdk-contact-center: cloudformation:ListStackResources (stack Center) failed: not found: Stack with id Center does not exist\n');
  });

  test('a stack not in cdk.out: exit 2 listing the stacks', async () => {
    const r = await run(['diff', '--deployed', 'Other', path.join(dir, 'cdk.out')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`cdk-contact-center: stack "Other" is not in "${path.join(dir, 'cdk.out')}"; stacks: Center\n`);
    expect(cfn.commandCalls(ListStackResourcesCommand)).toHaveLength(0);
  });
});

describe('diff --deployed with nested stacks', () => {
  const STACK_ARN = 'arn:aws:cloudformation:eu-west-2:111122223333:stack';
  const FLOWS_ARN = `${STACK_ARN}/Center-FlowsNestedStackFlowsNestedStackResourceF26BFF17-1A2B3C4D5E6F/0b1c2d3e-0000-0000-0000-000000000001`;
  const INNER_ARN = `${STACK_ARN}/Center-FlowsNestedStackFlowsNestedStackResourceF26BFF17-1A2B3C4D5E6F-InnerNestedStackInnerNe-7G8H9I0J/0b1c2d3e-0000-0000-0000-000000000002`;
  const BILLING_ARN = `${INSTANCE}/queue/9f0e1d2c-0000-0000-0000-000000000003`;
  const NESTED_FLOW_ARN = `${INSTANCE}/contact-flow/7a7a7a7a-0000-0000-0000-000000000011`;
  const INNER_FLOW_ARN = `${INSTANCE}/contact-flow/7a7a7a7a-0000-0000-0000-000000000012`;
  const summary = (logicalId: string, physicalId: string, type: string) => (
    { LogicalResourceId: logicalId, PhysicalResourceId: physicalId, ResourceType: type, ResourceStatus: 'CREATE_COMPLETE' as const, LastUpdatedTimestamp: new Date(0) }
  );

  /** The logical IDs of a synthesized template's resources of a type, by the construct ID they start with. */
  function logicalIds(cdkOut: string, file: string): { [prefix: string]: string } {
    const resources = JSON.parse(fs.readFileSync(path.join(cdkOut, file), 'utf-8')).Resources;
    const ids: { [prefix: string]: string } = {};
    for (const id of Object.keys(resources)) ids[id.replace(/(NestedStack\w+|[0-9A-F]{8})$/, '')] = id;
    return ids;
  }

  let twoLevels: string;
  let oneLevel: string;
  let ids: { center: { [k: string]: string }; flows: { [k: string]: string }; inner: { [k: string]: string } };
  beforeAll(() => {
    twoLevels = path.join(dir, 'nested.out');
    oneLevel = path.join(dir, 'one-level.out');
    synthNestedApp(twoLevels);
    synthNestedApp(oneLevel, { oneLevel: true });
    const files = fs.readdirSync(twoLevels);
    ids = {
      center: logicalIds(twoLevels, 'Center.template.json'),
      flows: logicalIds(twoLevels, files.find((f) => f.startsWith('CenterFlows') && !f.includes('Inner'))!),
      inner: logicalIds(twoLevels, files.find((f) => f.startsWith('CenterFlowsInner'))!),
    };
  });

  /** The stack as deployed: the parent (two pages), the nested stack and, with `inner`, the stack nested in it. */
  function nestedStackResources(inner: boolean) {
    cfn.on(ListStackResourcesCommand, { StackName: 'Center', NextToken: undefined }).resolves({
      StackResourceSummaries: [
        summary(ids.center.CC, INSTANCE, 'AWS::Connect::Instance'),
        summary(ids.center.Support, SUPPORT_ARN, 'AWS::Connect::Queue'),
      ],
      NextToken: 'page-2',
    });
    cfn.on(ListStackResourcesCommand, { StackName: 'Center', NextToken: 'page-2' }).resolves({
      StackResourceSummaries: [summary(ids.center.Flows, FLOWS_ARN, 'AWS::CloudFormation::Stack')],
    });
    cfn.on(ListStackResourcesCommand, { StackName: FLOWS_ARN, NextToken: undefined }).resolves({
      StackResourceSummaries: [summary(ids.flows.Menu, NESTED_FLOW_ARN, 'AWS::Connect::ContactFlow')],
      ...(inner ? { NextToken: 'nested-2' } : {}),
    });
    cfn.on(ListStackResourcesCommand, { StackName: FLOWS_ARN, NextToken: 'nested-2' }).resolves({
      StackResourceSummaries: [summary(ids.flows.Inner, INNER_ARN, 'AWS::CloudFormation::Stack')],
    });
    cfn.on(ListStackResourcesCommand, { StackName: INNER_ARN, NextToken: undefined }).resolves({
      StackResourceSummaries: [
        summary(ids.inner.Billing, BILLING_ARN, 'AWS::Connect::Queue'),
        summary(ids.inner.Menu, INNER_FLOW_ARN, 'AWS::Connect::ContactFlow'),
      ],
    });
  }

  /** A deployed flow, its queue an ARN, in the service's key order with layout metadata. */
  function deployedNested(flowArn: string, name: string, text: string, queueArn: string) {
    const flow = queueFlow(text, queueArn);
    const id = flowArn.split('/').pop();
    const layout = { entryPointPosition: { x: 40, y: 40 } };
    const served = JSON.stringify({ Actions: flow.Actions, Metadata: layout, StartAction: flow.StartAction, Version: flow.Version });
    connect.on(DescribeContactFlowCommand, { InstanceId: '0000aaaa-1111-2222-3333-444455556666', ContactFlowId: id }).resolves({
      ContactFlow: { Arn: flowArn, Id: id, Name: name, Type: 'CONTACT_FLOW', State: 'ACTIVE', Status: 'PUBLISHED', Content: served },
    });
  }

  test('one nested level unchanged: its flow read through the nested stack, the parent\'s queue matched', async () => {
    nestedStackResources(false);
    deployedNested(NESTED_FLOW_ARN, 'Nested menu', 'Welcome to Acme.', SUPPORT_ARN);
    const r = await run(['diff', '--deployed', 'Center', oneLevel]);
    expect(r.err).toBe('');
    expect(r.out).toBe('no changes (1 flow compared)\n');
    expect(r.code).toBe(0);
    expect(cfn.commandCalls(ListStackResourcesCommand).map((c) => c.args[0].input.StackName)).toEqual(['Center', 'Center', FLOWS_ARN]);
  });

  test('one nested level, edited in the console: the change names the nested stack', async () => {
    nestedStackResources(false);
    deployedNested(NESTED_FLOW_ARN, 'Nested menu', 'Welcome to Acme.', BILLING_ARN);
    const r = await run(['diff', '--deployed', 'Center', oneLevel, '--format', 'json']);
    const flows = JSON.parse(r.out).flows;
    expect(flows).toEqual([expect.objectContaining({ name: 'Nested menu', logicalId: `${ids.center.Flows}/${ids.flows.Menu}`, status: 'CHANGED' })]);
    // The billing queue is not a resource of this stack: its ARN as deployed.
    expect(flows[0].changes).toEqual([expect.objectContaining({ block: 'SetQueue', parameter: 'QueueId', after: 'Queue: Support' })]);
    expect(BILLING_ARN.startsWith(flows[0].changes[0].before.replace(/…$/, ''))).toBe(true);
    expect(r.code).toBe(1);
  });

  test('two nested levels unchanged: every stack listed (paged), each flow labelled with its own template', async () => {
    nestedStackResources(true);
    deployedNested(NESTED_FLOW_ARN, 'Nested menu', 'Welcome to Acme.', SUPPORT_ARN);
    deployedNested(INNER_FLOW_ARN, 'Inner menu', 'Billing.', BILLING_ARN);
    const r = await run(['diff', '--deployed', 'Center', twoLevels]);
    expect(r.err).toBe('');
    expect(r.out).toBe('no changes (2 flows compared)\n');
    expect(r.code).toBe(0);
    expect(cfn.commandCalls(ListStackResourcesCommand).map((c) => c.args[0].input.StackName)).toEqual(['Center', 'Center', FLOWS_ARN, FLOWS_ARN, INNER_ARN]);
  });

  test('two nested levels, the inner flow edited in the console', async () => {
    nestedStackResources(true);
    deployedNested(NESTED_FLOW_ARN, 'Nested menu', 'Welcome to Acme.', SUPPORT_ARN);
    deployedNested(INNER_FLOW_ARN, 'Inner menu', 'Billing, edited.', SUPPORT_ARN);
    const r = await run(['diff', '--deployed', 'Center', twoLevels, '--fail-on-change']);
    expect(r.out).toBe([
      `flow "Inner menu" (CONTACT_FLOW) in nested stack ${ids.center.Flows}/${ids.flows.Inner}: 2 changes`,
      '  ~ block Welcome: Text "Billing, edited." → "Billing."',
      '  ~ block SetQueue: QueueId "Queue: Support" → "Queue: Billing"',
      '2 changes in 1 flow (1 unchanged)',
      '',
    ].join('\n'));
    expect(r.code).toBe(1);
  });

  test('a deployed nested stack the local app no longer has: its flows show as removed', async () => {
    nestedStackResources(true);
    deployedNested(NESTED_FLOW_ARN, 'Nested menu', 'Welcome to Acme.', SUPPORT_ARN);
    deployedNested(INNER_FLOW_ARN, 'Inner menu', 'Billing.', BILLING_ARN);
    const r = await run(['diff', '--deployed', 'Center', oneLevel]);
    expect(r.out).toContain('  - flow "Inner menu" (CONTACT_FLOW) removed\n');
    expect(r.code).toBe(1);
  });

  test('a nested stack that cannot be listed: exit 2 naming it', async () => {
    nestedStackResources(false);
    cfn.on(ListStackResourcesCommand, { StackName: FLOWS_ARN, NextToken: undefined })
      .rejects(Object.assign(new Error('User is not authorized to perform cloudformation:ListStackResources'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
    const r = await run(['diff', '--deployed', 'Center', oneLevel]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`cdk-contact-center: cloudformation:ListStackResources (nested stack ${ids.center.Flows} of stack Center) failed: access denied: allow cloudformation:ListStackResources on nested stack ${ids.center.Flows} of stack Center (User is not authorized to perform cloudformation:ListStackResources)\n`);
  });
});

describe('diff --flow-arn', () => {
  test('one deployed flow against a flow file', async () => {
    deployed('Welcome to Acme!', SUPPORT_ARN);
    const r = await run(['diff', '--flow-arn', FLOW_ARN, path.join(dir, 'flow.json')]);
    expect(r.out).toContain('  ~ block Welcome: Text "Welcome to Acme!" → "Welcome to Acme."\n');
    expect(r.code).toBe(1);
  });

  test('a flow ID with --instance-id', async () => {
    deployed('Welcome to Acme.', SUPPORT_ARN);
    const r = await run(['diff', '--flow-arn', '7a7a7a7a-0000-0000-0000-000000000001', '--instance-id', '0000aaaa-1111-2222-3333-444455556666', '--region', 'eu-west-2', path.join(dir, 'flow.json')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('no changes (1 flow compared)\n');
    expect(r.code).toBe(0);
  });

  test('a flow ID without --instance-id, or the wrong instance: exit 2', async () => {
    const noInstance = await run(['diff', '--flow-arn', '7a7a7a7a', path.join(dir, 'flow.json')]);
    expect(noInstance.code).toBe(2);
    expect(noInstance.err).toMatch(/--flow-arn "7a7a7a7a" is not an ARN: give the instance with --instance-id/);
    const wrong = await run(['diff', '--flow-arn', FLOW_ARN, '--instance-id', 'other', path.join(dir, 'flow.json')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/--instance-id "other" is not the instance of --flow-arn/);
    expect(connect.commandCalls(DescribeContactFlowCommand)).toHaveLength(0);
  });
});

describe('bin/cdk-contact-center', () => {
  test('sets the exit code a command that calls AWS answers with a promise', async () => {
    const text = fs.readFileSync(path.join(__dirname, '../../bin/cdk-contact-center'), 'utf-8');
    const fakeProcess: any = { argv: ['node', 'cdk-contact-center', 'diff', '--deployed', 'Center'], exitCode: undefined };
    const fakeRequire = () => ({ mainAsync: () => Promise.resolve(1) });
    new Function('require', 'process', text.replace(/^#!.*\n/, ''))(fakeRequire, fakeProcess);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fakeProcess.exitCode).toBe(1);
  });
});
