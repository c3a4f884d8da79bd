#!/usr/bin/env node
// Runs awslint (the AWS Construct Library's API linter) on the jsii assembly `.jsii` and fails on any
// error that api/awslint.json does not exclude with a reason. Runs after `jsii` (post-compile).
//
// awslint is driven through its rule set rather than its command line: the command stops at the
// first linter that cannot run (see "linters-not-run" in api/awslint.json), where this reports it
// and runs the others. Exclusions that match nothing fail too, so the list stays current.
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CONFIG = path.join(ROOT, 'api', 'awslint.json');
const awslintDir = path.dirname(require.resolve('awslint/package.json'));
const reflect = require(require.resolve('jsii-reflect', { paths: [awslintDir] }));
const { ALL_RULES_LINTER } = require(path.join(awslintDir, 'lib', 'rules'));
const { DiagnosticLevel, RuleFilterSet } = require(path.join(awslintDir, 'lib'));

async function main() {
  if (!fs.existsSync(path.join(ROOT, '.jsii'))) {
    console.error('awslint: no .jsii assembly: run jsii (npx projen compile) first');
    return 2;
  }
  const config = JSON.parse(fs.readFileSync(CONFIG, 'utf-8'));
  const notRun = config['linters-not-run'] ?? [];
  const exclusions = (config.exclude ?? []).flatMap((e) => e.rules.map((rule) => ({ rule, filter: new RuleFilterSet([rule]) })));
  const used = new Set();

  const system = new reflect.TypeSystem();
  const assembly = await system.load(ROOT, { validate: false });
  const problems = [];
  const errors = [];
  let rules = 0;
  for (const linter of ALL_RULES_LINTER.linters) {
    const codes = Object.keys(linter._rules ?? {});
    const skipped = notRun.find((n) => n.rules.some((r) => codes.includes(r)));
    let diagnostics;
    try {
      diagnostics = linter.eval(assembly, { includeRules: new RuleFilterSet(['*']), excludeRules: new RuleFilterSet([]) });
    } catch (e) {
      if (skipped) {
        used.add(skipped);
        continue;
      }
      problems.push(`the linter of ${codes.join(', ')} cannot run: ${e.message}`);
      continue;
    }
    if (skipped) problems.push(`the linter of ${codes.join(', ')} runs now: remove it from "linters-not-run"`);
    rules += codes.length;
    for (const d of diagnostics) {
      if (d.level !== DiagnosticLevel.Error) continue;
      const excluded = exclusions.filter((x) => x.filter.matches(d.rule.code, d.scope));
      excluded.forEach((x) => used.add(x));
      if (excluded.length === 0) errors.push(`[awslint:${d.rule.code}:${d.scope}] ${d.message}${d.extra ? ` ${d.extra}` : ''}`);
    }
  }
  for (const x of exclusions) if (!used.has(x)) problems.push(`exclusion "${x.rule}" matches no error: remove it`);
  for (const n of notRun) if (!used.has(n)) problems.push(`"linters-not-run" entry ${n.rules.join(', ')} matches no linter that fails: remove it`);

  if (errors.length || problems.length) {
    console.error(`awslint: ${errors.length} errors\n  ${[...errors, ...problems].join('\n  ')}`);
    console.error('Fix the API, or exclude a rule with its reason in api/awslint.json.');
    return 1;
  }
  console.log(`awslint: 0 errors (${rules} rules on ${assembly.types.length} types; ${exclusions.length} exclusions and ${notRun.length} linters not run, each with its reason in api/awslint.json)`);
  return 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`awslint: ${e.message}`);
  process.exit(2);
});
