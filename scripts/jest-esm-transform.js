// Jest runs CommonJS; a few handler dependencies are published as ES modules only.
// This transform turns such a module into CommonJS with esbuild (already used to bundle the handlers).
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, { loader: 'js', format: 'cjs', target: 'node20', sourcemap: true, sourcefile: filename });
    return { code, map };
  },
};
