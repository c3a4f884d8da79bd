import * as fs from 'fs';
import * as path from 'path';
import { typeCheck } from './typecheck';

const ROOT = path.join(__dirname, '..');
const SRC_INDEX = path.join(ROOT, 'src', 'index');

/** The ```ts blocks of the README, with the package import pointed at the sources. */
function readmeBlocks(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const blocks = [...readme.matchAll(/```ts[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.map((b) => b.replace(/from 'cdk-contact-center'/g, `from ${JSON.stringify(SRC_INDEX)}`));
}

describe('README', () => {
  // Inside the repository so that the examples resolve aws-cdk-lib from its node_modules.
  const dir = path.join(ROOT, '.readme-blocks');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const blocks = readmeBlocks();
  const files = blocks.map((code, i) => {
    const file = path.join(dir, `block${i}.ts`);
    fs.writeFileSync(file, code);
    return file;
  });

  test('has TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(1);
  });

  test('every TypeScript example compiles', () => {
    const messages = typeCheck(files, { types: ['node'] });
    expect(messages).toEqual([]);
  });

  test('the first example synthesizes as written', () => {
    const out = path.join(dir, 'cdk.out');
    process.env.CDK_OUTDIR = out;
    try {
      // The example calls app.synth() itself; any validation error throws here.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(files[0]);
    } finally {
      delete process.env.CDK_OUTDIR;
    }
    const templates = fs.readdirSync(out).filter((f) => f.endsWith('.template.json'));
    expect(templates).toEqual(['ContactCenterStack.template.json']);
    const template = JSON.parse(fs.readFileSync(path.join(out, templates[0]), 'utf-8'));
    const types = Object.values<any>(template.Resources).map((r) => r.Type);
    expect(types).toEqual(expect.arrayContaining([
      'AWS::Connect::Instance', 'AWS::Connect::HoursOfOperation', 'AWS::Connect::Queue', 'AWS::Connect::RoutingProfile',
      'AWS::Connect::User', 'AWS::Connect::ContactFlow', 'AWS::Connect::PhoneNumber', 'Custom::ConnectPhoneNumberFlowAssociation',
    ]));
  });
});
