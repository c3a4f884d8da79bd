/**
 * cfn-lint (AWS's CloudFormation linter) on a stack with queues with callbacks: no error and no
 * warning. cfn-lint must be installed (`pip install cfn-lint`); the test fails when it is missing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Duration } from 'aws-cdk-lib';
import { callbackStack, queueProps } from './helpers';
import { ClosedBehavior, QueueWithCallback } from '../../src';
import { LintFinding, newerThanCfnLint } from '../cfn-lint-gaps';
import { findPlaintextSecrets, findWildcardStatements } from '../security/scan';

test('cfn-lint finds nothing in a stack with queues with callbacks; no wildcard statement, no plaintext secret', () => {
  const s = callbackStack();
  new QueueWithCallback(s.stack, 'Support', queueProps(s, {
    separateCallbackQueue: true, whenClosed: ClosedBehavior.OFFER_CALLBACK, maxContacts: 40, countryCode: 'US',
  })).alarms();
  new QueueWithCallback(s.stack, 'Sales', queueProps(s, {
    name: 'Sales', preventDuplicateCallbacks: false, holdInterrupt: Duration.seconds(45), offerCallbackAfter: Duration.seconds(45),
  }));
  const out = path.join(__dirname, '..', '..', 'cdk.out', 'callback-cfn-lint');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, 'callback.template.json');
  const template = s.app.synth().getStackByName(s.stack.stackName).template;
  fs.writeFileSync(file, JSON.stringify(template, null, 1));
  expect(findWildcardStatements(template)).toEqual([]);
  expect(findPlaintextSecrets(template)).toEqual([]);

  const r = spawnSync('cfn-lint', ['--format', 'json', '--', file], { encoding: 'utf-8' });
  expect(r.error).toBeUndefined();
  const findings = JSON.parse(r.stdout || '[]') as Array<LintFinding & { Level: string }>;
  // What cfn-lint is too old to know (test/cfn-lint-gaps.ts) is set aside; anything else fails.
  expect(findings.filter((f) => !newerThanCfnLint(f)).map((f) => `${f.Rule.Id} ${f.Level}: ${f.Message}`)).toEqual([]);
});
