/**
 * Name matching for the company directory: pure functions, no AWS.
 *
 * A surname is normalized into a few written forms (whole name, name without particles, each
 * part of a compound name, a sound-alike respelling, a French reading for names with French
 * endings), each form gets Double Metaphone codes, and the codes become tag keys on the user
 * (`<prefix><code>`), together with their one-deletion neighbours; a short name also gets its
 * vowel-keeping sound key (`<prefix>s.<key>`), since Double Metaphone drops the vowels that are
 * most of it. A lookup sends the heard name's keys as one tag filter (a second, wider one when
 * nothing matched: confusable consonants, and for a spelled name the spellings one rhyming
 * letter away), then scores the few candidates it gets back: edit distance on letters (for
 * spelled input, rhyming and doubled letters cost less) and on codes; two short names that sound
 * the same score high, with another vowel lower. It decides MATCH / AMBIGUOUS / NO_MATCH from
 * the accept score, the margin to the next candidate, homophones and the first name; a lone
 * spoken match just above the accept score stands only if the names also sound alike with their
 * vowels, or the heard first name is the person's (else the caller is asked to spell).
 */
import type * as DoubleMetaphone from 'double-metaphone' with { 'resolution-mode': 'import' };
import { distance } from 'fastest-levenshtein';
import { languageReadings } from './name-readings';

// double-metaphone is published as an ES module only; esbuild (bundles) and the test transform
// turn it into CommonJS, so a plain require works everywhere this module runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { doubleMetaphone } = require('double-metaphone') as typeof DoubleMetaphone;

/** The outcome of matching a heard name against candidates. */
export type Decision = 'MATCH' | 'AMBIGUOUS' | 'NO_MATCH';

/** How the caller gave the surname. */
export type InputMode = 'spoken' | 'spelled';

/** A person as the matcher sees them. */
export interface Person {
  readonly id: string;
  readonly firstName?: string;
  readonly lastName: string;
}

/** A scored candidate. */
export interface ScoredCandidate<P extends Person = Person> {
  readonly person: P;
  /** Surname similarity, 0..1. */
  readonly score: number;
  /** First-name similarity, 0..1, when a first name was heard. */
  readonly firstNameScore?: number;
}

/** The result of {@link decide}. */
export interface MatchResult<P extends Person = Person> {
  readonly decision: Decision;
  /** The matched person (MATCH only). */
  readonly match?: P;
  /** The people the caller may mean (AMBIGUOUS), best first. */
  readonly candidates: ScoredCandidate<P>[];
}

/** Tuning of the decision. */
export interface MatchOptions {
  /** Minimum surname score for a candidate to be accepted. */
  readonly acceptScore: number;
  /** Candidates within this distance of the best are indistinguishable by surname. */
  readonly ambiguityMargin: number;
  /** Minimum first-name score for the first name to decide between tied candidates. */
  readonly firstNameAccept: number;
  /** The first-name score of the chosen one must beat the next one by this much. */
  readonly firstNameMargin: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  acceptScore: 0.74,
  ambiguityMargin: 0.07,
  firstNameAccept: 0.6,
  firstNameMargin: 0.15,
};

/**
 * The most tag conditions one SearchUsers filter carries. The requests use `SearchFilter.TagFilter`;
 * the API reference states the limit of 25 conditions for the user *attribute* filter
 * (`UserAttributeFilter`) and none for the tag filter. 25 is kept as the safe side.
 */
export const MAX_QUERY_KEYS = 25;
/** Connect allows 50 tags per resource; leave room for the extension and the customer's own tags. */
export const MAX_USER_KEYS = 40;

const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'lo',
  'van', 'von', 'ter', 'ten', 'y', 'e', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'bint', 'st', 'saint', 'ste',
  'ni', 'nic', 'ua', 'ui',
]);

/** Letters that NFKD does not decompose. */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/**
 * Lower-case ASCII words of a name: accents removed, apostrophes joined (O'Brien → obrien),
 * hyphens and dots split, "Mc Donald" / "Mac Donald" / "O Brien" joined.
 */
export function nameWords(raw: string): string[] {
  const ascii = raw
    .toLowerCase()
    .replace(/[łøßæœđðþıħ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
  if (!ascii) return [];
  const words = ascii.split(' ');
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === 'mc' || w === 'mac' || w === 'o' || w === 'fitz') && i + 1 < words.length) {
      joined.push(w + words[i + 1]);
      i++;
    } else {
      joined.push(w);
    }
  }
  return joined;
}

/**
 * Rewrites that bring spellings of other languages closer to how an English-trained recognizer
 * writes what it hears (Polish w/cz/sz/rz, Vietnamese Nguy/Huy, Pinyin zh, Irish -aigh,
 * non-rhotic "ar"). Applied to both sides, as an extra form.
 */
