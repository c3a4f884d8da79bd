/**
 * The Lex V2 code hook of the directory bot (dialog and fulfillment): match the heard surname;
 * when nothing matches, elicit the surname again with a spelling style; when several people
 * match, ask for the first name; on a match close the intent with the agent in session
 * attributes; after the last attempt close the intent as failed so the flow falls back.
 *
 * Session attributes the flow reads: `directoryResult` (`MATCH`, `NO_MATCH` or `ERROR`), and on a
 * match `agentId`, `agentArn`, `agentFirstName`, `agentLastName`, `agentExtension`.
 *
 * Runtime hints (English (US) and English (UK) only, the languages Lex V2 takes them in): when the
 * surname is still to be asked, the answer carries the directory's surnames as hints for the
 * `LastName` slot; when the first name is asked among several people, their first names as hints
 * for `FirstName`. The bot invokes this hook in the intent's initial response, after the intent is
 * recognized and before the first slot is elicited, so the hints are in place for that elicitation.
 * Spelled re-prompts carry no new hints: the answer is letters, not a name.
 */
import type { LexV2Event, LexV2Result, LexV2Slot, LexV2Slots } from 'aws-lambda';
import type { DirectoryPerson, NameLookupResult, NameQuery } from './lookup';
import { decideByFirstName, parseSpelled } from '../shared/names';

/** Names shared with the bot definition (src/directory/directory-bot.ts). */
export const PERSON_INTENT = 'ReachPerson';
export const LAST_NAME_SLOT = 'LastName';
export const FIRST_NAME_SLOT = 'FirstName';

/** Session attributes. */
export const ATTR = {
  result: 'directoryResult',
  agentId: 'agentId',
  agentArn: 'agentArn',
  firstName: 'agentFirstName',
  lastName: 'agentLastName',
  extension: 'agentExtension',
  attempt: 'directoryAttempt',
  candidates: 'directoryCandidates',
  firstNameAsked: 'directoryFirstNameAsked',
} as const;

export type SpellingStyle = 'SpellByLetter' | 'SpellByWord';

/** The Lex V2 locales that take runtime hints. */
export const HINT_LOCALES: readonly string[] = ['en_US', 'en_GB'];
/** Most runtime hint phrases for one slot. */
export const MAX_HINTS_PER_SLOT = 100;
/** Longest runtime hint phrase (a user's name is at most 100 characters). */
export const MAX_HINT_LENGTH = 100;

/** Lex V2 runtime hints (`sessionState.runtimeHints`): intent name, slot name, phrases. */
export interface RuntimeHints {
  readonly slotHints: Record<string, Record<string, { readonly runtimeHintValues: ReadonlyArray<{ readonly phrase: string }> }>>;
}

/** A code-hook answer: Lex V2's, with the runtime hints the aws-lambda types lack. */
export type DialogResult = LexV2Result & { readonly sessionState: LexV2Result['sessionState'] & { readonly runtimeHints?: RuntimeHints } };

export interface DialogConfig {
  readonly lookup: (query: NameQuery) => Promise<NameLookupResult>;
  /** Surname attempts in all: the spoken one, then spelled ones. */
  readonly maxAttempts: number;
  readonly spellingStyle: SpellingStyle;
  /** The user tag holding the extension. */
  readonly extensionTagKey: string;
  /**
   * The surnames sent as runtime hints when the surname is asked (at most 100 are sent).
   * @default - no surname hints
   */
  readonly hintLastNames?: readonly string[];
}

/**
 * The runtime hints of one slot of the person intent in a locale that takes them: distinct
 * phrases of 1 to 100 characters, at most 100; undefined when there is nothing to send.
 */
export function slotHints(localeId: string | undefined, slot: string, phrases: readonly string[] | undefined): RuntimeHints | undefined {
  if (!localeId || !HINT_LOCALES.includes(localeId) || !phrases) return undefined;
  const seen = new Set<string>();
  const values: Array<{ phrase: string }> = [];
  for (const raw of phrases) {
    const phrase = typeof raw === 'string' ? raw.trim() : '';
    if (!phrase || phrase.length > MAX_HINT_LENGTH || seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    values.push({ phrase });
    if (values.length === MAX_HINTS_PER_SLOT) break;
  }
  return values.length > 0 ? { slotHints: { [PERSON_INTENT]: { [slot]: { runtimeHintValues: values } } } } : undefined;
}

/** A stored candidate of an ambiguous surname (kept short: session attributes travel every turn). */
interface StoredCandidate { i: string; a: string; f: string; l: string; x?: string }

const MESSAGES: Record<string, Record<'spell' | 'spellWords' | 'firstName', string>> = {
  en: {
    spell: 'Sorry, I did not find that name. Please spell the last name, letter by letter.',
    spellWords: 'Sorry, I did not find that name. Please spell the last name, saying for example S as in Sam.',
    firstName: 'Several people have that last name. What is the first name?',
  },
  fr: {
    spell: "Désolé, je n'ai pas trouvé ce nom. Épelez le nom de famille, lettre par lettre.",
    spellWords: "Désolé, je n'ai pas trouvé ce nom. Épelez le nom de famille, par exemple S comme Sophie.",
    firstName: 'Plusieurs personnes portent ce nom. Quel est le prénom ?',
  },
};

function messages(localeId: string | undefined) {
  return MESSAGES[(localeId ?? 'en').slice(0, 2).toLowerCase()] ?? MESSAGES.en;
}

/**
 * Longest slot value taken as a name (a spelled surname with "S as in Sam" for every letter fits;
 * a user's last name is at most 100 characters): longer values are not names, and the phonetic
 * keys of a huge one would cost seconds.
 */
const MAX_HEARD_LENGTH = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Session attributes are strings: anything else in the event's attributes is dropped. */
function stringAttributes(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(value)) for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
  return out;
}

