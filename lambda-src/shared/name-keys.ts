/**
 * How phonetic name keys are stored on Connect users: one tag per key, `<prefix><code>` = `1`.
 * Putting the code in the tag key lets one user carry many keys and one SearchUsers call ask for
 * "any of these keys" with an OR of tag conditions.
 */
import type { TagCondition } from '@aws-sdk/client-connect';

/** Default prefix of the name-key tags. */
export const DEFAULT_NAME_KEY_PREFIX = 'NameKey:';
/** The value of every name-key tag. */
export const NAME_KEY_VALUE = '1';

export function nameKeyTags(prefix: string, keys: readonly string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const key of keys) tags[prefix + key] = NAME_KEY_VALUE;
  return tags;
}

export function nameKeyConditions(prefix: string, keys: readonly string[]): TagCondition[] {
  return keys.map((key) => ({ TagKey: prefix + key, TagValue: NAME_KEY_VALUE }));
}
