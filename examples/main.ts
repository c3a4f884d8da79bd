import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { ReferenceContactCenterStack } from './reference-stack';
import { summarize } from './summary';

// Synthesizes the reference app to ./cdk.out (no AWS credentials needed) and prints a summary.
const app = new App({ outdir: path.join(__dirname, '..', 'cdk.out') });
new ReferenceContactCenterStack(app, 'ReferenceContactCenter');
const assembly = app.synth();
console.log(summarize(assembly));
console.log(`\nTemplates written to ${path.relative(process.cwd(), assembly.directory) || '.'}`);
