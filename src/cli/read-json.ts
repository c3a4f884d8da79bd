import type { CliIo } from './index';

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