/**
 * The event with what the dialog reads in the shapes Lex V2 sends (string attributes, a named
 * intent, a slots map, a string locale), or undefined when it has no named intent.
 */
function normalize(event: unknown): LexV2Event | undefined {
  const state = isRecord(event) ? event.sessionState : undefined;
  const intent = isRecord(state) ? state.intent : undefined;
  if (!isRecord(event) || !isRecord(state) || !isRecord(intent) || typeof intent.name !== 'string' || !intent.name) return undefined;
  const bot = isRecord(event.bot) && typeof event.bot.localeId === 'string' ? event.bot : undefined;
  return {
    ...event,
    bot,
    sessionState: {
      ...state,
      sessionAttributes: stringAttributes(state.sessionAttributes),
      intent: { ...intent, slots: isRecord(intent.slots) ? intent.slots : {} },
    },
  } as unknown as LexV2Event;
}

function slotValues(slot: LexV2Slot | null | undefined): string[] {
  if (!isRecord(slot) || !isRecord(slot.value)) return [];
  const v = slot.value as { interpretedValue?: unknown; resolvedValues?: unknown; originalValue?: unknown };
  const values = [v.interpretedValue, ...(Array.isArray(v.resolvedValues) ? v.resolvedValues : []), v.originalValue];
  return [...new Set(values.filter((x): x is string => typeof x === 'string' && x.trim().length > 0 && x.length <= MAX_HEARD_LENGTH))];
}

function parseCandidates(raw: string | undefined): StoredCandidate[] | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw);
    return Array.isArray(parsed) && parsed.every(isStoredCandidate) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isStoredCandidate(c: unknown): c is StoredCandidate {
  return isRecord(c) && typeof c.i === 'string' && typeof c.a === 'string' && typeof c.f === 'string' && typeof c.l === 'string'
    && (c.x === undefined || typeof c.x === 'string');
}

function storeCandidate(person: DirectoryPerson, extensionTagKey: string): StoredCandidate {
  const x = person.user.tags[extensionTagKey];
  return { i: person.user.id, a: person.user.arn, f: person.user.firstName, l: person.user.lastName, ...(x ? { x } : {}) };
}

function withoutInternal(attributes: Record<string, string>): Record<string, string> {
  const out = { ...attributes };
  delete out[ATTR.candidates];
  delete out[ATTR.firstNameAsked];
  return out;
}

