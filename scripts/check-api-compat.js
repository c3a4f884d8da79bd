#!/usr/bin/env node
// Fails when the public API (the jsii assembly `.jsii`) breaks compatibility with the baseline
// assembly committed in api/baseline.jsii.gz, as jsii-diff judges it (removed or renamed types and
// members, narrower inputs, wider outputs, new required props…). Offline and deterministic: the
// baseline is a file of the repository, never a registry download.
//
// A deliberate breaking change is listed, one jsii-diff key per line with a comment saying why, in
// api/allowed-breaking-changes.txt. When a release is cut, its assembly becomes the new baseline:
//   node scripts/check-api-compat.js --update   (then empty the allow-list and commit both)
//
// Runs after `jsii` (post-compile).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');
const BASELINE = path.join(ROOT, 'api', 'baseline.jsii.gz');
const ALLOWED = path.join(ROOT, 'api', 'allowed-breaking-changes.txt');
// jsii-diff reads an assembly from a package folder, whose package.json names the dependencies it
// loads (found in this repository's node_modules): the baseline is unpacked there.
const WORK = path.join(ROOT, '.api-baseline');

const current = path.join(ROOT, '.jsii');
if (!fs.existsSync(current)) {
  console.error('API compatibility check: no .jsii assembly: run jsii (npx projen compile) first');
  process.exit(2);
}

if (process.argv.includes('--update')) {
  fs.mkdirSync(path.dirname(BASELINE), { recursive: true });
  fs.writeFileSync(BASELINE, zlib.gzipSync(fs.readFileSync(current), { level: 9 }));
  console.log(`API compatibility check: baseline updated from .jsii (${path.relative(ROOT, BASELINE)})`);
  process.exit(0);
}

if (!fs.existsSync(BASELINE)) {
  console.error(`API compatibility check: no baseline assembly at ${path.relative(ROOT, BASELINE)}`);
  process.exit(2);
}
const baseline = zlib.gunzipSync(fs.readFileSync(BASELINE));
const assembly = JSON.parse(baseline.toString('utf-8'));
fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(WORK, { recursive: true });
fs.writeFileSync(path.join(WORK, '.jsii'), baseline);
fs.writeFileSync(path.join(WORK, 'package.json'), JSON.stringify({
  name: assembly.name,
  version: assembly.version,
  peerDependencies: assembly.dependencies ?? {},
  jsii: { outdir: 'dist', targets: {} },
}, null, 2));

// The allow-list without its comments (jsii-diff reads one key per line).
const allowed = fs.existsSync(ALLOWED)
  ? fs.readFileSync(ALLOWED, 'utf-8').split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean)
  : [];
const ignoreFile = path.join(WORK, 'allowed-keys.txt');
fs.writeFileSync(ignoreFile, allowed.join('\n') + '\n');

const bin = path.join(ROOT, 'node_modules', '.bin', 'jsii-diff');
const result = spawnSync(bin, [WORK, ROOT, '--error-on', 'all', '--keys', '--ignore-file', ignoreFile], {
  encoding: 'utf-8',
  env: { ...process.env, JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1', JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION: '1' },
});
const report = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').filter((l) => l.trim() && !l.startsWith('!!')).join('\n');
if (result.status !== 0) {
  console.error(`API compatibility check failed against ${path.relative(ROOT, BASELINE)} (jsii-diff):\n${report}`);
  console.error('A deliberate break: add its key, with a comment saying why, to api/allowed-breaking-changes.txt');
  process.exit(1);
}
// Keys of the allow-list that no longer match anything are stale: say so (they would hide a later break).
const stale = allowed.filter((key) => !report.includes(key));
if (report) console.log(report);
if (stale.length) {
  console.error(`API compatibility check: allow-list keys that match no change (remove them):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`API compatibility check: compatible with ${path.relative(ROOT, BASELINE)} (${Object.keys(assembly.types).length} types)${allowed.length ? `, ${allowed.length} listed breaking changes` : ''}`);
