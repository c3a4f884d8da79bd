import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { runCli as cli } from './run-cli';
import * as src from '../../src';
import { main, writeOutputFile } from '../../src/cli';
import { CORPUS_DIR } from '../flows/corpus';

const corpus = (file: string) => path.join(CORPUS_DIR, file);
const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const LAMBDA_FLOW = {
  Version: '2019-10-30',
  StartAction: 'Call',
  Actions: [
    {
      Identifier: 'Call',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:lookup', InvocationTimeLimitSeconds: '3', LambdaInvocationAttributes: { n: '$.CustomerEndpoint.Address' } },
      Transitions: { NextAction: 'Say', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.External.name' }, Transitions: { NextAction: 'End' } },
    END,
  ],
};
const flowTemplate = (flows: Array<{ id: string; name: string; type: string; doc: any }>) => JSON.stringify({
  Resources: Object.fromEntries(flows.map((f) => [f.id, { Type: 'AWS::Connect::ContactFlow', Properties: { Name: f.name, Type: f.type, InstanceArn: 'arn:aws:connect:us-east-1:1:instance/i', Content: JSON.stringify(f.doc) } }])),
});

describe('validate', () => {
  test('a corpus file is valid', () => {
    const r = cli(['validate', corpus('acme-queue-transfer.json'), '--type', 'QUEUE_TRANSFER']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('acme-queue-transfer.json: valid');
    // The export's EventHooksConfiguration is a warning (undocumented; one live refusal recorded by others).
    expect(r.out).toContain('0 errors, 2 warnings');
  });

  test('errors exit 1 and are printed', () => {
    const r = cli(['validate', 'f.json', '--type', 'OUTBOUND_WHISPER'], { 'f.json': JSON.stringify(LAMBDA_FLOW) });
    expect(r.code).toBe(1);
    expect(r.out).toContain('f.json: INVALID (1 errors, 0 warnings)');
    expect(r.out).toMatch(/error {3}action "End" at \$\.Actions\[2\]\.Type: DisconnectParticipant is not allowed in a OUTBOUND_WHISPER flow/);
    expect(cli(['validate', 'f.json'], { 'f.json': JSON.stringify(LAMBDA_FLOW) }).code).toBe(0);
  });

  test('unknown action types are errors; --allow-unknown-actions reports them as warnings', () => {
    const doc = { Version: '2019-10-30', StartAction: 'X', Actions: [{ Identifier: 'X', Type: 'TeleportCaller', Parameters: {}, Transitions: { NextAction: 'End' } }, END] };
    const strict = cli(['validate', 'f.json'], { 'f.json': JSON.stringify(doc) });
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/error {3}action "X" at \$\.Actions\[0\]\.Type: unknown action type "TeleportCaller".*--allow-unknown-actions/);
    const lenient = cli(['validate', 'f.json', '--allow-unknown-actions'], { 'f.json': JSON.stringify(doc) });
    expect(lenient.code).toBe(0);
    expect(lenient.out).toMatch(/warning action "X" at \$\.Actions\[0\]\.Type: unknown action type "TeleportCaller"/);
  });

  test('unknown parameters are errors; --allow-unknown-parameters reports them as warnings', () => {
    const doc = { Version: '2019-10-30', StartAction: 'X', Actions: [{ Identifier: 'X', Type: 'MessageParticipant', Parameters: { Text: 'Hi', Voice: 'Joanna' }, Transitions: { NextAction: 'End' } }, END] };
    const strict = cli(['validate', 'f.json'], { 'f.json': JSON.stringify(doc) });
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/error {3}action "X" at \$\.Actions\[0\]\.Parameters\.Voice: .*--allow-unknown-parameters/);
    // --allow-unknown-actions does not cover parameters.
    expect(cli(['validate', 'f.json', '--allow-unknown-actions'], { 'f.json': JSON.stringify(doc) }).code).toBe(1);
    const lenient = cli(['validate', 'f.json', '--allow-unknown-parameters'], { 'f.json': JSON.stringify(doc) });
    expect(lenient.code).toBe(0);
    expect(lenient.out).toMatch(/warning action "X" at \$\.Actions\[0\]\.Parameters\.Voice: .*allowUnknownParameters/);
  });

  test('a misspelled action type names the right one', () => {
    const doc = { Version: '2019-10-30', StartAction: 'X', Actions: [{ Identifier: 'X', Type: 'UnTagContact', Parameters: { TagKeys: ['a'] }, Transitions: { NextAction: 'End' } }, END] };
    const r = cli(['validate', 'f.json'], { 'f.json': JSON.stringify(doc) });
    expect(r.code).toBe(1);
    expect(r.out).toContain('write "UntagContact"');
  });

  test('an unknown --type is a usage error', () => {
    const r = cli(['validate', 'f.json', '--type', 'IVR'], { 'f.json': JSON.stringify(LAMBDA_FLOW) });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--type "IVR" is not a flow type; types: CONTACT_FLOW/);
  });

  test('the legacy format is rejected', () => {
    const r = cli(['validate', 'old.json'], { 'old.json': '{"modules":[],"version":"1","start":"x"}' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('legacy console export format');
  });

  test('a template: every flow with its Type', () => {
    const template = flowTemplate([
      { id: 'Inbound', name: 'Inbound', type: 'CONTACT_FLOW', doc: LAMBDA_FLOW },
      { id: 'Whisper', name: 'Whisper', type: 'OUTBOUND_WHISPER', doc: LAMBDA_FLOW },
    ]);
    const r = cli(['validate', 't.json'], { 't.json': template });
    expect(r.code).toBe(1);
    expect(r.out).toContain('flow "Inbound" (CONTACT_FLOW, Inbound): valid');
    expect(r.out).toContain('flow "Whisper" (OUTBOUND_WHISPER, Whisper): INVALID');
    expect(r.out).toContain('1 errors, 0 warnings');
  });

  test('warnings do not fail', () => {
    const withOrphan = { ...LAMBDA_FLOW, Actions: [...LAMBDA_FLOW.Actions, { Identifier: 'Orphan', Type: 'MessageParticipant', Parameters: { Text: 'x' }, Transitions: { NextAction: 'End' } }] };
    const r = cli(['validate', 'f.json'], { 'f.json': JSON.stringify(withOrphan) });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/warning action "Orphan" at \$\.Actions\[3\]: action "Orphan" \(MessageParticipant\) cannot be reached/);
  });
});

describe('simulate', () => {
  const scenario = JSON.stringify({ inputs: ['5555550100#'] });

  test('a readable transcript', () => {
    const r = cli(['simulate', corpus('gts-callback-module.json'), '--scenario', 's.json'], { 's.json': scenario });
    expect(r.code).toBe(0);
    expect(r.out).toContain('prompt: Enter the number you would like to be called back at.');
    expect(r.out).toContain('input: keys "5555550100#"');
    expect(r.out).toContain('Outcome: CALLBACK_CREATED');
    expect(r.out).toMatch(/Callback: \+15555550100 in arn:aws:connect:us-west-2:770688834456:instance\/[^ ]+ \(initial delay 5 s, 1 attempts, retry delay 600 s\)/);
  });

  test('--json prints the result object; Lambda calls appear in the transcript', () => {
    const files = { 'f.json': JSON.stringify(LAMBDA_FLOW), 's.json': JSON.stringify({ lambdas: { lookup: [{ name: 'Ann' }] } }) };
    const json = cli(['simulate', 'f.json', '--scenario', 's.json', '--json'], files);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out);
    expect(result).toMatchObject({ outcome: 'DISCONNECTED', prompts: ['Hello Ann'], path: ['Call', 'Say', 'End'] });
    const text = cli(['simulate', 'f.json', '--scenario', 's.json'], files);
    expect(text.out).toContain('[Call] lambda: arn:aws:lambda:us-east-1:1:function:lookup({"n":"+15555550100"}) → {"name":"Ann"}');
  });

  test('--flow picks a flow of a template; --expect checks the outcome', () => {
    const template = flowTemplate([
      { id: 'A', name: 'First', type: 'CONTACT_FLOW', doc: LAMBDA_FLOW },
      { id: 'B', name: 'Second', type: 'CONTACT_FLOW', doc: { Version: '2019-10-30', StartAction: 'End', Actions: [END] } },
    ]);
    const ok = cli(['simulate', 't.json', '--flow', 'Second', '--expect', 'DISCONNECTED', '--json'], { 't.json': template });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).path).toEqual(['End']);
    const bad = cli(['simulate', 't.json', '--flow', 'Second', '--expect', 'TRANSFERRED_TO_QUEUE'], { 't.json': template });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('expected outcome TRANSFERRED_TO_QUEUE, got DISCONNECTED');
    const missing = cli(['simulate', 't.json', '--flow', 'Third'], { 't.json': template });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--flow "Third" is no flow of "t.json"; flows: First, Second');
  });

  test('without --scenario: the default scenario', () => {
    const r = cli(['simulate', corpus('acme-agent-whisper.json'), '--json']);
    expect(JSON.parse(r.out).outcome).toBe('ENDED');
  });
});

