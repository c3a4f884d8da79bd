/**
 * Lambda handler: the Lex V2 code hook (dialog and fulfillment) of the directory bot.
 *
 * Environment: `INSTANCE_ID`, `NAME_KEY_PREFIX` (default `NameKey:`), `EXTENSION_TAG_KEY`
 * (default `Extension`), `MAX_ATTEMPTS` (default 3), `SPELLING_STYLE` (`SpellByLetter` or
 * `SpellByWord`, default `SpellByLetter`), `CACHE_TTL_SECONDS` (default 60), `HINT_LAST_NAMES` (a
 * JSON array of the surnames sent as runtime hints; default none).
 */
import { ConnectClient } from '@aws-sdk/client-connect';
import type { LexV2Event } from 'aws-lambda';
import { createDialog, type DialogResult } from './dialog';
import { createNameLookup } from './lookup';
import { DEFAULT_NAME_KEY_PREFIX } from '../shared/name-keys';

const client = new ConnectClient({ maxAttempts: 1 });

const lookup = createNameLookup({
  client,
  instanceId: process.env.INSTANCE_ID ?? '',
  keyPrefix: process.env.NAME_KEY_PREFIX || DEFAULT_NAME_KEY_PREFIX,
  cacheTtlMs: Number(process.env.CACHE_TTL_SECONDS ?? '60') * 1000,
  budgetMs: 3000,
});

const dialog = createDialog({
  lookup,
  maxAttempts: Math.max(1, Number.parseInt(process.env.MAX_ATTEMPTS ?? '3', 10) || 3),
  spellingStyle: process.env.SPELLING_STYLE === 'SpellByWord' ? 'SpellByWord' : 'SpellByLetter',
  extensionTagKey: process.env.EXTENSION_TAG_KEY || 'Extension',
  hintLastNames: parseNames(process.env.HINT_LAST_NAMES),
});

/** A JSON array of strings, or nothing (any other value sends no hints). */
function parseNames(raw: string | undefined): string[] | undefined {
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : undefined;
  } catch {
    return undefined;
  }
}

export async function handler(event: LexV2Event): Promise<DialogResult> {
  return dialog(event);
}

/** For the benchmark: forget cached searches between measured lookups. */
export function clearCache(): void {
  lookup.clearCache();
}
