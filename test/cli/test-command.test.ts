import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { runCli as run } from './run-cli';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';
import { FlowSimulator } from '../../src';

const ROOT = path.join(__dirname, '..', '..');
const SCENARIOS = path.join(ROOT, 'examples', 'scenarios');
const REFERENCE = ['after-hours.json', 'directory-billing.json', 'holiday.json', 'lookup-fails.json', 'lunch-break.json', 'vip-caller.json', 'weekday-morning.json'].map((f) => path.join(SCENARIOS, f));

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Call',
  Actions: [
    {
      Identifier: 'Call',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:Directory' },
      Transitions: { NextAction: 'ToAgent', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
    },
    {
      Identifier: 'ToAgent',
      Type: 'UpdateContactTargetQueue',
      Parameters: { AgentId: '$.External.agentArn' },
      Transitions: { NextAction: 'Transfer', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'Transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    END,
  ],
};
const AGENT = 'arn:aws:connect:us-east-1:111122223333:instance/i/agent/a1';

/** A temporary directory of files. */
function dir(files: { [name: string]: any }): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-scenarios-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(d, name), typeof content === 'string' ? content : JSON.stringify(content));
  return d;
}

describe('cdk-contact-center test', () => {
  test('the reference app scenarios pass against its synthesized template', () => {
    const template = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
    const d = dir({ 'template.json': template });
    const r = run(['test', ...REFERENCE, '--template', path.join(d, 'template.json')]);
    expect(r.err).toBe('');
    expect(r.out.trimEnd().split('\n')).toEqual([
      ...REFERENCE.map((f) => `PASS ${f}`),
      '7 passed, 0 failed',
    ]);
    expect(r.code).toBe(0);
  });

  test('one line per scenario with the first difference, JUnit XML, exit 1', () => {
    const d = dir({
      'flow.json': FLOW,
      'to-agent.json': { lambdas: { Directory: [{ agentArn: AGENT }] }, expect: { outcome: 'TRANSFERRED_TO_QUEUE', agent: AGENT, lambdaCalls: 1 } },
      'wrong-agent.json': { lambdas: { Directory: [{ agentArn: AGENT }] }, expect: { outcome: 'TRANSFERRED_TO_QUEUE', agent: 'someone-else', lambdaCalls: 2 } },
      'no-agent.json': { lambdas: { Directory: [{}] }, expect: { outcome: 'TRANSFERRED_TO_QUEUE' } },
    });
    const junit = path.join(d, 'junit.xml');
    const r = run(['test', d, '--template', path.join(d, 'flow.json'), '--junit', junit]);
    // flow.json is not a scenario but a file of the directory: every *.json is read as one.
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toEqual([
      `FAIL ${path.join(d, 'flow.json')}: invalid scenario: scenario: unknown key "Version"; allowed: description, flow, contact, inputs, lambdas, hours, hoursByName, time, metrics, metricsByQueue, maxSteps, seed, queueAtCapacity, thirdPartyResult, undialablePrefixes, actionResults, expect (and 2 more)`,
      `FAIL ${path.join(d, 'no-agent.json')}: outcome: expected "TRANSFERRED_TO_QUEUE", got "DISCONNECTED"`,
      `PASS ${path.join(d, 'to-agent.json')}`,
      `FAIL ${path.join(d, 'wrong-agent.json')}: agent: expected "someone-else", got "${AGENT}"`,
      `wrote ${path.join(d, 'junit.xml')}`,
      '1 passed, 3 failed',
    ]);
    expect(r.code).toBe(2); // an invalid scenario is an input error
    expect(r.written[junit]).toContain('<testsuite name="cdk-contact-center scenarios" tests="4" failures="3">');
    expect(r.written[junit]).toContain(`<testcase classname="scenarios" name="${path.join(d, 'to-agent.json')}"/>`);
    expect(r.written[junit]).toContain('<failure message="agent: expected &quot;someone-else&quot;');
  });

  test('only expectation failures exit 1', () => {
    const d = dir({
      'bad.json': { lambdas: { Directory: [{}] }, expect: { outcome: 'TRANSFERRED_TO_QUEUE' } },
      'good.json': { lambdas: { Directory: [{}] }, expect: { outcome: 'DISCONNECTED', prompts: [] } },
    });
    const t = dir({ 'flow.json': FLOW });
    const r = run(['test', path.join(d, 'bad.json'), path.join(d, 'good.json'), '--template', path.join(t, 'flow.json')]);
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split('\n').pop()).toBe('1 passed, 1 failed');
  });

  test('prompts must be played in order', () => {
    const sim = FlowSimulator.fromDocument(FLOW);
    const result = sim.simulate({ lambdas: { Directory: [{}] } });
    expect(FlowSimulator.differences({ ...result, prompts: ['a', 'b', 'c'] }, { prompts: ['a', 'c'] })).toEqual([]);
    expect(FlowSimulator.differences({ ...result, prompts: ['a', 'b', 'c'] }, { prompts: ['c', 'a'] }))
      .toEqual(['prompts: expected "a" after "c"; played ["a","b","c"]']);
  });

  test('a scenario without expect is an input error', () => {
    const d = dir({ 'flow.json': FLOW, 's.json': { lambdas: { Directory: [{}] } } });
    const r = run(['test', path.join(d, 's.json'), '--template', path.join(d, 'flow.json')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('nothing to check: add "expect"');
  });

  test('usage errors', () => {
    expect(run(['test', SCENARIOS]).code).toBe(2);
    expect(run(['test', SCENARIOS]).err).toContain('test needs --template');
    expect(run(['test', '--template', 'x.json']).err).toContain('test needs scenario files');
    expect(run(['test', '/no/such/dir', '--template', path.join(ROOT, 'examples', 'flows', 'hello.json')]).err).toContain('cannot read scenario "/no/such/dir"');
  });
});

describe('strict scenarios', () => {
  const d = dir({ 'flow.json': FLOW });
  const flow = path.join(d, 'flow.json');
  const simulate = (scenario: any) => {
    const s = dir({ 's.json': scenario });
    return run(['simulate', flow, '--scenario', path.join(s, 's.json')]);
  };

  test('a typo in a key fails with the key named and the allowed ones (exit 2)', () => {
    const r = simulate({ input: ['1'] });
    expect(r.code).toBe(2);
    expect(r.err).toContain('scenario: unknown key "input"; allowed: description, flow, contact, inputs, lambdas, hours, hoursByName, time');
  });

  test('unknown keys at any depth, values outside their set, unknown functions', () => {
    const sim = FlowSimulator.fromDocument(FLOW);
    const json = (scenario: any) => {
      try {
        return sim.validateScenario(FlowSimulator.parseScenario(scenario));
      } catch (e) {
        return [(e as Error).message];
      }
    };
    expect(sim.validateScenario({ contact: { number: '+1' } } as any)).toEqual([expect.stringContaining('scenario.contact: unknown key "number"; allowed: customerNumber')]);
    expect(sim.validateScenario({ hours: 'shut' } as any)).toEqual(['scenario.hours: "shut" is not allowed; allowed: open, closed']);
    expect(json({ hours: 'shut' })).toEqual(['invalid scenario: scenario.hours: "shut" is not allowed; allowed: open, closed']);
    expect(json({ hours: { Support: 'shut' } })).toEqual(['invalid scenario: scenario.hours.Support: "shut" is not allowed; allowed: open, closed']);
    expect(sim.validateScenario({ hoursByName: { Support: 'shut' } } as any)).toEqual([
      'scenario.hoursByName.Support: "shut" is not allowed; allowed: open, closed',
      // The flow checks no hours: no key can name any.
      'scenario.hoursByName: key "Support" matches no hours of operation of the flows; hours: (none)',
    ]);
    expect(sim.validateScenario({ lambdas: { Lookup: [{ response: {} }] } })).toEqual(['scenario.lambdas: key "Lookup" matches no function of the flows; functions: arn:aws:lambda:us-east-1:111122223333:function:Directory']);
    expect(json({ inputs: [{ intnet: 'Sales' }] })).toEqual([
      'invalid scenario: scenario.inputs[0]: unknown key "intnet"; allowed: digits, intent, slots, sessionAttributes, confidence, sentiment, timeout; '
      + 'scenario.inputs[0]: give exactly one of digits, intent or timeout: true',
    ]);
    expect(sim.validateScenario({ expect: { outcome: 'QUEUED' } } as any)).toEqual([expect.stringMatching(/^scenario.expect.outcome: "QUEUED" is not allowed; allowed: TRANSFERRED_TO_QUEUE, /)]);
    expect(sim.validateScenario({ expect: { outcom: 'ERROR' } } as any)).toEqual([expect.stringContaining('scenario.expect: unknown key "outcom"')]);
    expect(json({ metrics: { NumberOfAgentsAvaliable: 0 } })).toEqual([expect.stringContaining('scenario.metrics: unknown key "NumberOfAgentsAvaliable"')]);
    expect(sim.validateScenario({ metrics: { NumberOfAgentsAvailable: 0 } } as any)).toEqual([expect.stringContaining('scenario.metrics: unknown key "NumberOfAgentsAvailable"; allowed: numberOfAgentsAvailable,')]);
    expect(sim.validateScenario({ time: '2026-12-25 10:00' })).toEqual([expect.stringContaining('scenario.time: "2026-12-25 10:00" is not an ISO 8601 date and time with an offset')]);
    expect(sim.validateScenario({ thirdPartyResult: 'busy' })).toEqual(['scenario.thirdPartyResult: "busy" is not allowed; allowed: connected, failed, timeout']);
    expect(() => sim.simulate({ hours: 'shut' } as any)).toThrow(/invalid scenario: scenario.hours: "shut"/);
  });

  test('a lambdas key that matches a stub is accepted', () => {
    const sim = FlowSimulator.fromDocument(FLOW);
    sim.addLambdaStub('Other', { invoke: () => ({}) });
    expect(sim.validateScenario({ lambdas: { Other: [{}], Directory: [{}] } })).toEqual([]);
  });
});

describe('validate on a template without flows', () => {
  test('exits 0 and says so', () => {
    const d = dir({ 't.json': { Resources: { B: { Type: 'AWS::S3::Bucket', Properties: {} } } } });
    const r = run(['validate', path.join(d, 't.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('has no AWS::Connect::ContactFlow or ContactFlowModule resources: nothing to validate');
  });
});

describe('simulate with a scenario that carries expect', () => {
  test('a difference exits 1 and is printed', () => {
    const d = dir({ 'flow.json': FLOW, 'ok.json': { lambdas: { Directory: [{}] }, expect: { outcome: 'DISCONNECTED' } }, 'ko.json': { lambdas: { Directory: [{}] }, expect: { outcome: 'ERROR' } } });
    expect(run(['simulate', path.join(d, 'flow.json'), '--scenario', path.join(d, 'ok.json')]).code).toBe(0);
    const r = run(['simulate', path.join(d, 'flow.json'), '--scenario', path.join(d, 'ko.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('outcome: expected "ERROR", got "DISCONNECTED"\n');
  });
});

describe('CheckStaffing without metrics', () => {
  test('finds an agent available', () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'Staffed',
      Actions: [
        {
          Identifier: 'Staffed',
          Type: 'CheckMetricData',
          Parameters: { MetricType: 'NumberOfAgentsAvailable', QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/q' },
          Transitions: {
            NextAction: 'Nobody',
            Conditions: [{ NextAction: 'End', Condition: { Operator: 'NumberGreaterThan', Operands: ['0'] } }],
            Errors: [{ NextAction: 'Nobody', ErrorType: 'NoMatchingCondition' }, { NextAction: 'Nobody', ErrorType: 'NoMatchingError' }],
          },
        },
        { Identifier: 'Nobody', Type: 'MessageParticipant', Parameters: { Text: 'Nobody is there' }, Transitions: { NextAction: 'End' } },
        END,
      ],
    };
    const sim = FlowSimulator.fromDocument(doc);
    expect(sim.simulate({}).path).toEqual(['Staffed', 'End']);
    expect(sim.simulate({ metrics: { numberOfAgentsAvailable: 0 } }).path).toEqual(['Staffed', 'Nobody', 'End']);
  });
});
