import { Duration } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { PhoneType } from './agent-props';
import type { AgentProps } from './agent-props';
import { EXTENSION_TAG } from './private/agent-tags';
import { IdentityManagementType } from '../core/contact-center';
import { Rule, checkRules, sameInstance, uniqueName } from './private/rules';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, isToken, validateConnectResourceTags, validatePattern, validateStringLength } from '../core/private/validate';

/** How the agent's instance manages identities (Connect-managed when unknown). */
function identityOf(p: AgentProps): IdentityManagementType {
  return p.contactCenter.identityManagementType ?? IdentityManagementType.CONNECT_MANAGED;
}

/** true when CreateUser requires both names: with Connect-managed and SAML identity; only a directory supplies them. */
function namesRequired(p: AgentProps): boolean {
  return identityOf(p) !== IdentityManagementType.EXISTING_DIRECTORY;
}

/** The rules of Agent's props, checked in order after the length and pattern checks. */
const RULES: Array<Rule<AgentProps>> = [
  {
    prop: 'email',
    value: (p) => p.email,
    check: (p) => identityOf(p) === IdentityManagementType.SAML && p.email !== undefined
      ? 'Connect rejects an email address with SAML identity (the identity provider holds it); remove it' : undefined,
  },
  {
    prop: 'phoneType',
    value: (p) => p.phoneType,
    check: (p) => p.phoneType === undefined || Object.values(PhoneType).includes(p.phoneType)
      ? undefined : `must be one of ${Object.values(PhoneType).join(', ')}`,
  },
  {
    prop: 'deskPhoneNumber',
    value: (p) => p.deskPhoneNumber,
    check: (p) => p.phoneType === PhoneType.DESK_PHONE && !p.deskPhoneNumber ? 'required when phoneType is DESK_PHONE' : undefined,
  },
  {
    prop: 'securityProfiles',
    value: (p) => `${p.securityProfiles?.length ?? 0} profiles`,
    check: (p) => !p.securityProfiles || p.securityProfiles.length < 1 || p.securityProfiles.length > 10 ? 'give 1 to 10 security profiles' : undefined,
  },
  {
    prop: 'tags',
    value: (p) => `${Object.keys(p.tags ?? {}).length + (p.extension ? 1 : 0)} tags`,
    check: (p) => Object.keys(p.tags ?? {}).length + (p.extension ? 1 : 0) > 50 ? 'at most 50 tags including the extension tag' : undefined,
  },
  {
    prop: 'tags',
    value: () => EXTENSION_TAG,
    check: (p) => p.extension && p.tags && EXTENSION_TAG in p.tags
      ? `the "${EXTENSION_TAG}" tag is set from the extension prop; do not set it in tags` : undefined,
  },
  {
    prop: 'firstName',
    value: (p) => p.firstName,
    check: (p) => namesRequired(p) && (p.firstName === undefined || p.firstName === '')
      ? `required with ${identityOf(p)} identity (Connect rejects a user without first and last name)` : undefined,
  },
  {
    prop: 'lastName',
    value: (p) => p.lastName,
    check: (p) => namesRequired(p) && (p.lastName === undefined || p.lastName === '')
      ? `required with ${identityOf(p)} identity (Connect rejects a user without first and last name)` : undefined,
  },
  {
    prop: 'directoryUserId',
    value: (p) => p.directoryUserId,
    check: (p) => p.directoryUserId && identityOf(p) !== IdentityManagementType.EXISTING_DIRECTORY
      ? 'only used with an existing-directory instance' : undefined,
  },
  {
    prop: 'passwordSecret',
    value: (p) => p.passwordSecret?.node.path,
    check: (p) => p.passwordSecret && identityOf(p) !== IdentityManagementType.CONNECT_MANAGED
      ? `passwords are not managed by Connect with ${identityOf(p)} identity; remove it` : undefined,
  },
  {
    prop: 'hierarchyGroup',
    value: (p) => p.hierarchyGroup?.node.path,
    check: (p) => p.hierarchyGroup && p.hierarchyGroupArn !== undefined ? 'give hierarchyGroup or hierarchyGroupArn, not both' : undefined,
  },
  // Rules that involve other resources of the contact center come last.
  uniqueName('usernames', (p) => p.username, 'username'),
  sameInstance('routingProfile', (p) => p.routingProfile, (p) => p.routingProfile?.routingProfileArn),
];

/** Extensions per contact center object, for the synth-time uniqueness check. */
const extensions = new WeakMap<object, Map<string, string>>();

/**
 * Checks an agent's props, and its username, extension and references against its contact
 * center. The extension is claimed last, once every other check has passed.
 */
export function validateAgentProps(scope: IConstruct, props: AgentProps): void {
  // CreateUser: names are 1-100 characters with SAML, 1-255 (first) and 1-256 (last) otherwise.
  const saml = identityOf(props) === IdentityManagementType.SAML;
  validateStringLength(scope, 'username', props.username, 1, 64);
  validatePattern(scope, 'username', props.username, /^[a-zA-Z0-9_\-.@]+$/, 'use letters, digits and _ - . @');
  validateStringLength(scope, 'firstName', props.firstName, 1, saml ? 100 : 255);
  validateStringLength(scope, 'lastName', props.lastName, 1, saml ? 100 : 256);
  validatePattern(scope, 'email', props.email, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');
  validatePattern(scope, 'extension', props.extension, /^[0-9]{2,10}$/, 'must be 2 to 10 digits');
  if (props.hierarchyGroupArn !== undefined) {
    parseInstanceChildArn(scope.node.path, 'hierarchyGroupArn', props.hierarchyGroupArn, 'agent-group', 'groupId');
  }
  validatePattern(scope, 'deskPhoneNumber', props.deskPhoneNumber, /^\+[1-9][0-9]{1,14}$/, 'must be an E.164 number such as "+12065550100"');
  afterContactWorkSeconds(scope, props.afterContactWorkTimeout);
  validateConnectResourceTags(scope, 'tags', props.tags);
  checkRules(scope, RULES, props);
  (props.securityProfiles ?? []).forEach((profile, i) => checkRules(scope,
    [sameInstance(`securityProfiles[${i}]`, () => profile, () => profile.securityProfileArn)], props));
  claimExtension(scope, props);
}

/** Extensions are unique within a contact center (the directory IVR finds an agent by its extension). */
function claimExtension(scope: IConstruct, props: AgentProps): void {
  if (!props.extension || isToken(props.extension)) return;
  const seen = extensions.get(props.contactCenter) ?? new Map<string, string>();
  extensions.set(props.contactCenter, seen);
  const other = seen.get(props.extension);
  if (other) fail(scope, 'extension', props.extension, `already used by ${other}; extensions must be unique within the contact center`);
  seen.set(props.extension, scope.node.path);
}

/**
 * The after-contact-work timeout in whole seconds, 0 (unlimited) to 2,000,000; a token is
 * returned as is.
 */
export function afterContactWorkSeconds(scope: IConstruct, timeout: Duration | undefined): number {
  if (timeout === undefined) return 0;
  const millis = timeout.toMilliseconds();
  if (isToken(millis)) return timeout.toSeconds();
  if (millis % 1000 !== 0) {
    fail(scope, 'afterContactWorkTimeout', timeout, 'must be a whole number of seconds (Connect counts after-contact work in seconds)');
  }
  const seconds = millis / 1000;
  if (seconds < 0 || seconds > 2_000_000) {
    fail(scope, 'afterContactWorkTimeout', timeout, 'must be between 0 (unlimited) and 2,000,000 seconds');
  }
  return seconds;
}
