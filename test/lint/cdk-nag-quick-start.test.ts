/**
 * cdk-nag's AwsSolutions checks on the README quick start as written: the library's resources carry
 * their suppressions (with reasons) next to them, so a user who adds cdk-nag sees no error.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'cdk.out', 'cdk-nag-quick-start');

describe('cdk-nag AwsSolutions on the README quick start', () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const block = /```ts[^\n]*\n([\s\S]*?)```/.exec(readme)![1]
    .replace(/from 'cdk-contact-center'/g, `from ${JSON.stringify(path.join(ROOT, 'src', 'index'))}`)
    .replace(/\napp\.synth\(\);/, "\nrequire('aws-cdk-lib').Aspects.of(app).add(new (require('cdk-nag').AwsSolutionsChecks)());\napp.synth();");
  const file = path.join(OUT, 'quick-start.ts');
  fs.writeFileSync(file, block);
  const outdir = path.join(OUT, 'assembly');
  process.env.CDK_OUTDIR = outdir;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  } finally {
    delete process.env.CDK_OUTDIR;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf-8'));
  const entries: Array<{ path: string; type: string; data: string }> = Object.values<any>(manifest.artifacts)
    .flatMap((a) => Object.entries<any[]>(a.metadata ?? {}).flatMap(([p, es]) => es.map((e) => ({ path: p, type: e.type, data: String(e.data) }))));

  test('the checks ran', () => {
    expect(block).toContain('AwsSolutionsChecks');
    expect(entries.length).toBeGreaterThan(0);
  });

  test('reports no errors', () => {
    const errors = entries.filter((e) => e.type === 'aws:cdk:error' && e.data.startsWith('AwsSolutions-'));
    expect(errors.map((e) => `${e.path}: ${e.data.split('\n')[0]}`)).toEqual([]);
  });
});
