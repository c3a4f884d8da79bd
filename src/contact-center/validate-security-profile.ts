import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Rule, checkRules, uniqueName } from './private/rules';
import type { SecurityProfileProps } from './security-profile-props';
import { fail, validateConnectResourceTags, validatePattern, validateStringLength } from '../core/private/validate';

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

/** Connect's limit of permissions per security profile. */
const MAX_PERMISSIONS = 500;

/** The rules of SecurityProfile's props, checked in order after the length and pattern checks. */
const RULES: Array<Rule<SecurityProfileProps>> = [
  {
    prop: 'permissions',
    value: (p) => p.permissions,
    check: (p) => !p.permissions || p.permissions.length === 0 ? 'give at least one permission, e.g. SecurityProfilePermissions.AGENT' : undefined,
  },
  {
    prop: 'permissions',
    value: (p) => `${p.permissions.length} permissions`,
    check: (p) => p.permissions.length > MAX_PERMISSIONS ? `at most ${MAX_PERMISSIONS} permissions` : undefined,
  },
  // Rules that involve other resources of the contact center come last.
  uniqueName('security profile names', (p) => p.name),
];

/** Checks a security profile's props and permission names. */
export function validateSecurityProfileProps(scope: IConstruct, props: SecurityProfileProps): void {
  validateStringLength(scope, 'name', props.name, 1, 127);
  validatePattern(scope, 'name', props.name, /^[ a-zA-Z0-9_@-]+$/, 'use letters, digits, spaces, "_", "@" and "-" (the SecurityProfileName pattern of CloudFormation)');
  validateStringLength(scope, 'description', props.description, 0, 250);
  validateConnectResourceTags(scope, 'tags', props.tags);
  checkRules(scope, RULES, props);
  (props.permissions ?? []).forEach((permission, i) => {
    if (Token.isUnresolved(permission)) return;
    const meant = BY_LOOSE.get(loose(permission));
    if (meant !== undefined && meant !== permission) {
      fail(scope, `permissions[${i}]`, permission, `permission names are case- and dot-sensitive: did you mean "${meant}"? (admin guide, "List of security profile permissions")`);
    }
  });
}
