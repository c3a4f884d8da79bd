/**
 * Helpers shared by the validator, the diagram renderer and the simulator for reading
 * flow-language values. Not part of the public API.
 */

/** The flow-language document version. */
export const FLOW_LANGUAGE_VERSION = '2019-10-30';

/** Maximum length of `AWS::Connect::ContactFlow.Content`. */
export const MAX_CONTENT_LENGTH = 256_000;

/** The docs' example limit on actions per flow. */
export const MAX_ACTIONS = 250;

const OPAQUE = /\$\{Token\[|#\{Token\[|\$\{[^}]*\}|%[A-Za-z0-9_.:-]+%/;
const NUMBER_TOKEN_LIMIT = -1e+289;

/**
 * true when a value must not be range- or enum-checked: CDK tokens (`${Token[…]}`),
 * deploy-time placeholders (`${INSTANCE_ID}`, `%QueueArn%`), unresolved CDK objects and
 * encoded number tokens.
 */
export function isOpaque(value: unknown): boolean {
  if (typeof value === 'string') return OPAQUE.test(value);
  if (typeof value === 'number') return value <= NUMBER_TOKEN_LIMIT;
  if (value !== null && typeof value === 'object') {
    return typeof (value as any).resolve === 'function' || isIntrinsic(value);
  }
  return false;
}

/** true for a CloudFormation intrinsic object (`{ "Ref": … }`, `{ "Fn::Join": … }`). */
export function isIntrinsic(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

const WHOLE_PATH = /^\$\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_:@-]+)*$/;

/** true when the whole value is one JSONPath reference such as `$.Attributes.queue`. */
export function isJsonPath(value: unknown): value is string {
  return typeof value === 'string' && WHOLE_PATH.test(value);
}

/** true for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is { [key: string]: any } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A flow-language document in the legacy console export format. */
export function isLegacyExport(document: any): boolean {
  return isObject(document) && Array.isArray(document.modules) && document.Actions === undefined;
}

/** true for a flow-language boolean: "True" or "False" (any case, as exports vary). */
export function isBoolString(value: unknown): value is string {
  return typeof value === 'string' && /^(true|false)$/i.test(value);
}

/** true for the flow-language boolean "True" (any case). */
export function isTrue(value: unknown): boolean {
  return typeof value === 'string' && value.toLowerCase() === 'true';
}

/**
 * true for a string the flow language reads as a number: not empty or blank (`Number("")` is 0,
 * but an empty side makes a Number* condition false).
 */
export function isNumber(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

/** Names the flow-language reference forbids as action identifiers (plus `prototype`). */
export const RESERVED_IDENTIFIERS: readonly string[] = [
  '__proto__', 'constructor', '__defineGetter__', '__defineSetter__', 'toString', 'hasOwnProperty', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', 'valueOf', 'prototype',
];

/** The E.164 pattern: `+`, country code, up to 15 digits in all. */
export const E164 = /^\+[1-9][0-9]{6,14}$/;

/** true for the flow-language boolean "False" (any case). */
export function isFalse(value: unknown): boolean {
  return typeof value === 'string' && value.toLowerCase() === 'false';
}

/**
 * Roots of references that are namespaces, not values: `$.External` alone names no value,
 * `$.External.tier` does. (`$.StoredCustomerInput`, `$.Channel`… are values themselves.)
 */
const NAMESPACES = new Set([
  'Attributes', 'External', 'FlowAttributes', 'Lex', 'Metrics', 'Queue', 'Agent', 'CustomerEndpoint',
  'SystemEndpoint', 'Customer', 'Case', 'Tags', 'SegmentAttributes', 'Modules', 'Views', 'Media',
]);
const SUB_NAMESPACES = new Set(['Lex.Slots', 'Lex.SessionAttributes', 'Lex.IntentConfidence', 'Lex.SentimentResponse', 'Metrics.Queue', 'Metrics.Agents']);

/** true for one whole JSONPath that names a value (has a leaf): `$.External.tier`, not `$.External`. */
export function isValuePath(value: unknown): value is string {
  if (!isJsonPath(value)) return false;
  const segs = value.slice(2).split('.');
  if (segs.length === 1) return !NAMESPACES.has(segs[0]);
  if (segs.length === 2) return !SUB_NAMESPACES.has(`${segs[0]}.${segs[1]}`);
  return true;
}

/** The edit distance between two strings (insertions, deletions, substitutions), ignoring case. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length];
}

/**
 * The known name closest to `name`, when it is close enough to be a likely misspelling (at most a
 * third of its letters differ, or one contains the other); undefined otherwise.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const lower = name.toLowerCase();
  const close = bestDistance <= Math.max(1, Math.floor(name.length / 3));
  const contained = lower.length >= 4 && known.some((k) => k === best && (k.toLowerCase().includes(lower) || lower.includes(k.toLowerCase())));
  return close || contained ? best : undefined;
}
