import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REFERENCE_TEST_CASES, ReferenceContactCenterStack } from '../../examples/reference-stack';
import { FlowSimulator, IntrinsicResolver } from '../../src/simulator';
import { exportTestCase } from '../../src/simulator/test-case/export';
import { checkShape } from '../testcase/shape';

const ROOT = path.join(__dirname, '..', '..');
const SCENARIOS = path.join(ROOT, 'examples', 'scenarios');
const template = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
const resolver = new IntrinsicResolver(template);
const simulator = FlowSimulator.fromTemplate(template);
/** A scenario file as written (the form the exporter reads). */
const scenarioJson = (name: string) => JSON.parse(fs.readFileSync(path.join(SCENARIOS, `${name}.json`), 'utf-8'));
/** A scenario file in the typed form the simulator runs. */
const scenario = (name: string) => FlowSimulator.parseScenario(scenarioJson(name));
/** The test case resources by scenario name, their intrinsics resolved to the simulator's fake ARNs. */
const testCases = new Map<string, any>(Object.values<any>(template.Resources)
  .filter((r) => r.Type === 'AWS::Connect::TestCase')
  .map((r) => [r.Properties.Name.replace(/^Reference: /, ''), resolver.resolve(r.Properties)]));
/** The reference app's scenarios: the files of the reference set that run against its flows. */
const REFERENCE = fs.readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'hello.json').map((f) => f.replace(/\.json$/, '')).sort();

describe('the reference app\'s scenarios as Amazon Connect test cases', () => {
  test('every reference scenario is a test case of the template, but lunch-break, whose test would check nothing', () => {
    expect([...testCases.keys()].sort()).toEqual(REFERENCE.filter((s) => s !== 'lunch-break'));
    expect(Object.keys(REFERENCE_TEST_CASES).sort()).toEqual([...testCases.keys()].sort());
    // The reason, named: its DISCONNECTED outcome and Lambda call count have no test-case equivalent.
    expect(() => exportTestCase(scenarioJson('lunch-break'), { leaveOut: ['expect.outcome', 'expect.lambdaCalls'] }))
      .toThrow(/scenario\.time: the test case needs the ARN and schedule/);
    expect(() => exportTestCase(scenarioJson('lunch-break'), { hoursArns: { H: 'arn:aws:connect:us-east-1:1:instance/i/operating-hours/h' }, hoursSchedules: { H: { timeZone: 'UTC', config: [], overrides: [] } }, leaveOut: ['expect.outcome', 'expect.lambdaCalls'] }))
      .toThrow(/scenario\.expect: nothing it expects has a test-case equivalent/);
  });

  test.each([...testCases.keys()])('%s: a voice test case of the scenario\'s flow, in the documented shape', (name) => {
    const props = testCases.get(name);
    const s = scenario(name);
    const flow = simulator.listFlows().find((f) => f.name === s.flow)!;
    expect(props.EntryPoint.Type).toBe('VOICE_CALL');
    expect(resolver.arnOf(flow.logicalId!)).toMatch(new RegExp(`/${props.EntryPoint.VoiceCallEntryPointParameters.FlowId}$`));
    expect(props.EntryPoint.VoiceCallEntryPointParameters.SourcePhoneNumber).toBe(s.contact?.customerNumber);
    expect(props.Description).toBe(s.description);
    checkShape(JSON.parse(props.Content));
  });

  /** Test cases that leave out only expectations: run offline, they drive the flows as their scenarios do. */
  const complete = [...testCases.keys()].filter((n) => REFERENCE_TEST_CASES[n].every((p) => p.startsWith('expect.')));
  const UTTERANCES = { ReachPerson: '{FirstName} {LastName}', Billing: 'billing' };

  test.each(complete)('%s: the deployed test case, run offline, passes as its scenario does', (name) => {
    const s = scenario(name);
    const direct = simulator.simulate(s);
    const run = simulator.runTestCase(JSON.parse(testCases.get(name).Content), { flow: s.flow, utterances: UTTERANCES });
    expect(run.unsupported).toEqual([]);
    expect(run.differences).toEqual([]);
    expect(run.passed).toBe(true);
    expect(run.result!.outcome).toBe(direct.outcome);
    expect(run.result!.queue).toBe(direct.queue);
    expect(run.result!.agent).toBe(direct.agent);
    expect(run.result!.path).toEqual(direct.path);
  });

  test('directory-spelled-name leaves the bot\'s session attributes to the deployed bot: offline, the test case alone cannot find Rita', () => {
    expect(complete).not.toContain('directory-spelled-name');
    const content = JSON.parse(testCases.get('directory-spelled-name').Content);
    expect(content.Observations[2].Actions[0].Parameters.Instruction.Properties.Text).toBe('Rita S A N T U S');
    const run = simulator.runTestCase(content, { flow: 'Company directory', utterances: UTTERANCES });
    expect(run.unsupported).toEqual([]);
    expect(run.differences[0]).toBe('agent: expected "Agentrsantus1A417288", got none');
  });
});
