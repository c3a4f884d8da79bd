import { IConstruct } from 'constructs';
import { Rule, checkRules, sameInstance, uniqueName } from './private/rules';
import type { QueueProps } from './queue-props';
import { parseInstanceChildArn } from '../core/private/arn';
import { validateConnectResourceTags, validateIntegerRange, validateStringLength } from '../core/private/validate';

/**
 * The most quick connects one `CreateQueue` request takes (a per-request API limit, not a documented
 * number per queue): `quickConnectArns` lists them in the queue's template.
 */
export const MAX_QUEUE_QUICK_CONNECTS = 50;

/** The rules of Queue's props, checked in order after the length and range checks. */
const RULES: Array<Rule<QueueProps>> = [
  {
    prop: 'hoursOfOperation',
    value: (p) => p.hoursOfOperation,
    check: (p) => p.hoursOfOperation ? undefined : 'every queue needs hours of operation',
  },
  {
    prop: 'outboundCallerIdNumber',
    value: (p) => p.outboundCallerIdNumber?.node.path,
    check: (p) => {
      const number = p.outboundCallerIdNumber;
      return number?.contactCenter && number.contactCenter !== p.contactCenter
        ? 'must be a phone number claimed in the same contact center as the queue' : undefined;
    },
  },
  {
    // Flows built here know their type; imported ones when given one.
    prop: 'outboundWhisperFlow',
    value: (p) => p.outboundWhisperFlow?.node.path,
    check: (p) => {
      const type = p.outboundWhisperFlow?.contactFlowType;
      return type !== undefined && type !== 'OUTBOUND_WHISPER' ? `must be a flow of type OUTBOUND_WHISPER (got ${type})` : undefined;
    },
  },
  {
    prop: 'quickConnectArns',
    value: (p) => `${p.quickConnectArns?.length} quick connects`,
    check: (p) => (p.quickConnectArns?.length ?? 0) > MAX_QUEUE_QUICK_CONNECTS ? `at most ${MAX_QUEUE_QUICK_CONNECTS} (what one CreateQueue request takes); give more with quickConnects or addQuickConnect(), which associates them through the API in batches of ${MAX_QUEUE_QUICK_CONNECTS}` : undefined,
  },
  // Rules that involve other resources of the contact center come last.
  uniqueName('queue names', (p) => p.name),
  sameInstance('hoursOfOperation', (p) => p.hoursOfOperation, (p) => p.hoursOfOperation?.hoursOfOperationArn),
  sameInstance('outboundWhisperFlow', (p) => p.outboundWhisperFlow, (p) => p.outboundWhisperFlow?.contactFlowArn),
];

/** Checks a queue's props, and its name and references against its contact center. */
export function validateQueueProps(scope: IConstruct, props: QueueProps): void {
  validateStringLength(scope, 'name', props.name, 1, 127);
  validateStringLength(scope, 'description', props.description, 1, 250);
  validateStringLength(scope, 'outboundCallerIdName', props.outboundCallerIdName, 1, 255);
  validateIntegerRange(scope, 'maxContacts', props.maxContacts, 1, 100_000);
  validateConnectResourceTags(scope, 'tags', props.tags);
  // Connect calls quick connects transfer destinations in their ARNs.
  (props.quickConnectArns ?? []).forEach((arn, i) =>
    parseInstanceChildArn(scope.node.path, `quickConnectArns[${i}]`, arn, 'transfer-destination', 'quickConnectId'));
  checkRules(scope, RULES, props);
}