describe('diagram', () => {
  test('prints Mermaid, or writes it with --out', () => {
    const r = cli(['diagram', corpus('acme-agent-whisper.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^flowchart TD\n/);
    const w = cli(['diagram', corpus('acme-agent-whisper.json'), '--out', 'x.mmd']);
    expect(w.written['x.mmd']).toBe(r.out);
    expect(w.out).toBe('wrote x.mmd\n');
  });

  test('a template needs --flow when it has several flows', () => {
    const template = flowTemplate([
      { id: 'A', name: 'First', type: 'CONTACT_FLOW', doc: LAMBDA_FLOW },
      { id: 'B', name: 'Second', type: 'CONTACT_FLOW', doc: { Version: '2019-10-30', StartAction: 'End', Actions: [END] } },
    ]);
    expect(cli(['diagram', 't.json'], { 't.json': template }).err).toContain('choose a flow with --flow: First, Second');
    const r = cli(['diagram', 't.json', '--flow', 'B'], { 't.json': template });
    expect(r.code).toBe(0);
    expect(r.out).toContain('a0(["<b>End</b><br/>DisconnectParticipant"])');
  });
});

describe('usage', () => {
  test.each([
    [[], /Usage:/],
    [['frobnicate', 'x'], /unknown command "frobnicate"/],
    [['validate'], /expected one file, got 0/],
    [['validate', 'a.json', '--colour'], /unknown option "--colour" for validate/],
    [['validate', 'missing-file.json'], /cannot read flow "missing-file.json"/],
  ])('%p exits 2', (argv, message) => {
    const r = cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err + r.out).toMatch(message as RegExp);
  });

  test('invalid JSON exits 2', () => {
    const r = cli(['validate', 'x.json'], { 'x.json': '{' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('"x.json" is not valid JSON');
  });

  test('--help exits 0', () => {
    expect(cli(['--help']).code).toBe(0);
  });
});

describe('bin/cdk-contact-center', () => {
  const shim = path.join(__dirname, '../../bin/cdk-contact-center');

  test('is an executable node script that runs lib/cli mainAsync with the arguments and sets the exit code', async () => {
    const text = fs.readFileSync(shim, 'utf-8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => fs.accessSync(shim, fs.constants.X_OK)).not.toThrow();
    const required: string[] = [];
    const fakeProcess: any = { argv: ['node', 'cdk-contact-center', 'validate', corpus('acme-agent-whisper.json')], exitCode: undefined };
    const fakeRequire = (id: string) => {
      required.push(id);
      // the compiled module (lib/cli/index.js) is the compiled src/cli/index.ts
      return { mainAsync: async (argv: string[]) => cli(argv).code };
    };
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    new Function('require', 'process', text.replace(/^#!.*\n/, ''))(fakeRequire, fakeProcess);
    await tick();
    expect(required).toEqual(['../lib/cli/index.js']);
    expect(fakeProcess.exitCode).toBe(0);
    fakeProcess.argv = ['node', 'cdk-contact-center', 'frobnicate'];
    new Function('require', 'process', text.replace(/^#!.*\n/, ''))(fakeRequire, fakeProcess);
    await tick();
    expect(fakeProcess.exitCode).toBe(2);
  });

  test('lib/cli/index.js, when compiled, exports main', () => {
    const compiled = path.join(__dirname, '../../lib/cli/index.js');
    // Test the source the compiled file comes from when lib/ has not been built.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = fs.existsSync(compiled) ? require(compiled) : require('../../src/cli');
    expect(typeof mod.main).toBe('function');
    expect(mod.main(['--help'], { out: () => undefined, err: () => undefined, readFile: () => '', writeFile: () => undefined })).toBe(0);
  });
});

describe('on a synthesized CDK template', () => {
  function synth(): string {
    const stack = new Stack(new App(), 'Stack');
    const contactCenter = new src.ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Office', timeZone: 'UTC', schedule: [{ day: src.DayOfWeek.MONDAY, start: '09:00', end: '17:00' }] });
    const queue = contactCenter.addQueue('Support', { name: 'Support', hoursOfOperation: hours });
    new src.ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main menu',
      content: src.FlowContent.fromJson({
        Version: '2019-10-30',
        StartAction: 'Queue',
        Actions: [
          { Identifier: 'Queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: queue.queueArn }, Transitions: { NextAction: 'Transfer', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
          { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'QueueAtCapacity' }, { NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
          END,
        ],
      }),
    });
    return JSON.stringify(Template.fromStack(stack).toJSON());
  }

  test('validate and simulate the cdk.out template', () => {
    const files = { 'Stack.template.json': synth(), 's.json': '{"flow":"Main menu"}' };
    const v = cli(['validate', 'Stack.template.json'], files);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^flow "Main menu" \(CONTACT_FLOW, Main[0-9A-F]{8}\): valid$/m);
    const s = cli(['simulate', 'Stack.template.json', '--scenario', 's.json', '--json'], files);
    const result = JSON.parse(s.out);
    expect(result.outcome).toBe('TRANSFERRED_TO_QUEUE');
    expect(result.queue).toMatch(/Support[0-9A-F]{8}$/);
  });
});

describe('inputs the commands cannot use are usage errors', () => {
  const legacy = '{"modules":[],"version":"1","start":"x"}';
  const flowFile = JSON.stringify({ Version: '2019-10-30', StartAction: 'End', Actions: [END] });

  test('--expect with an outcome that does not exist', () => {
    const r = cli(['simulate', 'f.json', '--expect', 'TRANSFERED_TO_QUEUE'], { 'f.json': flowFile });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--expect "TRANSFERED_TO_QUEUE" is not an outcome; outcomes: TRANSFERRED_TO_QUEUE, CALLBACK_CREATED');
  });

  test('simulate a legacy console export', () => {
    const r = cli(['simulate', 'old.json', '--json'], { 'old.json': legacy });
    expect(r.code).toBe(2);
    expect(r.err).toContain('legacy console export format');
  });

  test('diagram a legacy console export, or JSON that is not a flow', () => {
    const old = cli(['diagram', 'old.json'], { 'old.json': legacy });
    expect(old.code).toBe(2);
    expect(old.err).toContain('legacy console export format');
    const other = cli(['diagram', 'x.json'], { 'x.json': '{"hello":"world"}' });
    expect(other.code).toBe(2);
    expect(other.err).toContain('no flows in "x.json": it is neither a flow-language document');
  });
});

describe('files the commands write', () => {
  test('--junit and --out create their directory, as in a fresh checkout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-out-'));
    const flow = path.join(dir, 'flow.json');
    fs.writeFileSync(flow, JSON.stringify(LAMBDA_FLOW));
    const scenario = path.join(dir, 's.json');
    fs.writeFileSync(scenario, JSON.stringify({ expect: { lambdaCalls: 1 } }));
    let out = '';
    const io = { out: (t: string) => { out += t; }, err: (t: string) => { out += t; }, readFile: (p: string) => fs.readFileSync(p, 'utf-8'), writeFile: writeOutputFile };
    const junit = path.join(dir, 'reports', 'ci', 'scenarios.xml');
    expect(main(['test', scenario, '--template', flow, '--junit', junit], io)).toBe(0);
    expect(out).toMatch(/1 passed, 0 failed\n$/);
    expect(fs.readFileSync(junit, 'utf-8')).toContain('<testsuites tests="1" failures="0">');
    const mmd = path.join(dir, 'docs', 'flow.mmd');
    expect(main(['diagram', flow, '--out', mmd], io)).toBe(0);
    expect(fs.readFileSync(mmd, 'utf-8')).toMatch(/^flowchart TD/);
    // A path that cannot be a directory fails naming the file.
    expect(main(['diagram', flow, '--out', path.join(flow, 'x.mmd')], io)).toBe(2);
    expect(out).toContain(`cdk-contact-center: cannot write "${path.join(flow, 'x.mmd')}"`);
  });
});

describe('a template with several inbound flows', () => {
  const flowOf = (text: string) => JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'Say',
    Actions: [
      { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
      END,
    ],
  });
  const template = JSON.stringify({
    Resources: {
      Sales: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Sales', Type: 'CONTACT_FLOW', InstanceArn: 'arn:aws:connect:us-east-1:111122223333:instance/i-1', Content: flowOf('Sales') } },
      Main: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'Main menu', Type: 'CONTACT_FLOW', InstanceArn: 'arn:aws:connect:us-east-1:111122223333:instance/i-1', Content: flowOf('Main') } },
    },
  });
  const files = { 't.json': template, 's.json': JSON.stringify({ expect: { outcome: 'DISCONNECTED' } }), 'main.json': JSON.stringify({ flow: 'Main menu', expect: { prompts: ['Main'] } }) };

  test('simulate and test ask for the flow instead of starting with the first one', () => {
    const sim = cli(['simulate', 't.json', '--scenario', 's.json'], files);
    expect(sim.code).toBe(2);
    expect(sim.err).toContain('"t.json" has 2 inbound flows: choose one with --flow or the scenario\'s "flow"; flows: Main menu, Sales');
    const chosen = cli(['simulate', 't.json', '--scenario', 's.json', '--flow', 'Main menu'], files);
    expect(chosen.code).toBe(0);
    expect(chosen.out).toContain('prompt: Main');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-flows-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const t = path.join(dir, 't.json');
    const run = cli(['test', path.join(dir, 's.json'), path.join(dir, 'main.json'), '--template', t]);
    expect(run.out).toContain(`FAIL ${path.join(dir, 's.json')}: "${t}" has 2 inbound flows: choose one with the scenario's "flow"`);
    expect(run.out).toContain(`PASS ${path.join(dir, 'main.json')}`);
    expect(run.code).toBe(2);
  });

  test('test asks which flow a Connect test case enters (--flow)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-flows-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const t = path.join(dir, 't.json');
    const exported = cli(['export-test', path.join(dir, 'main.json'), '--template', t]);
    expect(exported.code).toBe(0);
    const tc = path.join(dir, 'tc.json');
    fs.writeFileSync(tc, exported.out);
    const unnamed = cli(['test', tc, '--template', t]);
    expect(unnamed.out).toContain(`FAIL ${tc}: "${t}" has 2 inbound flows: choose one with --flow; flows: Main menu, Sales`);
    expect(unnamed.out).toMatch(/0 passed, 1 failed\n$/);
    expect(unnamed.code).toBe(2);
    const typo = cli(['test', tc, '--template', t, '--flow', 'Main Menu']);
    expect(typo.err).toContain('--flow "Main Menu" is no flow of');
    expect(typo.code).toBe(2);
    const named = cli(['test', tc, '--template', t, '--flow', 'Main menu']);
    expect(named.out).toContain(`PASS ${tc}`);
    expect(named.code).toBe(0);
  });
});
