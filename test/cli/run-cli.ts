import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli';
import type { AwsModule } from '../../src/cli/aws';

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

/**
 * Runs the CLI in process against the disk (the files it writes are written, their directories
 * made), with the AWS-facing code `aws` gives (default: the bundle, as the CLI loads it).
 */
export async function runCliOnDisk(argv: string[], aws?: () => AwsModule) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    readFile: (p) => fs.readFileSync(p, 'utf-8'),
    writeFile: (p, t) => {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, t);
    },
    aws,
  });
  return { code, out, err };
}