const RESPELLINGS: Array<[RegExp, string]> = [
  [/^mac(?=[^aeiouhy])/, 'mc'],
  // Swiss German tsch is ch (Tschudi, Tschumi); a final -ew is the vowel "oo" (Getachew, Andrew).
  [/^tsch/, 'ch'],
  [/ew$/, 'oo'],
  // dj is a j (Adjei, Djokovic, Djibril); an initial tj is a ch (Tjandra, Tjahjono).
  [/^tj/, 'ch'],
  [/dj/g, 'j'],
  // Scots quh is a k (Urquhart, Farquhar, Colquhoun).
  [/quh/g, 'k'],
  [/^nguy/, 'w'],
  [/^ng/, 'n'],
  [/^huy/, 'hwi'],
  // Prenasalized initials (Mbeki, Ndiaye, Nkosi, Nwosu): recognizers often drop the nasal.
  [/^[mn](?=[bdgkjwz])/, ''],
  // French silent endings: -eau(x), -aux, -ault, -aud, -ot → o; -ier, -et → e; -uis → ui.
  [/(eaux?|aux|ault|aud|aut|ot)$/, 'o'],
  [/(ier|iez|et)$/, 'e'],
  // French -erc: the c is silent (Leclerc sounds "le-clair").
  [/(?<=e)rc$/, 'r'],
  [/uis$/, 'ui'],
  [/oux?$/, 'u'],
  // Polish ck/ck-: -cka/-cki (Nowicka) sound ts-ka.
  [/(?<=[aeiou])c(?=k[aiy]$)/, 'ts'],
  [/mh(?=n)/g, ''],
  [/nh$/, 'n'],
  [/^zh/, 'j'],
  // Pinyin x and q before i/u sound sh and ch (Xiao, Xu, Qiao); Vietnamese tr sounds ch (Triệu),
  // qu sounds kw (Quan); Arabic q is a k (Qasim); Basque tx is ch (Etxegarai).
  [/^x(?=[iu])/, 'sh'],
  [/^q(?=i)/, 'ch'],
  [/^qu/, 'kw'],
  [/^q/, 'k'],
  [/^tr(?=[aeiou])/, 'ch'],
  [/tx/g, 'ch'],
  [/^oc(?=[eai])/, 'ok'],
  [/aigh$/, 'y'],
  // Irish aodh: a lenited dh after a vowel is silent and ao sounds "ay" (Ó hAodha as O Hay).
  [/aodh[ae]?$/, 'ay'],
  [/ea/g, 'e'],
  // Polish rz after a voiceless consonant sounds sh (Przybylski, Pietrzak).
  [/(?<=[ptk])rz/g, 'sh'],
  // Japanese ts at the start: English speakers say s (Tsuchiya, Tsuda).
  [/^ts(?=[aeiou])/, 's'],
  // Irish gh between vowels is silent or an h (Donoghue, Callaghan, Gallagher).
  [/(?<=[aeiou])gh(?=[aeiou])/g, 'h'],
  [/szcz/g, 'shch'],
  [/cz/g, 'ch'],
  [/sz/g, 'sh'],
  [/rz/g, 'zh'],
  [/ci(?=[aeiouk])/g, 'chi'],
  // w as v (Polish, German), except a final w, which is a vowel (Getachew, Matthew).
  [/(?<=^.{2,})w(?!$)|w(?=.{4,}$)/g, 'v'],
  [/(?<=[aeiou])j(?=[aeiou])/g, 'y'],
  [/(?<=[aeiou])j(?=[^aeiou])/g, 'y'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/bh/g, 'v'],
  [/mh/g, 'v'],
  [/gh(?![aeiou])/g, ''],
  [/kh/g, 'k'],
  [/dh/g, 'd'],
  [/ar(?=[^aeiou]|$)/g, 'a'],
  // Spanish ll before a vowel sounds y (after the Irish -aigh above has been read).
  [/ll(?=[aeiou])/g, 'y'],
  [/(.)\1+/g, '$1'],
];

/** A spelling of the word closer to its sound (used as an extra form for matching). */
export function respell(word: string): string {
  let out = word;
  for (const [pattern, replacement] of RESPELLINGS) out = out.replace(pattern, replacement);
  return out;
}

/** A written form of a surname and how much a match on it is discounted. */
interface Form {
  readonly text: string;
  /** The letters with vowel groups merged. */
  readonly skeleton: string;
  /** 0 for the name as written, a small penalty for a respelling. */
  readonly penalty: number;
  /** How it sounds, vowels kept ({@link soundKey}). */
  readonly sound: string;
  /** A reading in the name's own language: how it sounds, not how a caller spells it. */
  readonly reading?: boolean;
}

const RESPELLING_PENALTY = 0.04;
/** A match on part of a compound name (Garcia for García López) counts slightly less. */
const PART_PENALTY = 0.03;

