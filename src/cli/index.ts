/**
 * The `cdk-contact-center` command: validate, simulate, diagram and test flows offline, and export
 * scenarios as Amazon Connect test cases. Each command's usage and help are in its CommandSpec
 * (`cdk-contact-center <command> --help`); `--version` prints the package version.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CommandSpec, ParsedArgs, UsageError, closest, commandHelp, packageVersion, parseCommand, shortUsage } from './args';
import { CODEGEN, codegen } from './codegen';
import {
  CoverageThreshold, coberturaXml, coverageJson, coverageLine, coverageOfFlow, coverageReportFiles, parseCoverageThreshold, renderCoverage,
  renderCoverageDiagram, thresholdFailures,
} from './coverage';
import { DIFF, diff } from './diff';
import { EXPORT_TEST, exportTest } from './export-test';
import { IMPORT, importCommand } from './import';
import { CliIo } from './io';
import { keyValues } from './key-values';
import { liveTests } from './live';
import { readJson, readScenarioJson } from './read-json';
import { renderTranscript } from './transcript';
import { renderMermaid } from '../flows/diagram';
import { diagnosticLocation } from '../flows/flow-references';
import { ContactFlowType, FLOW_TYPES, isFlowType, isLegacyExport } from '../flows/language';
import { DiagnosticSeverity, FlowDiagnostic, validateFlow } from '../flows/validator';
import { FlowCoverage } from '../simulator/coverage';
import { FlowSimulator, SimulationOutcome } from '../simulator/flow-simulator';
import { indexTemplate, isTemplate } from '../simulator/template';
import { isTestCaseDocument } from '../simulator/test-case/import';

export type { CliIo } from './io';

const VALIDATE: CommandSpec = {
  name: 'validate',
  usage: '  cdk-contact-center validate <flow.json | template.json> [--type CONTACT_FLOW] [--allow-unknown-actions] [--allow-unknown-parameters]',
  help: `Checks a flow-language document, or every flow of a synthesized CloudFormation template
(cdk.out/*.template.json) with its Type.
  --type TYPE               the flow type of a flow document (${FLOW_TYPES.join(', ')})
  --allow-unknown-actions   report action types this library does not know (newer ones) as warnings, not errors
  --allow-unknown-parameters
                            report parameters this library does not know (ones the service added since) as
                            warnings, not errors; unknown parameters are errors otherwise
A template without flows is reported and exits 0; a file that is neither a flow nor a template
(such as cdk.out/*.assets.json) is an input error.
Exit codes: 0 valid, 1 validation errors, 2 usage or input errors.
`,
  options: { 'type': { type: 'string' }, 'allow-unknown-actions': { type: 'boolean' }, 'allow-unknown-parameters': { type: 'boolean' } },
};

const SIMULATE: CommandSpec = {
  name: 'simulate',
  usage: '  cdk-contact-center simulate <flow.json | template.json> [--scenario scenario.json] [--flow NAME] [--json] [--expect OUTCOME]',
  help: `Runs one simulated contact offline and prints its transcript (or, with --json, the result object).
  --scenario FILE   the scenario: caller inputs, Lambda responses, hours, metrics… (read strictly)
  --flow NAME       the flow to enter (Name or logical ID); needed when a template has several inbound flows
                    (default: the scenario's "flow")
  --json            print the result object instead of the transcript
  --expect OUTCOME  exit 1 unless the outcome is OUTCOME (${Object.values(SimulationOutcome).join(', ')})
The scenario's own "expect" (outcome, queue, agent, transferredTo, attributes, prompts,
callbackNumber, lambdaCalls, contactTags) is checked too: each difference is printed on standard
error and the exit code is 1.
Exit codes: 0 ok, 1 an --expect or "expect" mismatch, 2 usage or input errors.
`,
  options: { scenario: { type: 'string' }, flow: { type: 'string' }, json: { type: 'boolean' }, expect: { type: 'string' } },
};

const DIAGRAM: CommandSpec = {
  name: 'diagram',
  usage: '  cdk-contact-center diagram <flow.json | template.json> [--flow NAME] [--out file.mmd] [--coverage coverage.json]',
  help: `Draws a flow as a Mermaid flowchart, to standard output or --out.
  --flow NAME       the flow of a template (Name or logical ID); needed when it has several
  --out FILE        write the diagram to FILE (its directory is created) and print "wrote FILE"
  --coverage FILE   a coverage report of test --coverage-report (FILE.json): unreached blocks and
                    untaken branches are marked
Exit codes: 0 ok, 2 usage or input errors.
`,
  options: { flow: { type: 'string' }, out: { type: 'string' }, coverage: { type: 'string' } },
};

const TEST: CommandSpec = {
  name: 'test',
  usage: `  cdk-contact-center test <dir | scenario.json ...> --template <template.json | flow.json> [--flow NAME] [--junit FILE]
                          [--utterance INTENT=TEXT]... [--lambda KEY=ARN]... [--hours KEY=ARN]... [--queue KEY=ARN]... [--agent KEY=ARN]...
                          [--coverage] [--coverage-threshold N | branches=N,actions=N] [--coverage-report FILE]
  cdk-contact-center test --live --instance-id ID [--region R] (--template template.json | --tag KEY=VALUE)
                          [--junit FILE] [--live-timeout SECONDS]`,
  help: `Runs every scenario (the *.json files of a directory, or the files given) against the flows and
compares the result with its "expect"; prints one line per scenario and ends with "N passed, N failed".
  --template FILE         the synthesized template (or a flow document) the scenarios run against
  --flow NAME             the flow (Name or logical ID) of scenarios and test cases that do not name one;
                          a name that is no flow of the template is an input error
  --junit FILE            also write JUnit XML to FILE (its directory is created) and print "wrote FILE"
  --utterance INTENT=TEXT which intent (and {Slot} values) a test case's TextUtterance stands for
  --lambda/--hours/--queue/--agent KEY=ARN
                          for a test case exported with deployed ARNs: the ARN stands for KEY (a logical
                          ID, function name or hours name of the template), as export-test took them
  --coverage              report, per flow and module, the actions reached and the branches taken (each
                          NextAction, condition and error branch is one), also of those offline runs
                          can take; list the untaken ones, then those the simulator never takes and why
  --coverage-threshold N | branches=N,actions=N
                          fail the run (exit 1) below it, in percent (branches: of those offline can take)
  --coverage-report FILE  write FILE.xml (Cobertura) and FILE.json (for diagram --coverage)
  --live                  run the Amazon Connect test cases of the template's ContactFlowTest resources
                          (or those tagged --tag KEY=VALUE) on the instance --instance-id, 5 at a time, and
                          print the offline verdict beside the live one (--live-timeout: 60 to 3600 seconds)
A file may be an Amazon Connect test case ("Version": "2025-06-21"): it runs as a scenario, and what
the simulator cannot run in it is an input error naming it.
Scenarios are read strictly: an unknown key, a value outside its set, or a "lambdas", "hours" or
"hoursByName" key that matches nothing of the flows is an input error.
Exit codes: 0 all passed, 1 a scenario differs from its "expect", 2 usage or input errors.
`,
  options: {
    'template': { type: 'string' },
    'junit': { type: 'string' },
    'flow': { type: 'string' },
    'utterance': { type: 'string', multiple: true },
    'lambda': { type: 'string', multiple: true },
    'hours': { type: 'string', multiple: true },
    'queue': { type: 'string', multiple: true },
    'agent': { type: 'string', multiple: true },
    'coverage': { type: 'boolean' },
    'coverage-threshold': { type: 'string' },
    'coverage-report': { type: 'string' },
    'live': { type: 'boolean' },
    'instance-id': { type: 'string' },
    'region': { type: 'string' },
    'tag': { type: 'string' },
    'live-timeout': { type: 'string' },
  },
};

const COMMANDS: { [name: string]: CommandSpec } = { 'validate': VALIDATE, 'simulate': SIMULATE, 'diagram': DIAGRAM, 'test': TEST, 'diff': DIFF, 'export-test': EXPORT_TEST, 'codegen': CODEGEN, 'import': IMPORT };

const USAGE = `Usage:
${Object.values(COMMANDS).map((c) => c.usage).join('\n')}
  cdk-contact-center --version | -v
  cdk-contact-center [<command>] --help | -h

Validate, simulate, diagram, test and diff Amazon Connect flows offline, turn a flow into builder
code (codegen), and read a live instance (import). A template is a synthesized CloudFormation template (cdk.out/*.template.json). "cdk-contact-center <command> --help" tells
what a command does and what its options mean.
Exit codes: 0 ok, 1 validation errors (or an expectation mismatch), 2 usage or input errors.
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

/**
 * Run the command with its arguments (without `node` and the script) and return the exit code.
 */
