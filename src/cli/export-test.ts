/**
 * `cdk-contact-center export-test`: compile a scenario into the Amazon Connect test-case language.
 *
 *   cdk-contact-center export-test <scenario.json> --template <template.json | flow.json> [--flow NAME] [--out FILE]
 *                                  [--lambda KEY=ARN]… [--hours KEY=ARN]…
 */
import { parseArgs } from 'node:util';
import type { CliIo } from './index';
import { readJson, readScenarioJson } from './read-json';
import { FlowSimulator } from '../simulator/flow-simulator';
import { exportTestCase } from '../simulator/test-case/export';

export const EXPORT_TEST_USAGE = `Usage:
  cdk-contact-center export-test <scenario.json> --template <template.json | flow.json> [--flow NAME] [--out FILE]
                                 [--lambda KEY=ARN]... [--hours KEY=ARN]...

Writes the scenario as an Amazon Connect test case ("Version": "2025-06-21") to standard output or
--out. The scenario is first checked strictly against the template, as \`test\` does. A test case
names deployed resources by ARN: give the ARN of each Lambda key of "lambdas" that is not already
an ARN with --lambda, and of each hours of operation with --hours. A scenario element without an
equivalent in the test-case language is an error naming it.
Exit codes: 0 ok, 2 usage or input errors (including elements that cannot be exported).
`;

function pairs(values: string[] | undefined, flag: string): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const v of values ?? []) {
    const at = v.indexOf('=');
    if (at <= 0 || at === v.length - 1) throw new Error(`${flag} "${v}": expected KEY=ARN`);
    out[v.slice(0, at)] = v.slice(at + 1);
  }
  return out;
}

/** Run `export-test` with its arguments; returns the exit code. */
export function exportTest(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        template: { type: 'string' },
        flow: { type: 'string' },
        out: { type: 'string' },
        lambda: { type: 'string', multiple: true },
        hours: { type: 'string', multiple: true },
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
  const file = parsed.positionals[0];
  const scenario = readJson(io, file, 'scenario');
  const simulator = FlowSimulator.fromJson(readJson(io, parsed.values.template, 'template'));
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
  const { problems } = readScenarioJson(simulator, scenario);
  if (problems.length > 0) throw new Error(`invalid scenario "${file}": ${problems.join('; ')}`);
  const doc = exportTestCase(scenario, { lambdaArns: pairs(parsed.values.lambda, '--lambda'), hoursArns: pairs(parsed.values.hours, '--hours') });
  const text = `${JSON.stringify(doc, undefined, 2)}\n`;
  if (parsed.values.out !== undefined) io.writeFile(parsed.values.out, text);
  else io.out(text);
  return 0;
}
