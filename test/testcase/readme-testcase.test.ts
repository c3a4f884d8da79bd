import * as fs from 'fs';
import * as path from 'path';
import { exportTestCase } from '../../src/simulator/test-case/export';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');

test('the README test case is what the exporter writes for the README scenario', () => {
  const start = README.indexOf('### One scenario, two runs: a native Connect test case');
  expect(start).toBeGreaterThan(0);
  const section = README.slice(start, README.indexOf('\n## ', start));
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
  expect(blocks).toHaveLength(2);
  const [scenario, testCase] = blocks;
  const arn = /--lambda Lookup=(arn:[^`]+)`/.exec(section)![1];
  expect(exportTestCase(scenario, { lambdaArns: { Lookup: arn } })).toEqual(testCase);
  expect(`${JSON.stringify(testCase, undefined, 2)}\n`).toBe(section.split('```json\n')[2].split('```')[0]);
});
