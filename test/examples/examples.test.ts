import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { EXAMPLES } from '../../examples/registry';
import { FlowSimulator, HoursState, SimulationOutcome } from '../../src';
import { CliIo, main } from '../../src/cli';
import { readScenarioJson } from '../../src/cli/read-json';
import { documentOf, randomScenario, rng, untakenButClassified } from '../simulator/random-scenario';

const ROOT = path.join(__dirname, '..', '..');
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-'));
const app = new App({ outdir });
for (const example of EXAMPLES) example.create(app, example.stackName);
const assembly = app.synth();
const templateFile = (stackName: string) => path.join(assembly.directory, `${stackName}.template.json`);
const templateOf = (stackName: string) => JSON.parse(fs.readFileSync(templateFile(stackName), 'utf-8'));

function cli(argv: string[]): { code: number; out: string } {
  let out = '';
  const io: CliIo = {
    out: (t) => { out += t; },
    err: (t) => { out += t; },
    readFile: (p) => fs.readFileSync(p, 'utf-8'),
    writeFile: () => { throw new Error('no files are written'); },
  };
  // Offline commands answer synchronously.
  return { code: main(argv, io) as number, out };
}

describe('examples', () => {
  test('each new example has at least 4 scenarios and its main flow', () => {
    for (const name of ['switchboard', 'self-assessment', 'order-status']) {
      const example = EXAMPLES.find((e) => e.name === name)!;
      expect(example.scenarios.length).toBeGreaterThanOrEqual(4);
      expect(FlowSimulator.fromTemplate(templateOf(example.stackName)).listFlows().map((f) => f.name)).toContain(example.mainFlow);
    }
  });

  test.each(EXAMPLES.filter((e) => e.scenarios.length > 0).map((e) => [e.name, e] as const))('%s: every scenario passes `cdk-contact-center test`', (_name, example) => {
    const r = cli(['test', ...example.scenarios, '--template', templateFile(example.stackName)]);
    expect(r.out.trimEnd().split('\n').pop()).toBe(`${example.scenarios.length} passed, 0 failed`);
    expect(r.code).toBe(0);
  });

  test.each(EXAMPLES.map((e) => [e.name, e] as const))('%s: every flow passes the validator', (_name, example) => {
    const r = cli(['validate', templateFile(example.stackName)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^0 errors, \d+ warnings$/m);
    if (['switchboard', 'self-assessment', 'order-status'].includes(example.name)) expect(r.out).toMatch(/^0 errors, 0 warnings$/m);
  });

  test('the test:examples entry point synthesizes and runs every scenario', () => {
    const tasks = JSON.parse(fs.readFileSync(path.join(ROOT, '.projen', 'tasks.json'), 'utf-8')).tasks;
    expect(tasks['test:examples'].steps).toContainEqual({ exec: 'ts-node --project test/tsconfig.json examples/app.ts --test' });
    expect(tasks['synth:examples'].steps).toContainEqual({ exec: 'ts-node --project test/tsconfig.json examples/app.ts' });
  });
});

describe('switchboard example', () => {
  const template = Template.fromJSON(templateOf('Switchboard'));

  test('two teams: hierarchy groups and routing profiles, each agent in one', () => {
    template.resourceCountIs('AWS::Connect::UserHierarchyGroup', 2);
    template.resourceCountIs('AWS::Connect::RoutingProfile', 2);
    const groups = template.findResources('AWS::Connect::UserHierarchyGroup');
    const users = Object.values<any>(template.findResources('AWS::Connect::User'));
    expect(users).toHaveLength(3);
    for (const user of users) expect(Object.keys(groups)).toContain(user.Properties.HierarchyGroupArn['Fn::GetAtt'][0]);
  });

  test('sales offers callbacks in a queue of its own', () => {
    template.resourceCountIs('AWS::Connect::Queue', 4);
    template.hasResourceProperties('AWS::Connect::ContactFlow', { Name: 'Sales queue', Type: 'CUSTOMER_QUEUE' });
    const salesEntry = Object.keys(template.findResources('AWS::Connect::ContactFlow', { Properties: { Name: 'Sales entry' } }));
    expect(salesEntry).toHaveLength(1);
    const numbers = Object.values<any>(template.findResources('AWS::Connect::PhoneNumber'));
    expect(numbers.map((n) => n.Properties.Description).sort()).toEqual(['Main line', 'Sales line']);
    expect(JSON.stringify(template.findResources('Custom::ConnectPhoneNumberFlowAssociation'))).toContain(salesEntry[0]);
  });

  test('in hours the directory answers; after hours it is not reached', () => {
    const simulator = FlowSimulator.fromTemplate(templateOf('Switchboard'));
    const open = simulator.simulate({ flow: 'Switchboard', hours: HoursState.OPEN, inputs: [{ timeout: true }, { intent: 'Support', slots: {}, sessionAttributes: {} }] });
    expect(open.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(open.queue).toMatch(/^ContactCenterSupport/);
    expect(open.flows).toEqual(['Switchboard', 'Company directory']);
    const closed = simulator.simulate({ flow: 'Switchboard', hours: HoursState.CLOSED });
    expect(closed.flows).toEqual(['Switchboard']);
    expect(closed.outcome).toBe(SimulationOutcome.DISCONNECTED);
  });
});

describe('self-assessment example', () => {
  const json = templateOf('SelfAssessment');
  const template = Template.fromJSON(json);

  test('streams audio to Kinesis Video Streams; the handler runs on ARM64 with its own log group', () => {
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', { ResourceType: 'MEDIA_STREAMS', StorageType: 'KINESIS_VIDEO_STREAM' });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Architectures: ['arm64'], Handler: 'index.handler', Code: { ZipFile: Match.stringLikeRegexp('exports.handler') }, LoggingConfig: Match.anyValue(),
    });
  });

  test('streaming starts first and stops before the transfer or the hang-up, on every scenario', () => {
    const simulator = FlowSimulator.fromTemplate(json);
    // The offline-only scenarios make the streaming actions fail on purpose (coverage of their error branches).
    for (const file of EXAMPLES.find((e) => e.name === 'self-assessment')!.scenarios.filter((f) => !f.includes(`${path.sep}offline-only${path.sep}`))) {
      const r = simulator.simulate(FlowSimulator.parseScenario(JSON.parse(fs.readFileSync(file, 'utf-8'))));
      const states = r.recordedActions.filter((a) => a.parameters.MediaStreamingState).map((a) => a.parameters.MediaStreamingState);
      expect([path.basename(file), states]).toEqual([path.basename(file), ['Enabled', 'Disabled']]);
      expect(r.path[1]).toBe('StartStreaming');
      expect(r.mediaStreaming).toBe(false);
    }
  });

  test('step and score stay on the contact ($.Attributes); the answer is read from $.External', () => {
    const flow = Object.values<any>(json.Resources).find((r) => r.Type === 'AWS::Connect::ContactFlow');
    const doc = JSON.parse(flow.Properties.Content['Fn::Join'][1].map((p: any) => (typeof p === 'string' ? p : '<token>')).join(''));
    const byId = (id: string) => doc.Actions.find((a: any) => a.Identifier === id);
    expect(byId('NextQuestion').Parameters.LambdaInvocationAttributes).toEqual({ step: '$.Attributes.step', score: '$.Attributes.score', answer: '$.Attributes.answer' });
    expect(byId('SaveState').Parameters.Attributes).toEqual({ step: '$.External.step', score: '$.External.score' });
    expect(byId('IsDone').Parameters.ComparisonValue).toBe('$.External.done');
  });
});