function weightedForms(raw: string): Form[] {
  const words = nameWords(raw);
  if (words.length === 0) return [];
  const written = new Set<string>();
  written.add(words.join(''));
  const core = words.filter((w, i) => !(PARTICLES.has(w) && i < words.length - 1));
  if (core.length > 0) written.add(core.join(''));
  if (core.length > 1) {
    for (const w of core) if (w.length >= 3) written.add(w);
  }
  const whole = words.join('');
  const forms: Form[] = [...written].map((text) => ({ text, skeleton: skeleton(text), penalty: text === whole ? 0 : PART_PENALTY, sound: soundKey(text) }));
  /** Adds a form at the respelling penalty, unless the name already has that text. */
  const addForm = (text: string, sound: string, reading?: true) => {
    if (text.length > 0 && !forms.some((f) => f.text === text)) {
      forms.push({ text, skeleton: skeleton(text), penalty: RESPELLING_PENALTY, sound, ...(reading ? { reading } : {}) });
    }
  };
  // A respelling reads the name the way soundKey already does: it keeps its source's sound.
  for (const text of written) addForm(respell(text), soundKey(text));
  // Read in the language its spelling shows (Dương → zoong, Pfeiffer → fifer, Ó Broin → obyrne).
  for (const reading of languageReadings(raw)) addForm(reading, soundKey(reading), true);
  // Read as French, written the way an English-trained recognizer writes what it hears
  // (Boucher → booshay, Lambert → lambair, Chauvin → shovan), only for the whole name.
  if (whole.length > SHORT_NAME) {
    const french = frenchReading(whole);
    addForm(french, soundKey(french));
  }
  return forms;
}

/**
 * French pronunciation of a written name, in English spelling: silent endings and initial h,
 * ch as sh, -er/-et as "ay", -ert/-ers as "air", nasal -in/-ain as "an", -re after a consonant
 * dropped, -oi as "wa", -eau/-ault/-aud/-ot as "o", -ou as "oo".
 */
const FRENCH_READING: Array<[RegExp, string]> = [
  [/^h(?=[aeiou].{3})/, ''],
  // An initial ou before a vowel is a w (Ouellet, Ouimet); g before e or i is soft (Gervais).
  [/^ou(?=[aeiy])/, 'w'],
  [/^g(?=[ei])/, 'j'],
  [/ais$/, 'ay'],
  // A written s before a consonant is silent (Dufresne, Lévesque, Desrosiers); between vowels it is a z.
  [/(?<=[aeiou])s(?=[bcdfgjklmnpqrtv])/g, ''],
  [/(?<=[aeiou])s(?=[aeiou])/g, 'z'],
  [/que$/, 'k'],
  [/ieux?$/, 'yu'],
  [/ch/g, 'sh'],
  [/qu/g, 'k'],
  [/gn/g, 'ny'],
  [/(eaux?|aux|ault|aud|aut|ot|os)$/, 'o'],
  [/eau/g, 'o'],
  [/iers?$/, 'yay'],
  [/(ert|ers|erc|aire?)$/, 'air'],
  [/(er|et)$/, 'ay'],
  [/(ain|in|ein)$/, 'an'],
  [/(?<=[^aeiou])(re|le)$/, ''],
  [/ois$/, 'wa'],
  [/oi/g, 'wa'],
  [/oux?$/, 'oo'],
];

/** Endings that make a name read as French. */
const FRENCH_ENDING = /(ais|eaux?|aux|ault|aud|aut|ot|ert|ers|erc|aire?|iers?|er|et|ain|in|ein|[^aeiou](re|le)|ois|oux?|sne|sque|que|ieux?)$/;

/** The French reading of a name with a French ending, else '' (Chiao stays Chinese). */
export function frenchReading(word: string): string {
  if (!FRENCH_ENDING.test(word)) return '';
  let out = word;
  for (const [pattern, replacement] of FRENCH_READING) out = out.replace(pattern, replacement);
  return out;
}

/**
 * The written forms a surname is matched under: all words joined, the words without leading
 * particles joined, each significant word of a compound name, and sound-alike respellings.
 */
export function surnameForms(raw: string): string[] {
  return weightedForms(raw).map((f) => f.text);
}

/** Double Metaphone codes (primary and alternate) of every form, most specific first. */
export function phoneticCodes(forms: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const form of forms) {
    const [primary, alternate] = doubleMetaphone(form);
    if (primary) codes.add(primary);
    if (alternate) codes.add(alternate);
  }
  return [...codes];
}

function deletions(code: string, minLength = 4): string[] {
  if (code.length < minLength) return [];
  const out = new Set<string>();
  for (let i = 0; i < code.length; i++) out.add(code.slice(0, i) + code.slice(i + 1));
  return [...out];
}

/** Consonant codes speech recognition confuses with each other (nasals, sibilants, stops). */
const CONFUSABLE: Record<string, string[]> = {
  N: ['M'],
  M: ['N'],
  S: ['X', 'J'],
  X: ['S', 'J'],
  J: ['X', 'S', 'K'],
  T: ['0', 'P', 'K'],
  0: ['T', 'F'],
  P: ['T', 'F'],
  K: ['T', 'J'],
  F: ['P', '0'],
  R: ['L'],
  L: ['R'],
};

function substitutions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i++) {
    for (const other of CONFUSABLE[code[i]] ?? []) out.push(code.slice(0, i) + other + code.slice(i + 1));
  }
  return out;
}

/**
 * The phonetic keys stored on a user for their surname: the codes of every form and their
 * one-deletion neighbours, at most {@link MAX_USER_KEYS}.
 */
export function userNameKeys(lastName: string): string[] {
  const forms = surnameForms(lastName);
  const codes = phoneticCodes(forms);
  const keys = new Set<string>([...shortSoundKeys(forms), ...codes]);
  for (const code of codes) for (const d of deletions(code)) keys.add(d);
  return [...keys].slice(0, MAX_USER_KEYS);
}

