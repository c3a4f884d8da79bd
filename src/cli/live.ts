/**
 * `cdk-contact-center test --live`: the test cases of a template's ContactFlowTest resources (or
 * those with a tag) run on the instance (cli-aws/live-tests.ts), and, when the template holds
 * their content, offline too; both verdicts are printed side by side.
 */
import { parseArgs } from 'node:util';
import * as path from 'path';
import { loadAwsModule } from './aws';
import type { CliIo } from './io';
import type { LiveTestResult } from './live-types';
import { readJson } from './read-json';
import { isObject } from '../flows/language/values';
import { FlowSimulator } from '../simulator/flow-simulator';
import { IntrinsicResolver, isTemplate } from '../simulator/template';

/** A test case of the template, with its offline verdict. */
interface TemplateTestCase {
  readonly name: string;
  /** The offline run: undefined when passed; the first difference; or why it could not run. */
  readonly offline: { readonly passed: boolean; readonly detail?: string; readonly simulated: boolean };
}

const INSTANCE_ID = /^[-a-zA-Z0-9]{1,100}$/;
const INSTANCE_ARN = /^arn:aws[a-z-]*:connect:([a-z0-9-]+):\d{12}:instance\/([-a-zA-Z0-9]+)$/;

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The instance ID of --instance-id (an ID or an instance ARN) and the region an ARN names. */
function instanceOf(value: string): { id: string; region?: string } {
  const arn = INSTANCE_ARN.exec(value);
  if (arn) return { id: arn[2], region: arn[1] };
  if (!INSTANCE_ID.test(value)) throw new Error(`--instance-id "${value}" is not an instance ID or an instance ARN (arn:aws:connect:<region>:<account>:instance/<id>)`);
  return { id: value };
}

/** The test cases of the template (AWS::Connect::TestCase), each run offline on the template's flows. */
function templateTestCases(template: any, file: string, instanceId: string): TemplateTestCase[] {
  const resolver = new IntrinsicResolver(template);
  const simulator = FlowSimulator.fromTemplate(template);
  const out: TemplateTestCase[] = [];
  for (const [logicalId, res] of Object.entries<any>(isObject(template.Resources) ? template.Resources : {})) {
    if (!isObject(res) || res.Type !== 'AWS::Connect::TestCase') continue;
    const p = isObject(res.Properties) ? res.Properties : {};
    const name = resolver.resolve(p.Name);
    if (typeof name !== 'string') throw new Error(`"${file}": test case ${logicalId} has no Name the template gives literally`);
    if (typeof p.InstanceArn === 'string') {
      const m = INSTANCE_ARN.exec(p.InstanceArn);
      if (m && m[2] !== instanceId) {
        throw new Error(`"${file}": test case "${name}" (${logicalId}) belongs to instance ${m[2]}, not --instance-id ${instanceId}`);
      }
    }
    let offline: TemplateTestCase['offline'];
    try {
      const content = resolver.resolve(p.Content);
      const doc = typeof content === 'string' ? JSON.parse(content) : content;
      const flowId = resolver.resolve(p.EntryPoint?.VoiceCallEntryPointParameters?.FlowId);
      const flow = typeof flowId === 'string' ? simulator.listFlows().find((f) => f.logicalId === flowId || f.name === flowId)?.name : undefined;
      const run = simulator.runTestCase(doc, { flow });
      offline = run.unsupported.length > 0
        ? { passed: false, simulated: false, detail: `not simulated: ${run.unsupported[0]}` }
        : { passed: run.passed, simulated: true, detail: run.differences[0] };
    } catch (e) {
      offline = { passed: false, simulated: false, detail: `not simulated: ${(e as Error).message}` };
    }
    out.push({ name, offline });
  }
  return out;
}

/** Where a failed live run parts from the offline one: its first failed observation. */
function partsAt(r: LiveTestResult): string {
  const f = r.firstFailure;
  if (f === undefined) return r.detail ?? 'the execution records name no failed observation';
  const record = f.record === undefined ? '' : `: ${f.record.length > 300 ? `${f.record.slice(0, 299)}…` : f.record}`;
  return `observation "${f.observationId ?? '?'}"${record}`;
}

/** One line per test: the live verdict, and the offline one beside it. */
function line(r: LiveTestResult, t: TemplateTestCase | undefined): { text: string; passed: boolean; error: boolean } {
  const o = t?.offline;
  const offline = o === undefined ? '' : (o.simulated ? `offline ${o.passed ? 'passed' : 'failed'}` : `offline ${o.detail}`);
  if (r.verdict === 'ERROR') return { text: `ERROR ${r.name}: ${r.detail ?? 'no verdict'}${offline ? ` (${offline})` : ''}`, passed: false, error: true };
  if (r.verdict === 'PASSED') {
    if (o?.simulated && !o.passed) return { text: `PASS ${r.name}: live passed, offline failed: ${o.detail}`, passed: true, error: false };
    return { text: `PASS ${r.name}${offline ? ` (live passed, ${offline})` : ''}`, passed: true, error: false };
  }
  const live = r.verdict === 'STOPPED' ? 'live stopped' : 'live failed';
  const counts = r.detail !== undefined && r.firstFailure !== undefined ? ` (${r.detail})` : '';
  if (o?.simulated && o.passed) return { text: `FAIL ${r.name}: offline passed, ${live}: they part at ${partsAt(r)}${counts}`, passed: false, error: false };
  if (o?.simulated) return { text: `FAIL ${r.name}: ${live} at ${partsAt(r)}${counts}; offline failed too: ${o.detail}`, passed: false, error: false };
  return { text: `FAIL ${r.name}: ${live} at ${partsAt(r)}${counts}${offline ? `; ${offline}` : ''}`, passed: false, error: false };
}

