/**
 * `cdk-contact-center export-test`: compile a scenario into the Amazon Connect test-case language.
 *
 *   cdk-contact-center export-test <scenario.json> --template <template.json | flow.json> [--flow NAME] [--out FILE]
 *                                  [--lambda KEY=ARN]… [--hours KEY=ARN]… [--queue KEY=ARN]… [--agent KEY=ARN]…
 *                                  [--utterance INTENT=TEXT]… [--language CODE] [--leave-out PATH]…
 */
import { CommandSpec, ParsedArgs, UsageError } from './args';
import type { CliIo } from './io';
import { keyValues } from './key-values';
import { readJson, readScenarioJson } from './read-json';
import { FlowSimulator } from '../simulator/flow-simulator';
import { HoursConfig } from '../simulator/hours';
import { indexTemplate, isTemplate } from '../simulator/template';
import { TestCaseArnKind, testCaseArnProblem, testCaseArns } from '../simulator/test-case/arns';
import { exportTestCase, inputPrompts } from '../simulator/test-case/export';

/** The `export-test` command: usage, help and options. */
export const EXPORT_TEST: CommandSpec = {
  name: 'export-test',
  usage: `  cdk-contact-center export-test <scenario.json> --template <template.json | flow.json> [--flow NAME] [--out FILE]
                                 [--lambda KEY=ARN]... [--hours KEY=ARN]... [--queue KEY=ARN]... [--agent KEY=ARN]...
                                 [--utterance INTENT=TEXT]... [--language CODE] [--leave-out PATH]...`,
  help: `Writes the scenario as an Amazon Connect test case ("Version": "2025-06-21") to standard output or
--out (then prints "wrote FILE"). The scenario is first checked strictly against the template, as \`test\` does, and run
offline: each DTMF or utterance input then waits for the prompt it answers in that run. A test case
names deployed resources by ARN: give the ARN of each Lambda key of "lambdas" that is not already
an ARN with --lambda, of each hours of operation with --hours (a logical ID of the template as KEY
also lets "time" become the result its schedule has then), and of the expected queue and agent
with --queue and --agent. Each must be an ARN of its kind (arn:<partition>:lambda:<region>:<account>:function:<name>,
arn:<partition>:connect:<region>:<account>:instance/<id>/operating-hours/<id>, .../queue/<id>,
.../agent/<id>), and the Connect ones of one instance. --utterance gives what the caller says for a
Lex intent ({Slot} is replaced by the slot value). A scenario element without an equivalent in the test-case language is
an error naming it; --leave-out PATH (as the error names it) leaves it out knowingly. Every missing
option is named at once.
To run the exported test case back through \`test\`, give \`test\` the same --lambda, --hours, --queue
and --agent options: they map the deployed ARNs back to the template's resources.
Exit codes: 0 ok, 2 usage or input errors (including elements that cannot be exported).
`,
  options: {
    'template': { type: 'string' },
    'flow': { type: 'string' },
    'out': { type: 'string' },
    'lambda': { type: 'string', multiple: true },
    'hours': { type: 'string', multiple: true },
    'queue': { type: 'string', multiple: true },
    'agent': { type: 'string', multiple: true },
    'utterance': { type: 'string', multiple: true },
    'language': { type: 'string' },
    'leave-out': { type: 'string', multiple: true },
  },
};

type Values = ParsedArgs['values'];
const list = (values: Values, name: string) => values[name] as string[] | undefined;

/** Run `export-test` with its parsed arguments; returns the exit code. */
export function exportTest(parsed: ParsedArgs, io: CliIo): number {
  if (parsed.positionals.length !== 1) throw new UsageError(`expected one scenario file, got ${parsed.positionals.length}`, EXPORT_TEST);
  const templateFile = parsed.values.template as string | undefined;
  if (templateFile === undefined) throw new UsageError('export-test needs --template <template.json | flow.json>', EXPORT_TEST);
  const v = parsed.values;
  const arnOptions = {
    lambda: keyValues(list(v, 'lambda'), '--lambda'),
    hours: keyValues(list(v, 'hours'), '--hours'),
    queue: keyValues(list(v, 'queue'), '--queue'),
    agent: keyValues(list(v, 'agent'), '--agent'),
  };
  checkArns(arnOptions);
  const file = parsed.positionals[0];
  const scenario = readJson(io, file, 'scenario');
  const template = readJson(io, templateFile, 'template');
  const simulator = FlowSimulator.fromJson(template);
  const flow = v.flow as string | undefined;
  if (flow !== undefined) {
    const flows = simulator.listFlows();
    if (!flows.some((f) => f.name === flow || f.logicalId === flow)) {
      throw new Error(`--flow "${flow}" is not a flow of the template; flows: ${flows.map((f) => f.logicalId ?? f.name).join(', ')}`);
    }
    if (scenario !== null && typeof scenario === 'object' && scenario.flow !== undefined && scenario.flow !== flow) {
      throw new Error(`--flow "${flow}" differs from the scenario's flow "${scenario.flow}"`);
    }
  }
  const { scenario: typed, problems } = readScenarioJson(simulator, scenario);
  if (problems.length > 0) throw new Error(`invalid scenario "${file}": ${problems.join('; ')}`);
  const hoursArns = arnOptions.hours;
  const hoursSchedules: { [key: string]: HoursConfig } = {};
  if (isTemplate(template)) {
    const index = indexTemplate(template);
    for (const key of Object.keys(hoursArns)) {
      const logicalId = index.hours.has(key) ? key : [...index.names].find(([id, name]) => name === key && index.hours.has(id))?.[0];
      const schedule = logicalId === undefined ? undefined : index.hours.get(logicalId);
      if (schedule) hoursSchedules[key] = schedule;
    }
  }
  const run = simulator.simulate(flow !== undefined && typed.flow === undefined ? { ...typed, flow } : typed);
  const doc = exportTestCase(scenario, {
    lambdaArns: arnOptions.lambda,
    hoursArns,
    hoursSchedules,
    queueArns: arnOptions.queue,
    agentArns: arnOptions.agent,
    utterances: keyValues(list(v, 'utterance'), '--utterance', 'INTENT=TEXT'),
    languageCode: v.language as string | undefined,
    inputPrompts: inputPrompts(run.events),
    leaveOut: list(v, 'leave-out'),
    optionNames: {
      lambdaArns: '--lambda KEY=ARN',
      hoursArns: '--hours KEY=ARN',
      hoursSchedules: '--hours LOGICAL_ID=ARN (hours of the template, whose schedule it reads)',
      queueArns: '--queue KEY=ARN',
      agentArns: '--agent KEY=ARN',
      utterances: '--utterance INTENT=TEXT',
      leaveOut: '--leave-out PATH',
    },
  });
  const text = `${JSON.stringify(doc, undefined, 2)}\n`;
  const out = v.out as string | undefined;
  if (out !== undefined) {
    io.writeFile(out, text);
    io.out(`wrote ${out}\n`);
  } else {
    io.out(text);
  }
  return 0;
}

/**
 * Each --lambda, --hours, --queue and --agent value must be an ARN of its kind, and the Connect ones
 * of one instance: an input error names the option, its KEY and value, and what is expected.
 */
function checkArns(options: { [kind in TestCaseArnKind]: { [key: string]: string } }): void {
  const arns = (Object.keys(options) as TestCaseArnKind[]).flatMap((kind) => testCaseArns(kind, options[kind], (key) => `--${kind} ${key}`));
  const problem = testCaseArnProblem(arns);
  if (problem) throw new Error(`${problem.arn.name}=${problem.arn.value}: expected ${problem.expected}`);
}
