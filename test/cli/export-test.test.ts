import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli as run } from './run-cli';

const FN = 'arn:aws:lambda:us-east-1:111122223333:function:Lookup';
const HOURS = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/operating-hours/h-1';
const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Hours',
  Actions: [
    {
      Identifier: 'Hours',
      Type: 'CheckHoursOfOperation',
      Parameters: { HoursOfOperationId: HOURS },
      Transitions: {
        NextAction: 'End',
        Conditions: [{ NextAction: 'Call', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'End', Condition: { Operator: 'Equals', Operands: ['False'] } }],
        Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }],
      },
    },
    {
      Identifier: 'Call',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: FN },
      Transitions: { NextAction: 'Queue', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: QUEUE }, Transitions: { NextAction: 'Transfer', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};
const SCENARIO = {
  description: 'open, lookup, queued',
  contact: { customerNumber: '+15555550123' },
  hours: 'open',
  lambdas: { [FN]: [{ tier: 'gold' }] },
  expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: QUEUE },
};

function files(content: { [name: string]: any }): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-export-'));
  for (const [name, c] of Object.entries(content)) fs.writeFileSync(path.join(d, name), JSON.stringify(c));
  return d;
}

describe('cdk-contact-center export-test', () => {
  test('writes the test case of a scenario checked against the flow', () => {
    const d = files({ 'flow.json': FLOW, 's.json': SCENARIO });
    const r = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--hours', `Main=${HOURS}`]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.Version).toBe('2025-06-21');
    expect(doc.Observations.map((o: any) => o.Identifier)).toEqual(['start', 'transfer', 'end']);
    expect(doc.Observations[0].Actions.map((a: any) => a.Parameters.Behavior.Properties.ActionType)).toEqual(['InvokeLambdaFunction', 'CheckHoursOfOperation']);
    expect(doc.Observations[1].Event.Properties.ActionParameters).toEqual({ QueueId: QUEUE });
  });

  test('--out writes the file; --lambda maps a logical key to its ARN', () => {
    const d = files({ 'flow.json': FLOW, 's.json': { ...SCENARIO, hours: undefined, lambdas: { Lookup: [{}] } } });
    const out = path.join(d, 'test-case.json');
    const r = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--lambda', `Lookup=${FN}`, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote ${out}\n`);
    expect(JSON.parse(r.written[out]).Observations[0].Actions[0].Parameters.Behavior.Properties.ActionParameters).toEqual({ LambdaFunctionARN: FN });
  });

  test('an element without an equivalent is an input error naming it', () => {
    const d = files({ 'flow.json': FLOW, 's.json': { ...SCENARIO, expect: { lambdaCalls: 1 } } });
    const r = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--hours', `Main=${HOURS}`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot export to a test case: scenario\.expect\.lambdaCalls/);
  });

  test('--queue, --agent and --leave-out name what the test case needs; a malformed pair is a usage error', () => {
    const AGENT = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/a-1';
    const d = files({ 'flow.json': FLOW, 's.json': { ...SCENARIO, expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: 'Support', lambdaCalls: 1 } } });
    const args = ['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--hours', `Main=${HOURS}`];
    const r = run([...args, '--queue', `Support=${QUEUE}`, '--agent', `Rita=${AGENT}`, '--leave-out', 'expect.lambdaCalls']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.Observations.find((o: any) => o.Identifier === 'transfer').Event.Properties.ActionParameters).toEqual({ QueueId: QUEUE });
    const missing = run([...args, '--queue', `Support=${QUEUE}`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/scenario\.expect\.lambdaCalls: .*--leave-out expect\.lambdaCalls\)/);
    const bad = run([...args, '--utterance', 'Billing']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--utterance "Billing": expected INTENT=TEXT/);
  });

  test('a missing ARN is asked for with the option of the command, not the library\'s', () => {
    const d = files({
      'flow.json': FLOW,
      's.json': { ...SCENARIO, lambdas: { Lookup: [{ tier: 'gold' }] } },
      'q.json': { ...SCENARIO, lambdas: undefined, expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: 'Support' } },
    });
    const lambda = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--hours', `Main=${HOURS}`]);
    expect(lambda.code).toBe(2);
    expect(lambda.err).toMatch(/scenario\.lambdas\.Lookup: .*give it in --lambda KEY=ARN/);
    expect(lambda.err).not.toMatch(/lambdaArns/);
    const hours = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--lambda', `Lookup=${FN}`]);
    expect(hours.code).toBe(2);
    expect(hours.err).toMatch(/scenario\.hours: .*give them in --hours KEY=ARN/);
    const queue = run(['export-test', path.join(d, 'q.json'), '--template', path.join(d, 'flow.json'), '--hours', `Main=${HOURS}`]);
    expect(queue.code).toBe(2);
    expect(queue.err).toMatch(/scenario\.expect\.queue: .*give it in --queue KEY=ARN/);
  });

  test('the scenario is checked strictly first, and --flow must name a flow', () => {
    const d = files({ 'flow.json': FLOW, 's.json': { ...SCENARIO, hours: 'shut' } });
    const bad = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/invalid scenario .*scenario\.hours/);
    const flow = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--flow', 'Nope']);
    expect(flow.code).toBe(2);
    expect(flow.err).toMatch(/--flow "Nope" is not a flow of the template/);
  });

  test('--lambda, --hours, --queue and --agent values must be ARNs of their kind: an input error names the option, KEY, value and form', () => {
    const d = files({ 'flow.json': FLOW, 's.json': SCENARIO });
    const args = ['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json')];
    const LAMBDA_FORM = 'a Lambda function ARN, arn:<partition>:lambda:<region>:<account>:function:<name>[:<alias or version>]';
    const CONNECT_FORM = 'arn:<partition>:connect:<region>:<account>:instance/<instanceId>';
    const cases: Array<[string, string, string]> = [
      ['--lambda', 'Lookup=Lookup', LAMBDA_FORM],
      ['--lambda', `Lookup=${FN.replace(':function:', ':layer:')}`, LAMBDA_FORM],
      ['--hours', `Main=${QUEUE}`, `an hours of operation ARN, ${CONNECT_FORM}/operating-hours/<hoursOfOperationId>`],
      ['--queue', 'Support=Support', `a queue ARN, ${CONNECT_FORM}/queue/<queueId>`],
      ['--agent', `Rita=${HOURS}`, `an agent (user) ARN, ${CONNECT_FORM}/agent/<userId>`],
    ];
    for (const [flag, pair, form] of cases) {
      const r = run([...args, '--hours', `Main=${HOURS}`, flag, pair]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`cdk-contact-center: ${flag} ${pair}: expected ${form}\n`);
    }
    // An alias or version qualifies a function ARN.
    const qualified = run([...args, '--hours', `Main=${HOURS}`, '--lambda', `Lookup=${FN}:live`]);
    expect(qualified.err).toBe('');
    expect(qualified.code).toBe(0);
  });

  test('the Connect ARNs of the options must name one instance, in one region and account: the error names both', () => {
    const d = files({ 'flow.json': FLOW, 's.json': SCENARIO });
    const args = ['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--hours', `Main=${HOURS}`];
    const other = (from: string, to: string) => QUEUE.replace(from, to);
    const instance = run([...args, '--queue', `Support=${other('instance/i-1', 'instance/i-2')}`]);
    expect(instance.code).toBe(2);
    expect(instance.err).toBe(`cdk-contact-center: --queue Support=${other('instance/i-1', 'instance/i-2')}: expected an ARN of the instance of `
      + `--hours Main "${HOURS}" (instance ID i-1, not i-2): a test case runs on one Amazon Connect instance\n`);
    const region = run([...args, '--agent', `Rita=${HOURS.replace('us-east-1', 'eu-west-2').replace('operating-hours/h-1', 'agent/a-1')}`]);
    expect(region.code).toBe(2);
    expect(region.err).toMatch(/^cdk-contact-center: --agent Rita=arn:aws:connect:eu-west-2:.*: expected an ARN of the instance of --hours Main ".*" \(region us-east-1, not eu-west-2\)/);
    const account = run([...args, '--hours', `Other=${HOURS.replace('111122223333', '444455556666')}`]);
    expect(account.code).toBe(2);
    expect(account.err).toMatch(/--hours Other=.*444455556666.*\(account 111122223333, not 444455556666\)/);
    // A Lambda function is no resource of the instance: only its form is checked.
    const lambda = run([...args, '--lambda', `Lookup=${FN.replace('us-east-1', 'eu-west-2')}`]);
    expect(lambda.err).toBe('');
    expect(lambda.code).toBe(0);
  });

  test('usage errors print the usage', () => {
    expect(run(['export-test']).err).toMatch(/expected one scenario file/);
    const r = run(['export-test', 'a.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs --template/);
    expect(r.err).toMatch(/\nUsage: cdk-contact-center export-test <scenario.json> --template .*\nRun "cdk-contact-center export-test --help" for its options.\n$/);
    const d = files({ 'flow.json': FLOW, 's.json': SCENARIO });
    const pair = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--lambda', 'nope']);
    expect(pair.code).toBe(2);
    expect(pair.err).toMatch(/--lambda "nope": expected KEY=ARN/);
  });
});