function junit(rows: Array<{ name: string; text: string; passed: boolean; error: boolean }>): string {
  const failures = rows.filter((r) => !r.passed && !r.error).length;
  const errors = rows.filter((r) => r.error).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${rows.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="cdk-contact-center live test cases" tests="${rows.length}" failures="${failures}" errors="${errors}">`,
  ];
  for (const r of rows) {
    if (r.passed) {
      lines.push(`    <testcase classname="live" name="${xml(r.name)}"/>`);
    } else {
      lines.push(`    <testcase classname="live" name="${xml(r.name)}">`);
      lines.push(`      <${r.error ? 'error' : 'failure'} message="${xml(r.text)}"/>`);
      lines.push('    </testcase>');
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

/** `test --live …`: the exit code (0 all passed, 1 a test failed or did not finish, 2 input or AWS errors). */
export async function liveTests(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        'live': { type: 'boolean' },
        'instance-id': { type: 'string' },
        'region': { type: 'string' },
        'template': { type: 'string' },
        'tag': { type: 'string' },
        'junit': { type: 'string' },
        'live-timeout': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new Error(`test --live: ${(e as Error).message}`);
  }
  const v = parsed.values;
  if (parsed.positionals.length > 0) {
    throw new Error(`test --live runs the instance's test cases, not scenario files (${parsed.positionals[0]}): run those without --live`);
  }
  if (v['instance-id'] === undefined) throw new Error('test --live needs --instance-id <instance ID or ARN>');
  const instance = instanceOf(v['instance-id']);
  if (v.template === undefined && v.tag === undefined) throw new Error('test --live needs --template <template.json> (its ContactFlowTest test cases) or --tag KEY=VALUE');
  let tag: { key: string; value: string } | undefined;
  if (v.tag !== undefined) {
    const at = v.tag.indexOf('=');
    if (at <= 0 || at === v.tag.length - 1) throw new Error(`--tag "${v.tag}": expected KEY=VALUE`);
    tag = { key: v.tag.slice(0, at), value: v.tag.slice(at + 1) };
  }
  let timeoutSeconds: number | undefined;
  if (v['live-timeout'] !== undefined) {
    timeoutSeconds = /^\d+$/.test(v['live-timeout']) ? Number(v['live-timeout']) : NaN;
    if (!(timeoutSeconds! >= 60 && timeoutSeconds! <= 3600)) throw new Error(`--live-timeout "${v['live-timeout']}": expected whole seconds from 60 to 3600`);
  }
  let cases: TemplateTestCase[] = [];
  if (v.template !== undefined) {
    const json = readJson(io, v.template, 'template');
    if (!isTemplate(json)) throw new Error(`"${v.template}" is not a CloudFormation template: test --live reads the test cases of its ContactFlowTest resources`);
    cases = templateTestCases(json, v.template, instance.id);
    if (cases.length === 0 && tag === undefined) {
      throw new Error(`"${v.template}" has no AWS::Connect::TestCase resources (ContactFlowTest): no test case to run live; or choose them with --tag KEY=VALUE`);
    }
  }
  const aws = io.aws ? io.aws() : loadAwsModule();
  const client = aws.createConnectClient({ region: v.region ?? instance.region });
  const run = await aws.runLiveTests(client, {
    instanceId: instance.id,
    names: tag === undefined ? cases.map((c) => c.name) : undefined,
    tag,
    timeoutSeconds,
  }, { progress: (text) => io.err(`${text}\n`) });
  if (run.results.length === 0) {
    throw new Error(tag !== undefined
      ? `instance ${instance.id} has no test case tagged ${tag.key}=${tag.value}`
      : `instance ${instance.id} has none of the test cases of "${path.basename(v.template!)}" (${cases.map((c) => c.name).join(', ')}): deploy the stack first`);
  }
  const rows = run.results.map((r) => ({ name: r.name, ...line(r, cases.find((c) => c.name === r.name)) }));
  for (const name of run.missing) rows.push({ name, text: `ERROR ${name}: no test case of this name on instance ${instance.id} (not deployed?)`, passed: false, error: true });
  for (const r of rows) io.out(`${r.text}\n`);
  if (v.junit !== undefined) io.writeFile(v.junit, junit(rows));
  const failed = rows.filter((r) => !r.passed).length;
  io.out(`${rows.length - failed} passed, ${failed} failed\n`);
  if (run.missing.length > 0) return 2;
  return failed > 0 ? 1 : 0;
}
