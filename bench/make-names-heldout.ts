/**
 * Writes the generated held-out name sets of the dial-by-name benchmark: `bench/data/names-heldout-5.json`
 * to `-20.json`, one from each set description in `bench/data/specs/` (same file name). A description
 * holds the people, written by hand with what an English-trained recognizer writes for each surname,
 * the ambiguous and absent queries, and the seed; spelled queries and the callers who add the first
 * name are drawn from a seeded generator, so the output is the same on every run, byte for byte:
 *
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout.ts          # write
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout.ts --check  # compare, exit 1 on a difference
 *
 * See bench/README.md, "Data sets".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Person {
  /** The language group the person was written under (documentation only). */
  readonly group?: string;
  readonly first: string;
  readonly last: string;
  /** Surnames as speech recognition writes them for this person. */
  readonly heard: readonly string[];
  /** Generate a spelled query for this person. */
  readonly spell?: boolean;
}

export interface SetSpec {
  /** How the set was written (paragraphs). */
  readonly about?: readonly string[];
  /** Remarks on its labels. */
  readonly notes?: string;
  readonly file: string;
  readonly prefix: string;
  readonly seed: number;
  readonly people: readonly Person[];
  /**
   * Queries naming people that share a surname or a sound: [heard surname, heard first name or '',
   * the first name of the person meant, or 'AMBIGUOUS'].
   */
  readonly ambiguous: ReadonlyArray<readonly [string, string, string]>;
  /** Surnames nobody in the directory has, as spoken by a caller. */
  readonly absent: readonly string[];
  /** Absent surnames given spelled. */
  readonly absentSpelled: readonly string[];
  /**
   * Surnames first listed as absent that are another form of a directory name (Siddique for
   * Siddiqui): their queries expect that person (by first name), in the same place in the file.
   */
  readonly sameNameAs?: Readonly<Record<string, string>>;
}

/** mulberry32: a small seeded generator, so the files are reproducible. */
export function rng(seed: number): () => number {
  let a = seed;
  /* eslint-disable no-bitwise */
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /* eslint-enable no-bitwise */
}

/** Letters confused when spelled over the phone: each letter, then the letters heard for it. */
const CONFUSED: Record<string, string[]> = Object.fromEntries(
  'dtb tdp bpvd pbt vb mn nm fs sf cz zc gj jg ka ak iy yi'.split(' ').map((e) => [e[0], e.slice(1).split('')]),
);
/** The words of "B as in Boy", for a to z. */
const EXAMPLE_WORDS: Record<string, string> = Object.fromEntries(
  ('Apple Boy Cat Dog Edward Frank George Henry Ida John King Larry Mary Nancy Ocean Peter Queen Robert Sam Tom Union '
    + 'Victor William X-ray Yellow Zebra').split(' ').map((w, i) => [String.fromCharCode(97 + i), w]),
);

/** The plain letters a caller spells for a name: accents dropped, letters without a decomposition written out. */
export function letters(name: string): string {
  return name
    .toLowerCase()
    .replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/đ/g, 'd')
    .replace(/ð/g, 'd').replace(/þ/g, 'th')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

/** The spelling a caller's letters come through as: one confusion, a dropped or doubled letter, or none. */
export function misspell(word: string, random: () => number): string {
  const kind = random();
  const i = Math.floor(random() * word.length);
  if (kind < 0.45) {
    const options = CONFUSED[word[i]];
    if (options) return word.slice(0, i) + options[Math.floor(random() * options.length)] + word.slice(i + 1);
    return word;
  }
  if (kind < 0.65 && word.length > 4) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.8) return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
  return word;
}

/** How Lex hands back a spelling: letters with spaces, one word, or "B as in Boy". */
export function spelledText(word: string, random: () => number): string {
  const style = random();
  if (style < 0.5) return word.toUpperCase().split('').join(' ');
  if (style < 0.7) return word.toUpperCase();
  return word.split('').map((c) => `${c.toUpperCase()} as in ${EXAMPLE_WORDS[c]}`).join(' ');
}

export interface Query {
  readonly mode: 'spoken' | 'spelled';
  readonly lastName: string;
  readonly firstName?: string;
  readonly expect: string;
}

export function build(spec: SetSpec) {
  const random = rng(spec.seed);
  const id = (i: number) => `${spec.prefix}${String(i + 1).padStart(2, '0')}`;
  const byFirstName = (first: string) => {
    const i = spec.people.findIndex((p) => p.first === first);
    if (i < 0) throw new Error(`${spec.file}: nobody has the first name ${first}`);
    return id(i);
  };
  const directory = spec.people.map((p, i) => ({ userId: id(i), firstName: p.first, lastName: p.last, extension: String(500 + i) }));
  const queries: Query[] = [];
  spec.people.forEach((p, i) => {
    for (const heard of p.heard) queries.push({ mode: 'spoken', lastName: heard, expect: id(i) });
    // Some callers give the first name with the surname.
    if (p.heard.length > 0 && random() < 0.25) queries.push({ mode: 'spoken', lastName: p.heard[0], firstName: p.first, expect: id(i) });
    if (p.spell) queries.push({ mode: 'spelled', lastName: spelledText(misspell(letters(p.last), random), random), expect: id(i) });
  });
  for (const [heard, first, expected] of spec.ambiguous) {
    queries.push({ mode: 'spoken', lastName: heard, ...(first ? { firstName: first } : {}), expect: expected === 'AMBIGUOUS' ? expected : byFirstName(expected) });
  }
  for (const name of spec.absent) {
    const same = spec.sameNameAs?.[name];
    queries.push({ mode: 'spoken', lastName: name, expect: same ? byFirstName(same) : 'NO_MATCH' });
  }
  for (const name of spec.absentSpelled) queries.push({ mode: 'spelled', lastName: spelledText(letters(name), random), expect: 'NO_MATCH' });
  return { directory, queries };
}

/** Where the set descriptions and the data sets are. */
export const DATA_DIR = path.join(__dirname, 'data');
export const SPEC_DIR = path.join(DATA_DIR, 'specs');

/** The set descriptions, in set order. */
export function readSpecs(dir: string = SPEC_DIR): SetSpec[] {
  const setNumber = (file: string) => Number(/(\d+)\.json$/.exec(file)?.[1] ?? 0);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => setNumber(a) - setNumber(b))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as SetSpec);
}

/** The text of a data set's file. */
export function render(spec: SetSpec): string {
  return JSON.stringify(build(spec), null, 1) + '\n';
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  let differences = 0;
  for (const spec of readSpecs()) {
    const file = path.join(DATA_DIR, spec.file);
    const text = render(spec);
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
      if (!same) differences++;
      console.log(`${spec.file}: ${same ? 'same' : 'DIFFERENT'}`);
      continue;
    }
    fs.writeFileSync(file, text);
    const { queries, directory } = build(spec);
    console.log(`${spec.file}: ${queries.length} queries (${queries.filter((q) => q.expect === 'NO_MATCH').length} NO_MATCH), ${directory.length} people`);
  }
  return differences === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