/** The phonetic keys to search for a heard surname, in two tiers of at most {@link MAX_QUERY_KEYS}. */
export interface QueryKeys {
  /** Its codes and their one-deletion neighbours (these meet the users' neighbours: one edit apart). */
  readonly near: string[];
  /** Wider: two-letter deletions of short codes, substitutions of easily confused consonants. */
  readonly wide: string[];
}

export function queryNameKeys(heard: readonly string[], mode: InputMode = 'spoken'): QueryKeys {
  const forms = heard.flatMap((h) => surnameForms(h));
  const codes = phoneticCodes(forms);
  const near = new Set<string>([...shortSoundKeys(forms), ...codes]);
  for (const code of codes) for (const d of deletions(code)) near.add(d);
  const wide = new Set<string>();
  for (const code of codes) {
    if (code.length === 3) for (const d of deletions(code, 3)) if (!near.has(d)) wide.add(d);
  }
  // Spelled: the codes of the spellings one misheard letter away (D for T, N for M…) come first.
  if (mode === 'spelled') {
    for (const form of forms) {
      for (const variant of confusedSpellings(form)) {
        for (const code of doubleMetaphone(variant)) if (code && !near.has(code)) wide.add(code);
      }
    }
  }
  for (const code of codes) for (const s of substitutions(code)) if (!near.has(s)) wide.add(s);
  return { near: [...near].slice(0, MAX_QUERY_KEYS), wide: [...wide].slice(0, MAX_QUERY_KEYS) };
}


/**
 * English words a recognizer writes for short names whose spelling does not say how they sound
 * (Who for Hu, Shoe for Xu, Buoy for Bùi): their pronunciation, in the letters {@link soundKey} reads.
 */
const WORD_SOUNDS = new Map<string, string>(Object.entries({
  who: 'hoo', shoe: 'shoo', two: 'too', too: 'too', you: 'yoo', buoy: 'booee',
  eye: 'ai', aye: 'ai', owe: 'oh', sew: 'soh', sue: 'soo', new: 'noo', knew: 'noo',
}));

/**
 * Vowel spellings to one symbol per sound (longest first): eo → O (Korean Seo, Jeon), ee/ea/ie/y → I, oo/ew/ou/u → U, ay/ai/ei/ey/ae → E,
 * ow/ao/au → W (as in "cow"), oh/o/oe → O, oi/oy → Q, ui/uy → V; a, e, i, o, u alone keep their vowel.
 * Upper-case symbols are vowels, lower-case letters consonants.
 */
const VOWEL_SOUNDS: Array<[string, string]> = [
  ['ooee', 'V'], ['uoy', 'V'], ['uoi', 'V'], ['eau', 'O'], ['ieu', 'U'], ['iou', 'U'],
  ['eo', 'O'], ['ee', 'I'], ['ea', 'I'], ['ie', 'I'], ['ii', 'I'], ['oo', 'U'], ['ew', 'U'], ['ou', 'U'], ['ue', 'U'],
  ['iu', 'U'], ['eu', 'U'], ['uu', 'U'], ['ay', 'E'], ['ai', 'E'], ['ei', 'E'], ['ey', 'E'], ['ae', 'E'],
  ['ow', 'W'], ['ao', 'W'], ['au', 'W'], ['oh', 'O'], ['oe', 'O'], ['oa', 'O'], ['oi', 'Q'], ['oy', 'Q'],
  ['ui', 'V'], ['uy', 'V'], ['ah', 'A'], ['aa', 'A'], ['eh', 'E'],
  ['a', 'A'], ['e', 'E'], ['i', 'I'], ['o', 'O'], ['u', 'U'], ['y', 'I'],
];

/** Consonant spellings to one letter per sound (sh → x, ch/tch → c, zh/dj/j → j, ng → G, ph → f, …). */
const CONSONANT_SOUNDS: Array<[string, string]> = [
  ['tch', 'c'], ['sch', 'x'], ['sh', 'x'], ['ch', 'c'], ['zh', 'j'], ['dj', 'j'], ['dz', 'j'], ['ph', 'f'],
  ['th', 't'], ['wh', 'w'], ['ck', 'k'], ['ng', 'G'], ['nh', 'G'], ['gh', 'g'], ['kh', 'k'], ['qu', 'kw'],
  ['q', 'k'], ['c', 'k'], ['x', 'ks'], ['z', 's'], ['đ', 'd'],
];

const SOUNDS = [...CONSONANT_SOUNDS, ...VOWEL_SOUNDS];

/**
 * How a short written name sounds, one symbol per sound and vowels kept (Double Metaphone drops
 * vowels, which are most of a short name: Wu and Woo, Xie and Shay, Cho and Chu). Works on the
 * respelled form; a final h after a vowel is silent (Mah, Oh).
 */
