import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Rule, checkRules, uniqueName } from './private/rules';
import type { SecurityProfileProps } from './security-profile';
import { fail } from '../private/validate';

/**
 * Permission API names (the ones this library ships, and others checked against the guide), exactly as the Amazon
 * Connect Administrator Guide lists them ("List of security profile permissions",
 * https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html). The names are
 * case- and dot-sensitive, and CloudFormation checks only their length.
 */
export const KNOWN_PERMISSIONS = [
  'BasicAgentAccess', 'OutboundCallAccess', 'AccessMetrics', 'RealTimeMetrics.Access', 'ContactSearch.View', 'ListenCallRecordings',
  'RoutingPolicies.View', 'RoutingPolicies.Edit', 'RoutingPolicies.Create',
  'TransferDestinations.View', 'TransferDestinations.Edit', 'TransferDestinations.Create', 'TransferDestinations.Delete',
  'HoursOfOperation.View', 'HoursOfOperation.Edit', 'HoursOfOperation.Create', 'HoursOfOperation.Delete',
  'Queues.Edit', 'Queues.Create',
];

/** Case and dots removed: how a mistyped name is matched with the right one. */
function loose(name: string): string {
  return name.toLowerCase().replace(/[.\s_-]/g, '');
}
const BY_LOOSE = new Map(KNOWN_PERMISSIONS.map((p) => [loose(p), p]));

/** The rules of SecurityProfile's props that involve other resources of the contact center. */
const RULES: Array<Rule<SecurityProfileProps>> = [
  uniqueName('security profile names', (p) => p.name),
];

/** Checks a security profile's name and permission names. */
export function validateSecurityProfileProps(scope: IConstruct, props: SecurityProfileProps): void {
  checkRules(scope, RULES, props);
  (props.permissions ?? []).forEach((permission, i) => {
    if (Token.isUnresolved(permission)) return;
    const meant = BY_LOOSE.get(loose(permission));
    if (meant !== undefined && meant !== permission) {
      fail(scope, `permissions[${i}]`, permission, `permission names are case- and dot-sensitive: did you mean "${meant}"? (admin guide, "List of security profile permissions")`);
    }
  });
}