export function main(argv: string[], io: CliIo = nodeIo): number | Promise<number> {
  const [command, ...rest] = argv;
  const spec = command === undefined ? undefined : COMMANDS[command];
  try {
    switch (command) {
      case undefined:
        io.err(USAGE);
        return 2;
      case '-h': case '--help': case 'help': {
        const about = command === 'help' && rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
        if (command === 'help' && rest[0] !== undefined && about === undefined) throw new UsageError(unknownCommand(rest[0]));
        io.out(about ? commandHelp(about) : USAGE);
        return 0;
      }
      case '-v': case '--version':
        io.out(`${packageVersion()}\n`);
        return 0;
    }
    if (spec === undefined) throw new UsageError(unknownCommand(command));
    const args = parseCommand(spec, rest);
    if (args.help) {
      io.out(commandHelp(spec));
      return 0;
    }
    switch (spec) {
      case VALIDATE: return validate(oneFile(spec, args), io);
      case SIMULATE: return simulate(oneFile(spec, args), io);
      case DIAGRAM: return diagram(oneFile(spec, args), io);
      case TEST: return args.values.live === true ? liveTests(rest, io).catch((e) => failure(e, io)) : runTests(args, io);
      case DIFF: return diff(args, io);
      case IMPORT: return importCommand(args, io);
      case CODEGEN: return codegen(args, io);
      default: return exportTest(args, io);
    }
  } catch (e) {
    return failure(e, io);
  }
}

