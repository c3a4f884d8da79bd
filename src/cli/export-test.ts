/**
 * `cdk-contact-center export-test`: compile a scenario into the Amazon Connect test-case language.
 *
 *   cdk-contact-center export-test <scenario.json> --template <template.json | flow.json> [--flow NAME] [--out FILE]
 *                                  [--lambda KEY=ARN]… [--hours KEY=ARN]… [--queue KEY=ARN]… [--agent KEY=ARN]…
 *                                  [--utterance INTENT=TEXT]… [--language CODE] [--leave-out PATH]…
 */
import { parseArgs } from 'node:util';
import type { CliIo } from './io';
import { keyValues } from './key-values';
import { readJson, readScenarioJson } from './read-json';
import { FlowSimulator } from '../simulator/flow-simulator';
import { HoursConfig } from '../simulator/hours';
import { indexTemplate, isTemplate } from '../simulator/template';
import { TestCaseArnKind, testCaseArnProblem, testCaseArns } from '../simulator/test-case/arns';
import { exportTestCase, inputPrompts } from '../simulator/test-case/export';

export const EXPORT_TEST_USAGE = `Usage:
  cdk-contact-center export-test <scenario.json> --template <template.json | flow.json> [--flow NAME] [--out FILE]
                                 [--lambda KEY=ARN]... [--hours KEY=ARN]... [--queue KEY=ARN]... [--agent KEY=ARN]...
                                 [--utterance INTENT=TEXT]... [--language CODE] [--leave-out PATH]...

Writes the scenario as an Amazon Connect test case ("Version": "2025-06-21") to standard output or
--out. The scenario is first checked strictly against the template, as \`test\` does, and run
offline: each DTMF or utterance input then waits for the prompt it answers in that run. A test case
names deployed resources by ARN: give the ARN of each Lambda key of "lambdas" that is not already
an ARN with --lambda, of each hours of operation with --hours (a logical ID of the template as KEY
also lets "time" become the result its schedule has then), and of the expected queue and agent
with --queue and --agent. Each must be an ARN of its kind (arn:<partition>:lambda:<region>:<account>:function:<name>,
arn:<partition>:connect:<region>:<account>:instance/<id>/operating-hours/<id>, .../queue/<id>,
.../agent/<id>), and the Connect ones of one instance. --utterance gives what the caller says for a
Lex intent ({Slot} is replaced by the slot value). A scenario element without an equivalent in the test-case language is
an error naming it; --leave-out PATH (as the error names it) leaves it out knowingly.
Exit codes: 0 ok, 2 usage or input errors (including elements that cannot be exported).
`;

/** Run `export-test` with its arguments; returns the exit code. */
export function exportTest(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
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
      allowPositionals: true,
      strict: true,
    });
    if (parsed.positionals.length !== 1) throw new Error(`expected one scenario file, got ${parsed.positionals.length}`);
    if (parsed.values.template === undefined) throw new Error('export-test needs --template <template.json | flow.json>');
  } catch (e) {
    io.err(`cdk-contact-center: ${(e as Error).message}\n\n${EXPORT_TEST_USAGE}`);
    return 2;
  }
  const arnOptions = {
    lambda: keyValues(parsed.values.lambda, '--lambda'),
    hours: keyValues(parsed.values.hours, '--hours'),
    queue: keyValues(parsed.values.queue, '--queue'),
    agent: keyValues(parsed.values.agent, '--agent'),
  };
  checkArns(arnOptions);
  const file = parsed.positionals[0];
  const scenario = readJson(io, file, 'scenario');
  const template = readJson(io, parsed.values.template, 'template');
  const simulator = FlowSimulator.fromJson(template);
  const flow = parsed.values.flow;
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
    utterances: keyValues(parsed.values.utterance, '--utterance', 'INTENT=TEXT'),
    languageCode: parsed.values.language,
    inputPrompts: inputPrompts(run.events),
    leaveOut: parsed.values['leave-out'],
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
  if (parsed.values.out !== undefined) io.writeFile(parsed.values.out, text);
  else io.out(text);
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
