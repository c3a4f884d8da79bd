import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { baseStack } from './helpers';
import { ContactCenter, ContactFlow, ContactFlowModule, Disconnect, FlowContent, FlowDefinition, InvokeLambda } from '../../src';
import { lambdaArnProblem } from '../../src/core/private/lambda-arn';

const END = { Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const invoking = (arn: string) => ({
  Version: '2019-10-30',
  StartAction: 'Lookup',
  Actions: [
    { Identifier: 'Lookup', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: arn, InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: 'End', Errors: [{ NextAction: 'End', ErrorType: 'NoMatchingError' }] } },
    END,
  ],
});
const OK = 'arn:aws:lambda:us-east-1:123456789012:function:lookup';

describe('Lambda function ARNs in flow JSON', () => {
  test.each([
    ['arn:aws:lamda:us-east-1:123456789012:function:lookup', '(the service is "lamda", not "lambda")'],
    ['arn:aws:lambda:us-east-1:123456789012:functon:lookup', '(the resource type is "functon", not "function")'],
    ['arn:aws:lambda:us-east-1:1234:function:lookup', '(the account is not 12 digits)'],
    ['lookup', '(it does not start with "arn:")'],
    ['arn:aws:lambda:us-east-1:123456789012:function:look up', ''],
  ])('%s fails synth, naming the flow, the action and the form', (arn, hint) => {
    const { stack, cc } = baseStack();
    expect(() => new ContactFlow(stack, 'Main', { contactCenter: cc, name: 'Main', content: FlowContent.fromJson(invoking(arn)) }))
      .toThrow(`Test/Main: invalid content (action "Lookup") LambdaFunctionARN "${arn}": expected arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]${hint ? ` ${hint}` : ''}`);
  });

  test('in a flow module too', () => {
    const { stack, cc } = baseStack();
    const doc = { ...invoking('arn:aws:lambda:us-east-1:123456789012:functon:lookup'), Settings: { InputParameters: [], OutputParameters: [], Transitions: [] } };
    expect(() => new ContactFlowModule(stack, 'Mod', { contactCenter: cc, name: 'Mod', content: FlowContent.fromJson(doc) })).toThrow(/Test\/Mod: invalid content \(action "Lookup"\) LambdaFunctionARN/);
  });

  test.each([
    [OK], [`${OK}:live`], [`${OK}:$LATEST`], [`${OK}:7`], ['arn:aws-cn:lambda:cn-north-1:123456789012:function:lookup'], ['$.Attributes.fn'],
  ])('%s is well formed (or known only at run time)', (arn) => {
    expect(lambdaArnProblem(arn)).toBeUndefined();
  });

  test('a function in another region than the stack: a warning (Connect can invoke it with a resource policy)', () => {
    const { stack, cc } = baseStack();
    new ContactFlow(stack, 'Main', { contactCenter: cc, name: 'Main', content: FlowContent.fromJson(invoking(OK.replace('us-east-1', 'eu-west-2'))) });
    new ContactFlow(stack, 'Same', { contactCenter: cc, name: 'Same', content: FlowContent.fromJson(invoking(OK)) });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('lambdaOtherRegion'));
    expect(warnings.map((w) => w.id)).toEqual(['/Test/Main']);
    expect(warnings[0].entry.data).toContain('action "Lookup" invokes arn:aws:lambda:eu-west-2:123456789012:function:lookup, a function in eu-west-2, from a stack in us-east-1');
  });

  test('an environment-agnostic stack cannot tell: no warning', () => {
    const stack = new Stack(new App(), 'Agnostic');
    const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-agnostic' });
    new ContactFlow(stack, 'Main', { contactCenter: cc, name: 'Main', content: FlowContent.fromJson(invoking(OK.replace('us-east-1', 'eu-west-2'))) });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('lambdaOtherRegion'))).toEqual([]);
  });
});

describe('Lambda function ARNs in builder blocks', () => {
  test('a malformed imported function ARN fails when the block is made, naming the block', () => {
    const { stack } = baseStack();
    const fn = lambda.Function.fromFunctionArn(stack, 'Typo', 'arn:aws:lambda:us-east-1:123456789012:functon:lookup');
    expect(() => new InvokeLambda('Lookup', { lambdaFunction: fn }))
      .toThrow('InvokeLambda "Lookup": invalid lambdaFunction "arn:aws:lambda:us-east-1:123456789012:functon:lookup": expected arn:<partition>:lambda:');
  });

  test('a function of the stack (a token) passes; one imported from another region warns on the flow', () => {
    const { stack, cc } = baseStack();
    const own = new lambda.Function(stack, 'Own', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({});') });
    const far = lambda.Function.fromFunctionArn(stack, 'Far', OK.replace('us-east-1', 'ap-southeast-2'));
    const end = new Disconnect('End');
    const first = new InvokeLambda('Own', { lambdaFunction: own });
    const second = new InvokeLambda('Far', { lambdaFunction: far });
    first.next(second).next(end);
    first.onError(end);
    second.onError(end);
    new ContactFlow(stack, 'Main', { contactCenter: cc, name: 'Main', content: FlowContent.fromDefinition(FlowDefinition.startWith(first)) });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('lambdaOtherRegion'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].entry.data).toContain('action "Far" invokes arn:aws:lambda:ap-southeast-2:');
  });
});
