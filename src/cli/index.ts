/**
 * The `cdk-contact-center` command: validate, simulate and diagram flows offline.
 *
 *   cdk-contact-center validate <flow.json | template.json> [--type CONTACT_FLOW] [--allow-unknown-actions]
 *   cdk-contact-center simulate <flow.json | template.json> --scenario s.json [--flow NAME] [--json] [--expect OUTCOME]
 *   cdk-contact-center diagram  <flow.json | template.json> [--flow NAME] [--out file.mmd]
 *   cdk-contact-center test     <dir | scenario.json…> --template <template.json | flow.json> [--junit FILE]
 */
import * as fs from 'fs';
import { parseArgs } from 'node:util';
import * as path from 'path';
import { exportTest } from './export-test';
import { CliIo } from './io';
import { keyValues } from './key-values';
import { readJson, readScenarioJson } from './read-json';
import { renderTranscript } from './transcript';
import { renderMermaid } from '../flows/diagram';
import { diagnosticLocation } from '../flows/flow-references';
import { ContactFlowType, FLOW_TYPES, isFlowType, isLegacyExport } from '../flows/language';
import { DiagnosticSeverity, FlowDiagnostic, validateFlow } from '../flows/validator';
import { FlowSimulator, SimulationOutcome } from '../simulator/flow-simulator';
import { indexTemplate, isTemplate } from '../simulator/template';
import { isTestCaseDocument } from '../simulator/test-case/import';

export type { CliIo } from './io';

const USAGE = `Usage:
  cdk-contact-center validate <flow.json | template.json> [--type CONTACT_FLOW] [--allow-unknown-actions]
  cdk-contact-center simulate <flow.json | template.json> --scenario scenario.json [--flow NAME] [--json] [--expect OUTCOME]
  cdk-contact-center diagram  <flow.json | template.json> [--flow NAME] [--out file.mmd]
  cdk-contact-center test     <dir | scenario.json ...> --template <template.json | flow.json> [--junit FILE]
                              [--utterance INTENT=TEXT]... [--flow NAME]
  cdk-contact-center export-test <scenario.json> --template <template.json | flow.json> [--flow NAME] [--out FILE]
                                 [--lambda KEY=ARN]... [--hours KEY=ARN]... [--queue KEY=ARN]... [--agent KEY=ARN]...
                                 [--utterance INTENT=TEXT]... [--language CODE] [--leave-out PATH]...

A template is a synthesized CloudFormation template (cdk.out/*.template.json): validate checks
every flow in it with its Type; simulate and diagram take the flow by --flow (Name or logical ID).
--allow-unknown-actions reports action types the validator does not know (newer than this
library) as warnings instead of errors.
test runs every scenario (the *.json files of a directory, or the files given) and compares the
result with its "expect"; it prints one line per scenario and ends with "N passed, N failed".
A file may also be an Amazon Connect test case ("Version": "2025-06-21"): it runs as a scenario, and
what the simulator cannot run in it is an input error naming it. --utterance tells which intent (and
{Slot} values) a TextUtterance instruction stands for, as export-test takes it; --flow names the
flow a test case enters (its content does not say).
Scenarios are read strictly: an unknown key, a value outside its set or a "lambdas" key that
matches no function is an input error.
Exit codes: 0 ok, 1 validation errors (or an --expect or "expect" mismatch), 2 usage or input errors.
`;

/**
 * Write a file of --out or --junit, creating its directory first (`--junit reports/scenarios.xml`
 * in a fresh checkout); a failure names the option's file.
 */
export function writeOutputFile(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new Error(`cannot write "${file}": ${(e as Error).message}`);
  }
}

const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => fs.readFileSync(p, 'utf-8'),
  writeFile: writeOutputFile,
};

class UsageError extends Error {}

/**
 * Run the command with its arguments (without `node` and the script) and return the exit code.
 */
export function main(argv: string[], io: CliIo = nodeIo): number {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'validate': return validate(rest, io);
      case 'simulate': return simulate(rest, io);
      case 'diagram': return diagram(rest, io);
      case 'test': return runTests(rest, io);
      case 'export-test': return exportTest(rest, io);
      case undefined: case '-h': case '--help': case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`cdk-contact-center: ${message}\n`);
    if (e instanceof UsageError) io.err(`\n${USAGE}`);
    return 2;
  }
}

function parse(args: string[], options: { [name: string]: { type: 'string' | 'boolean' } }) {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError(`expected one file, got ${positionals.length}`);
    return { file: positionals[0], values: values as { [k: string]: string | boolean | undefined } };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
}

/** A flow document given to simulate or diagram: reject what is not the flow language, saying why. */
function checkFlowDocument(json: any, file: string): void {
  if (isLegacyExport(json)) {
    throw new Error(`"${file}" is in the legacy console export format ({"modules": […], "version": "1"}), not the flow language: `
      + 'open the flow in the current flow designer and export it again');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !Array.isArray(json.Actions)) {
    throw new Error(`"${file}" is not a flow-language document ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] }) or a CloudFormation template`);
  }
}

