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
  // cdk-nag's report (one CSV per pack and stack) lists every rule it evaluated and the outcome, the
  // same with every aws-cdk-lib version (newer versions move construct metadata out of manifest.json).
  const reports = fs.readdirSync(outdir).filter((f) => /^AwsSolutions-.*-NagReport\.csv$/.test(f));
  const rows = reports.flatMap((f) => fs.readFileSync(path.join(outdir, f), 'utf-8').trim().split('\n').slice(1))
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')))
    .map(([rule, resource, compliance, , level]) => ({ rule, resource, compliance, level }));

  test('the checks ran', () => {
    expect(block).toContain('AwsSolutionsChecks');
    expect(reports).toHaveLength(1);
    expect(rows.length).toBeGreaterThan(0);
    // The security-profile lookup's wildcard is suppressed next to the resource, with its reason.
    expect(rows).toContainEqual(expect.objectContaining({ rule: 'AwsSolutions-IAM5', compliance: 'Suppressed' }));
  });

  test('reports no errors', () => {
    const errors = rows.filter((r) => r.compliance === 'Non-Compliant' && r.level === 'Error');
    expect(errors.map((r) => `${r.resource}: ${r.rule}`)).toEqual([]);
  });
});
