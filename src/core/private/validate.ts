import { Duration, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { describeTokens } from './tokens';

/**
 * Shared synth-time validation helpers. Every error names the construct path, the prop,
 * the value that was given and what is allowed. Unresolved tokens are never validated.
 */

/** Formats a value for an error message (a Duration in words, anything else as JSON). */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value instanceof Duration) return value.toHumanString();
  try {
    return describeTokens(JSON.stringify(value));
  } catch {
    return String(value);
  }
}

/**
 * Throws a uniformly formatted validation error for a prop of whatever `where` names (a construct
 * path, or a flow block such as `Loop "Retry"`).
 */
export function failAt(where: string, prop: string, value: unknown, allowed: string): never {
  throw new Error(`${where}: invalid ${prop} ${show(value)}: ${allowed}`);
}

/** Throws a uniformly formatted validation error for a prop of a construct. */
export function fail(scope: IConstruct, prop: string, value: unknown, allowed: string): never {
  return failAt(scope.node.path, prop, value, allowed);
}

/** true when the value must not be validated because it is (or contains) an unresolved token. */
export function isToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return Token.isUnresolved(value as any);
}

/** Validates an integer range for whatever `where` names (skips tokens and undefined). */
export function checkIntegerAt(where: string, prop: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined || isToken(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    failAt(where, prop, value, `must be an integer between ${min} and ${max}`);
  }
}

export function validateIntegerRange(scope: IConstruct, prop: string, value: number | undefined, min: number, max: number): void {
  checkIntegerAt(scope.node.path, prop, value, min, max);
}

/** Fails unless `value` is a member of the enum (a closed set; Python or Java callers can pass any string). */
export function validateEnum(
  scope: IConstruct, prop: string, value: string | undefined, members: { [name: string]: string }, enumName: string,
): void {
  if (value === undefined || isToken(value)) return;
  if (!Object.values(members).includes(value)) {
    fail(scope, prop, value, `must be one of ${Object.keys(members).map((k) => `${enumName}.${k}`).join(', ')}`);
  }
}

export function validateStringLength(scope: IConstruct, prop: string, value: string | undefined, min: number, max: number): void {
  if (value === undefined || isToken(value)) return;
  if (value.length < min || value.length > max) {
    fail(scope, prop, value, `must be between ${min} and ${max} characters long (got ${value.length})`);
  }
}

/**
 * Checks a name or description whose CloudFormation schema pattern is `.*\S.*`: white space alone
 * passes synth otherwise and fails the deploy.
 */
export function validateNotBlank(scope: IConstruct, prop: string, value: string | undefined): void {
  validatePattern(scope, prop, value, /\S/, 'must contain a character other than white space (CloudFormation pattern .*\\S.*)');
}

export function validatePattern(scope: IConstruct, prop: string, value: string | undefined, pattern: RegExp, allowed: string): void {
  if (value === undefined || isToken(value)) return;
  if (!pattern.test(value)) fail(scope, prop, value, allowed);
}

/** Validates resource tags against Connect's limits (≤ 50, key ≤ 128, value ≤ 256, no `aws:` prefix). */
export function validateTags(scope: IConstruct, prop: string, tags: { [key: string]: string } | undefined): void {
  if (!tags) return;
  const keys = Object.keys(tags);
  if (keys.length > 50) fail(scope, prop, `${keys.length} tags`, 'at most 50 tags are allowed');
  for (const key of keys) {
    if (isToken(key)) continue;
    if (key.length < 1 || key.length > 128) fail(scope, `${prop} key`, key, 'tag keys must be 1 to 128 characters long');
    if (key.toLowerCase().startsWith('aws:')) fail(scope, `${prop} key`, key, 'tag keys must not start with "aws:" (reserved by AWS)');
    const value = tags[key];
    if (!isToken(value) && value.length > 256) fail(scope, `${prop}.${key}`, value, 'tag values must be at most 256 characters long');
  }
}

/**
 * Tag keys CloudFormation accepts on AWS::Connect::Queue, User, HoursOfOperation, RoutingProfile,
 * SecurityProfile, PhoneNumber and ContactFlow: the schema pattern `^(?!aws:)[a-zA-Z+-=._:/]+$`, whose `+-=`
 * is the character range `+ , - . / 0-9 : ; < =`. No spaces and no `@` (AWS::Connect::Instance
 * has no such pattern).
 */
const CONNECT_TAG_KEY = /^[a-zA-Z0-9+,\-./:;<=_]+$/;

/** Like `validateTags`, plus the tag-key pattern of the CloudFormation schemas of Connect resources other than the instance. */
export function validateConnectResourceTags(scope: IConstruct, prop: string, tags: { [key: string]: string } | undefined): void {
  validateTags(scope, prop, tags);
  for (const key of Object.keys(tags ?? {})) {
    if (isToken(key)) continue;
    if (!CONNECT_TAG_KEY.test(key)) {
      fail(scope, `${prop} key`, key, 'CloudFormation accepts only letters, digits and + , - . / : ; < = _ in tag keys of this resource (no spaces or "@")');
    }
  }
}

/** Converts a tag map into CloudFormation's key/value list, in a deterministic order. */
export function renderTags(tags: { [key: string]: string } | undefined): { key: string; value: string }[] | undefined {
  if (!tags || Object.keys(tags).length === 0) return undefined;
  return Object.keys(tags).sort().map((key) => ({ key, value: tags[key] }));
}
