import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exampleStackApps, readmeApps } from './apps';
import { getAttUses, undocumentedGetAtts } from './getatt';
import { newerThanCfnLint } from '../cfn-lint-gaps';

/**
 * cfn-lint over every template the examples and the README apps synthesize (nested stacks
 * included): no errors. Warnings are another test's concern. cfn-lint is a Python tool; the test
 * fails, never skips, when it is not installed.
 */

interface Finding {
  readonly Level: string;
  readonly Rule: { readonly Id: string };
  readonly Message: string;
  readonly Filename: string;
  readonly Location: { readonly Path?: Array<string | number> };
}

function cfnLint(files: string[]): Finding[] {
  const result = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], { encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`cfn-lint could not be run (${result.error.message}): install it (pip install cfn-lint); this check never skips`);
  }
  // Exit status: a bit mask of 2 (errors), 4 (warnings), 8 (informational); anything else is a failure to lint.
  if (result.status === null || result.status % 2 === 1 || result.status > 14) {
    throw new Error(`cfn-lint failed (status ${result.status}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout || '[]');
}


jest.setTimeout(300_000);

describe('cfn-lint', () => {
  let files: string[] = [];
  beforeAll(() => {
    files = [...exampleStackApps(), ...readmeApps()].flatMap((a) => a.templates);
  });

  test('reports no error in any synthesized template', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const errors = cfnLint(files).filter((f) => f.Level === 'Error' && !newerThanCfnLint(f))
      .map((f) => `${path.basename(f.Filename)} ${f.Rule.Id} ${(f.Location.Path ?? []).join('/')}: ${f.Message}`);
    expect(errors).toEqual([]);
  });

  test('every GetAtt names a documented return value of its resource type', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const uses = files.flatMap(getAttUses);
    expect(new Set(uses.map((u) => u.type)).size).toBeGreaterThanOrEqual(10);
    expect(undocumentedGetAtts(uses)).toEqual([]);
  });

  test('an undocumented GetAtt is caught (canary)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'getatt-canary-'));
    const file = path.join(dir, 'getatt.template.json');
    fs.writeFileSync(file, JSON.stringify({
      Resources: {
        Test: { Type: 'AWS::Connect::TestCase', Properties: {} },
        Queue: { Type: 'AWS::Connect::Queue', Properties: {} },
        Out: { Type: 'AWS::SSM::Parameter', Properties: { Value: { 'Fn::Sub': '${Queue.QueueArn} ${Queue.QueueId}' }, Name: { 'Fn::GetAtt': ['Test', 'TestCaseId'] } } },
      },
    }));
    expect(undocumentedGetAtts(getAttUses(file))).toEqual([
      'getatt.template.json: Queue (AWS::Connect::Queue) .QueueId',
      'getatt.template.json: Test (AWS::Connect::TestCase) .TestCaseId',
    ]);
  });

  test('reports errors in a broken template (canary)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-lint-canary-'));
    const file = path.join(dir, 'broken.template.json');
    fs.writeFileSync(file, JSON.stringify({
      Resources: { User: { Type: 'AWS::Connect::User', Properties: { Username: 'jane' } } },
    }));
    const errors = cfnLint([file]).filter((f) => f.Level === 'Error');
    expect(errors.map((f) => f.Rule.Id)).toContain('E3003'); // required properties missing
  });
});
