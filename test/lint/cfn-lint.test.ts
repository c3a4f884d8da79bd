/**
 * cfn-lint (AWS's CloudFormation linter) on every template the library's documented apps
 * synthesize: the reference app in examples/, the README quick start and the app `import` writes
 * for the mocked realistic instance (test/cli/import-instance.ts). The contact-center
 * constructs must cause no error and no warning (only the findings listed below are tolerated).
 *
 * cfn-lint is a Python tool (`pip install cfn-lint`, or the Debian/Ubuntu package `cfn-lint`).
 * When it is missing this test fails and says so: it is never skipped.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ConnectClient } from '@aws-sdk/client-connect';
import { App, Stack } from 'aws-cdk-lib';
import { mockClient } from 'aws-sdk-client-mock';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';
import { ContactCenter, LexBotAlias } from '../../src';
import { generateApp } from '../../src/cli/import/output';
import { newerThanCfnLint } from '../cfn-lint-gaps';
import { INSTANCE_ID, REGION, fastAws, mockInstance } from '../cli/import-instance';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'cdk.out', 'cfn-lint-test');

interface Finding {
  readonly Rule: { readonly Id: string };
  readonly Level: string;
  readonly Message: string;
  readonly Location: { readonly Path: unknown[] };
}

function cfnLintVersion(): string | undefined {
  const r = spawnSync('cfn-lint', ['--version'], { encoding: 'utf-8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** cfn-lint findings of one template (JSON output; exit codes 2/4/6/8… only say what levels were found). */
function lint(template: string): Finding[] {
  const r = spawnSync('cfn-lint', ['--format', 'json', '--', template], { encoding: 'utf-8' });
  if (r.error) throw r.error;
  if (r.status !== 0 && !r.stdout.trim().startsWith('[')) throw new Error(`cfn-lint failed on ${template}: ${r.stderr}`);
  return JSON.parse(r.stdout || '[]');
}

function show(findings: Finding[]): string[] {
  return findings.map((f) => `${f.Rule.Id} ${f.Level} at ${f.Location.Path.join('/')}: ${f.Message}`);
}

/**
 * Findings this library does not cause: aws-cdk-lib's own `lambda.Function` (the example's
 * function, the `AwsCustomResource` provider) writes a DependsOn on its execution role next to the
 * `GetAtt` of that role. Every other finding, warnings included, fails the test.
 */
const NOT_FROM_CONTACT_CENTER: RegExp[] = [
  /^W3005 Warning at Resources\/[A-Za-z0-9]+\/DependsOn\/\d+: '[A-Za-z0-9]+' dependency already enforced by a 'GetAtt' at 'Resources\/[A-Za-z0-9]+\/Properties\/Role'$/,
];

/** What cfn-lint says about a template that this library's contact-center constructs cause. */
function contactCenterFindings(template: string): string[] {
  const resources = JSON.parse(fs.readFileSync(template, 'utf-8')).Resources ?? {};
  return lint(template)
    // Tolerated only on Lambda functions (aws-cdk-lib's lambda.Function writes them).
    .filter((f) => !(resources[String(f.Location.Path[1])]?.Type === 'AWS::Lambda::Function'
      && NOT_FROM_CONTACT_CENTER.some((known) => known.test(show([f])[0]))))
    // What cfn-lint is too old to know (test/cfn-lint-gaps.ts), as in test/security.
    .filter((f) => !newerThanCfnLint(f))
    .map((f) => show([f])[0]);
}

/** The README's first TypeScript block (the quick start), synthesized as written. */
function synthQuickStart(outdir: string): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const block = /```ts[^\n]*\n([\s\S]*?)```/.exec(readme)![1]
    .replace(/from 'cdk-contact-center'/g, `from ${JSON.stringify(path.join(ROOT, 'src', 'index'))}`);
  const file = path.join(OUT, 'quick-start.ts');
  fs.writeFileSync(file, block);
  process.env.CDK_OUTDIR = outdir;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  } finally {
    delete process.env.CDK_OUTDIR;
  }
  return fs.readdirSync(outdir).filter((f) => f.endsWith('.template.json')).map((f) => path.join(outdir, f));
}

describe('cfn-lint', () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });

  test('is installed (pip install cfn-lint, or apt-get install cfn-lint)', () => {
    const version = cfnLintVersion();
    if (!version) {
      throw new Error('cfn-lint is not installed: install it with `pip install cfn-lint` or `apt-get install cfn-lint` (Debian/Ubuntu); '
        + 'these checks are part of the tests and are never skipped');
    }
    expect(version).toMatch(/^cfn-lint \d+\./);
  });

  test('reports nothing on the reference app', () => {
    const outdir = path.join(OUT, 'reference');
    const app = new App({ outdir });
    new ReferenceContactCenterStack(app, 'Reference');
    const templates = fs.readdirSync(app.synth().directory).filter((f) => f.endsWith('.template.json')).map((f) => path.join(outdir, f));
    expect(templates.length).toBeGreaterThanOrEqual(1);
    for (const t of templates) expect([path.basename(t), ...contactCenterFindings(t)]).toEqual([path.basename(t)]);
  });

  test('reports nothing on a Lex bot alias statement added on request', () => {
    const outdir = path.join(OUT, 'lex-statement');
    const app = new App({ outdir });
    const stack = new Stack(app, 'LexStatement', { env: { account: '123456789012', region: 'us-east-1' } });
    const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-lex' });
    cc.associateLexBotAlias(LexBotAlias.fromBotAliasArn('arn:aws:lex:us-east-1:123456789012:bot-alias/BOTID12345/ALIASID123'), { addResourcePolicyStatement: true });
    const template = path.join(app.synth().directory, 'LexStatement.template.json');
    expect(contactCenterFindings(template)).toEqual([]);
  });

  test('reports nothing on the README quick start', () => {
    const templates = synthQuickStart(path.join(OUT, 'quick-start'));
    expect(templates).toHaveLength(1);
    for (const t of templates) expect([path.basename(t), ...contactCenterFindings(t)]).toEqual([path.basename(t)]);
  });

  test('reports nothing on the app import writes for a realistic instance (its users in stacks of their own)', async () => {
    const connect = mockClient(ConnectClient);
    mockInstance(connect, { queues: 24, users: 200, flows: 30, modules: 2, pageCap: 100 });
    const { snapshot } = await fastAws().readInstance({ instanceId: INSTANCE_ID, region: REGION });
    connect.restore();
    const generated = generateApp(snapshot, { flows: 'json', agentsPerStack: 150 });
    expect(generated.model.stacks).toHaveLength(3);
    for (const [name, template] of Object.entries(generated.templates)) {
      const file = path.join(OUT, `import-${name}.template.json`);
      fs.writeFileSync(file, JSON.stringify(template));
      expect([name, ...contactCenterFindings(file)]).toEqual([name]);
    }
  });
});
