/**
 * The names the directory bot is told to expect: the custom vocabulary of a bot locale
 * (`AWS::Lex::Bot` `BotLocale.CustomVocabulary.CustomVocabularyItems`) and the surnames the code
 * hook sends as runtime hints. Internal to the directory constructs.
 *
 * Limits, from the Lex V2 API reference and the `AWS::Lex::Bot` resource schema: a phrase is 1 to
 * 100 characters and 1 to 4 words, the weight 0 to 3, the items unique, at most 500 per locale.
 * Runtime hints: 100 phrases per slot, English (US) and English (UK) only.
 */

/** The bot locales that take a custom vocabulary (of the directory's languages). */
export const VOCABULARY_LOCALES: readonly string[] = ['en_US', 'en_GB', 'fr_FR', 'fr_CA'];
/** The bot locales that take runtime hints. */
export const HINT_LOCALES: readonly string[] = ['en_US', 'en_GB'];
/** Most custom vocabulary items of one bot locale. */
export const MAX_VOCABULARY_ITEMS = 500;
/** Longest custom vocabulary phrase, in characters. */
export const MAX_PHRASE_LENGTH = 100;
/** Most words of a custom vocabulary phrase. */
export const MAX_PHRASE_WORDS = 4;
/** Most runtime hint phrases of one slot. */
export const MAX_HINTS = 100;
/**
 * Most bytes of the hint list in the code hook's environment (`HINT_LAST_NAMES`, JSON): a
 * function's environment holds 4 KB in all, shared with its other settings.
 */
export const MAX_HINT_CHARACTERS = 3000;

/** A custom vocabulary item, in the template's shape. */
export interface VocabularyItem {
  readonly phrase: string;
}

/** A name left out of a locale's vocabulary, and why. */
export interface SkippedName {
  readonly name: string;
  readonly reason: string;
}

/** The custom vocabulary of one locale. */
export interface Vocabulary {
  readonly items: VocabularyItem[];
  /** Names that cannot be a phrase. */
  readonly skipped: SkippedName[];
  /** Names left out because the locale already has MAX_VOCABULARY_ITEMS phrases. */
  readonly overLimit: string[];
}

/** French letters a French locale's phrase keeps; other accented letters lose their accent. */
const FRENCH_LETTERS = 'àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ';
/** Letters without a decomposition, written as a caller says them. */
const SPECIAL: Record<string, string> = Object.fromEntries([
  ['ł', 'l'], ['Ł', 'L'], ['ß', 'ss'], ['ø', 'o'], ['Ø', 'O'], ['æ', 'ae'], ['Æ', 'Ae'], ['œ', 'oe'], ['Œ', 'Oe'],
  ['đ', 'd'], ['Đ', 'D'], ['ð', 'd'], ['Ð', 'D'], ['þ', 'th'], ['Þ', 'Th'], ['ı', 'i'], ['’', "'"], ['ʼ', "'"], ['‘', "'"],
]);

/**
 * The phrase of a name in a locale, or why it cannot be one. Accents a locale's phrases cannot
 * hold are dropped (Nguyễn → Nguyen in English, Lévesque stays in French); a phrase holds letters
 * A to Z (and in French the accented letters of French), and an apostrophe, hyphen or period
 * inside or after a word, words separated by one space.
 */
export function vocabularyPhrase(name: string, localeId: string): { phrase?: string; reason?: string } {
  const french = localeId.startsWith('fr');
  const written = name.trim().replace(/\s+/g, ' ');
  if (!written) return { reason: 'empty' };
  let phrase = '';
  for (const ch of written) {
    if (/[A-Za-z '.-]/.test(ch) || (french && FRENCH_LETTERS.includes(ch))) {
      phrase += ch;
      continue;
    }
    phrase += SPECIAL[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  const letter = french ? `[A-Za-z${FRENCH_LETTERS}]` : '[A-Za-z]';
  const word = `${letter}+(?:['.-]${letter}*)*`;
  const bad = [...new Set([...phrase].filter((ch) => !new RegExp(`^(?:${letter}|['. -])$`).test(ch)))];
  if (bad.length > 0) return { reason: `characters a phrase may not hold: ${bad.join(' ')}` };
  if (!new RegExp(`^${word}(?: ${word})*$`).test(phrase)) return { reason: 'punctuation outside a word' };
  if (phrase.length > MAX_PHRASE_LENGTH) return { reason: `more than ${MAX_PHRASE_LENGTH} characters` };
  if (phrase.split(' ').length > MAX_PHRASE_WORDS) return { reason: `more than ${MAX_PHRASE_WORDS} words` };
  return { phrase };
}

/**
 * The custom vocabulary of a locale from names in order of preference (surnames, then first
 * names): one item per distinct phrase (case ignored), at most MAX_VOCABULARY_ITEMS.
 */
export function buildVocabulary(names: readonly string[], localeId: string): Vocabulary {
  const items: VocabularyItem[] = [];
  const skipped: SkippedName[] = [];
  const overLimit: string[] = [];
  const seen = new Set<string>();
  const seenSkipped = new Set<string>();
  for (const name of names) {
    const { phrase, reason } = vocabularyPhrase(name, localeId);
    if (!phrase) {
      if (!seenSkipped.has(name)) skipped.push({ name, reason: reason! });
      seenSkipped.add(name);
      continue;
    }
    const key = phrase.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (items.length >= MAX_VOCABULARY_ITEMS) {
      overLimit.push(name);
      continue;
    }
    items.push({ phrase });
  }
  return { items, skipped, overLimit };
}

/** Distinct names (case ignored, first spelling kept), trimmed, without blanks. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}
