import * as fs from 'fs';
import { main } from '../../src/cli';

/**
 * Runs the CLI in process: files are read from `files` first, then from disk; files it writes are
 * kept in `written` instead of on disk.
 */
export function runCli(argv: string[], files: { [path: string]: string } = {}) {
  let out = '';
  let err = '';
  const written: { [path: string]: string } = {};
  const code = main(argv, {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    readFile: (p) => (p in files ? files[p] : fs.readFileSync(p, 'utf-8')),
    writeFile: (p, t) => { written[p] = t; },
  });
  return { code, out, err, written };
}
