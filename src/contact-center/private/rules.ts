import { IConstruct } from 'constructs';
import { claimName, contactCenterOf, otherInstanceReason } from './same-instance';
import type { IContactCenter } from '../../core/contact-center';
import { fail } from '../../core/private/validate';

/**
 * A synth-time rule of a construct's props: `check` returns what is allowed when the props break
 * it. The construct path, the prop and the value are added to the message by `checkRules`.
 */
export interface Rule<P> {
  readonly prop: string;
  readonly value: (p: P) => unknown;
  readonly check: (p: P, scope: IConstruct) => string | undefined;
}

/** Applies rules in order; the first broken one throws. */
export function checkRules<P>(scope: IConstruct, rules: Array<Rule<P>>, props: P): void {
  for (const rule of rules) {
    const allowed = rule.check(props, scope);
    if (allowed !== undefined) fail(scope, rule.prop, rule.value(props), allowed);
  }
}

/**
 * A rule: the name is not used by another resource of the same kind in the contact center.
 *
 * @param what what must be unique, in the plural (`queue names`, `usernames`)
 */
export function uniqueName<P extends { readonly contactCenter: IContactCenter }>(what: string, name: (p: P) => string | undefined, prop = 'name'): Rule<P> {
  return {
    prop,
    value: name,
    check: (p, scope) => {
      const other = claimName(p.contactCenter, what, name(p), scope);
      return other === undefined ? undefined
        : `already used by ${other}; ${what} must be unique within a contact center (Connect rejects a duplicate at deploy time)`;
    },
  };
}

/** A rule: a referenced resource (a construct with an ARN) belongs to the construct's contact center. */
export function sameInstance<P extends { readonly contactCenter: IContactCenter }>(
  prop: string, resource: (p: P) => { readonly node: { readonly path: string } } | undefined, arn: (p: P) => string | undefined,
): Rule<P> {
  return {
    prop,
    value: (p) => resource(p)?.node.path,
    check: (p) => {
      const r = resource(p);
      if (!r) return undefined;
      const reason = otherInstanceReason(p.contactCenter, contactCenterOf(r), arn(p));
      return reason && `${reason}; a resource can only use resources of its own Connect instance`;
    },
  };
}
