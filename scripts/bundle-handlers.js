// Bundles every Lambda handler lambda-src/<handler>/index.ts into assets/<handler>/index.js with esbuild,
// and the CLI's AWS-facing commands cli-aws/index.ts into assets/cli-aws/index.js.
// Run by the `bundle` task (before compile and before tests); the npm package ships assets/.
const fs = require('node:fs');
const path = require('node:path');
const { buildSync } = require('esbuild');

const root = path.join(__dirname, '..');
const sourceDir = path.join(root, 'lambda-src');
const handlers = fs.readdirSync(sourceDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(sourceDir, entry.name, 'index.ts')))
  .map((entry) => entry.name)
  .sort()
  .map((name) => ({ name, entry: path.join(sourceDir, name, 'index.ts') }));
// The CLI's AWS-facing commands (cli-aws/): bundled the same way, loaded by the CLI on demand.
handlers.push({ name: 'cli-aws', entry: path.join(root, 'cli-aws', 'index.ts') });

for (const { name, entry } of handlers) {
  const outdir = path.join(root, 'assets', name);
  fs.rmSync(outdir, { recursive: true, force: true });
  buildSync({
    entryPoints: [entry],
    outfile: path.join(outdir, 'index.js'),
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    // Prefer the ES module builds: they tree-shake, so only the Connect commands used are kept.
    mainFields: ['module', 'main'],
    // The Node.js 22 runtime provides AWS SDK v3, but a pinned bundled client keeps behaviour
    // identical to what the tests ran; only the Connect client is used, so the bundle stays small.
    external: [],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const size = fs.statSync(path.join(outdir, 'index.js')).size;
  console.log(`bundled ${name}: assets/${name}/index.js (${(size / 1024).toFixed(1)} KiB)`);
}