/**
 * Run the command as `main` does, always answering with a promise of the exit code (commands that
 * call AWS, `test --live` and `diff --deployed`, wait for it).
 */
export async function mainAsync(argv: string[], io: CliIo = nodeIo): Promise<number> {
  return main(argv, io);
}

/** An input or usage error: its message (and, for a usage error, the short usage), exit code 2. */
function failure(e: unknown, io: CliIo): number {
  const message = e instanceof Error ? e.message : String(e);
  io.err(`cdk-contact-center: ${message}\n`);
  if (e instanceof UsageError) io.err(shortUsage(e.command));
  return 2;
}

function unknownCommand(command: string): string {
  const suggestion = closest(command, Object.keys(COMMANDS));
  return `unknown command "${command}"${suggestion ? `: did you mean "${suggestion}"?` : ''} (commands: ${Object.keys(COMMANDS).join(', ')})`;
}

/** The arguments of a command that takes one file. */
interface OneFile {
  readonly file: string;
  readonly values: ParsedArgs['values'];
}

function oneFile(spec: CommandSpec, args: ParsedArgs): OneFile {
  if (args.positionals.length !== 1) throw new UsageError(`expected one file, got ${args.positionals.length}`, spec);
  return { file: args.positionals[0], values: args.values };
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

function validate({ file, values }: OneFile, io: CliIo): number {
  const typeArg = values.type as string | undefined;
  if (typeArg !== undefined && !isFlowType(typeArg)) {
    throw new UsageError(`--type "${typeArg}" is not a flow type; types: ${FLOW_TYPES.join(', ')}`, VALIDATE);
  }
  const allowUnknownActions = values['allow-unknown-actions'] === true;
  const allowUnknownParameters = values['allow-unknown-parameters'] === true;
  const json = readJson(io, file, 'flow');
  const targets: Array<{ label: string; document?: any; type?: ContactFlowType; module?: boolean; problem?: string }> = [];
  if (isTemplate(json)) {
    const index = indexTemplate(json);
    if (index.flows.length === 0) {
      // Nothing to check is not an error: a stack may define no flows (yet).
      io.out(`no flows in "${file}": the template has no AWS::Connect::ContactFlow or ContactFlowModule resources: nothing to validate\n`);
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
    if (!isLegacyExport(json) && !looksLikeFlow(json)) checkHasFlows(json, file);
    targets.push({ label: file, document: json, type: typeArg });
  }
  let errors = 0;
  let warnings = 0;
  for (const t of targets) {
    const diagnostics = t.problem !== undefined
      ? [{ severity: DiagnosticSeverity.ERROR, path: '$', message: t.problem }]
      : validateFlow(t.document, { flowType: t.type, module: t.module, allowUnknownActions, allowUnknownParameters });
    const e = diagnostics.filter((d) => d.severity === DiagnosticSeverity.ERROR).length;
    errors += e;
    warnings += diagnostics.length - e;
    io.out(`${t.label}: ${e === 0 ? 'valid' : 'INVALID'}${diagnostics.length > 0 ? ` (${e} errors, ${diagnostics.length - e} warnings)` : ''}\n`);
    for (const d of diagnostics) io.out(formatDiagnostic(d));
  }
  io.out(`${errors} errors, ${warnings} warnings\n`);
  return errors > 0 ? 1 : 0;
}

function simulate({ file, values }: OneFile, io: CliIo): number {
  const expected = values.expect as string | undefined;
  if (expected !== undefined && !(Object.values(SimulationOutcome) as string[]).includes(expected)) {
    throw new UsageError(`--expect "${expected}" is not an outcome; outcomes: ${Object.values(SimulationOutcome).join(', ')}`, SIMULATE);
  }
  const json = readJson(io, file, 'flow');
  checkHasFlows(json, file);
  const raw = values.scenario !== undefined ? readJson(io, values.scenario as string, 'scenario') : {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('the scenario must be a JSON object');
  const simulator = FlowSimulator.fromJson(json, { name: path.basename(file) });
  const { scenario, problems } = readScenarioJson(simulator, raw);
  if (problems.length > 0) throw new Error(`scenario "${values.scenario}": ${problems.join('\n  ')}`);
  const flow = values.flow as string | undefined ?? scenario.flow;
  if (flow !== undefined) checkFlowExists(simulator, flow, file);
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

function diagram({ file, values }: OneFile, io: CliIo): number {
  const json = readJson(io, file, 'flow');
  checkHasFlows(json, file);
  let document = json;
  let names = [path.basename(file)];
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
    names = [flow.name, flow.logicalId];
  } else {
    checkFlowDocument(json, file);
  }
  const coverageFile = values.coverage as string | undefined;
  const text = coverageFile === undefined
    ? renderMermaid(document)
    : renderCoverageDiagram(document, coverageOfFlow(readJson(io, coverageFile, 'coverage'), coverageFile, names));
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

function runTests(parsed: ParsedArgs, io: CliIo): number {
  const v = parsed.values;
  const templateFile = v.template as string | undefined;
  if (templateFile === undefined) throw new UsageError('test needs --template <template.json | flow.json>', TEST);
  if (parsed.positionals.length === 0) throw new UsageError('test needs scenario files or a directory of them', TEST);
  const utterances = keyValues(v.utterance as string[] | undefined, '--utterance', 'INTENT=TEXT');
  const resourceArns: { [key: string]: string } = {};
  const optionOfKey: { [key: string]: string } = {};
  for (const kind of ['lambda', 'hours', 'queue', 'agent']) {
    const given = keyValues(v[kind] as string[] | undefined, `--${kind}`);
    Object.assign(resourceArns, given);
    for (const key of Object.keys(given)) optionOfKey[key] = `--${kind}`;
  }
  // The simulator names the option as `resourceArns.KEY`; the command line spells it `--lambda KEY`.
  const asOption = (text: string) => text.replace(/resourceArns\.([^:]+):/g, (m, key: string) => (optionOfKey[key] ? `${optionOfKey[key]} ${key}:` : m));
  const json = readJson(io, templateFile, 'template');
  checkHasFlows(json, templateFile);
  const thresholdArg = v['coverage-threshold'] as string | undefined;
  const threshold = thresholdArg === undefined ? undefined : parseCoverageThreshold(thresholdArg);
  const reportFile = v['coverage-report'] as string | undefined;
  const simulator = FlowSimulator.fromJson(json, { name: path.basename(templateFile) });
  const flow = v.flow as string | undefined;
  if (flow !== undefined) checkFlowExists(simulator, flow, templateFile);
  const coverage = v.coverage === true || threshold !== undefined || reportFile !== undefined ? new FlowCoverage(simulator) : undefined;
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
      try {
        // A test case does not say which flow it enters.
        checkFlowChosen(simulator, flow, templateFile, '--flow');
        const run = simulator.runTestCase(doc, { utterances, flow, resourceArns });
        if (run.unsupported.length > 0) cases.push({ name: file, failure: asOption(`test case: cannot simulate ${run.unsupported.join('; ')}`), inputError: true });
        else cases.push({ name: file, failure: run.differences[0] });
        if (run.result !== undefined) coverage?.add(run.result);
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
      // --flow is the flow of the scenarios that do not name one.
      const run = scenario.flow === undefined && flow !== undefined ? { ...scenario, flow } : scenario;
      checkFlowChosen(simulator, run.flow, templateFile, 'the scenario\'s "flow" or --flow');
      const result = simulator.simulate(run);
      coverage?.add(result);
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
  const junitFile = v.junit as string | undefined;
  if (junitFile !== undefined) {
    io.writeFile(junitFile, junit(cases));
    io.out(`wrote ${junitFile}\n`);
  }
  const below = coverage === undefined ? [] : reportCoverage(coverage, threshold, reportFile, templateFile, io);
  io.out(`${cases.length - failed} passed, ${failed} failed\n`);
  if (coverage !== undefined) io.out(coverageLine(coverage.report()));
  for (const b of below) io.out(`${b}\n`);
  if (cases.some((c) => c.inputError)) return 2;
  if (coverage !== undefined && coverage.report().flows.every((f) => f.entered === 0)) {
    io.err(`cdk-contact-center: coverage: no scenario entered a flow of "${templateFile}" (0%)\n`);
    return 2;
  }
  return failed > 0 || below.length > 0 ? 1 : 0;
}

/** Prints the coverage per flow and writes the reports; returns what falls short of the threshold. */
function reportCoverage(
  coverage: FlowCoverage, threshold: CoverageThreshold | undefined, reportFile: string | undefined, source: string, io: CliIo,
): string[] {
  const report = coverage.report();
  io.out(renderCoverage(report));
  if (reportFile !== undefined) {
    const files = coverageReportFiles(reportFile);
    io.writeFile(files.xml, coberturaXml(report, source, Math.floor(Date.now() / 1000)));
    io.writeFile(files.json, coverageJson(report));
    io.out(`wrote ${files.xml}\nwrote ${files.json}\n`);
  }
  return threshold === undefined ? [] : thresholdFailures(report, threshold);
}

/** A flow named by --flow must be one of the flows (Name or logical ID): an input error lists them. */
function checkFlowExists(simulator: FlowSimulator, flow: string, file: string): void {
  const flows = simulator.listFlows();
  if (!flows.some((f) => f.name === flow || f.logicalId === flow)) {
    throw new Error(`--flow "${flow}" is no flow of "${file}"; flows: ${flows.map((f) => f.name).join(', ')}`);
  }
}

/**
 * The file must hold flows: a template with flow resources, or a flow document. Anything else
 * (a template without flows, cdk.out/*.assets.json, a test case…) is an input error saying so.
 */
function checkHasFlows(json: any, file: string): void {
  if (isTemplate(json)) {
    if (indexTemplate(json).flows.length === 0) throw new Error(`no flows in "${file}": the template has no AWS::Connect::ContactFlow or ContactFlowModule resources`);
    return;
  }
  if (isLegacyExport(json) || looksLikeFlow(json)) {
    checkFlowDocument(json, file);
    return;
  }
  throw new Error(`no flows in "${file}": it is neither a flow-language document ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] }) `
    + 'nor a CloudFormation template (cdk.out/*.template.json)');
}

/** Whether a JSON document is meant as a flow (it may still be a broken one). */
function looksLikeFlow(json: any): boolean {
  return json !== null && typeof json === 'object' && !Array.isArray(json) && ('Actions' in json || 'StartAction' in json);
}