export function soundKey(word: string): string {
  // Keep long vowels and final w through the respelling (which merges doubled letters and reads
  // w as v); a Pinyin syllable's final -ie sounds "yeh" (Xie) and -ou "oh" (Zhou).
  let w = WORD_SOUNDS.get(word) ?? respell(word.replace(/oo/g, 'u').replace(/ee/g, 'i')
    .replace(/ew$/, 'u').replace(/ow$/, 'au').replace(/aw$/, 'o').replace(/^([^aeiou]{1,2})ou$/, '$1oh'))
    .replace(/(?<=[aeiou])h$/, '')
    .replace(/^([^aeiou]{1,2})ie$/, '$1e');
  w = w.replace(/^hu(?=a)/, 'hw').replace(/c(?=[eiy])/g, 's');
  let out = '';
  let i = 0;
  outer: while (i < w.length) {
    for (const [spelling, sound] of SOUNDS) {
      if (w.startsWith(spelling, i)) {
        // y before a vowel is a consonant (Yamada); w before a vowel too.
        if (spelling === 'y' && /[aeiou]/.test(w[i + 1] ?? '')) break;
        out += sound;
        i += spelling.length;
        continue outer;
      }
    }
    out += w[i];
    i++;
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** A sound key this short is a one-syllable name: one sound more or less changes the name. */
export const SHORT_SOUND = 4;

/** Prefix of the stored sound keys of short names, apart from Double Metaphone codes (which have no dot). */
const SOUND_KEY_PREFIX = 's.';

function shortSoundKeys(forms: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    const key = soundKey(form);
    if (key.length > 0 && key.length <= SHORT_SOUND) keys.add(SOUND_KEY_PREFIX + key);
  }
  return [...keys];
}

const NATO: Record<string, string> = {
  alpha: 'a',
  alfa: 'a',
  bravo: 'b',
  charlie: 'c',
  delta: 'd',
  echo: 'e',
  foxtrot: 'f',
  golf: 'g',
  hotel: 'h',
  india: 'i',
  juliet: 'j',
  juliett: 'j',
  kilo: 'k',
  lima: 'l',
  mike: 'm',
  november: 'n',
  oscar: 'o',
  papa: 'p',
  quebec: 'q',
  romeo: 'r',
  sierra: 's',
  tango: 't',
  uniform: 'u',
  victor: 'v',
  whiskey: 'w',
  whisky: 'w',
  xray: 'x',
  yankee: 'y',
  zulu: 'z',
};

/** Spoken letter names as speech recognition writes them (English and French). */
const LETTER_NAMES: Record<string, string> = {
  ay: 'a',
  bee: 'b',
  be: 'b',
  cee: 'c',
  see: 'c',
  sea: 'c',
  ce: 'c',
  dee: 'd',
  de: 'd',
  ee: 'e',
  ef: 'f',
  eff: 'f',
  gee: 'g',
  ge: 'g',
  aitch: 'h',
  ache: 'h',
  eye: 'i',
  jay: 'j',
  ji: 'j',
  kay: 'k',
  ka: 'k',
  el: 'l',
  ell: 'l',
  em: 'm',
  en: 'n',
  oh: 'o',
  pee: 'p',
  pe: 'p',
  cue: 'q',
  queue: 'q',
  ku: 'q',
  ar: 'r',
  are: 'r',
  er: 'r',
  es: 's',
  ess: 's',
  tee: 't',
  te: 't',
  tea: 't',
  you: 'u',
  yu: 'u',
  vee: 'v',
  ve: 'v',
  ex: 'x',
  ix: 'x',
  why: 'y',
  wye: 'y',
  zed: 'z',
  zee: 'z',
  zede: 'z',
  double: '',
};

/**
 * Letters of a spelled surname. Accepts what Lex returns with the spelling styles ("SANTUS",
 * "s a n t u s", "S as in Sam A as in Alpha…"), NATO words and spoken letter names. Returns the
 * input's letters unchanged when it does not look spelled.
 */
export function parseSpelled(raw: string): string {
  const words = raw.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return '';
  if (words.length === 1) return words[0];
  const letters: string[] = [];
  let doubleNext = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "S as in Sam", "B for Boy", "S comme Sophie": keep the letter, skip the example word.
    if (w.length === 1 && (words[i + 1] === 'as' || words[i + 1] === 'for' || words[i + 1] === 'like' || words[i + 1] === 'comme')) {
      letters.push(w);
      i += words[i + 1] === 'as' && words[i + 2] === 'in' ? 3 : 2;
      continue;
    }
    let letter: string | undefined;
    if (w === 'double') {
      doubleNext = true;
      continue;
    } else if (w.length === 1) {letter = w;} else if (NATO[w] !== undefined) {letter = NATO[w];} else if (LETTER_NAMES[w] !== undefined) {letter = LETTER_NAMES[w];} else {letter = w;} // a word inside a spelling ("Mc", "Van"): keep its letters
    letters.push(doubleNext ? letter + letter : letter);
    doubleNext = false;
  }
  return letters.join('');
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const max = Math.max(a.length, b.length);
  return max === 0 ? 0 : 1 - distance(a, b) / max;
}

/**
 * Letters that sound alike when spelled aloud over the phone (they rhyme: B, D, P, T, V; M, N;
 * F, S; A, J, K; I, Y; Q, U, W): a spelled surname heard with one of them for another is a near miss.
 */
