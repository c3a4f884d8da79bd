import {
  ConnectClient, GetTestCaseExecutionSummaryCommand, ListTestCaseExecutionRecordsCommand, ListTestCasesCommand, SearchTestCasesCommand,
  StartTestCaseExecutionCommand, StopTestCaseExecutionCommand,
} from '@aws-sdk/client-connect';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { mockClient } from 'aws-sdk-client-mock';
import { aws } from '../../cli-aws';
import { ContactCenter, ContactFlow, ContactFlowTest, FlowContent } from '../../src';
import { AwsModule } from '../../src/cli/aws';
import { mainAsync } from '../../src/cli/index';

const INSTANCE = '11111111-2222-3333-4444-555555555555';
const INSTANCE_ARN = `arn:aws:connect:us-east-1:111122223333:instance/${INSTANCE}`;
const connect = mockClient(ConnectClient);

/** A flow that sets greeting=done, and two test cases: one that expects that (passes offline), one that does not. */
function template(): string {
  const stack = new Stack(new App(), 'Live', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = ContactCenter.fromInstanceArn(stack, 'Instance', INSTANCE_ARN);
  const flow = new ContactFlow(stack, 'Main', {
    contactCenter,
    name: 'Main',
    content: FlowContent.fromJson({
      Version: '2019-10-30',
      StartAction: 'Set',
      Actions: [
        { Identifier: 'Set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { greeting: 'done' }, TargetContact: 'Current' }, Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    }),
  });
  new ContactFlowTest(stack, 'Greets', { contactCenter, flow, scenario: { expect: { attributes: { greeting: 'done' } } } });
  new ContactFlowTest(stack, 'Wrong', { contactCenter, flow, scenario: { expect: { attributes: { greeting: 'other' } } } });
  return JSON.stringify(Template.fromStack(stack).toJSON());
}
const TEMPLATE = template();

const summary = (id: string, name: string, status = 'PUBLISHED') => ({ Id: id, Name: name, Status: status as any, Arn: `${INSTANCE_ARN}/test-case/${id}` });

/** Runs the CLI with the un-bundled AWS code, a fake clock and files. */
async function live(argv: string[], files: { [path: string]: string } = { 'template.json': TEMPLATE }) {
  let out = '';
  let err = '';
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const written: { [path: string]: string } = {};
  const module: AwsModule = {
    ...aws,
    runLiveTests: (client, request, hooks) => aws.runLiveTests(client, request, {
      ...hooks,
      now: () => clock,
      sleep: async (ms) => { sleeps.push(ms); clock += ms; },
    }),
  };
  const code = await mainAsync(['test', '--live', ...argv], {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    readFile: (p) => {
      if (!(p in files)) throw new Error('ENOENT: no such file or directory');
      return files[p];
    },
    writeFile: (p, t) => { written[p] = t; },
    aws: () => module,
  });
  return { code, out, err, written, sleeps };
}

beforeEach(() => {
  connect.reset();
});

describe('test --live', () => {
  test('runs the template\'s test cases and prints both verdicts; offline passed, live failed names the first failed observation', async () => {
    connect.on(ListTestCasesCommand).resolves({ TestCaseSummaryList: [summary('tc-1', 'Greets'), summary('tc-2', 'Wrong'), summary('tc-9', 'Other')] });
    connect.on(StartTestCaseExecutionCommand, { TestCaseId: 'tc-1' }).resolves({ TestCaseExecutionId: 'ex-1', TestCaseId: 'tc-1', Status: 'INITIATED' });
    connect.on(StartTestCaseExecutionCommand, { TestCaseId: 'tc-2' }).resolves({ TestCaseExecutionId: 'ex-2', TestCaseId: 'tc-2', Status: 'INITIATED' });
    connect.on(GetTestCaseExecutionSummaryCommand, { TestCaseExecutionId: 'ex-1' })
      .resolvesOnce({ Status: 'IN_PROGRESS' })
      .resolves({ Status: 'FAILED', StartTime: new Date(0), EndTime: new Date(60_000), ObservationSummary: { TotalObservations: 2, ObservationsPassed: 1, ObservationsFailed: 1 } });
    connect.on(GetTestCaseExecutionSummaryCommand, { TestCaseExecutionId: 'ex-2' })
      .resolves({ Status: 'FAILED', ObservationSummary: { TotalObservations: 1, ObservationsPassed: 0, ObservationsFailed: 1 } });
    connect.on(ListTestCaseExecutionRecordsCommand, { TestCaseExecutionId: 'ex-1' }).resolves({
      ExecutionRecords: [
        { ObservationId: 'obs-end', Status: 'FAILED', Timestamp: new Date(30_000), Record: '{"expected":"greeting = done","actual":"greeting unset"}' },
        { ObservationId: 'obs-start', Status: 'PASSED', Timestamp: new Date(10_000), Record: '{}' },
      ],
    });
    connect.on(ListTestCaseExecutionRecordsCommand, { TestCaseExecutionId: 'ex-2' }).resolves({
      ExecutionRecords: [{ ObservationId: 'obs-end', Status: 'FAILED', Timestamp: new Date(5_000), Record: '{"actual":"done"}' }],
    });
    const r = await live(['--instance-id', INSTANCE, '--template', 'template.json', '--junit', 'live.xml', '--region', 'us-east-1']);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toEqual([
      'FAIL Greets: offline passed, live failed: they part at observation "obs-end": {"expected":"greeting = done","actual":"greeting unset"} (1 of 2 observations passed)',
      expect.stringMatching(/^FAIL Wrong: live failed at observation "obs-end": \{"actual":"done"\} \(0 of 1 observations passed\); offline failed too: .*greeting/),
      '0 passed, 2 failed',
    ]);
    expect(r.code).toBe(1);
    // Only the template's test cases ran.
    expect(connect.commandCalls(StartTestCaseExecutionCommand).map((c) => c.args[0].input)).toEqual([
      { InstanceId: INSTANCE, TestCaseId: 'tc-1' },
      { InstanceId: INSTANCE, TestCaseId: 'tc-2' },
    ]);
    expect(r.err).toMatch(/^live: 2 running, 0 waiting, 0 done \(0 s\)$/m);
    expect(r.written['live.xml']).toContain('<testsuite name="cdk-contact-center live test cases" tests="2" failures="2" errors="0">');
  });

  test('a passing test case: PASS with both verdicts, exit 0', async () => {
    connect.on(ListTestCasesCommand).resolves({ TestCaseSummaryList: [summary('tc-1', 'Greets')], NextToken: 'page-2' });
    connect.on(ListTestCasesCommand, { NextToken: 'page-2' }).resolves({ TestCaseSummaryList: [summary('tc-2', 'Wrong')] });
    connect.on(StartTestCaseExecutionCommand).callsFake((input) => ({ TestCaseExecutionId: `ex-${input.TestCaseId}`, TestCaseId: input.TestCaseId, Status: 'INITIATED' }));
    connect.on(GetTestCaseExecutionSummaryCommand).resolves({ Status: 'PASSED' });
    const r = await live(['--instance-id', INSTANCE_ARN, '--template', 'template.json']);
    expect(r.out.trimEnd().split('\n')).toEqual([
      'PASS Greets (live passed, offline passed)',
      expect.stringMatching(/^PASS Wrong: live passed, offline failed: .*greeting/),
      '2 passed, 0 failed',
    ]);
    expect(r.code).toBe(0);
    expect(connect.commandCalls(ListTestCaseExecutionRecordsCommand)).toHaveLength(0);
  });

  test('a throttled start is retried after a wait, not failed', async () => {
    connect.on(ListTestCasesCommand).resolves({ TestCaseSummaryList: [summary('tc-1', 'Greets')] });
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    connect.on(StartTestCaseExecutionCommand)
      .rejectsOnce(throttled)
      .resolves({ TestCaseExecutionId: 'ex-1', TestCaseId: 'tc-1', Status: 'INITIATED' });
    connect.on(GetTestCaseExecutionSummaryCommand).resolves({ Status: 'PASSED' });
    const r = await live(['--instance-id', INSTANCE, '--template', 'template.json']);
    expect(r.err).toContain('live: start of "Greets" throttled (ThrottlingException): retrying');
    expect(connect.commandCalls(StartTestCaseExecutionCommand)).toHaveLength(2);
    expect(r.out).toContain('PASS Greets');
    // "Wrong" is not on the instance: an error, exit 2.
    expect(r.out).toContain('ERROR Wrong: no test case of this name on instance');
    expect(r.out.trimEnd().split('\n').pop()).toBe('1 passed, 1 failed');
    expect(r.code).toBe(2);
  });

  test('an execution that does not finish in time is stopped and reported as an error, not a pass', async () => {
    connect.on(ListTestCasesCommand).resolves({ TestCaseSummaryList: [summary('tc-1', 'Greets'), summary('tc-2', 'Wrong')] });
    connect.on(StartTestCaseExecutionCommand).callsFake((input) => ({ TestCaseExecutionId: `ex-${input.TestCaseId}`, Status: 'INITIATED' }));
    connect.on(GetTestCaseExecutionSummaryCommand, { TestCaseExecutionId: 'ex-tc-1' }).resolves({ Status: 'IN_PROGRESS' });
    connect.on(GetTestCaseExecutionSummaryCommand, { TestCaseExecutionId: 'ex-tc-2' }).resolves({ Status: 'FAILED' });
    connect.on(ListTestCaseExecutionRecordsCommand).resolves({ ExecutionRecords: [] });
    connect.on(StopTestCaseExecutionCommand).resolves({});
    const r = await live(['--instance-id', INSTANCE, '--template', 'template.json', '--live-timeout', '120', '--junit', 'live.xml']);
    expect(r.out).toContain('ERROR Greets: did not finish within 120 s (still IN_PROGRESS): stopped (offline passed)');
    expect(r.out.trimEnd().split('\n').pop()).toBe('0 passed, 2 failed');
    expect(r.code).toBe(1);
    expect(connect.commandCalls(StopTestCaseExecutionCommand).map((c) => c.args[0].input)).toEqual([{ InstanceId: INSTANCE, TestCaseId: 'tc-1', TestCaseExecutionId: 'ex-tc-1' }]);
    expect(r.written['live.xml']).toContain('errors="1"');
    expect(r.written['live.xml']).toContain('<error message="ERROR Greets: did not finish');
    // Polled every 10 s until the timeout.
    expect(r.sleeps.every((ms) => ms === 10_000)).toBe(true);
    expect(r.sleeps).toHaveLength(12);
  });

  test('more than 5 test cases: 5 run at a time, the rest wait their turn', async () => {
    const tests = Array.from({ length: 12 }, (_, i) => ({
      Id: `tc-${i}`, Name: `Test ${i}`, Status: 'PUBLISHED' as const, Tags: { suite: 'smoke' }, Content: '{}', Arn: `${INSTANCE_ARN}/test-case/tc-${i}`,
    }));
    connect.on(SearchTestCasesCommand).resolves({ TestCases: tests });
    let inFlight = 0;
    let most = 0;
    const polls = new Map<string, number>();
    connect.on(StartTestCaseExecutionCommand).callsFake((input) => {
      inFlight++;
      most = Math.max(most, inFlight);
      return { TestCaseExecutionId: `ex-${input.TestCaseId}`, Status: 'INITIATED' };
    });
    connect.on(GetTestCaseExecutionSummaryCommand).callsFake((input) => {
      const n = (polls.get(input.TestCaseExecutionId) ?? 0) + 1;
      polls.set(input.TestCaseExecutionId, n);
      if (n < 2) return { Status: 'IN_PROGRESS' };
      inFlight--;
      return { Status: 'PASSED' };
    });
    const r = await live(['--instance-id', INSTANCE, '--tag', 'suite=smoke'], {});
    expect(most).toBe(5);
    expect(connect.commandCalls(StartTestCaseExecutionCommand)).toHaveLength(12);
    expect(connect.commandCalls(SearchTestCasesCommand)[0].args[0].input).toEqual({
      InstanceId: INSTANCE, NextToken: undefined, SearchFilter: { TagFilter: { TagCondition: { TagKey: 'suite', TagValue: 'smoke' } } },
    });
    expect(r.err).toMatch(/^live: 5 running, 7 waiting, 0 done \(0 s\)$/m);
    expect(r.out.trimEnd().split('\n').pop()).toBe('12 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  test('a SAVED test case is an error: only published ones run', async () => {
    connect.on(SearchTestCasesCommand).resolves({ TestCases: [{ Id: 'tc-1', Name: 'Draft', Status: 'SAVED', Tags: { suite: 'smoke' } }] });
    const r = await live(['--instance-id', INSTANCE, '--tag', 'suite=smoke'], {});
    expect(r.out).toContain('ERROR Draft: the test case is SAVED, not PUBLISHED');
    expect(r.code).toBe(1);
    expect(connect.commandCalls(StartTestCaseExecutionCommand)).toHaveLength(0);
  });
});

describe('test --live: bad input and AWS errors are exit 2 with a message naming the call, never a stack trace', () => {
  const expectInputError = (r: { code: number; err: string }, message: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  };

  test('no credentials', async () => {
    connect.on(ListTestCasesCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    expectInputError(await live(['--instance-id', INSTANCE, '--template', 'template.json']), /^cdk-contact-center: connect:ListTestCases: no AWS credentials found/);
  });

  test('access denied, resource not found, throttled past retries', async () => {
    connect.on(ListTestCasesCommand).resolves({ TestCaseSummaryList: [summary('tc-1', 'Greets'), summary('tc-2', 'Wrong')] });
    connect.on(StartTestCaseExecutionCommand).rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' }));
    expectInputError(await live(['--instance-id', INSTANCE, '--template', 'template.json']), /connect:StartTestCaseExecution: access denied; the caller needs the connect:StartTestCaseExecution permission/);
    connect.reset();
    connect.on(SearchTestCasesCommand).rejects(Object.assign(new Error('Instance not found'), { name: 'ResourceNotFoundException' }));
    expectInputError(await live(['--instance-id', INSTANCE, '--tag', 'a=b'], {}), /connect:SearchTestCases: not found \(is --instance-id an instance of this account and region\?\)/);
    connect.reset();
    connect.on(ListTestCasesCommand).resolves({ TestCaseSummaryList: [summary('tc-1', 'Greets')] });
    connect.on(StartTestCaseExecutionCommand).resolves({ TestCaseExecutionId: 'ex-1' });
    connect.on(GetTestCaseExecutionSummaryCommand).rejects(Object.assign(new Error('boom'), { name: 'InternalServiceException' }));
    expectInputError(await live(['--instance-id', INSTANCE, '--template', 'template.json']), /connect:GetTestCaseExecutionSummary: InternalServiceException: boom/);
    connect.reset();
    connect.on(ListTestCasesCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    expectInputError(await live(['--instance-id', INSTANCE, '--template', 'template.json']), /connect:ListTestCases: throttled or over a limit after retries: Rate exceeded/);
  });

  test('no test cases: none in the template, none on the instance, none with the tag', async () => {
    const empty = JSON.stringify({ Resources: { Q: { Type: 'AWS::SNS::Topic', Properties: {} } } });
    expectInputError(await live(['--instance-id', INSTANCE, '--template', 'empty.json'], { 'empty.json': empty }), /"empty.json" has no AWS::Connect::TestCase resources \(ContactFlowTest\)/);
    connect.on(ListTestCasesCommand).resolves({ TestCaseSummaryList: [] });
    expectInputError(await live(['--instance-id', INSTANCE, '--template', 'template.json']), /instance 11111111-2222-3333-4444-555555555555 has none of the test cases of "template.json" \(Greets, Wrong\): deploy the stack first/);
    connect.on(SearchTestCasesCommand).resolves({ TestCases: [] });
    expectInputError(await live(['--instance-id', INSTANCE, '--tag', 'suite=smoke'], {}), /has no test case tagged suite=smoke/);
  });

  test('a test case of another instance', async () => {
    expectInputError(await live(['--instance-id', 'aaaaaaaa-2222-3333-4444-555555555555', '--template', 'template.json']),
      /"template.json": test case "Greets" \(Greets\w*\) belongs to instance 11111111-2222-3333-4444-555555555555, not --instance-id aaaaaaaa-2222-3333-4444-555555555555/);
    expect(connect.calls()).toHaveLength(0);
  });

  test('missing or malformed options', async () => {
    expectInputError(await live(['--template', 'template.json']), /test --live needs --instance-id/);
    expectInputError(await live(['--instance-id', INSTANCE]), /test --live needs --template <template.json> \(its ContactFlowTest test cases\) or --tag KEY=VALUE/);
    expectInputError(await live(['--instance-id', 'not an id!', '--template', 'template.json']), /--instance-id "not an id!" is not an instance ID or an instance ARN/);
    expectInputError(await live(['--instance-id', INSTANCE, '--tag', 'novalue']), /--tag "novalue": expected KEY=VALUE/);
    expectInputError(await live(['--instance-id', INSTANCE, '--tag', 'a=b', '--live-timeout', '5']), /--live-timeout "5": expected whole seconds from 60 to 3600/);
    expectInputError(await live(['--instance-id', INSTANCE, '--tag', 'a=b', '--frobnicate']), /unknown option "--frobnicate" for test/);
    expectInputError(await live(['--instance-id', INSTANCE, '--template', 'missing.json']), /cannot read template "missing.json"/);
  });
});
