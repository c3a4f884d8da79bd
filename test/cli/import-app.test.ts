/**
 * `import --out`: the app generated from a mocked realistic instance compiles, synthesizes as the
 * model does, passes the flow validator and cdk-nag, and its resource mapping adopts every
 * resource of the instance it describes.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConnectClient } from '@aws-sdk/client-connect';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsSolutionsChecks } from 'cdk-nag';
import { INSTANCE_ID, REALISTIC, REGION, fastAws, mockInstance } from './import-instance';
import { CliIo, main } from '../../src/cli';
import { InstanceSnapshot } from '../../src/cli/import/model';
import { GENERATED_VERSIONS, GeneratedApp, generateApp } from '../../src/cli/import/output';
import { typeCheck } from '../typecheck';
import { runCliOnDisk } from './run-cli';

const connect = mockClient(ConnectClient);

async function realisticSnapshot(): Promise<InstanceSnapshot> {
  connect.reset();
  mockInstance(connect, REALISTIC);
  return (await fastAws().readInstance({ instanceId: INSTANCE_ID, region: REGION })).snapshot;
}

function writeFiles(app: GeneratedApp, dir: string): void {
  for (const f of app.files) {
    fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.path), f.content);
  }
}


/** Load a module of the generated TypeScript app (transpiled), with `cdk-contact-center` as this package. */
function loadApp(cache = new Map<string, any>()): (file: string) => any {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript');
  const load = (file: string): any => {
    if (cache.has(file)) return cache.get(file);
    const js = ts.transpileModule(fs.readFileSync(file, 'utf-8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    const mod = { exports: {} as any };
    cache.set(file, mod.exports);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const req = (name: string) => (name === 'cdk-contact-center' ? require('../../src') : name.startsWith('.') ? load(`${path.join(path.dirname(file), name)}.ts`) : require(name));
    // eslint-disable-next-line no-new-func
    new Function('require', 'exports', 'module', js)(req, mod.exports, mod);
    return mod.exports;
  };
  return load;
}

/** Run the printed app's buildContactCenter into a fresh App with cdk-nag, and give each stack's template and nag errors. */
function runPrintedApp(dir: string, stacks: string[]): { templates: { [stack: string]: any }; nagErrors: string[] } {
  const app = new App();
  // The app runs in its directory, as `cdk synth` runs it (flow JSON files are read relative to it).
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    loadApp()(path.join(dir, 'contact_center.ts')).buildContactCenter(app);
  } finally {
    process.chdir(cwd);
  }
  for (const s of stacks) Aspects.of(app.node.findChild(s)).add(new AwsSolutionsChecks());
  const assembly = app.synth();
  const nagErrors = stacks.flatMap((s) => Annotations.fromStack(app.node.findChild(s) as Stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))
    .map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`));
  return { templates: Object.fromEntries(stacks.map((s) => [s, assembly.getStackByName(s).template])), nagErrors };
}

describe.each(['json', 'code'] as const)('the app of the realistic instance, flows as %s', (flows) => {
  let snapshot: InstanceSnapshot;
  let generated: GeneratedApp;
  let dir: string;
  beforeAll(async () => {
    snapshot = await realisticSnapshot();
    generated = generateApp(snapshot, { flows });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `cc-app-${flows}-`));
    writeFiles(generated, dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes the app, the project files, the mapping and the report', () => {
    expect(generated.files.map((f) => f.path).filter((p) => !p.startsWith('flows/')).sort()).toEqual([
      'IMPORT-REPORT.md', 'app.ts', 'cdk.json', 'contact_center.ts', 'package.json', 'resource-mapping.json', 'tsconfig.json',
    ]);
    // A file a flow or module: its JSON, or its builder code.
    expect(generated.files.filter((f) => f.path.startsWith('flows/') && f.path.endsWith(flows === 'json' ? '.json' : '.ts'))).toHaveLength(32);
    expect(generated.files.filter((f) => f.path.startsWith('flows/'))).toHaveLength(32);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cdk.json'), 'utf-8')).app).toBe('npx ts-node --prefer-ts-exts app.ts');
  });

  test('the TypeScript compiles under strict', () => {
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
    expect(files).toHaveLength(flows === 'code' ? 2 + 32 : 2);
    expect(typeCheck(files, { noUnused: true, mapPackage: true })).toEqual([]);
  });

  test('the printed app synthesizes the templates the mapping was read from, and cdk-nag finds nothing', () => {
    const printed = runPrintedApp(dir, generated.model.stacks);
    expect(printed.nagErrors).toEqual([]);
    expect(printed.templates).toEqual(generated.templates);
  });

  test('the mapping adopts every Connect resource of the instance the app describes, each retained', () => {
    const [stack] = generated.model.stacks;
    const template = generated.templates[stack];
    const mapping = generated.mapping[stack];
    const connectResources = Object.entries<any>(template.Resources).filter(([, r]) => r.Type.startsWith('AWS::Connect::'));
    expect(Object.keys(mapping).sort()).toEqual(connectResources.map(([id]) => id).sort());
    // Counts of the realistic instance: every resource but the two system agent statuses, the prompts, the Lex V1 bot and the SCREEN_RECORDINGS config.
    const byType = (t: string) => connectResources.filter(([, r]) => r.Type === t).length;
    expect([byType('AWS::Connect::Queue'), byType('AWS::Connect::User'), byType('AWS::Connect::ContactFlow'), byType('AWS::Connect::ContactFlowModule'),
      byType('AWS::Connect::AgentStatus'), byType('AWS::Connect::IntegrationAssociation'), byType('AWS::Connect::InstanceStorageConfig')])
      .toEqual([24, 200, 30, 2, 3, 5, 4]);
    for (const [id, r] of connectResources) {
      expect([id, r.DeletionPolicy]).toEqual([id, 'Retain']);
    }
  });

  test('each mapped identifier is the resource the template describes', () => {
    const [stack] = generated.model.stacks;
    const template = generated.templates[stack];
    const named = [...snapshot.queues, ...snapshot.hoursOfOperations, ...snapshot.routingProfiles, ...snapshot.flows, ...snapshot.modules,
      ...snapshot.quickConnects];
    let checked = 0;
    for (const [logicalId, identifier] of Object.entries(generated.mapping[stack])) {
      const arn = Object.values(identifier)[0];
      const resource = named.find((r) => r.arn === arn);
      if (resource) {
        expect([logicalId, template.Resources[logicalId].Properties.Name]).toEqual([logicalId, resource.name]);
        checked++;
      }
      const user = snapshot.users.find((u) => u.arn === arn);
      if (user) {
        expect(template.Resources[logicalId].Properties.Username).toBe(user.username);
        expect(template.Resources[logicalId].Properties.Password).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBe(named.length + snapshot.users.length);
    const lambda = Object.entries<any>(generated.mapping[stack]).find(([, v]) => v.IntegrationType === 'LAMBDA_FUNCTION')!;
    expect(template.Resources[lambda[0]].Properties.IntegrationArn).toBe(lambda[1].IntegrationArn);
  });

  test('every flow of the synthesized template passes the validator with 0 errors', async () => {
    const file = path.join(dir, 'synth.template.json');
    fs.writeFileSync(file, JSON.stringify(generated.templates[generated.model.stacks[0]]));
    let out = '';
    const io: CliIo = { out: (t) => { out += t; }, err: (t) => { out += t; }, readFile: (p) => fs.readFileSync(p, 'utf-8'), writeFile: () => undefined };
    const code = await main(['validate', file], io);
    expect(out.split('\n').filter((l) => /^flow ".*\): valid/.test(l))).toHaveLength(32);
    expect(out).toMatch(/\n0 errors, \d+ warnings\n$/);
    expect(code).toBe(0);
  });

  test('the README\'s excerpt of the app is what the import writes', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
    const excerpt = /\n```text\n(  const queue2 = new Queue[\s\S]*?)```\n/.exec(readme)![1];
    const app = generated.files.find((f) => f.path === 'contact_center.ts')!.content;
    if (flows === 'code') {
      expect(app).toContain(excerpt);
      const typed = generated.model.flowFigures.reduce((n, f) => n + f.typed, 0);
      const custom = generated.model.flowFigures.reduce((n, f) => n + f.custom, 0);
      expect(readme).toContain(`\nflows: 32 as builder code (${typed} typed blocks, ${custom} CustomBlock)\n`);
    }
    if (flows === 'json') expect(app).toContain(excerpt.split('  const flow0')[0]);
  });

  test('the report names what is referenced, not expressed, and the steps', () => {
    const report = generated.files.find((f) => f.path === 'IMPORT-REPORT.md')!.content;
    expect(report).toContain('npx cdk import AcmeSupportContactCenter --resource-mapping resource-mapping.json');
    expect(report).toMatch(/\| agent status \| Available \| a ROUTABLE status belongs to the instance/);
    expect(report).toMatch(/\| prompt \| Prompt 0 \|/);
    expect(report).toMatch(/\| Lex V1 bot \| OrderBot \|/);
    expect(report).toMatch(/\| storage config \| SCREEN_RECORDINGS \(a5\) \|/);
    expect(report).toMatch(/\| routing profile \| Basic Routing Profile \| its cross-channel behavior/);
    expect(report).toContain('| AWS::Connect::User | 200 | UserArn |');
  });
});

describe('the Python app', () => {
  test('every module compiles with py_compile, with jsii\'s Python names', async () => {
    const snapshot = await realisticSnapshot();
    const generated = generateApp(snapshot, { language: 'python' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-app-py-'));
    try {
      writeFiles(generated, dir);
      const py = generated.files.filter((f) => f.path.endsWith('.py')).map((f) => path.join(dir, f.path));
      expect(py).toHaveLength(2 + 32);
      execFileSync('python3', ['-m', 'py_compile', ...py]);
      const cc = fs.readFileSync(path.join(dir, 'contact_center.py'), 'utf-8');
      expect(cc).toContain('def build_contact_center(app: App):');
      expect(cc).toMatch(/contact_center = ContactCenter\.from_instance_attributes\(\n\s+stack,\n\s+"Instance",\n\s+instance_arn="arn:aws:connect:eu-west-2:/);
      expect(cc).toContain('schedule=[\n');
      expect(cc).toMatch(/OpenPeriod\(day=DayOfWeek\.MONDAY, start="09:00", end="17:30"\)/);
      expect(cc).toContain('set_password=False');
      expect(cc).toContain('RemovalPolicies.of(contact_center).retain()');
      // Flows as builder code, called with the constructs they reference.
      expect(cc).toMatch(/from flows\.flow_0 import build_flow0_flow\n/);
      expect(cc).toMatch(/content=FlowContent\.from_definition\(\s*build_flow0_flow\(\s*stack,/);
      const flow0 = fs.readFileSync(path.join(dir, 'flows', 'flow_0.py'), 'utf-8');
      expect(flow0).toMatch(/^def build_flow0_flow\(\n    scope: Construct,\n/m);
      expect(fs.readFileSync(path.join(dir, 'requirements.txt'), 'utf-8')).toMatch(/^aws-cdk-lib==2\.\d+\.\d+\nconstructs==10\.\d+\.\d+\ncdk-contact-center==/);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'cdk.json'), 'utf-8')).app).toBe('python3 app.py');
      // The same model: the Python app adopts the same resources under the same logical IDs.
      expect(generated.mapping).toEqual(generateApp(snapshot).mapping);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A small snapshot to shape by hand: one of each, in one instance. */
function smallSnapshot(): InstanceSnapshot {
  const arn = 'arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555';
  const id = (kind: string, n: number) => `${kind}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const flow = (n: number, name: string, content: object, type = 'CONTACT_FLOW') => ({
    id: id('f', n),
    arn: `${arn}/contact-flow/${id('f', n)}`,
    name,
    type,
    state: 'ACTIVE',
    status: 'PUBLISHED',
    content: JSON.stringify(content),
    primaryIdentifier: { ContactFlowArn: `${arn}/contact-flow/${id('f', n)}` },
  });
  const transferTo = (target: number) => ({
    Version: '2019-10-30',
    StartAction: 'Go',
    Actions: [
      { Identifier: 'Go', Type: 'TransferToFlow', Parameters: { ContactFlowId: `${arn}/contact-flow/${id('f', target)}` }, Transitions: { NextAction: 'End', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'End' }] } },
      { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });
  const queueArn = `${arn}/queue/${id('q', 1)}`;
  const qcArn = `${arn}/transfer-destination/${id('c', 1)}`;
  return {
    formatVersion: 1,
    partition: 'aws',
    region: 'eu-west-2',
    account: '111122223333',
    instance: { id: '11111111-2222-3333-4444-555555555555', arn, alias: 'small', identityManagementType: 'CONNECT_MANAGED', attributes: {}, primaryIdentifier: { Arn: arn } },
    hoursOfOperations: [{ id: id('h', 1), arn: `${arn}/operating-hours/${id('h', 1)}`, name: 'Hours', timeZone: 'UTC', config: [{ day: 'MONDAY', start: { hours: 0, minutes: 0 }, end: { hours: 0, minutes: 0 } }], primaryIdentifier: { HoursOfOperationArn: `${arn}/operating-hours/${id('h', 1)}` } }],
    queues: [{ id: id('q', 1), arn: queueArn, name: 'Support', hoursOfOperationId: id('h', 1), quickConnectIds: [id('c', 1)], primaryIdentifier: { QueueArn: queueArn } }],
    routingProfiles: [],
    securityProfiles: [],
    users: [],
    hierarchyGroups: [],
    agentStatuses: [],
    prompts: [],
    phoneNumbers: [],
    modules: [],
    quickConnects: [{ id: id('c', 1), arn: qcArn, name: 'To support', type: 'QUEUE', queueId: id('q', 1), contactFlowId: id('f', 3), primaryIdentifier: { QuickConnectArn: qcArn } }],
    flows: [flow(1, 'Ping', transferTo(2)), flow(2, 'Pong', transferTo(1)), flow(3, 'Queue transfer', {
      Version: '2019-10-30',
      StartAction: 'Q',
      Actions: [
        { Identifier: 'Q', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ ErrorType: 'QueueAtCapacity', NextAction: 'End' }, { ErrorType: 'NoMatchingError', NextAction: 'End' }] } },
        { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    }, 'QUEUE_TRANSFER')],
    lambdaFunctions: [],
    lexBots: [],
    storageConfigs: [],
    notes: [],
  };
}

