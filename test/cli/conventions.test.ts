import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { runCli as cli } from './run-cli';
import * as src from '../../src';
import { closest } from '../../src/cli/args';

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const ERR = [{ NextAction: 'End', ErrorType: 'NoMatchingError' }];
const say = (text: string) => JSON.stringify({
  Version: '2019-10-30',
  StartAction: 'Say',
  Actions: [{ Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'End', Errors: ERR } }, END],
});
const INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1';
const TWO_FLOWS = JSON.stringify({
  Resources: {
    Sales: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Sales', Type: 'CONTACT_FLOW', InstanceArn: INSTANCE, Content: say('Sales') } },
    Main: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Main menu', Type: 'CONTACT_FLOW', InstanceArn: INSTANCE, Content: say('Main') } },
  },
});
const NO_FLOWS = JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } } });
const ASSETS = JSON.stringify({ version: '48.0.0', files: {}, dockerImages: {} });
const COMMANDS = ['validate', 'simulate', 'diagram', 'test', 'diff', 'export-test', 'codegen', 'import'];

function dir(files: { [name: string]: string }): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-conventions-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(d, name), text);
  return d;
}

describe('--version and --help', () => {
  const version = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf-8')).version;

  test.each([['--version'], ['-v']])('%s prints the package version and exits 0', (flag) => {
    const r = cli([flag]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${version}\n`);
  });

  test.each(COMMANDS.flatMap((c) => [[c, '--help'], [c, '-h'], ['help', c]]))('%s %s prints that command\'s usage only and exits 0', (a, b) => {
    const command = a === 'help' ? b : a;
    const r = cli([a, b]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`^Usage:\n {2}cdk-contact-center ${command} `));
    for (const other of COMMANDS.filter((c) => c !== command)) expect(r.out).not.toContain(`cdk-contact-center ${other} `);
    // Quotes are balanced (Node's parseArgs text was not).
    expect((r.out.match(/"/g) ?? []).length % 2).toBe(0);
  });

  test('--help after other arguments still prints the help (test --help used to exit 2)', () => {
    const r = cli(['test', 'scenarios/', '--template', 'x.json', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--flow NAME');
  });

  test('the tool\'s --help lists every command and exits 0; no arguments prints it and exits 2', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.out).toContain(`cdk-contact-center ${c} `);
    expect(help.out).toContain('cdk-contact-center --version | -v');
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage:');
  });

  test('simulate --help documents the scenario\'s "expect" check', () => {
    const r = cli(['simulate', '--help']);
    expect(r.out).toContain('The scenario\'s own "expect" (outcome, queue, agent');
    expect(r.out).toContain('--expect OUTCOME');
  });
});

describe('usage errors', () => {
  test.each([
    [['test', 'scenarios/', '--templat', 't.json'], 'unknown option "--templat" for test: did you mean "--template"?'],
    [['simulate', 'f.json', '--scenaro', 's.json'], 'unknown option "--scenaro" for simulate: did you mean "--scenario"?'],
    [['export-test', 's.json', '--lamda', 'A=B'], 'unknown option "--lamda" for export-test: did you mean "--lambda"?'],
    [['diagram', 'f.json', '--output', 'x.mmd'], 'unknown option "--output" for diagram: did you mean "--out"?'],
    [['validate', 'f.json', '-t', 'CONTACT_FLOW'], 'unknown option "-t" for validate: did you mean "--type"?'],
    [['tset'], 'unknown command "tset": did you mean "test"?'],
    [['test', 'scenarios/', '--template'], '--template needs a value'],
    [['simulate', 'f.json', '--json=yes'], '--json takes no value'],
  ])('%p: %s, and a short usage line', (argv, message) => {
    const r = cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toContain(`cdk-contact-center: ${message}`);
    // The message, the command's usage line and where the help is: not the whole usage.
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[1]).toMatch(/^Usage: cdk-contact-center /);
  });

  test('an option far from every option gets no suggestion', () => {
    const r = cli(['validate', 'f.json', '--colour']);
    expect(r.err).toContain('unknown option "--colour" for validate (options: --type, --allow-unknown-actions, --allow-unknown-parameters)');
    expect(r.err).not.toContain('did you mean');
  });

  test('closest: typos and prefixes, not unrelated words', () => {
    expect(closest('templat', ['template', 'junit'])).toBe('template');
    expect(closest('tempalte', ['template', 'junit'])).toBe('template');
    expect(closest('junti', ['template', 'junit'])).toBe('junit');
    expect(closest('zzz', ['template', 'junit'])).toBeUndefined();
    expect(closest('output', ['flow', 'out'])).toBe('out');
    expect(closest('t', ['type', 'allow-unknown-actions'])).toBe('type');
    expect(closest('a', ['agent', 'allow'])).toBeUndefined();
  });
});

describe('one "wrote FILE" style for every output file', () => {
  test('diagram --out, export-test --out and test --junit each print "wrote FILE" on standard output', () => {
    const d = dir({ 'f.json': say('Hi'), 's.json': JSON.stringify({ expect: { prompts: ['Hi'] } }) });
    const f = path.join(d, 'f.json');
    const diagram = cli(['diagram', f, '--out', 'x.mmd']);
    expect(diagram.out).toBe('wrote x.mmd\n');
    const exported = cli(['export-test', path.join(d, 's.json'), '--template', f, '--out', 'tc.json']);
    expect(exported.code).toBe(0);
    expect(exported.out).toBe('wrote tc.json\n');
    const run = cli(['test', path.join(d, 's.json'), '--template', f, '--junit', 'r.xml']);
    expect(run.out).toBe(`PASS ${path.join(d, 's.json')}\nwrote r.xml\n1 passed, 0 failed\n`);
  });
});

describe('test --flow', () => {
  const files = {
    't.json': TWO_FLOWS,
    'plain.json': JSON.stringify({ expect: { prompts: ['Main'] } }),
    'sales.json': JSON.stringify({ flow: 'Sales', expect: { prompts: ['Sales'] } }),
  };

  test('is the flow of the scenarios that do not name one; a scenario\'s own "flow" stays', () => {
    const d = dir(files);
    const r = cli(['test', path.join(d, 'plain.json'), path.join(d, 'sales.json'), '--template', path.join(d, 't.json'), '--flow', 'Main menu']);
    expect(r.out).toBe(`PASS ${path.join(d, 'plain.json')}\nPASS ${path.join(d, 'sales.json')}\n2 passed, 0 failed\n`);
    expect(r.code).toBe(0);
    const other = cli(['test', path.join(d, 'plain.json'), '--template', path.join(d, 't.json'), '--flow', 'Sales']);
    expect(other.out).toContain(`FAIL ${path.join(d, 'plain.json')}: prompts: expected "Main"`);
    expect(other.code).toBe(1);
  });

  test('a name that is no flow of the template is an input error (exit 2), not ignored', () => {
    const d = dir(files);
    const r = cli(['test', path.join(d, 'sales.json'), '--template', path.join(d, 't.json'), '--flow', 'Nope']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`--flow "Nope" is no flow of "${path.join(d, 't.json')}"; flows: Main menu, Sales`);
  });
});

describe('files without flows', () => {
  test.each([
    ['test', ['test', 's.json', '--template', 't.json']],
    ['simulate', ['simulate', 't.json']],
    ['diagram', ['diagram', 't.json']],
  ])('%s on a template without flows: "no flows in FILE", exit 2', (_c, argv) => {
    const r = cli(argv, { 't.json': NO_FLOWS, 's.json': '{"expect":{}}' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('no flows in "t.json": the template has no AWS::Connect::ContactFlow or ContactFlowModule resources');
  });

  test('validate on a template without flows says so and exits 0', () => {
    const r = cli(['validate', 't.json'], { 't.json': NO_FLOWS });
    expect(r.code).toBe(0);
    expect(r.out).toContain('no flows in "t.json"');
  });

  test.each(COMMANDS.filter((c) => !['export-test', 'diff', 'import', 'codegen'].includes(c)))('%s given cdk.out/*.assets.json: "no flows in FILE", not a flow', (command) => {
    const argv = command === 'test' ? ['test', 's.json', '--template', 'Stack.assets.json'] : [command, 'Stack.assets.json'];
    const r = cli(argv, { 'Stack.assets.json': ASSETS, 's.json': '{"expect":{}}' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('no flows in "Stack.assets.json": it is neither a flow-language document');
  });
});

describe('export-test names every missing option at once', () => {
  const HOURS = `${INSTANCE}/operating-hours/h-1`;
  const QUEUE = `${INSTANCE}/queue/q-1`;
  const flow = JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'Hours',
    Actions: [
      {
        Identifier: 'Hours',
        Type: 'CheckHoursOfOperation',
        Parameters: { HoursOfOperationId: HOURS },
        Transitions: { NextAction: 'End', Conditions: [{ NextAction: 'Call', Condition: { Operator: 'Equals', Operands: ['True'] } }], Errors: ERR },
      },
      { Identifier: 'Call', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookup' }, Transitions: { NextAction: 'Queue', Errors: ERR } },
      { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: QUEUE }, Transitions: { NextAction: 'Transfer', Errors: ERR } },
      { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: ERR } },
      END,
    ],
  });

  test('--lambda, --hours, --queue and --leave-out in one message', () => {
    const scenario = JSON.stringify({
      hours: 'open',
      seed: 1,
      lambdas: { lookup: [{}] },
      expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: 'q-1' },
    });
    const r = cli(['export-test', 's.json', '--template', 'f.json'], { 'f.json': flow, 's.json': scenario });
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot export to a test case: 4 elements need an option:');
    expect(r.err).toContain('scenario.seed: the draw of DistributeByPercentage cannot be fixed in a test case (or leave it out knowingly with --leave-out seed)');
    expect(r.err).toContain('scenario.lambdas.lookup: the test case needs the function ARN: use the ARN as the key or give it in --lambda KEY=ARN');
    expect(r.err).toContain('scenario.hours: the test case needs the ARN of each hours of operation the flow checks: give them in --hours KEY=ARN');
    expect(r.err).toContain('scenario.expect.queue: the test case needs the queue ARN: use the ARN or give it in --queue KEY=ARN');
  });
});

describe('a test case exported with deployed ARNs runs back through test', () => {
  const DEPLOYED_FN = 'arn:aws:lambda:eu-west-2:444455556666:function:lookup-prod';
  const DEPLOYED_QUEUE = 'arn:aws:connect:eu-west-2:444455556666:instance/prod/queue/q-prod';

  function synth(): string {
    const stack = new Stack(new App(), 'Stack', { env: { region: 'us-east-1', account: '111122223333' } });
    const contactCenter = new src.ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Office', timeZone: 'UTC', schedule: src.Schedule.weekdaysNineToFive() });
    const queue = contactCenter.addQueue('Support', { name: 'Support', hoursOfOperation: hours });
    const fn = new lambda.Function(stack, 'Lookup', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({});') });
    new src.ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main menu',
      content: src.FlowContent.fromJson({
        Version: '2019-10-30',
        StartAction: 'Call',
        Actions: [
          { Identifier: 'Call', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: fn.functionArn }, Transitions: { NextAction: 'Queue', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
          { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: { NextAction: 'Transfer', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
          { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
          END,
        ],
      }),
    });
    return JSON.stringify(Template.fromStack(stack).toJSON());
  }

  test('with the same --lambda and --queue options as export-test', () => {
    const template = JSON.parse(synth());
    const ids = Object.keys(template.Resources);
    const fnId = ids.find((id) => template.Resources[id].Type === 'AWS::Lambda::Function')!;
    const queueId = ids.find((id) => template.Resources[id].Type === 'AWS::Connect::Queue')!;
    const d = dir({
      't.json': JSON.stringify(template),
      's.json': JSON.stringify({ lambdas: { [fnId]: [{ tier: 'gold' }] }, expect: { outcome: 'TRANSFERRED_TO_QUEUE', queue: queueId } }),
    });
    const t = path.join(d, 't.json');
    const arnOptions = ['--lambda', `${fnId}=${DEPLOYED_FN}`, '--queue', `${queueId}=${DEPLOYED_QUEUE}`];
    const exported = cli(['export-test', path.join(d, 's.json'), '--template', t, ...arnOptions]);
    expect(exported.err).toBe('');
    expect(exported.out).toContain(DEPLOYED_FN);
    expect(exported.out).toContain(DEPLOYED_QUEUE);
    const tc = path.join(d, 'tc.json');
    fs.writeFileSync(tc, exported.out);
    // Without the options the deployed ARNs name nothing of the template.
    const bare = cli(['test', tc, '--template', t]);
    expect(bare.code).toBe(2);
    expect(bare.out).toContain(DEPLOYED_FN);
    const mapped = cli(['test', tc, '--template', t, ...arnOptions]);
    expect(mapped.out).toBe(`PASS ${tc}\n1 passed, 0 failed\n`);
    expect(mapped.code).toBe(0);
    // The queue is checked: the deployed queue mapped to another resource fails.
    const hoursId = ids.find((id) => template.Resources[id].Type === 'AWS::Connect::HoursOfOperation')!;
    const wrong = cli(['test', tc, '--template', t, '--lambda', `${fnId}=${DEPLOYED_FN}`, '--queue', `${hoursId}=${DEPLOYED_QUEUE}`]);
    expect(wrong.code).toBe(1);
    const unknown = cli(['test', tc, '--template', t, '--lambda', `Nope=${DEPLOYED_FN}`]);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('--lambda Nope: names no resource of the template');
  });
});