function formatDiagnostic(d: FlowDiagnostic): string {
  return `  ${d.severity === DiagnosticSeverity.ERROR ? 'error  ' : 'warning'} ${diagnosticLocation(d)}: ${d.message}\n`;
}

function validate(args: string[], io: CliIo): number {
  const { file, values } = parse(args, { 'type': { type: 'string' }, 'allow-unknown-actions': { type: 'boolean' } });
  const typeArg = values.type as string | undefined;
  if (typeArg !== undefined && !isFlowType(typeArg)) {
    throw new UsageError(`--type "${typeArg}" is not a flow type; types: ${FLOW_TYPES.join(', ')}`);
  }
  const allowUnknownActions = values['allow-unknown-actions'] === true;
  const json = readJson(io, file, 'flow');
  const targets: Array<{ label: string; document?: any; type?: ContactFlowType; module?: boolean; problem?: string }> = [];
  if (isTemplate(json)) {
    const index = indexTemplate(json);
    if (index.flows.length === 0) {
      // Nothing to check is not an error: a stack may define no flows (yet).
      io.out(`"${file}" has no AWS::Connect::ContactFlow or ContactFlowModule resources: nothing to validate\n`);
      return 0;
    }
    for (const f of index.flows) {
      targets.push({
        label: `flow "${f.name}" (${f.module ? 'module' : f.type}, ${f.logicalId})`,
        document: f.document,
        type: typeArg ?? (isFlowType(f.type) ? f.type : undefined),
        module: f.module,
        problem: f.contentError,
      });
    }
  } else {
    targets.push({ label: file, document: json, type: typeArg });
  }
  let errors = 0;
  let warnings = 0;
  for (const t of targets) {
    const diagnostics = t.problem !== undefined
      ? [{ severity: DiagnosticSeverity.ERROR, path: '$', message: t.problem }]
      : validateFlow(t.document, { flowType: t.type, module: t.module, allowUnknownActions });
    const e = diagnostics.filter((d) => d.severity === DiagnosticSeverity.ERROR).length;
    errors += e;
    warnings += diagnostics.length - e;
    io.out(`${t.label}: ${e === 0 ? 'valid' : 'INVALID'}${diagnostics.length > 0 ? ` (${e} errors, ${diagnostics.length - e} warnings)` : ''}\n`);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
  }
  io.out(`${errors} errors, ${warnings} warnings\n`);
  return errors > 0 ? 1 : 0;
}

function simulate(args: string[], io: CliIo): number {
  const { file, values } = parse(args, {
    scenario: { type: 'string' }, flow: { type: 'string' }, json: { type: 'boolean' }, expect: { type: 'string' },
  });
  const expected = values.expect as string | undefined;
  if (expected !== undefined && !(Object.values(SimulationOutcome) as string[]).includes(expected)) {
    throw new UsageError(`--expect "${expected}" is not an outcome; outcomes: ${Object.values(SimulationOutcome).join(', ')}`);
  }
  const json = readJson(io, file, 'flow');
  if (!isTemplate(json)) checkFlowDocument(json, file);
  const raw = values.scenario !== undefined ? readJson(io, values.scenario as string, 'scenario') : {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('the scenario must be a JSON object');
  const simulator = FlowSimulator.fromJson(json, { name: path.basename(file) });
  const { scenario, problems } = readScenarioJson(simulator, raw);
  if (problems.length > 0) throw new Error(`scenario "${values.scenario}": ${problems.join('\n  ')}`);
  const flow = values.flow as string | undefined ?? scenario.flow;
  checkFlowChosen(simulator, flow, file, '--flow or the scenario\'s "flow"');
  const result = simulator.simulate({ ...scenario, flow });
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderTranscript(result));
  if (values.expect !== undefined && values.expect !== result.outcome) {
    io.err(`expected outcome ${values.expect}, got ${result.outcome}\n`);
    return 1;
  }
  // A scenario that carries its own expectation is checked too.
  const differences = FlowSimulator.differences(result, scenario.expect);
  if (differences.length > 0) {
    io.err(`${differences.join('\n')}\n`);
    return 1;
  }
  return 0;
}

/**
 * A template with several inbound flows needs the flow named: the simulator would otherwise start
 * with the first one, which is rarely the one meant.
 */
function checkFlowChosen(simulator: FlowSimulator, flow: string | undefined, file: string, how: string): void {
  if (flow !== undefined) return;
  const inbound = simulator.listFlows().filter((f) => f.type === ContactFlowType.CONTACT_FLOW && !f.module);
  if (inbound.length > 1) {
    throw new Error(`"${file}" has ${inbound.length} inbound flows: choose one with ${how}; flows: ${inbound.map((f) => f.name).join(', ')}`);
  }
}

