#!/usr/bin/env node
/**
 * Runs the README's Quick start exactly as written, in a fresh temporary directory, with the
 * packed package (dist/js/*.tgz) in place of `cdk-contact-center` from the registry: the
 * TypeScript block becomes main.ts, the shell block runs as is, and the synthesized template must
 * hold the Quick start's resources. Needs the npm registry; not part of the build
 * (`npx projen compile && npx projen package:js` first).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const packed = fs.existsSync(path.join(root, 'dist/js'))
  ? fs.readdirSync(path.join(root, 'dist/js')).filter((f) => /^cdk-contact-center@.*\.tgz$/.test(f))
  : [];
if (packed.length !== 1) {
  console.error(`test:quickstart: expected one dist/js/cdk-contact-center@*.tgz, found ${packed.length}: run \`npx projen compile && npx projen package:js\` first`);
  process.exit(2);
}
const tarball = path.join(root, 'dist/js', packed[0]);

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf-8');
const start = readme.indexOf('\n## Quick start\n');
const end = readme.indexOf('\n## ', start + 1);
if (start < 0 || end < 0) {
  console.error('test:quickstart: README.md has no "## Quick start" section');
  process.exit(2);
}
const section = readme.slice(start, end);
const blocks = [...section.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2] }));
const code = blocks.filter((b) => b.lang === 'ts');
const shell = blocks.filter((b) => b.lang === 'sh');
if (code.length !== 1 || shell.length !== 1) {
  console.error(`test:quickstart: expected one ts and one sh block in the Quick start, found ${code.length} and ${shell.length}`);
  process.exit(2);
}
// The one change: the package comes from the tarball, not the registry.
const script = shell[0].text.replace(/^(npm install[^\n]*?) cdk-contact-center(?= |$)/m, `$1 ${tarball}`);
if (script === shell[0].text) {
  console.error('test:quickstart: the Quick start shell block installs no `cdk-contact-center`');
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-contact-center-quickstart-'));
console.log(`test:quickstart: in ${dir}`);
fs.writeFileSync(path.join(dir, 'main.ts'), code[0].text);
fs.writeFileSync(path.join(dir, 'quickstart.sh'), `set -euxo pipefail\n${script}`);
const started = Date.now();
try {
  execFileSync('bash', ['quickstart.sh'], { cwd: dir, stdio: 'inherit', env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' } });
} catch (e) {
  console.error(`test:quickstart: the Quick start failed in ${dir} (kept for a look)`);
  process.exit(1);
}
const templateFile = path.join(dir, 'cdk.out', 'ContactCenterStack.template.json');
if (!fs.existsSync(templateFile)) {
  console.error(`test:quickstart: ${templateFile} was not written`);
  process.exit(1);
}
const resources = Object.values(JSON.parse(fs.readFileSync(templateFile, 'utf-8')).Resources ?? {});
const types = new Set(resources.map((r) => r.Type));
const missing = ['AWS::Connect::Instance', 'AWS::Connect::Queue', 'AWS::Connect::ContactFlow', 'AWS::Connect::PhoneNumber', 'AWS::Connect::User']
  .filter((t) => !types.has(t));
if (missing.length > 0) {
  console.error(`test:quickstart: the template lacks ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`test:quickstart: ok in ${Math.round((Date.now() - started) / 1000)} s: ${resources.length} resources in ContactCenterStack`);
fs.rmSync(dir, { recursive: true, force: true });
