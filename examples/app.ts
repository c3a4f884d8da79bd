import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { main } from '../src/cli';
import { EXAMPLES } from './registry';

// Synthesizes every example into ./cdk.out (no AWS credentials needed). With --test, then runs every
// example's scenarios through `cdk-contact-center test --coverage` against its template (printing the
// coverage of its flows); exits 1 if one fails.
const outdir = path.join(__dirname, '..', 'cdk.out');
const app = new App({ outdir });
for (const example of EXAMPLES) example.create(app, example.stackName);
const assembly = app.synth();
for (const example of EXAMPLES) console.log(`${example.name}: ${path.relative(process.cwd(), path.join(assembly.directory, `${example.stackName}.template.json`))}`);

if (process.argv.includes('--test')) {
  const files = EXAMPLES.flatMap((example) => example.scenarios.map((scenario) => ({ example, scenario })));
  let passed = 0;
  let failed = 0;
  let code = 0;
  for (const example of EXAMPLES.filter((e) => e.scenarios.length > 0)) {
    let out = '';
    const scenarios = example.scenarios.map((s) => path.relative(process.cwd(), s));
    const rc = main(['test', ...scenarios, '--template', path.join(assembly.directory, `${example.stackName}.template.json`), '--coverage'], {
      out: (t) => { out += t; },
      err: (t) => { process.stderr.write(t); },
      readFile: (p) => fs.readFileSync(p, 'utf-8'),
      writeFile: (p, t) => fs.writeFileSync(p, t),
    });
    process.stdout.write(`${example.name}:\n${out}`);
    const m = /^(\d+) passed, (\d+) failed$/m.exec(out);
    passed += Number(m?.[1] ?? 0);
    failed += Number(m?.[2] ?? example.scenarios.length);
    code = Math.max(code, rc as number);
  }
  if (passed + failed !== files.length) code = Math.max(code, 1);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = code;
}
