import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli as run } from './run-cli';
import { parseCoverageThreshold } from '../../src/cli/coverage';

/** A menu: 1 calls a Lambda function (Next and error), 2 disconnects; no key or a wrong key end the call. */
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Menu',
  Actions: [
    {
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 for your balance, 2 to leave', StoreInput: 'False', InputTimeLimitSeconds: '5' },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [
          { NextAction: 'Lookup', Condition: { Operator: 'Equals', Operands: ['1'] } },
          { NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: ['2'] } },
        ],
        Errors: [
          { NextAction: 'Bye', ErrorType: 'InputTimeLimitExceeded' },
          { NextAction: 'Bye', ErrorType: 'NoMatchingCondition' },
        ],
      },
    },
    {
      Identifier: 'Lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:balance', InvocationTimeLimitSeconds: '3' },
      Transitions: { NextAction: 'Say', Errors: [{ NextAction: 'Sorry', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'Say', Type: 'MessageParticipant', Parameters: { Text: 'Your balance is $.External.balance' }, Transitions: { NextAction: 'Bye' } },
    { Identifier: 'Sorry', Type: 'MessageParticipant', Parameters: { Text: 'Sorry, we cannot find your balance' }, Transitions: { NextAction: 'Bye' } },
    { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

const BALANCE = { inputs: ['1'], lambdas: { balance: [{ balance: '10' }] }, expect: { outcome: 'DISCONNECTED', prompts: ['Your balance is 10'] } };
const LEAVE = { inputs: ['2'], expect: { outcome: 'DISCONNECTED' } };

/** A temporary directory of files. */
function dir(files: { [name: string]: any }): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-coverage-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(d, name), typeof content === 'string' ? content : JSON.stringify(content));
  return d;
}

describe('test --coverage', () => {
  const d = dir({ 'flow.json': FLOW, 'balance.json': BALANCE, 'leave.json': LEAVE });
  const scenarios = [path.join(d, 'balance.json'), path.join(d, 'leave.json')];
  const template = path.join(d, 'flow.json');

  test('reports actions and branches per flow with the untaken ones, and ends with the verdicts and a coverage line', () => {
    const r = run(['test', ...scenarios, '--template', template, '--coverage']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toEqual([
      `PASS ${scenarios[0]}`,
      `PASS ${scenarios[1]}`,
      'Coverage of 2 runs:',
      '  flow "flow.json": branches 4/9 (44.4%), takeable offline 4/8 (50.0%), actions 4/5 (80.0%)',
      '    untaken   Menu [error InputTimeLimitExceeded] (GetParticipantInput) "Press 1 for your balance, 2 to leave"',
      '    untaken   Menu [error NoMatchingCondition] (GetParticipantInput) "Press 1 for your balance, 2 to leave"',
      '    untaken   Lookup [error NoMatchingError] (InvokeLambdaFunction) "arn:aws:lambda:us-east-1:123456789012:function:balance"',
      '    unreached Sorry (MessageParticipant) "Sorry, we cannot find your balance"',
      '    offline never Menu [NextAction] (GetParticipantInput): the simulator never continues with NextAction: a menu leaves through the first condition equal to the key pressed, NoMatchingCondition or InputTimeLimitExceeded',
      '2 passed, 0 failed',
      'coverage: branches 4/9 (44.4%), takeable offline 4/8 (50.0%), actions 4/5 (80.0%)',
    ]);
  });

  test('a threshold below the figures passes; above them fails with exit 1, the verdicts line still there', () => {
    expect(run(['test', ...scenarios, '--template', template, '--coverage-threshold', '40']).code).toBe(0);
    // The branch threshold applies to the 8 branches offline runs can take (4/8), not to all 9 (4/9).
    expect(run(['test', ...scenarios, '--template', template, '--coverage-threshold', 'branches=50,actions=80']).code).toBe(0);
    const r = run(['test', ...scenarios, '--template', template, '--coverage-threshold', 'branches=51,actions=95']);
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split('\n').slice(-4)).toEqual([
      '2 passed, 0 failed',
      'coverage: branches 4/9 (44.4%), takeable offline 4/8 (50.0%), actions 4/5 (80.0%)',
      'branch coverage 50.0% (of the branches offline runs can take) is below the threshold of 51%',
      'action coverage 80.0% is below the threshold of 95%',
    ]);
    // Only the figure named is checked.
    expect(run(['test', ...scenarios, '--template', template, '--coverage-threshold', 'actions=80']).code).toBe(0);
    expect(run(['test', ...scenarios, '--template', template, '--coverage-threshold', 'branches=51']).code).toBe(1);
  });

  test('more scenarios, full coverage', () => {
    const more = dir({
      'balance.json': BALANCE,
      'leave.json': LEAVE,
      'fails.json': { inputs: ['1'], lambdas: { balance: [{ $error: 'boom' }] }, expect: { prompts: ['Sorry, we cannot find your balance'] } },
      'silent.json': { expect: { outcome: 'DISCONNECTED' } },
      'wrong-key.json': { inputs: ['7'], expect: { outcome: 'DISCONNECTED' } },
    });
    const r = run(['test', more, '--template', template, '--coverage-threshold', '100']);
    // Menu's NextAction is never taken (a menu leaves through a condition or an error): every branch
    // offline runs can take is taken, and the threshold of 100 applies to those.
    expect(r.out).toContain('coverage: branches 8/9 (88.9%), takeable offline 8/8 (100.0%), actions 5/5 (100.0%)');
    expect(r.out).not.toContain('untaken');
    expect(r.out).toContain('offline never Menu [NextAction]');
    expect(r.out).toContain('5 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  test('malformed or out-of-range thresholds are input errors naming the option', () => {
    for (const bad of ['101', '=-5', 'abc', 'branches=', 'lines=80', 'branches=80,branches=90', '80%', 'branches=200']) {
      const r = run(['test', ...scenarios, '--template', template, bad.startsWith('=') ? `--coverage-threshold${bad}` : '--coverage-threshold', ...(bad.startsWith('=') ? [] : [bad])]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^cdk-contact-center: --coverage-threshold/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(parseCoverageThreshold('80')).toEqual({ branches: 80, actions: 80 });
    expect(parseCoverageThreshold('branches=80, actions=95.5')).toEqual({ branches: 80, actions: 95.5 });
  });

  test('a scenario set that never enters a flow: 0%, named, exit 2, no stack trace', () => {
    const none = dir({ 'flow.json': FLOW, 'broken.json': '{ not json' });
    const r = run(['test', path.join(none, 'broken.json'), '--template', path.join(none, 'flow.json'), '--coverage']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('flow "flow.json": never entered (0%): branches 0/9 (0.0%), takeable offline 0/8 (0.0%), actions 0/5 (0.0%)');
    expect(r.out).toContain('coverage: branches 0/9 (0.0%), takeable offline 0/8 (0.0%), actions 0/5 (0.0%)');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('--coverage-report writes Cobertura XML and a JSON summary, which diagram --coverage draws', () => {
    const r = run(['test', ...scenarios, '--template', template, '--coverage-report', 'reports/flows.xml']);
    expect(r.code).toBe(0);
    expect(Object.keys(r.written).sort()).toEqual(['reports/flows.json', 'reports/flows.xml']);
    const xml = r.written['reports/flows.xml'];
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE coverage SYSTEM "http:\/\/cobertura.sourceforge.net\/xml\/coverage-04.dtd">/);
    expect(xml).toMatch(/<coverage line-rate="0.8000" branch-rate="0.4444" lines-covered="4" lines-valid="5" branches-covered="4" branches-valid="9" /);
    expect(xml).toContain('<package name="flow.json" line-rate="0.8000" branch-rate="0.4444" complexity="0">');
    // Menu: 2 of 5 branches; Sorry unreached.
    expect(xml).toContain('<line number="1" hits="2" branch="true" condition-coverage="40% (2/5)">');
    expect(xml).toContain('<line number="4" hits="0" branch="true" condition-coverage="0% (0/1)">');
    expect(xml).toContain('<line number="5" hits="2" branch="false"/>');
    expect((xml.match(/<condition /g) ?? []).length).toBe(9);
    const json = JSON.parse(r.written['reports/flows.json']);
    expect(json).toMatchObject({
      format: 'cdk-contact-center-coverage/1', runs: 2, branchesTaken: 4, branchesTotal: 9, branchesTakeable: 8, branchesPercent: 44.44, branchesTakeablePercent: 50, actionsPercent: 80,
    });
    const menuNext = json.flows[0].blocks[0].branches.find((b: any) => b.name === 'NextAction');
    expect(menuNext).toMatchObject({ taken: 0, untakeable: expect.stringContaining('a menu leaves through') });

    const diagram = run(['diagram', template, '--coverage', 'cov.json'], { 'cov.json': r.written['reports/flows.json'] });
    expect(diagram.code).toBe(0);
    const lines = diagram.out.trimEnd().split('\n');
    // Actions are a0…a4 in document order: Sorry (a3) is unreached; Menu (a0) and Lookup (a1) have untaken branches.
    expect(lines).toContain('  class a3 unreached');
    expect(lines).toContain('  class a0,a1 partial');
    // Edges: 0 start, 1-5 Menu (2 conditions, 2 errors, Next), 6-7 Lookup (error, Next), 8 Say, 9 Sorry.
    // Menu's Next (5) cannot be taken offline: grey, not red.
    expect(lines).toContain('  linkStyle 3,4,6,9 stroke:#c0392b,stroke-width:2px,stroke-dasharray:5 5');
    expect(lines).toContain('  linkStyle 5 stroke:#aaaaaa,stroke-dasharray:2 4');
    expect(lines).not.toContain(expect.stringMatching(/^ {2}class .* offline$/));
    expect(lines[5]).toBe('  a3["<b>Sorry</b><br/>MessageParticipant<br/>Sorry, we cannot find your balance"]');
    const edges = lines.filter((l) => /^ {2}(start|a\d) -\.?->/.test(l));
    expect(edges[3]).toMatch(/^ {2}a0 -\.->\|"InputTimeLimitExceeded"\| a4$/);
    expect(edges[6]).toMatch(/^ {2}a1 -\.->\|"NoMatchingError"\| a3$/);
    expect(edges[9]).toMatch(/^ {2}a3 -->\|"Next"\| a4$/);
  });

  test('diagram --coverage with a file that is no coverage summary is an input error', () => {
    const r = run(['diagram', template, '--coverage', 'x.json'], { 'x.json': '{"flows": []}' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"x.json" is not a coverage summary written by `test --coverage-report`/);
  });
});