export function createDialog(config: DialogConfig) {
  function close(event: LexV2Event, attributes: Record<string, string>, state: 'Fulfilled' | 'Failed'): LexV2Result {
    const intent = event.sessionState?.intent;
    return {
      sessionState: {
        sessionAttributes: attributes,
        dialogAction: { type: 'Close' },
        intent: { name: intent?.name ?? PERSON_INTENT, state, slots: intent?.slots ?? {} },
      },
    };
  }

  function matched(event: LexV2Event, attributes: Record<string, string>, c: StoredCandidate): LexV2Result {
    return close(event, {
      ...withoutInternal(attributes),
      [ATTR.result]: 'MATCH',
      [ATTR.agentId]: c.i,
      [ATTR.agentArn]: c.a,
      [ATTR.firstName]: c.f,
      [ATTR.lastName]: c.l,
      ...(c.x ? { [ATTR.extension]: c.x } : {}),
    }, 'Fulfilled');
  }

  function fallback(event: LexV2Event, attributes: Record<string, string>, result: 'NO_MATCH' | 'ERROR'): LexV2Result {
    return close(event, { ...withoutInternal(attributes), [ATTR.result]: result }, 'Failed');
  }

  function elicit(event: LexV2Event, attributes: Record<string, string>, slot: string, message: string, style?: SpellingStyle, hints?: RuntimeHints): DialogResult {
    const slots: LexV2Slots = { ...(event.sessionState.intent.slots ?? {}), [slot]: null };
    return {
      sessionState: {
        sessionAttributes: attributes,
        ...(hints ? { runtimeHints: hints } : {}),
        dialogAction: style ? { type: 'ElicitSlot', slotToElicit: slot, slotElicitationStyle: style } : { type: 'ElicitSlot', slotToElicit: slot },
        intent: { name: event.sessionState.intent.name, state: 'InProgress', slots },
      },
      messages: [{ contentType: 'PlainText', content: message }],
    };
  }

  async function respond(event: LexV2Event): Promise<DialogResult> {
    const intent = event.sessionState.intent;
    const attributes: Record<string, string> = { ...(event.sessionState.sessionAttributes ?? {}) };
    const localeId = event.bot?.localeId;
    const text = messages(localeId);
    const firstNameHints = (people: readonly StoredCandidate[]) => slotHints(localeId, FIRST_NAME_SLOT, people.map((c) => c.f));
    if (intent.name !== PERSON_INTENT) {
      // Only the person intent has code hooks; anything else is the flow's to route.
      return close(event, attributes, 'Fulfilled');
    }
    if (attributes[ATTR.result] === 'MATCH' && attributes[ATTR.agentId]) return close(event, attributes, 'Fulfilled');

    const lastNames = slotValues(intent.slots?.[LAST_NAME_SLOT]);
    const firstName = slotValues(intent.slots?.[FIRST_NAME_SLOT])[0];
    const attempt = Math.max(0, Number.parseInt(attributes[ATTR.attempt] ?? '0', 10) || 0);

    // The caller was asked for the first name among several people with the heard surname.
    const stored = parseCandidates(attributes[ATTR.candidates]);
    if (stored) {
      if (!firstName) {
        if (attributes[ATTR.firstNameAsked] === '2') return fallback(event, attributes, 'NO_MATCH');
        return elicit(event, { ...attributes, [ATTR.firstNameAsked]: '2' }, FIRST_NAME_SLOT, text.firstName, undefined, firstNameHints(stored));
      }
      const people = stored.map((c) => ({ id: c.i, firstName: c.f, lastName: c.l, c }));
      const byFirst = decideByFirstName(firstName, people);
      return byFirst.match ? matched(event, attributes, byFirst.match.c) : fallback(event, attributes, 'NO_MATCH');
    }

    if (lastNames.length === 0) {
      if (attempt === 0) {
        // Lex elicits the surname with the bot's prompt, and the hints of this answer.
        const hints = slotHints(localeId, LAST_NAME_SLOT, config.hintLastNames);
        return {
          sessionState: {
            sessionAttributes: attributes,
            ...(hints ? { runtimeHints: hints } : {}),
            dialogAction: { type: 'Delegate' },
            intent: { name: intent.name, state: 'InProgress', slots: intent.slots ?? {} },
          },
        };
      }
      return elicit(event, attributes, LAST_NAME_SLOT, spellMessage(text), config.spellingStyle);
    }

    const mode = attempt > 0 ? 'spelled' : 'spoken';
    const heard = mode === 'spelled' ? [...new Set(lastNames.map(parseSpelled).filter(Boolean))] : lastNames;
    const result = await config.lookup({ heard, firstName, mode });

    if (result.decision === 'MATCH' && result.match) return matched(event, attributes, storeCandidate(result.match, config.extensionTagKey));
    if (result.decision === 'AMBIGUOUS') {
      const candidates = result.candidates.slice(0, 5).map((c) => storeCandidate(c.person, config.extensionTagKey));
      return elicit(event, { ...attributes, [ATTR.candidates]: JSON.stringify(candidates), [ATTR.firstNameAsked]: '1' }, FIRST_NAME_SLOT, text.firstName, undefined, firstNameHints(candidates));
    }
    const next = attempt + 1;
    if (next >= config.maxAttempts) return fallback(event, { ...attributes, [ATTR.attempt]: String(next) }, 'NO_MATCH');
    return elicit(event, { ...attributes, [ATTR.attempt]: String(next) }, LAST_NAME_SLOT, spellMessage(text), config.spellingStyle);
  }

  function spellMessage(text: (typeof MESSAGES)['en']): string {
    return config.spellingStyle === 'SpellByWord' ? text.spellWords : text.spell;
  }

  /** Never throws: any failure closes the intent as failed with `directoryResult=ERROR`. */
  return async function dialog(event: LexV2Event): Promise<DialogResult> {
    const lexEvent = normalize(event);
    try {
      if (!lexEvent) throw new Error('not a Lex V2 event');
      return await respond(lexEvent);
    } catch (error) {
      console.error(JSON.stringify({ message: 'name lookup failed', error: typeof error === 'object' && error && 'name' in error ? String((error as Error).name) : 'Error' }));
      const attributes = stringAttributes(lexEvent?.sessionState.sessionAttributes);
      return {
        sessionState: {
          sessionAttributes: { ...withoutInternal(attributes), [ATTR.result]: 'ERROR' },
          dialogAction: { type: 'Close' },
          intent: { name: lexEvent?.sessionState.intent.name ?? PERSON_INTENT, state: 'Failed', slots: lexEvent?.sessionState.intent.slots ?? {} },
        },
      };
    }
  };
}
