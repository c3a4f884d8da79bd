import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { ConnectClient, DescribeContactFlowCommand, DescribeContactFlowModuleCommand } from '@aws-sdk/client-connect';
import { mockClient } from 'aws-sdk-client-mock';
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
