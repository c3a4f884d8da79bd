import { IConstruct } from 'constructs';
import { Rule, checkRules, sameInstance, uniqueName } from './private/rules';
import type { RoutingProfileProps, RoutingProfileQueue } from './routing-profile';
import type { IContactCenter } from './contact-center';

/** The rules of RoutingProfile's props that involve other resources of the contact center. */
const RULES: Array<Rule<RoutingProfileProps>> = [
  uniqueName('routing profile names', (p) => p.name),
  sameInstance('defaultOutboundQueue', (p) => p.defaultOutboundQueue, (p) => p.defaultOutboundQueue?.queueArn),
];

/** Checks a routing profile's name and default outbound queue against its contact center. */
export function validateRoutingProfileProps(scope: IConstruct, props: RoutingProfileProps): void {
  checkRules(scope, RULES, props);
}

/** Checks that a queue added to a routing profile belongs to its contact center. */
export function validateRoutingProfileQueue(scope: IConstruct, contactCenter: IContactCenter, where: string, config: RoutingProfileQueue): void {
  checkRules(scope, [sameInstance(`${where}.queue`, (p: { contactCenter: IContactCenter; q: RoutingProfileQueue }) => p.q.queue, (p) => p.q.queue?.queueArn)],
    { contactCenter, q: config });
}
