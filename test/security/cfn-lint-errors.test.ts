import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exampleStackApps, readmeApps } from './apps';

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

/**
 * `AWS::Connect::TestCase` (ContactFlowTest) is newer than the resource schemas of cfn-lint 1.51:
 * it reports the type itself as unknown (E3006). Only that finding, on that type, is set aside.
 */
function unknownToThisCfnLint(f: any): boolean {
  return f.Rule.Id === 'E3006' && /'AWS::Connect::TestCase' does not exist/.test(f.Message);
}

jest.setTimeout(300_000);

describe('cfn-lint', () => {
  test('reports no error in any synthesized template', () => {
    const apps = [...exampleStackApps(), ...readmeApps()];
    const files = apps.flatMap((a) => a.templates);
    expect(files.length).toBeGreaterThanOrEqual(5);
    const errors = cfnLint(files).filter((f) => f.Level === 'Error' && !unknownToThisCfnLint(f))
      .map((f) => `${path.basename(f.Filename)} ${f.Rule.Id} ${(f.Location.Path ?? []).join('/')}: ${f.Message}`);
    expect(errors).toEqual([]);
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
