import { IConstruct } from 'constructs';
import type { ContactCenterProps } from './contact-center-props';
import { IdentityManagementType } from '../core/contact-center';
import { Rule, checkRules } from './private/rules';
import { validatePattern, validateStringLength, validateTags } from '../core/private/validate';

/** Instance alias rules of the CreateInstance API. */
const ALIAS_PATTERN = /^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/;
const DIRECTORY_ID_PATTERN = /^d-[0-9a-f]{10}$/;

function identityOf(p: ContactCenterProps): IdentityManagementType {
  return p.identityManagementType ?? IdentityManagementType.CONNECT_MANAGED;
}

/** The rules of ContactCenter's props, checked in order after the alias checks. */
const RULES: Array<Rule<ContactCenterProps>> = [
  {
    prop: 'identityManagementType',
    value: (p) => p.identityManagementType,
    check: (p) => Object.values(IdentityManagementType).includes(identityOf(p))
      ? undefined : `must be one of ${Object.values(IdentityManagementType).join(', ')}`,
  },
  {
    prop: 'directoryId',
    value: (p) => p.directoryId,
    check: (p) => identityOf(p) === IdentityManagementType.EXISTING_DIRECTORY && !p.directoryId
      ? 'a directory ID is required when identityManagementType is EXISTING_DIRECTORY' : undefined,
  },
  {
    prop: 'directoryId',
    value: (p) => p.directoryId,
    check: (p) => identityOf(p) !== IdentityManagementType.EXISTING_DIRECTORY && p.directoryId !== undefined
      ? `only allowed with identityManagementType EXISTING_DIRECTORY (got ${identityOf(p)})` : undefined,
  },
];

/** Checks a contact center's props. */
export function validateContactCenterProps(scope: IConstruct, props: ContactCenterProps): void {
  validateStringLength(scope, 'instanceAlias', props.instanceAlias, 1, 45);
  validatePattern(scope, 'instanceAlias', props.instanceAlias, ALIAS_PATTERN,
    'use letters, digits and hyphens; it must not start with "d-" nor start or end with a hyphen (the access-URL label rules)');
  checkRules(scope, RULES, props);
  validatePattern(scope, 'directoryId', props.directoryId, DIRECTORY_ID_PATTERN, 'must be "d-" followed by 10 lowercase hex digits');
  validateTags(scope, 'tags', props.tags);
}
