import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthNestedApp } from './nested-cdk-out';
import { runCli } from './run-cli';

function flow(text: string, salesTarget = 'Sales'): any {
  return {
    Version: '2019-10-30',
    StartAction: 'Welcome',
    Actions: [
      { Identifier: 'Welcome', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'Menu' } },
      {
        Identifier: 'Menu',
        Type: 'GetParticipantInput',
        Parameters: { Text: 'Press 1 for sales.', StoreInput: 'False', InputTimeLimitSeconds: '5' },
        Transitions: { NextAction: 'End', Conditions: [{ NextAction: salesTarget, Condition: { Operator: 'Equals', Operands: ['1'] } }], Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
      },
      { Identifier: 'Sales', Type: 'MessageParticipant', Parameters: { Text: 'Sales.' }, Transitions: { NextAction: 'End' } },
      { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

function template(flows: { [name: string]: any }): any {
  const resources: { [id: string]: any } = {};
  for (const [name, doc] of Object.entries(flows)) {
    resources[name.replace(/\W/g, '')] = { Type: 'AWS::Connect::ContactFlow', Properties: { Name: name, Type: 'CONTACT_FLOW', Content: JSON.stringify(doc) } };
  }
  return { Resources: resources };
}

const files = {
  'old.json': JSON.stringify(flow('Hello.')),
  'new.json': JSON.stringify(flow('Hello there.', 'End')),
  'old.template.json': JSON.stringify(template({ 'Main menu': flow('Hello.'), 'Other': flow('Other.') })),
  'new.template.json': JSON.stringify(template({ 'Main menu': flow('Hello there.'), 'Other': flow('Other.') })),
  'empty.template.json': JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' } } }),
  'broken.json': '{ "Version": ',
  'legacy.json': JSON.stringify({ modules: [], version: '1' }),
};

describe('cdk-contact-center diff', () => {
  test('two flow files: text, exit 1 on changes', () => {
    const r = runCli(['diff', 'old.json', 'new.json'], files);
    expect(r.err).toBe('');
    expect(r.out).toBe([
      'flow "new" (flow): 2 changes',
      '  ~ block Welcome: Text "Hello." → "Hello there."',
      '  ~ block Menu: 1 Sales → End',
      '2 changes in 1 flow',
      '',
    ].join('\n'));
    expect(r.code).toBe(1);
  });

  test('no change: exit 0', () => {
    const r = runCli(['diff', 'old.json', 'old.json'], files);
    expect(r.out).toBe('no changes (1 flow compared)\n');
    expect(r.code).toBe(0);
  });

  test('--fail-on-change also says on standard error that the flows differ', () => {
    const r = runCli(['diff', 'old.json', 'new.json', '--fail-on-change'], files);
    expect(r.code).toBe(1);
    expect(r.err).toBe('cdk-contact-center: the flows differ (2 changes)\n');
  });

  test('templates, --flow, and the formats', () => {
    const text = runCli(['diff', 'old.template.json', 'new.template.json'], files);
    expect(text.out).toContain('flow "Main menu" (CONTACT_FLOW): 1 change\n');
    expect(text.out).toContain('1 change in 1 flow (1 unchanged)\n');
    const md = runCli(['diff', 'old.template.json', 'new.template.json', '--format', 'markdown', '--out', 'diff.md'], files);
    expect(md.code).toBe(1);
    expect(md.out).toBe('wrote diff.md\n');
    expect(md.written['diff.md']).toContain('### Main menu (`CONTACT_FLOW`)');
    expect(md.written['diff.md']).toContain('```mermaid\nflowchart TD');
    const json = runCli(['diff', 'old.template.json', 'new.template.json', '--format', 'json', '--flow', 'Other'], files);
    expect(JSON.parse(json.out)).toEqual({ flows: [expect.objectContaining({ name: 'Other', status: 'UNCHANGED' })], changeCount: 0 });
    expect(json.code).toBe(0);
  });

  test('a cdk.out directory: the stacks of its manifest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-cdkout-'));
    try {
      const oldDir = path.join(dir, 'old');
      fs.mkdirSync(oldDir);
      fs.writeFileSync(path.join(oldDir, 'manifest.json'), JSON.stringify({
        version: '48.0.0',
        artifacts: {
          Center: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Center.template.json' } },
          Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
        },
      }));
      fs.writeFileSync(path.join(oldDir, 'Center.template.json'), files['old.template.json']);
      fs.writeFileSync(path.join(dir, 'new.template.json'), files['new.template.json']);
      const r = runCli(['diff', oldDir, path.join(dir, 'new.template.json')]);
      expect(r.out).toContain('  ~ block Welcome: Text "Hello." → "Hello there."\n');
      expect(r.code).toBe(1);
      const emptyDir = path.join(dir, 'empty');
      fs.mkdirSync(emptyDir);
      const none = runCli(['diff', emptyDir, oldDir]);
      expect(none.err).toContain('is a directory without synthesized stacks');
      expect(none.code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [['diff', 'old.json'], /diff needs two sides, <old> and <new>; got 1/, true],
    [['diff', 'old.json', 'new.json', '--format', 'html'], /--format "html" is not a format; formats: text, markdown, json/, true],
    [['diff', 'old.json', 'new.json', '--colour'], /unknown option "--colour" for diff/, true],
    [['diff', 'old.json', 'missing.json'], /cannot read flow or template "missing.json"/, false],
    [['diff', 'old.json', 'broken.json'], /flow or template "broken.json" is not valid JSON/, false],
    [['diff', 'old.json', 'legacy.json'], /"legacy.json" is in the legacy console export format/, false],
    [['diff', 'empty.template.json', 'empty.template.json'], /neither "empty.template.json" nor "empty.template.json" has any AWS::Connect::ContactFlow/, false],
    [['diff', 'old.template.json', 'new.template.json', '--flow', 'Nope'], /--flow "Nope" is not a flow of "old.template.json"; flows: Main menu, Other/, false],
    [['diff', '--deployed', 'Stack', '--flow-arn', 'arn:x'], /--deployed and --flow-arn cannot be combined/, true],
    [['diff', 'old.json', 'new.json', '--instance-id', 'i'], /--instance-id goes with --flow-arn/, true],
  ])('%j: exit 2 with a message naming the problem', (argv, message, usage) => {
    const r = runCli(argv as string[], files);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err.includes('Usage:')).toBe(usage);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('a template with no flows against one with flows: every flow added', () => {
    const r = runCli(['diff', 'empty.template.json', 'new.template.json'], files);
    expect(r.out).toContain('  + flow "Main menu" (CONTACT_FLOW) added with 4 blocks\n');
    expect(r.out).toContain('2 changes in 2 flows\n');
    expect(r.code).toBe(1);
  });

  test('--help prints the usage', () => {
    const r = runCli(['diff', '--help'], files);
    expect(r.out).toContain('cdk-contact-center diff <old> <new>');
    expect(r.code).toBe(0);
  });
});

describe('cdk-contact-center diff: nested stacks', () => {
  let dir: string;
  const out = (name: string) => path.join(dir, name);
  /** The logical ID of the nested stack resource CDK made for the construct `id` in `template`. */
  const nestedId = (file: string, id: string) => {
    const resources = JSON.parse(fs.readFileSync(file, 'utf-8')).Resources;
    return Object.keys(resources).find((k) => resources[k].Type === 'AWS::CloudFormation::Stack' && k.startsWith(`${id}NestedStack`))!;
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-nested-'));
    synthNestedApp(out('main'));
    synthNestedApp(out('same'));
    synthNestedApp(out('branch'), { welcome: 'Welcome to Acme. This call may be recorded.', inner: 'Billing, please hold.' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the flows of nested stacks, nested in nested too, unchanged: exit 0', () => {
    const r = runCli(['diff', out('main'), out('same')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('no changes (2 flows compared)\n');
    expect(r.code).toBe(0);
  });

  test('changed flows of nested stacks: named with the nested stacks they are in', () => {
    const flows = nestedId(path.join(out('main'), 'Center.template.json'), 'Flows');
    const nestedFile = fs.readdirSync(out('main')).find((f) => f.startsWith('CenterFlows') && !f.includes('Inner'))!;
    const inner = nestedId(path.join(out('main'), nestedFile), 'Inner');
    const r = runCli(['diff', out('main'), out('branch')]);
    expect(r.err).toBe('');
    expect(r.out).toBe([
      `flow "Nested menu" (CONTACT_FLOW) in nested stack ${flows}: 1 change`,
      '  ~ block Welcome: Text "Welcome to Acme." → "Welcome to Acme. This call may be recorded."',
      `flow "Inner menu" (CONTACT_FLOW) in nested stack ${flows}/${inner}: 1 change`,
      '  ~ block Welcome: Text "Billing." → "Billing, please hold."',
      '2 changes in 2 flows',
      '',
    ].join('\n'));
    expect(r.code).toBe(1);
    const json = JSON.parse(runCli(['diff', out('main'), out('branch'), '--format', 'json']).out);
    expect(json.flows.map((f: any) => f.logicalId)).toEqual([
      expect.stringMatching(new RegExp(`^${flows}/Menu[0-9A-F]{8}$`)),
      expect.stringMatching(new RegExp(`^${flows}/${inner}/Menu[0-9A-F]{8}$`)),
    ]);
    const md = runCli(['diff', out('main'), out('branch'), '--format', 'markdown']).out;
    expect(md).toContain(`### Inner menu (\`CONTACT_FLOW\`) in nested stack ${flows}/${inner}\n`);
    // --flow takes the logical-ID path.
    const one = runCli(['diff', out('main'), out('branch'), '--flow', json.flows[1].logicalId]);
    expect(one.out).toContain('1 change in 1 flow\n');
  });

  test('a template file: its nested templates are read next to it', () => {
    const r = runCli(['diff', path.join(out('main'), 'Center.template.json'), path.join(out('branch'), 'Center.template.json')]);
    expect(r.err).toBe('');
    expect(r.out).toContain('2 changes in 2 flows\n');
    expect(r.code).toBe(1);
  });

  test('a cdk.out without manifest: *.nested.template.json files are read through their parent only', () => {
    const copy = out('no-manifest');
    fs.cpSync(out('main'), copy, { recursive: true });
    fs.rmSync(path.join(copy, 'manifest.json'));
    const r = runCli(['diff', copy, out('same')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('no changes (2 flows compared)\n');
  });

  test('without asset metadata: the nested templates found through the asset manifest', () => {
    synthNestedApp(out('no-metadata'), { noAssetMetadata: true });
    expect(fs.readFileSync(path.join(out('no-metadata'), 'Center.template.json'), 'utf-8')).not.toContain('aws:asset:path');
    const r = runCli(['diff', out('no-metadata'), out('main')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('no changes (2 flows compared)\n');
    expect(r.code).toBe(0);
  });

  test('a missing nested template: said once on standard error, the other flows compared', () => {
    const copy = out('missing');
    fs.cpSync(out('main'), copy, { recursive: true });
    const innerFile = fs.readdirSync(copy).find((f) => f.startsWith('CenterFlowsInner'))!;
    fs.rmSync(path.join(copy, innerFile));
    const r = runCli(['diff', copy, copy]);
    expect(r.err).toMatch(new RegExp(`^cdk-contact-center: the template of nested stack InnerNestedStack\\w+ of "[^"]+" is missing \\("${path.join(copy, innerFile).replace(/[.\\/]/g, '\\$&')}"\\): its flows are not compared\n$`));
    expect(r.out).toBe('no changes (1 flow compared)\n');
    expect(r.code).toBe(0);
    const against = runCli(['diff', out('main'), copy]);
    expect(against.out).toContain('  - flow "Inner menu" (CONTACT_FLOW) removed\n');
    expect(against.code).toBe(1);
  });

  test('a nested template that is not JSON: exit 2 naming the file', () => {
    const copy = out('broken');
    fs.cpSync(out('main'), copy, { recursive: true });
    const innerFile = fs.readdirSync(copy).find((f) => f.startsWith('CenterFlowsInner'))!;
    fs.writeFileSync(path.join(copy, innerFile), '{ "Resources": ');
    const r = runCli(['diff', copy, out('main')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`nested stack template "${path.join(copy, innerFile)}" is not valid JSON`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