const SPELLING_CONFUSIONS: ReadonlyArray<string> = ['bdptvgcez', 'mn', 'fsx', 'ajk', 'iy', 'quw'];
const CONFUSED_LETTERS = new Map<string, Set<string>>();
for (const group of SPELLING_CONFUSIONS) {
  for (const letter of group) {
    const set = CONFUSED_LETTERS.get(letter) ?? new Set<string>();
    for (const other of group) if (other !== letter) set.add(other);
    CONFUSED_LETTERS.set(letter, set);
  }
}
/** What a confused letter costs, against 1 for any other substitution. */
const CONFUSED_LETTER_COST = 0.6;
/** What a doubled or undoubled letter costs (T T for T, L for L L). */
const DOUBLED_LETTER_COST = 0.4;

/** Spellings one confused letter away from `word` (each letter replaced by one that sounds alike). */
function confusedSpellings(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    for (const other of CONFUSED_LETTERS.get(word[i]) ?? []) out.push(word.slice(0, i) + other + word.slice(i + 1));
  }
  return out;
}

/**
 * Edit distance of spelled letters: substituting a letter that sounds alike when spelled costs
 * less, and so does a letter doubled or undoubled; everything else costs 1.
 */
export function spelledDistance(a: string, b: string): number {
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let curr = new Array<number>(n + 1);
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1] + (j > 1 && b[j - 1] === b[j - 2] ? DOUBLED_LETTER_COST : 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    const deleteCost = i > 1 && ai === a[i - 2] ? DOUBLED_LETTER_COST : 1;
    curr[0] = prev[0] + deleteCost;
    for (let j = 1; j <= n; j++) {
      const bj = b[j - 1];
      const substitute = ai === bj ? 0 : CONFUSED_LETTERS.get(ai)?.has(bj) ? CONFUSED_LETTER_COST : 1;
      const insertCost = j > 1 && bj === b[j - 2] ? DOUBLED_LETTER_COST : 1;
      curr[j] = Math.min(prev[j - 1] + substitute, prev[j] + deleteCost, curr[j - 1] + insertCost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[n];
}

function spelledSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const max = Math.max(a.length, b.length);
  return max === 0 ? 0 : 1 - spelledDistance(a, b) / max;
}

/** Letters with every vowel group as one symbol: Liu, Leo → l*. */
function skeleton(text: string): string {
  return text.replace(/[aeiou]+/g, '*');
}

/**
 * In short names (Liu, Lew; Vu, Voo) the vowels are most of the letters and what speech
 * recognition gets wrong most: there vowel differences count half.
 */
const SHORT_NAME = 4;
/** A one-sound code (L, F, A) is weak evidence: such names need a higher score. */
const SHORT_CODE_EXTRA = 0.12;

/** Phonetic codes with easily confused consonants merged (nasals, sibilants, th/t, f/p). */
function coarse(code: string): string {
  return code.replace(/M/g, 'N').replace(/[XJ]/g, 'S').replace(/0/g, 'T').replace(/F/g, 'P');
}

interface Code {
  readonly code: string;
  readonly coarse: string;
  readonly penalty: number;
  /** Only readings have this code: it does not count for a spelled surname. */
  readonly reading: boolean;
}

/** Forms and codes of a name, computed once per name. */
export interface NameProfile {
  readonly forms: Form[];
  readonly codes: Code[];
}

const PROFILE_CACHE = new Map<string, NameProfile>();
const PROFILE_CACHE_SIZE = 20_000;
const ALTERNATE_CODE_PENALTY = 0.03;

/** The forms and codes of a surname (memoized: a warm container sees the same names again). */
export function profile(lastName: string): NameProfile {
  const cached = PROFILE_CACHE.get(lastName);
  if (cached) return cached;
  const forms = weightedForms(lastName);
  const codes = new Map<string, Code>();
  for (const form of forms) {
    const [primary, alternate] = doubleMetaphone(form.text);
    for (const [code, penalty] of [[primary, form.penalty], [alternate, form.penalty + ALTERNATE_CODE_PENALTY]] as const) {
      if (!code) continue;
      const known = codes.get(code);
      const reading = form.reading === true;
      if (!known) codes.set(code, { code, coarse: coarse(code), penalty, reading });
      else codes.set(code, { ...known, penalty: Math.min(known.penalty, penalty), reading: known.reading && reading });
    }
  }
  const result = { forms, codes: [...codes.values()] };
  if (PROFILE_CACHE.size >= PROFILE_CACHE_SIZE) PROFILE_CACHE.clear();
  PROFILE_CACHE.set(lastName, result);
  return result;
}

/** Weight of letters (vs sound) in the surname score, per input mode. */
const LETTER_WEIGHT: Record<InputMode, number> = { spoken: 0.5, spelled: 0.7 };

/**
 * Surname similarity, 0..1: letter distance and phonetic-code distance (confusable consonants
 * count half), each the best over all forms. Spelled input trusts letters more than spoken input,
 * where homophones (Smith, Smyth) must stay close.
 */
export function surnameScore(heard: NameProfile, candidate: NameProfile, mode: InputMode, floor = 0): number {
  // Short names, spoken: how they sound, vowels included (Wu = Woo, Xie = Shay, Cho ≠ Chu).
  let sameSound = -1;
  let otherVowel = false;
  if (mode === 'spoken') {
    for (const h of heard.forms) {
      for (const c of candidate.forms) {
        if (h.sound.length > SHORT_SOUND || c.sound.length > SHORT_SOUND || !h.sound || !c.sound) continue;
        if (h.sound === c.sound) sameSound = Math.max(sameSound, SAME_SOUND_SCORE - h.penalty - c.penalty);
        else if (h.sound.length <= 2 && differsInOneVowel(h.sound, c.sound)) otherVowel = true;
      }
    }
  }
  if (sameSound >= floor) floor = 0;
  const written = writtenScore(heard, candidate, mode, floor);
  if (sameSound >= 0) return Math.max(written, sameSound);
  return otherVowel ? written - OTHER_VOWEL_PENALTY : written;
}

/**
 * Surname similarity from the letters and the Double Metaphone codes: letter distance and
 * phonetic-code distance (confusable consonants count half), each the best over all forms.
 */
function writtenScore(heard: NameProfile, candidate: NameProfile, mode: InputMode, floor: number): number {
  const letterWeight = LETTER_WEIGHT[mode];
  let bestCodes = 0;
  for (const h of heard.codes) {
    for (const c of candidate.codes) {
      if (mode === 'spelled' && c.reading) continue;
      const exact = similarity(h.code, c.code);
      const near = (exact + similarity(h.coarse, c.coarse)) / 2;
      bestCodes = Math.max(bestCodes, Math.max(exact, near) - h.penalty - c.penalty);
    }
  }
  // Letters can add at most letterWeight: skip them when even a perfect spelling cannot reach the floor.
  if (letterWeight + (1 - letterWeight) * bestCodes < floor) return 0;
  let bestLetters = 0;
  for (const h of heard.forms) {
    for (const c of candidate.forms) {
      // A caller spells the name as written, not as it sounds in its language.
      if (mode === 'spelled' && c.reading) continue;
      const short = h.text.length <= SHORT_NAME && c.text.length <= SHORT_NAME;
      const exact = mode === 'spelled' ? spelledSimilarity(h.text, c.text) : similarity(h.text, c.text);
      const letters = short ? Math.max(exact, (exact + similarity(h.skeleton, c.skeleton)) / 2) : exact;
      bestLetters = Math.max(bestLetters, letters - h.penalty - c.penalty);
    }
  }
  return letterWeight * bestLetters + (1 - letterWeight) * bestCodes;
}

/** Two short names that sound the same score this much (less the penalties of their forms). */
const SAME_SOUND_SCORE = 0.9;
/** A one-syllable name with another vowel (Cho, Chu; Vo, Vu) is another name. */
const OTHER_VOWEL_PENALTY = 0.15;

function differsInOneVowel(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!/[A-Z]/.test(a[i]) || !/[A-Z]/.test(b[i])) return false;
    diffs++;
  }
  return diffs === 1;
}