describe('README Examples section', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const section = readme.slice(readme.indexOf('\n## Examples\n'), readme.indexOf('\n## Security\n'));

  test.each([
    ['Switchboard', 'Switchboard', 'examples/switchboard/scenarios/sales-by-voice.json'],
    ['SelfAssessment', 'Autoevaluación', 'examples/self-assessment/scenarios/nurse.json'],
    ['OrderStatus', 'Order status', 'examples/order-status/scenarios/change-delivery-date.json'],
  ])('%s: the diagram and the transcript the code produces', (stackName, flow, scenario) => {
    expect(section.length).toBeGreaterThan(0);
    const diagram = cli(['diagram', templateFile(stackName), '--flow', flow]);
    expect(diagram.code).toBe(0);
    expect(section).toContain('```mermaid\n' + diagram.out.trimEnd() + '\n```');
    const transcript = cli(['simulate', templateFile(stackName), '--scenario', path.join(ROOT, scenario)]);
    expect(transcript.code).toBe(0);
    expect(section).toContain('```\n' + transcript.out.trimEnd() + '\n```');
  });
});

describe('coverage of the examples', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const section = readme.slice(readme.indexOf('\n### Coverage and live runs\n'), readme.indexOf('\n## Recording storage\n'));
  const withScenarios = EXAMPLES.filter((e) => e.scenarios.length > 0);
  const runs = new Map(withScenarios.map((e) => [e.name, cli(['test', ...e.scenarios, '--template', templateFile(e.stackName), '--coverage'])]));

  test.each(withScenarios.map((e) => [e.name, e] as const))('%s: 90%% of the branches offline runs can take, as the README says', (name, example) => {
    const r = runs.get(name)!;
    expect(r.code).toBe(0);
    const m = /^coverage: branches (\d+\/\d+ \([\d.]+%\)), takeable offline ((\d+)\/(\d+) \([\d.]+%\)), actions (\d+\/\d+ \([\d.]+%\))$/m.exec(r.out);
    expect(m).not.toBeNull();
    const [, branches, takeable, taken, total, actions] = m!;
    expect(Number(taken) / Number(total)).toBeGreaterThanOrEqual(0.9);
    expect(section).toContain(`| ${name} | ${example.scenarios.length} | ${branches} | ${takeable} | ${actions} |`);
  });

  test('the README shows the reference app\'s figures per flow as the command prints them', () => {
    const out = runs.get('reference')!.out.split('\n');
    const printed = out.filter((l) => /^ {2}(flow|module) "/.test(l) || /^\d+ passed, \d+ failed$/.test(l) || l.startsWith('coverage: '));
    expect(printed.length).toBeGreaterThan(3);
    expect(section).toContain('```\n' + printed.join('\n') + '\n```');
  });

  test('the README shows the reference main menu\'s holes as `diagram --coverage` draws them', () => {
    const example = EXAMPLES.find((e) => e.name === 'reference')!;
    const written: { [file: string]: string } = {};
    const io: CliIo = { out: () => undefined, err: () => undefined, readFile: (p) => written[p] ?? fs.readFileSync(p, 'utf-8'), writeFile: (p, t) => { written[p] = t; } };
    expect(main(['test', ...example.scenarios, '--template', templateFile(example.stackName), '--coverage-report', 'cov'], io)).toBe(0);
    let diagram = '';
    expect(main(['diagram', templateFile(example.stackName), '--flow', 'Main menu', '--coverage', 'cov.json'], { ...io, out: (t) => { diagram += t; } })).toBe(0);
    expect(section).toContain('```mermaid\n' + diagram.trimEnd() + '\n```');
  });

  test.each(withScenarios.map((e) => [e.name, e] as const))('%s: no branch its scenarios take is classified untakeable', (_name, example) => {
    const simulator = FlowSimulator.fromTemplate(templateOf(example.stackName));
    const scenarios = example.scenarios.map((file) => readScenarioJson(simulator, JSON.parse(fs.readFileSync(file, 'utf-8'))).scenario);
    const { steps, wrong } = untakenButClassified(simulator, scenarios);
    expect(wrong).toEqual([]);
    expect(steps).toBeGreaterThan(example.scenarios.length);
  });

  test.each(withScenarios.map((e) => [e.name, e] as const))('%s: no branch a random run takes is classified untakeable', (_name, example) => {
    const simulator = FlowSimulator.fromTemplate(templateOf(example.stackName));
    const r = rng(7);
    let steps = 0;
    const wrong: string[] = [];
    for (const flow of simulator.listFlows().filter((f) => !f.module)) {
      const doc = documentOf(simulator, flow.name);
      const result = untakenButClassified(simulator, Array.from({ length: 200 }, () => ({ ...randomScenario(doc, r), flow: flow.name })));
      steps += result.steps;
      wrong.push(...result.wrong);
    }
    expect(wrong).toEqual([]);
    expect(steps).toBeGreaterThan(0);
  });
});
