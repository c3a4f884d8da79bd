/**
 * What the installed cfn-lint cannot know yet, because aws-cdk-lib or CloudFormation moved on after
 * its schemas were made. Each case is narrow: one rule, one property, one reason. Anything else
 * cfn-lint reports still fails the tests.
 */

/** The part of a cfn-lint JSON finding these checks read. */
export interface LintFinding {
  readonly Rule: { readonly Id: string };
  readonly Message: string;
  readonly Location: { readonly Path?: ReadonlyArray<unknown> };
}

/**
 * - `AWS::Connect::TestCase` (ContactFlowTest) is newer than cfn-lint 1.51's resource schemas: it
 *   reports the type itself as unknown (E3006).
 * - The handlers run on the newest Node.js runtime the installed aws-cdk-lib offers (cdk-nag's
 *   AwsSolutions-L1 asks for the latest). A newer aws-cdk-lib can offer a runtime newer than every
 *   Node.js runtime in cfn-lint's list (aws-cdk-lib 2.278: nodejs26.x, cfn-lint 1.51: up to
 *   nodejs24.x): E3030 on a function's `Runtime`, only for a Node.js runtime newer than all it lists.
 */
export function newerThanCfnLint(f: LintFinding): boolean {
  if (f.Rule.Id === 'E3006') return /'AWS::Connect::TestCase' does not exist/.test(f.Message);
  if (f.Rule.Id === 'E3030' && f.Location.Path?.[f.Location.Path.length - 1] === 'Runtime') {
    const used = /^'nodejs(\d+)\.x' is not one of /.exec(f.Message);
    if (!used) return false;
    const known = [...f.Message.matchAll(/'nodejs(\d+)\.x'/g)].slice(1).map((m) => Number(m[1]));
    return known.length > 0 && Number(used[1]) > Math.max(...known);
  }
  return false;
}