/** First-name similarity, 0..1 (letters and sound; a heard prefix such as "Alex" for "Alexandra" scores well). */
export function firstNameScore(heard: string, candidate: string): number {
  const h = nameWords(heard).join('');
  const c = nameWords(candidate).join('');
  if (!h || !c) return 0;
  const letters = similarity(h, c);
  const [hp] = doubleMetaphone(h);
  const [cp] = doubleMetaphone(c);
  const sound = similarity(hp, cp);
  const prefix = h.length >= 3 && c.startsWith(h) ? 0.85 : 0;
  return Math.max(0.5 * letters + 0.5 * sound, prefix);
}

/**
 * A heard name that is the start of the candidate's, which goes on for a syllable more (Haddad,
 * Haddadin): another name, not a misrecognition (a recognizer drops silent endings, which the
 * respellings already read, not sounded ones).
 */
function truncated(heard: NameProfile, candidate: NameProfile): boolean {
  const h = heard.forms[0]?.text;
  const c = candidate.forms[0]?.text;
  return !!h && !!c && h.length >= 3 && c.length - h.length >= 2 && c.startsWith(h) && /[^aeiouhy]/.test(c.slice(h.length));
}
const TRUNCATED_PENALTY = 0.05;

/** How much more than the accept score a candidate with this surname needs. */
function extraScore(lastName: string): number {
  const p = profile(lastName);
  if (p.codes.length > 0 && p.codes[0].code.length <= 1) return SHORT_CODE_EXTRA;
  return 0;
}

/** Two surnames that sound the same: the same main code, and spellings close to each other. */
function homophones(a: NameProfile, b: NameProfile): boolean {
  if (a.codes.length === 0 || b.codes.length === 0) return false;
  const letters = similarity(a.forms[0].text, b.forms[0].text);
  const codeEdits = distance(a.codes[0].code, b.codes[0].code);
  return (codeEdits === 0 && letters >= 0.6) || (codeEdits === 1 && letters >= 0.8);
}

/**
 * A spoken match this close to the accept score is weak evidence: it stands only if the names
 * also sound alike with their vowels ({@link soundKey}), which Double Metaphone ignores.
 */
