import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REFERENCE_CHANGE, referenceTemplates } from './reference-change';
import { runCli } from '../../cli/run-cli';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The section of the README on `diff`. */
function section(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const start = readme.indexOf('### Reviewing flow changes: `cdk-contact-center diff`');
  expect(start).toBeGreaterThan(readme.indexOf('### The `cdk-contact-center` command'));
  // Up to the next heading outside a fenced block (the Markdown output has headings of its own).
  const lines = readme.slice(start).split('\n');
  let fence: string | undefined;
  let end = lines.length;
  for (let i = 1; i < lines.length; i++) {
    const open = /^(`{3,})/.exec(lines[i]);
    if (open && fence === undefined) {fence = open[1];} else if (fence !== undefined && lines[i] === fence) {fence = undefined;} else if (fence === undefined && /^#{1,3} /.test(lines[i])) {
      end = i;
      break;
    }
  }
  return lines.slice(0, end).join('\n');
}

/** The fenced block after a marker comment (its fence may be longer than three backticks). */
function blockAfter(text: string, marker: string): string {
  const at = text.indexOf(`<!-- ${marker} -->`);
  expect(at).toBeGreaterThanOrEqual(0);
  const m = /(`{3,})[^\n]*\n([\s\S]*?)\n\1\n/.exec(text.slice(at));
  return m![2] + '\n';
}

describe('README: reviewing flow changes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-diff-'));
  const { before, after } = referenceTemplates();
  const oldFile = path.join(dir, 'main.template.json');
  const newFile = path.join(dir, 'branch.template.json');
  fs.writeFileSync(oldFile, JSON.stringify(before));
  fs.writeFileSync(newFile, JSON.stringify(after));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the change shown is the change made to the reference app', () => {
    const change = blockAfter(section(), 'diff:change');
    for (const [from, to] of REFERENCE_CHANGE) {
      expect(change.split('\n').some((l) => l.startsWith('-') && l.includes(from))).toBe(true);
      expect(change.split('\n').some((l) => l.startsWith('+') && l.includes(to))).toBe(true);
    }
  });

  test('the text output is what the command prints', () => {
    const r = runCli(['diff', oldFile, newFile]);
    expect(r.code).toBe(1);
    expect(blockAfter(section(), 'diff:text')).toBe(r.out);
  });

  test('the Markdown output is what the command prints', () => {
    const r = runCli(['diff', oldFile, newFile, '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(blockAfter(section(), 'diff:markdown')).toBe(r.out);
  });
});
