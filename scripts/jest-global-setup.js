// Jest global setup: the Lambda functions point at the handler bundles in assets/, which the
// `bundle` task writes before compile and tests. When jest runs on its own in a fresh clone,
// bundle the handlers first.
const fs = require('node:fs');
const path = require('node:path');

module.exports = async () => {
  const root = path.join(__dirname, '..');
  const handlers = fs.readdirSync(path.join(root, 'lambda-src'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, 'lambda-src', e.name, 'index.ts')));
  const bundles = [...handlers.map((e) => e.name), 'cli-aws'];
  if (bundles.some((name) => !fs.existsSync(path.join(root, 'assets', name, 'index.js')))) {
    require('./bundle-handlers.js');
  }
};
