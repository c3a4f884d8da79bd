import { Reference, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { IContactCenter } from '../../core/contact-center';

/**
 * Synth-time checks that the resources a construct uses belong to its own Connect instance, and
 * that names are unique within one instance. Not part of the public API.
 */

/** Where an instance lives, as far as the synth can tell. */
interface InstanceLocation {
  readonly partition?: string;
  readonly region?: string;
  readonly account?: string;
  readonly instanceId?: string;
}

const INSTANCE_ARN = /^arn:([\w-]+):connect:([\w-]*):(\d{12}):instance\/([-a-zA-Z0-9]+)/;

/** The instance part of a literal Connect ARN (`…:instance/<id>[/…]`); undefined for tokens and other ARNs. */
export function instanceOfArn(arn: string | undefined): InstanceLocation | undefined {
  if (arn === undefined || Token.isUnresolved(arn)) return undefined;
  const m = INSTANCE_ARN.exec(arn);
  return m ? { partition: m[1], region: m[2], account: m[3], instanceId: m[4] } : undefined;
}

function resolved(value: string | undefined): string | undefined {
  return value === undefined || Token.isUnresolved(value) ? undefined : value;
}

/** Where a contact center lives: its literal ARN, or else its stack's environment when concrete. */
function locate(cc: IContactCenter): InstanceLocation {
  const fromArn = instanceOfArn(cc.instanceArn);
  if (fromArn) return fromArn;
  const stack = Stack.of(cc);
  return { region: resolved(cc.env?.region) ?? resolved(stack.region), account: resolved(cc.env?.account) ?? resolved(stack.account) };
}

/** Why `theirs` cannot be the instance `ours` lives in, or undefined when it can (or the synth cannot tell). */
function differs(ours: InstanceLocation, theirs: InstanceLocation): string | undefined {
  if (ours.account && theirs.account && ours.account !== theirs.account) return `account ${theirs.account}, not ${ours.account}`;
  if (ours.region !== undefined && theirs.region !== undefined && ours.region !== theirs.region) return `region ${theirs.region}, not ${ours.region}`;
  if (ours.instanceId && theirs.instanceId && ours.instanceId !== theirs.instanceId) return `instance ${theirs.instanceId}, not ${ours.instanceId}`;
  return undefined;
}

/** The contact center a construct of this library was created in, if it records one. */
export function contactCenterOf(resource: unknown): IContactCenter | undefined {
  return (resource as { contactCenter?: IContactCenter } | undefined)?.contactCenter;
}

/**
 * Why a resource (with the contact center it was created in, if known, and its ARN) does not belong
 * to `cc`, or undefined when it does or the synth cannot tell (tokens without a construct behind them).
 */
export function otherInstanceReason(cc: IContactCenter, other: IContactCenter | undefined, arn: string | undefined): string | undefined {
  if (other) {
    if (other === cc) return undefined;
    if (other.instanceArn === cc.instanceArn) return undefined;
    const reason = differs(locate(cc), locate(other));
    if (reason) return `it belongs to contact center ${other.node.path} (${reason})`;
    // Two contact centers with the same literal ARN are the same instance; otherwise two
    // different constructs mean two instances.
    if (instanceOfArn(cc.instanceArn) && instanceOfArn(other.instanceArn)) return undefined;
    return `it belongs to contact center ${other.node.path}, not ${cc.node.path}`;
  }
  const theirs = instanceOfArn(arn);
  if (!theirs) return undefined;
  const reason = differs(locate(cc), theirs);
  return reason ? `its ARN names ${reason}` : undefined;
}

/**
 * The first reason a resource referenced by a (possibly tokenized) string value of a flow document
 * is not in `cc`: literal Connect ARNs, and references to constructs of this library.
 */
export function foreignReferenceInString(cc: IContactCenter, value: string): string | undefined {
  // Literal ARNs, possibly several in one string (token markers never match the instance ID part).
  for (const m of value.matchAll(/arn:[\w-]+:connect:[\w-]*:\d{12}:instance\/[-a-zA-Z0-9]+/g)) {
    const reason = otherInstanceReason(cc, undefined, m[0]);
    if (reason) return `${m[0]}: ${reason}`;
  }
  if (!Token.isUnresolved(value)) return undefined;
  for (const t of Tokenization.reverseString(value).tokens) {
    if (!(t instanceof Reference)) continue;
    const owner = t.target.node.scope;
    const other = contactCenterOf(owner);
    if (!other) continue;
    const reason = otherInstanceReason(cc, other, undefined);
    if (reason) return `${owner!.node.path}: ${reason}`;
  }
  return undefined;
}

/** Names per contact center and kind, for the synth-time uniqueness checks. */
const names = new WeakMap<IContactCenter, Map<string, Map<string, string>>>();

/**
 * Record `name` as used by `scope` for `kind` in `cc`; returns the path of the construct that
 * already uses it, if any. Tokens are not recorded.
 */
export function claimName(cc: IContactCenter, kind: string, name: string | undefined, scope: IConstruct): string | undefined {
  if (name === undefined || Token.isUnresolved(name)) return undefined;
  const kinds = names.get(cc) ?? new Map<string, Map<string, string>>();
  names.set(cc, kinds);
  const used = kinds.get(kind) ?? new Map<string, string>();
  kinds.set(kind, used);
  const other = used.get(name);
  if (other !== undefined && other !== scope.node.path) return other;
  used.set(name, scope.node.path);
  return undefined;
}