describe('cdk-contact-center test with a Connect test case', () => {
  test('an exported test case runs offline like its scenario; what cannot be simulated is an input error', () => {
    const d = files({ 'flow.json': FLOW, 's.json': { ...SCENARIO, hours: { [HOURS]: 'open' } } });
    const exported = run(['export-test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json'), '--out', path.join(d, 'tc.json')]);
    expect(exported.code).toBe(0);
    fs.writeFileSync(path.join(d, 'tc.json'), exported.written[path.join(d, 'tc.json')]);
    const passing = run(['test', path.join(d, 'tc.json'), '--template', path.join(d, 'flow.json')]);
    expect(passing.out).toBe(`PASS ${path.join(d, 'tc.json')}\n1 passed, 0 failed\n`);
    expect(passing.code).toBe(0);

    const doc = JSON.parse(exported.written[path.join(d, 'tc.json')]);
    doc.Observations[1].Event.Properties.ActionParameters.QueueId = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/other';
    fs.writeFileSync(path.join(d, 'wrong.json'), JSON.stringify(doc));
    const failing = run(['test', path.join(d, 'wrong.json'), '--template', path.join(d, 'flow.json')]);
    expect(failing.code).toBe(1);
    expect(failing.out).toMatch(/FAIL .*wrong\.json: queue/);

    doc.Observations[1].Event.Properties = { ActionType: 'ConnectParticipantWithLexBot', ActionParameters: { LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/B/A' } } };
    fs.writeFileSync(path.join(d, 'partial.json'), JSON.stringify(doc));
    const partial = run(['test', path.join(d, 'partial.json'), '--template', path.join(d, 'flow.json')]);
    expect(partial.code).toBe(2);
    expect(partial.out).toMatch(/FAIL .*partial\.json: test case: cannot simulate Observations\[1\] \(transfer\): FlowActionStarted ConnectParticipantWithLexBot is not checked/);
  });
});