describe('cycles and stacks', () => {
  test('a quick connect to the queue that lists it, and flows that transfer to each other: the later reference is an ARN', () => {
    const generated = generateApp(smallSnapshot(), { flows: 'json' });
    const code = generated.files.find((f) => f.path === 'contact_center.ts')!.content;
    // Pong is declared after Ping, which transfers to it; Ping is referenced back by ARN.
    expect(code).toMatch(/const pingFlowRef = ContactFlow\.fromContactFlowArn\(stack, 'PingRef', 'arn:aws:connect:eu-west-2:111122223333:instance\/[-0-9a-f]+\/contact-flow\/f-0000-4000-8000-000000000001'\);/);
    expect(code).toMatch(/references: \{\n\s+'arn:aws:connect:[^']*\/contact-flow\/f-0000-4000-8000-000000000001': FlowExportReference\.flow\(pingFlowRef\),/);
    expect(code).toMatch(/'arn:aws:connect:[^']*\/contact-flow\/f-0000-4000-8000-000000000002': FlowExportReference\.flow\(pongFlow\),/);
    const report = generated.files.find((f) => f.path === 'IMPORT-REPORT.md')!.content;
    expect(report).toMatch(/\| flow \| Pong \| refers to the flow Ping by ARN \|/);
    expect(report).toMatch(/\| (queue \| Support \| refers to the quick connect To support|quick connect \| To support \| refers to the queue Support) by ARN \|/);
    // Still a complete mapping: 3 flows, a queue, hours and the quick connect.
    expect(Object.keys(generated.mapping.SmallContactCenter)).toHaveLength(6);
  });

  test('agents beyond agentsPerStack go into stacks of their own, each with its mapping and import step', async () => {
    const snapshot = await realisticSnapshot();
    const generated = generateApp(snapshot, { flows: 'json', agentsPerStack: 80 });
    expect(generated.model.stacks).toEqual(['AcmeSupportContactCenter', 'AcmeSupportAgents1', 'AcmeSupportAgents2', 'AcmeSupportAgents3']);
    expect(generated.model.stacks.map((s) => Object.values<any>(generated.templates[s].Resources).filter((r) => r.Type === 'AWS::Connect::User').length)).toEqual([0, 80, 80, 40]);
    expect(generated.files.map((f) => f.path).filter((p) => p.startsWith('resource-mapping'))).toEqual(generated.model.stacks.map((s) => `resource-mapping-${s}.json`));
    expect(Object.keys(generated.mapping.AcmeSupportAgents3)).toHaveLength(40);
    const report = generated.files.find((f) => f.path === 'IMPORT-REPORT.md')!.content;
    expect(report).toContain('8. `npx cdk import AcmeSupportAgents3 --resource-mapping resource-mapping-AcmeSupportAgents3.json`');
  });
});

describe('names as the console allows them', () => {
  test('quotes, backslashes, non-Latin letters, digits first and duplicates give valid, unique names in both languages', () => {
    const s = smallSnapshot();
    const odd = ['It\'s "open" \\ 24/7', '営業時間', '9 to 5', 'class', '9 to 5'];
    const hours = odd.map((name, i) => ({
      ...s.hoursOfOperations[0],
      id: `h${i}`,
      arn: `${s.instance.arn}/operating-hours/h${i}`,
      name: `${name}${i === 4 ? ' ' : ''}`,
      description: 'Line one\nline two',
      primaryIdentifier: { HoursOfOperationArn: `${s.instance.arn}/operating-hours/h${i}` },
    }));
    const snapshot = { ...s, hoursOfOperations: hours, queues: s.queues.map((q) => ({ ...q, hoursOfOperationId: 'h1' })) };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-app-names-'));
    try {
      const ts = generateApp(snapshot);
      const py = generateApp(snapshot, { language: 'python' });
      expect(Object.keys(ts.mapping.SmallContactCenter)).toHaveLength(5 + 5);
      writeFiles(ts, path.join(dir, 'ts'));
      writeFiles(py, path.join(dir, 'py'));
      const files = fs.readdirSync(path.join(dir, 'ts'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, 'ts', f));
      expect(typeCheck(files, { noUnused: true, mapPackage: true })).toEqual([]);
      const pyFiles = fs.readdirSync(path.join(dir, 'py'), { recursive: true }).map(String).filter((f) => f.endsWith('.py')).map((f) => path.join(dir, 'py', f));
      execFileSync('python3', ['-m', 'py_compile', ...pyFiles]);
      const code = ts.files.find((f) => f.path === 'contact_center.ts')!.content;
      expect(code).toContain("name: 'It\\'s \"open\" \\\\ 24/7',");
      expect(code).toContain("description: 'Line one\\nline two',");
      const printed = runPrintedApp(path.join(dir, 'ts'), ts.model.stacks);
      expect(printed.templates).toEqual(ts.templates);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an action type newer than the library', () => {
  function withFutureAction(): InstanceSnapshot {
    const s = smallSnapshot();
    const content = {
      Version: '2019-10-30',
      StartAction: 'Future',
      Actions: [
        { Identifier: 'Future', Type: 'StartFutureThing', Parameters: { Level: '3' }, Transitions: { NextAction: 'End', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'End' }] } },
        { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    };
    return { ...s, flows: [...s.flows, { ...s.flows[0], id: 'future', arn: `${s.instance.arn}/contact-flow/future`, name: 'Future', content: JSON.stringify(content), primaryIdentifier: { ContactFlowArn: `${s.instance.arn}/contact-flow/future` } }] };
  }

  test.each(['code', 'json'] as const)('flows as %s: an error naming the flow, the action and the option', (flows) => {
    expect(() => generateApp(withFutureAction(), { flows })).toThrow(/StartFutureThing/);
    expect(() => generateApp(withFutureAction(), { flows })).toThrow(/allow-?[uU]nknown-?[aA]ctions/);
  });

  test.each(['code', 'json'] as const)('flows as %s, with allowUnknownActions: a CustomBlock (or the JSON) that synthesizes, and a note in the report', (flows) => {
    const generated = generateApp(withFutureAction(), { flows, allowUnknownActions: true });
    const code = generated.files.find((f) => f.path === 'contact_center.ts')!.content;
    expect(code).toContain("stack.node.setContext('cdk-contact-center:allowUnknownActions', true);");
    const template = generated.templates.SmallContactCenter;
    const future = Object.values<any>(template.Resources).find((r) => r.Properties?.Name === 'Future');
    expect(JSON.stringify(future.Properties.Content)).toContain('StartFutureThing');
    if (flows === 'code') {
      expect(generated.files.find((f) => f.path === 'flows/future.ts')!.content).toContain("actionType: 'StartFutureThing'");
      expect(generated.files.find((f) => f.path === 'IMPORT-REPORT.md')!.content).toMatch(/\| flow \| Future \| .*StartFutureThing.*CustomBlock/);
    }
  });
});

describe('the command', () => {
  test('the project pins the versions of the README\'s quick start', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
    const v = GENERATED_VERSIONS;
    expect(readme).toContain(`npm install cdk-contact-center aws-cdk-lib@${v.awsCdkLib} constructs@${v.constructs}\n`);
    expect(readme).toContain(`npm install --save-dev aws-cdk@${v.awsCdkCli} ts-node@${v.tsNode} typescript@${v.typescript} @types/node@${v.typesNode}\n`);
  });

  test('--from-snapshot --out writes the app with no AWS call; a non-empty --out is refused', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-import-out-'));
    try {
      connect.reset();
      mockInstance(connect, REALISTIC);
      expect((await runCliOnDisk(['import', '--instance-id', INSTANCE_ID, '--region', REGION, '--save-snapshot', path.join(tmp, 'snap')], () => fastAws())).code).toBe(0);
      connect.reset();
      const run = await runCliOnDisk(['import', '--from-snapshot', path.join(tmp, 'snap'), '--out', path.join(tmp, 'app'), '--flows', 'json', '--language', 'python']);
      expect(run.err.split('\n').filter((l) => l.startsWith('cdk-contact-center:'))).toEqual([]);
      expect(run.code).toBe(0);
      expect(connect.calls()).toHaveLength(0);
      const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
      expect(readme).toContain(run.out.split('\n').find((l) => l.startsWith('app: '))!);
      expect(run.out).toMatch(/\napp: 1 stack \(AcmeSupportContactCenter\); 306 resources to adopt, \d+ created by the first deploy, \d+ referenced, \d+ not expressed\n/);
      expect(run.out).toContain(`wrote ${path.join(tmp, 'app')} (`);
      expect(fs.existsSync(path.join(tmp, 'app', 'contact_center.py'))).toBe(true);
      expect(Object.keys(JSON.parse(fs.readFileSync(path.join(tmp, 'app', 'resource-mapping.json'), 'utf-8')))).toHaveLength(306);
      const again = await runCliOnDisk(['import', '--from-snapshot', path.join(tmp, 'snap'), '--out', path.join(tmp, 'app')]);
      expect(again.code).toBe(2);
      expect(again.err).toMatch(/^cdk-contact-center: --out ".*app" is not empty \(\d+ entries\): give an empty or new directory, so that no file of yours is overwritten\n$/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
