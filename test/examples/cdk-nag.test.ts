import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, NagSuppressions } from 'cdk-nag';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';

describe('cdk-nag AwsSolutions on the reference app', () => {
  const app = new App();
  const stack = new ReferenceContactCenterStack(app, 'Reference');
  // The example's own function uses the basic execution role; that is the app's choice, not the library's.
  NagSuppressions.addResourceSuppressionsByPath(stack, '/Reference/LookupCustomer/ServiceRole/Resource', [
    { id: 'AwsSolutions-IAM4', reason: 'Example function: CloudWatch Logs access only.' },
  ]);
  NagSuppressions.addResourceSuppressionsByPath(stack, '/Reference/LookupCustomer/Resource', [
    { id: 'AwsSolutions-L1', reason: 'Example function: Node.js 22 is the newest runtime of the aws-cdk-lib floor; newer aws-cdk-lib versions know newer ones.' },
  ]);
  Aspects.of(stack).add(new AwsSolutionsChecks());
  const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));

  test('reports no errors for what the library creates', () => {
    expect(errors.map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`)).toEqual([]);
  });

  test('library suppressions carry reasons', () => {
    const secret = stack.node.findAll().find((c) => c.node.path === 'Reference/Agent-jdoe/Password/Resource');
    const metadata = (secret as any).getMetadata('cdk_nag');
    expect(metadata.rules_to_suppress).toEqual([expect.objectContaining({ id: 'AwsSolutions-SMG4', reason: expect.stringMatching(/initial password/) })]);
  });
});
