import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { LiveMediaStreamingStack } from './live-media-stack';
import { OrderStatusStack } from './order-status/order-status-stack';
import { ReferenceContactCenterStack } from './reference-stack';
import { SelfAssessmentStack } from './self-assessment/self-assessment-stack';
import { SwitchboardStack } from './switchboard/switchboard-stack';

/** An example app: its stack, and the scenarios that run against its template. */
export interface ExampleDefinition {
  /** The example's name (its folder). */
  readonly name: string;
  /** The stack's ID, and so its template's file name in cdk.out/. */
  readonly stackName: string;
  /** Creates the example's stack in an app. */
  readonly create: (app: App, id: string) => Stack;
  /** The scenario files, absolute paths. */
  readonly scenarios: string[];
  /** The flow the README shows. */
  readonly mainFlow?: string;
}

const jsonFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
const reference = ['after-hours', 'holiday', 'lookup-fails', 'lunch-break', 'vip-caller', 'weekday-morning', 'directory-extension', 'directory-spelled-name', 'directory-billing'];
/** Scenarios that run offline only, for coverage (paths no deployed test case takes): examples/scenarios/offline-only/. */
const referenceCoverage = jsonFiles(path.join(__dirname, 'scenarios', 'offline-only'));

/** Every example of this folder. */
export const EXAMPLES: ExampleDefinition[] = [
  {
    name: 'reference',
    stackName: 'ReferenceContactCenter',
    create: (app, id) => new ReferenceContactCenterStack(app, id),
    scenarios: [...reference.map((s) => path.join(__dirname, 'scenarios', `${s}.json`)), ...referenceCoverage],
    mainFlow: 'Main menu',
  },
  {
    name: 'live-media',
    stackName: 'LiveMediaStreaming',
    create: (app, id) => new LiveMediaStreamingStack(app, id),
    scenarios: jsonFiles(path.join(__dirname, 'live-media', 'scenarios')),
  },
  {
    name: 'switchboard',
    stackName: 'Switchboard',
    create: (app, id) => new SwitchboardStack(app, id),
    scenarios: [...jsonFiles(path.join(__dirname, 'switchboard', 'scenarios')), ...jsonFiles(path.join(__dirname, 'switchboard', 'scenarios', 'offline-only'))],
    mainFlow: 'Switchboard',
  },
  {
    name: 'self-assessment',
    stackName: 'SelfAssessment',
    create: (app, id) => new SelfAssessmentStack(app, id),
    scenarios: [...jsonFiles(path.join(__dirname, 'self-assessment', 'scenarios')), ...jsonFiles(path.join(__dirname, 'self-assessment', 'scenarios', 'offline-only'))],
    mainFlow: 'Autoevaluación',
  },
  {
    name: 'order-status',
    stackName: 'OrderStatus',
    create: (app, id) => new OrderStatusStack(app, id),
    scenarios: [...jsonFiles(path.join(__dirname, 'order-status', 'scenarios')), ...jsonFiles(path.join(__dirname, 'order-status', 'scenarios', 'offline-only'))],
    mainFlow: 'Order status',
  },
];
