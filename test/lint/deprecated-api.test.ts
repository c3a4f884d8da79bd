/**
 * The library uses no aws-cdk-lib API that newer aws-cdk-lib versions deprecate, so users on the
 * newest aws-cdk-lib see no deprecation warnings at synth. aws-cdk-lib 2.220 (the floor) does not
 * mark these deprecated yet, so a runtime check cannot see them: the sources are scanned.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', 'src');

/** API deprecated in newer aws-cdk-lib, with the replacement that exists at 2.220. */
const DEPRECATED: Array<[RegExp, string]> = [
  // CfnResource#addDependency (deprecated for addResourceDependency, which 2.220 lacks) and the older addDependsOn.
  [/(?<!node)\.addDependency\(/, 'CfnResource#addDependency: use construct.node.addDependency(...)'],
  [/\.addDependsOn\(/, 'CfnResource#addDependsOn: use construct.node.addDependency(...)'],
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('no deprecated aws-cdk-lib dependency API in src/', () => {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    fs.readFileSync(file, 'utf-8').split('\n').forEach((line, i) => {
      for (const [pattern, why] of DEPRECATED) {
        if (pattern.test(line)) found.push(`${path.relative(SRC, file)}:${i + 1}: ${why}`);
      }
    });
  }
  expect(found).toEqual([]);
});
