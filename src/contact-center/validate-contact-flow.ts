import { IConstruct } from 'constructs';
import type { ContactFlowProps } from './contact-flow-props';
import type { IContactCenter } from '../core/contact-center';
import { Rule, checkRules, uniqueName } from './private/rules';
import { foreignReferenceInString } from './private/same-instance';
import { failAt, validateConnectResourceTags, validateStringLength } from '../core/private/validate';
import { ContactFlowType } from '../flows/language/flow-types';

/** The rules of ContactFlow's props, checked in order after the length checks. */
const RULES: Array<Rule<ContactFlowProps>> = [
  {
    prop: 'type',
    value: (p) => p.type,
    check: (p) => p.type === undefined || Object.values(ContactFlowType).includes(p.type)
      ? undefined : `must be one of ${Object.values(ContactFlowType).join(', ')}`,
  },
  // Rules that involve other resources of the contact center come last.
  uniqueName('flow names', (p) => p.name),
];

/** Checks a flow's props (its content is checked by the flow validator). */
export function validateContactFlowProps(scope: IConstruct, props: ContactFlowProps): void {
  validateStringLength(scope, 'name', props.name, 1, 127);
  validateStringLength(scope, 'description', props.description, 0, 500);
  validateConnectResourceTags(scope, 'tags', props.tags);
  checkRules(scope, RULES, props);
}

/**
 * Checks that every Connect resource a flow document references (literal ARNs, and tokens of
 * queues, flows, hours… created with this library) belongs to the flow's own instance: Connect
 * cannot route a contact to a queue of another instance, region or account.
 */
export function validateFlowReferences(scope: IConstruct, contactCenter: IContactCenter, document: any): void {
  const visit = (value: any, path: string, action: string | undefined): void => {
    if (typeof value === 'string') {
      const reason = foreignReferenceInString(contactCenter, value);
      if (reason) {
        failAt(scope.node.path, `content${action ? ` (action "${action}")` : ''} at ${path}`, value,
          `references ${reason}; a flow can only use resources of its own Connect instance (${contactCenter.node.path})`);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, action));
    } else if (value !== null && typeof value === 'object') {
      const id = typeof value.Identifier === 'string' && 'Type' in value ? value.Identifier : action;
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, id);
    }
  };
  visit(document, '', undefined);
}
