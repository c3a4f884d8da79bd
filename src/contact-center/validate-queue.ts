import { IConstruct } from 'constructs';
import { Rule, checkRules, sameInstance, uniqueName } from './private/rules';
import type { QueueProps } from './queue';

/** The rules of Queue's props that involve other resources of the contact center. */
const RULES: Array<Rule<QueueProps>> = [
  uniqueName('queue names', (p) => p.name),
  sameInstance('hoursOfOperation', (p) => p.hoursOfOperation, (p) => p.hoursOfOperation?.hoursOfOperationArn),
  sameInstance('outboundWhisperFlow', (p) => p.outboundWhisperFlow, (p) => p.outboundWhisperFlow?.contactFlowArn),
];

/** Checks a queue's name and references against its contact center. */
export function validateQueueProps(scope: IConstruct, props: QueueProps): void {
  checkRules(scope, RULES, props);
}
