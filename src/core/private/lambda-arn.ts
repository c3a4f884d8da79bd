import { Annotations, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** What a Lambda function ARN looks like, for messages. */
export const LAMBDA_ARN_FORM = 'arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]';

/** A function ARN, qualified or not (function names: 1 to 64 letters, digits, hyphens and underscores). */
const LAMBDA_ARN = /^arn:(aws[a-z-]*):lambda:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):function:([A-Za-z0-9_-]{1,64})(?::(?:\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;

/** Whether a value is given at run time (a JSONPath) or at deploy time (a token): such values are not checked. */
function unknownUntilLater(value: string): boolean {
  return Token.isUnresolved(value) || value.includes('$.');
}

/**
 * Why a literal Lambda function ARN is malformed (a typo such as `lamda` or `functon`, a missing
 * account…), or undefined when it is well formed or not known at synth.
 */
export function lambdaArnProblem(arn: string): string | undefined {
  if (unknownUntilLater(arn) || LAMBDA_ARN.test(arn)) return undefined;
  const parts = arn.split(':');
  const hint = parts[0] !== 'arn' ? 'it does not start with "arn:"'
    : parts[2] !== 'lambda' ? `the service is "${parts[2] ?? ''}", not "lambda"`
      : parts[5] !== 'function' ? `the resource type is "${parts[5] ?? ''}", not "function"`
        : !/^\d{12}$/.test(parts[4] ?? '') ? 'the account is not 12 digits'
          : undefined;
  return `expected ${LAMBDA_ARN_FORM}${hint ? ` (${hint})` : ''}`;
}

/** The region of a well-formed literal Lambda function ARN. */
export function lambdaArnRegion(arn: string): string | undefined {
  if (unknownUntilLater(arn)) return undefined;
  return LAMBDA_ARN.exec(arn)?.[2];
}

/**
 * Checks the `LambdaFunctionARN` of every InvokeLambdaFunction action of a flow document: a
 * malformed literal ARN fails synth, naming the action; a function in another region than the
 * stack is a warning (`cdk-contact-center:lambdaOtherRegion`): Connect can invoke it, but only
 * with a resource policy that the console adds for functions of the instance's own region.
 */
export function checkFlowLambdaArns(scope: IConstruct, document: any): void {
  const actions: any[] = Array.isArray(document?.Actions) ? document.Actions : [];
  const stackRegion = Stack.of(scope).region;
  for (const a of actions) {
    if (a?.Type !== 'InvokeLambdaFunction' || typeof a.Parameters?.LambdaFunctionARN !== 'string') continue;
    const arn: string = a.Parameters.LambdaFunctionARN;
    const problem = lambdaArnProblem(arn);
    if (problem !== undefined) {
      throw new Error(`${scope.node.path}: invalid content (action "${a.Identifier}") LambdaFunctionARN "${arn}": ${problem}`);
    }
    const region = lambdaArnRegion(arn);
    if (region !== undefined && !Token.isUnresolved(stackRegion) && region !== stackRegion) {
      Annotations.of(scope).addWarningV2('cdk-contact-center:lambdaOtherRegion',
        `action "${a.Identifier}" invokes ${arn}, a function in ${region}, from a stack in ${stackRegion}: Connect invokes it only `
        + 'with a resource policy allowing connect.amazonaws.com for this instance (the console adds one for functions of its own region only)');
    }
  }
}