function diagram(args: string[], io: CliIo): number {
  const { file, values } = parse(args, { flow: { type: 'string' }, out: { type: 'string' } });
  const json = readJson(io, file, 'flow');
  let document = json;
  if (isTemplate(json)) {
    const flows = indexTemplate(json).flows;
    const key = values.flow as string | undefined;
    const flow = key !== undefined
      ? flows.find((f) => f.name === key || f.logicalId === key)
      : (flows.length === 1 ? flows[0] : undefined);
    if (!flow) {
      throw new Error(key !== undefined
        ? `no flow named "${key}"; flows: ${flows.map((f) => f.name).join(', ')}`
        : `choose a flow with --flow: ${flows.map((f) => f.name).join(', ')}`);
    }
    if (flow.document === undefined) throw new Error(`flow "${flow.name}": ${flow.contentError}`);
    document = flow.document;
  } else {
    checkFlowDocument(json, file);
  }
  const text = renderMermaid(document);
  if (values.out !== undefined) {
    io.writeFile(values.out as string, text);
    io.out(`wrote ${values.out}\n`);
  } else {
    io.out(text);
  }
  return 0;
}

/** One scenario run by `test`. */
interface TestCase {
  readonly name: string;
  readonly failure?: string;
  readonly inputError?: boolean;
}

function scenarioFiles(io: CliIo, args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = io.stat ? io.stat(arg) : fs.statSync(arg);
    } catch {
      throw new Error(`cannot read scenario "${arg}": no such file or directory`);
    }
    if (stat.isDirectory()) {
      const found = (io.readDir ? io.readDir(arg) : fs.readdirSync(arg)).filter((f) => f.endsWith('.json')).sort();
      if (found.length === 0) throw new Error(`directory "${arg}" has no *.json scenarios`);
      for (const f of found) files.push(path.join(arg, f));
    } else {
      files.push(arg);
    }
  }
  return files;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function junit(cases: TestCase[]): string {
  const failed = cases.filter((c) => c.failure !== undefined).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${cases.length}" failures="${failed}">`,
    `  <testsuite name="cdk-contact-center scenarios" tests="${cases.length}" failures="${failed}">`,
  ];
  for (const c of cases) {
    if (c.failure === undefined) {
      lines.push(`    <testcase classname="scenarios" name="${xmlEscape(c.name)}"/>`);
    } else {
      lines.push(`    <testcase classname="scenarios" name="${xmlEscape(c.name)}">`);
      lines.push(`      <failure message="${xmlEscape(c.failure)}"/>`);
      lines.push('    </testcase>');
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

function runTests(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { template: { type: 'string' }, junit: { type: 'string' }, utterance: { type: 'string', multiple: true }, flow: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const templateFile = parsed.values.template;
  if (templateFile === undefined) throw new UsageError('test needs --template <template.json | flow.json>');
  if (parsed.positionals.length === 0) throw new UsageError('test needs scenario files or a directory of them');
  const json = readJson(io, templateFile, 'template');
  if (!isTemplate(json)) checkFlowDocument(json, templateFile);
  const simulator = FlowSimulator.fromJson(json, { name: path.basename(templateFile) });
  const cases: TestCase[] = [];
  for (const file of scenarioFiles(io, parsed.positionals)) {
    let doc: any;
    try {
      doc = readJson(io, file, 'scenario');
    } catch (e) {
      cases.push({ name: file, failure: (e as Error).message, inputError: true });
      continue;
    }
    if (isTestCaseDocument(doc)) {
      const utterances = keyValues(parsed.values.utterance, '--utterance', 'INTENT=TEXT');
      try {
        // A test case does not say which flow it enters.
        checkFlowChosen(simulator, parsed.values.flow, templateFile, '--flow');
        const run = simulator.runTestCase(doc, { utterances, flow: parsed.values.flow });
        if (run.unsupported.length > 0) cases.push({ name: file, failure: `test case: cannot simulate ${run.unsupported.join('; ')}`, inputError: true });
        else cases.push({ name: file, failure: run.differences[0] });
      } catch (e) {
        cases.push({ name: file, failure: (e as Error).message, inputError: true });
      }
      continue;
    }
    const { scenario, problems } = readScenarioJson(simulator, doc);
    if (problems.length > 0) {
      cases.push({ name: file, failure: `invalid scenario: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, inputError: true });
      continue;
    }
    if (scenario.expect === undefined) {
      cases.push({ name: file, failure: 'nothing to check: add "expect" (outcome, queue, agent, prompts…)', inputError: true });
      continue;
    }
    try {
      checkFlowChosen(simulator, scenario.flow, templateFile, 'the scenario\'s "flow"');
      const result = simulator.simulate(scenario);
      const differences = FlowSimulator.differences(result, scenario.expect);
      cases.push({ name: file, failure: differences[0] });
    } catch (e) {
      cases.push({ name: file, failure: (e as Error).message, inputError: true });
    }
  }
  for (const c of cases) {
    io.out(c.failure === undefined ? `PASS ${c.name}\n` : `FAIL ${c.name}: ${c.failure}\n`);
  }
  const failed = cases.filter((c) => c.failure !== undefined).length;
  if (parsed.values.junit !== undefined) io.writeFile(parsed.values.junit, junit(cases));
  io.out(`${cases.length - failed} passed, ${failed} failed\n`);
  if (cases.some((c) => c.inputError)) return 2;
  return failed > 0 ? 1 : 0;
}
