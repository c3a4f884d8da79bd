import type { CliIo } from './io';
import type { FlowSimulator } from '../simulator/flow-simulator';
import { ReadScenario, readScenario } from '../simulator/scenario';

/** Read and parse a JSON file given on the command line; errors name the file and what it is. */
export function readJson(io: CliIo, file: string, what: string): any {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    throw new Error(`cannot read ${what} "${file}": ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} "${file}" is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * A scenario file in the typed form the simulator runs, checked against the simulated flows
 * (Lambda keys); `problems` name the key and what is allowed.
 */
export function readScenarioJson(simulator: FlowSimulator, json: unknown): ReadScenario {
  const read = readScenario(json, 'json');
  if (read.problems.length > 0) return read;
  return { scenario: read.scenario, problems: simulator.validateScenario(read.scenario) };
}
