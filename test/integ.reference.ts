/**
 * Integration test: the reference contact center. `npx projen integ` synthesizes it and compares
 * the result with the committed snapshot (test/integ.reference.ts.snapshot/) without deploying;
 * deploying it for real needs an account with Amazon Connect and creates a Connect instance.
 */
import { IntegTest } from '@aws-cdk/integ-tests-alpha';
import { App } from 'aws-cdk-lib';
import { ReferenceContactCenterStack } from '../examples/reference-stack';

const app = new App();
const stack = new ReferenceContactCenterStack(app, 'IntegReferenceContactCenter');
new IntegTest(app, 'ReferenceContactCenter', {
  testCases: [stack],
  // Instances, numbers and queues are RETAIN by design; an integration deploy cleans up by hand.
  diffAssets: false,
});
app.synth();