const WEAK_MATCH_MARGIN = 0.06;
/** The least vowel-keeping sound similarity of a weak spoken match. */
const WEAK_MATCH_SOUND = 0.6;

/**
 * Best similarity of the vowel-keeping sound keys of two names, over their forms; a written
 * final e after a consonant is taken as silent (Ghose, Lemoine).
 */
export function soundSimilarity(a: NameProfile, b: NameProfile): number {
  const silentE = (sound: string) => sound.replace(/(?<=[a-z])E$/, '');
  let best = 0;
  for (const x of a.forms) {
    for (const y of b.forms) if (x.sound && y.sound) best = Math.max(best, similarity(silentE(x.sound), silentE(y.sound)));
  }
  return best;
}

/**
 * A lone spoken candidate scored just above the accept score whose sound, vowels included, is
 * unlike the heard name's (Tran for Shin, Lombardi for Lambert, Wang for Jung): more likely
 * another name than a misrecognition, unless the heard first name is the candidate's. The flow
 * then asks the caller to spell it.
 */
function weakSpokenMatch<P extends Person>(heard: readonly NameProfile[], firstName: string | undefined, candidate: P, score: number, mode: InputMode, options: MatchOptions): boolean {
  if (mode !== 'spoken' || score >= options.acceptScore + WEAK_MATCH_MARGIN) return false;
  if (firstName?.trim() && firstNameScore(firstName, candidate.firstName ?? '') >= options.firstNameAccept) return false;
  const p = profile(candidate.lastName);
  return Math.max(...heard.map((h) => soundSimilarity(h, p))) < WEAK_MATCH_SOUND;
}

/**
 * Decide which person the caller means.
 *
 * @param heard the heard surname(s): Lex's interpreted value first, then its alternatives
 * @param firstName the heard first name, if any (tie-breaker)
 */
export function decide<P extends Person>(
  heard: readonly string[],
  firstName: string | undefined,
  people: readonly P[],
  mode: InputMode,
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): MatchResult<P> {
  const heardProfiles = heard.filter((h) => h.trim()).map((h) => profile(h));
  if (heardProfiles.length === 0 || people.length === 0) return { decision: 'NO_MATCH', candidates: [] };
  const scored = people.map((person) => {
    const candidate = profile(person.lastName);
    // The first (interpreted) value counts fully; alternatives slightly less.
    let score = 0;
    heardProfiles.forEach((h, i) => {
      const cut = mode === 'spoken' && truncated(h, candidate) ? TRUNCATED_PENALTY : 0;
      score = Math.max(score, surnameScore(h, candidate, mode, options.acceptScore) - (i === 0 ? 0 : 0.03) - cut);
    });
    return { person, score };
  }).filter((c) => c.score >= options.acceptScore + extraScore(c.person.lastName))
    .sort((a, b) => b.score - a.score || a.person.id.localeCompare(b.person.id));
  if (scored.length === 0) return { decision: 'NO_MATCH', candidates: [] };

  const best = scored[0].score;
  const bestProfile = profile(scored[0].person.lastName);
  // Spoken, homophones of the best candidate (Smith, Smyth) are as likely as it: the recognizer
  // picks one spelling for both.
  const top = scored.filter((c) => c.score >= best - options.ambiguityMargin
    || (mode === 'spoken' && homophones(bestProfile, profile(c.person.lastName))));
  if (top.length === 1) {
    if (weakSpokenMatch(heardProfiles, firstName, top[0].person, best, mode, options)) return { decision: 'NO_MATCH', candidates: [] };
    return { decision: 'MATCH', match: top[0].person, candidates: top };
  }

  if (firstName && firstName.trim()) {
    const withFirst = top.map((c) => ({ ...c, firstNameScore: firstNameScore(firstName, c.person.firstName ?? '') }))
      .sort((a, b) => b.firstNameScore - a.firstNameScore || b.score - a.score);
    const [first, second] = withFirst;
    if (first.firstNameScore >= options.firstNameAccept && first.firstNameScore - second.firstNameScore >= options.firstNameMargin) {
      return { decision: 'MATCH', match: first.person, candidates: withFirst };
    }
    return { decision: 'AMBIGUOUS', candidates: withFirst };
  }
  return { decision: 'AMBIGUOUS', candidates: top };
}

/**
 * Choose among the candidates of an ambiguous surname by the first name the caller gave.
 */
export function decideByFirstName<P extends Person>(
  firstName: string,
  candidates: readonly P[],
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): MatchResult<P> {
  const scored = candidates.map((person) => ({ person, score: 1, firstNameScore: firstNameScore(firstName, person.firstName ?? '') }))
    .sort((a, b) => b.firstNameScore - a.firstNameScore || a.person.id.localeCompare(b.person.id));
  const [first, second] = scored;
  if (!first || first.firstNameScore < options.firstNameAccept) return { decision: 'NO_MATCH', candidates: scored };
  if (second && first.firstNameScore - second.firstNameScore < options.firstNameMargin) return { decision: 'AMBIGUOUS', candidates: scored };
  return { decision: 'MATCH', match: first.person, candidates: scored };
}
