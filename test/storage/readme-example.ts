import { readFileSync } from 'fs';
import { join } from 'path';

/** The body of the first TypeScript block after a README heading, without its import lines. */
export function readmeExample(heading: string): string {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const block = /```ts[^\n]*\n([\s\S]*?)```/.exec(readme.slice(start))![1];
  return block.split('\n').filter((l) => !l.startsWith('import ')).join('\n').trim();
}

/** The code between `// README:begin` and `// README:end` of a test file, dedented. */
export function testExample(file: string): string {
  const source = readFileSync(file, 'utf8');
  const body = /\/\/ README:begin\n([\s\S]*?)\n\s*\/\/ README:end/.exec(source)![1];
  const lines = body.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n').trim();
}
