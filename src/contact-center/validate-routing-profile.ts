import { Duration } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { IContactCenter } from '../core/contact-center';
import { Rule, checkRules, sameInstance, uniqueName } from './private/rules';
import type { RoutingProfileProps, RoutingProfileQueue } from './routing-profile-props';
import { fail, isToken, validateConnectResourceTags, validateIntegerRange, validateStringLength } from '../core/private/validate';

/** The rules of RoutingProfile's props, checked in order after the length and range checks. */
const RULES: Array<Rule<RoutingProfileProps>> = [
  {
    prop: 'voice/chatConcurrency/taskConcurrency',
    value: (p) => ({ voice: p.voice ?? true, chat: p.chatConcurrency ?? 0, task: p.taskConcurrency ?? 0 }),
    check: (p) => !(p.voice ?? true) && (p.chatConcurrency ?? 0) === 0 && (p.taskConcurrency ?? 0) === 0 ? 'enable at least one channel' : undefined,
  },
  {
    prop: 'defaultOutboundQueue',
    value: () => undefined,
    check: (p) => p.defaultOutboundQueue ? undefined : 'a routing profile needs a default outbound queue',
  },
  // Rules that involve other resources of the contact center come last.
  uniqueName('routing profile names', (p) => p.name),
  sameInstance('defaultOutboundQueue', (p) => p.defaultOutboundQueue, (p) => p.defaultOutboundQueue?.queueArn),
];

/** Checks a routing profile's props (queues are checked as they are added). */
export function validateRoutingProfileProps(scope: IConstruct, props: RoutingProfileProps): void {
  validateStringLength(scope, 'name', props.name, 1, 127);
  validateStringLength(scope, 'description', props.description, 1, 250);
  validateConnectResourceTags(scope, 'tags', props.tags);
  // 0 leaves the channel off; Connect allows at most 10 chats or tasks at once.
  validateIntegerRange(scope, 'chatConcurrency', props.chatConcurrency ?? 0, 0, 10);
  validateIntegerRange(scope, 'taskConcurrency', props.taskConcurrency ?? 0, 0, 10);
  checkRules(scope, RULES, props);
}

/** Checks that a queue added to a routing profile belongs to its contact center. */
export function validateRoutingProfileQueue(scope: IConstruct, contactCenter: IContactCenter, where: string, config: RoutingProfileQueue): void {
  checkRules(scope, [sameInstance(`${where}.queue`, (p: { contactCenter: IContactCenter; q: RoutingProfileQueue }) => p.q.queue, (p) => p.q.queue?.queueArn)],
    { contactCenter, q: config });
}

/** The delay of a queue of a routing profile in whole seconds, 0–9999 (`RoutingProfileQueue.delay`). */
export function queueDelaySeconds(scope: IConstruct, prop: string, delay: Duration | undefined): number {
  if (delay === undefined) return 0;
  const millis = delay.toMilliseconds();
  if (isToken(millis)) return delay.toSeconds();
  if (millis % 1000 !== 0) fail(scope, prop, delay, 'must be a whole number of seconds (Connect counts the delay in seconds)');
  const seconds = millis / 1000;
  if (seconds > 9999) fail(scope, prop, delay, 'must be between 0 and 9999 seconds');
  return seconds;
}
