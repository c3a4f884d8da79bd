/**
 * Name-matching benchmark of the company directory (see bench/README.md):
 *
 *   npm run -s bench:names -- --data bench/data/names-dev.json [--pad 10000] [--verbose]
 *
 * Every query goes through the Lex code hook's handler (lambda-src/name-lookup), with SearchUsers
 * answered by an in-process model of the directory that follows SearchUsers' documented filter
 * semantics and paging, and counts every call. Users carry the tags the directory job would give
 * them. The last line is
 * `top1_accuracy=… false_accept_rate=… api_calls_per_lookup=… p50_ms=… p99_ms=…`.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConnectClient, SearchUsersCommand, type SearchUsersCommandInput, type SearchUsersCommandOutput, type TagCondition, type UserSearchCriteria, type UserSearchSummary } from '@aws-sdk/client-connect';
import type { LexV2Event, LexV2Result } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { nameKeyTags, DEFAULT_NAME_KEY_PREFIX } from '../lambda-src/shared/name-keys';
import { distance } from 'fastest-levenshtein';
import { rng } from './make-names-heldout';
import { nameWords, parseSpelled, userNameKeys } from '../lambda-src/shared/names';

interface DirectoryEntry { userId: string; firstName: string; lastName: string; extension?: string }
interface Query { mode: 'spoken' | 'spelled'; lastName: string; firstName?: string; expect: string }
interface DataFile { directory: DirectoryEntry[]; queries: Query[] }

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    pad: { type: 'string', default: '10000' },
    verbose: { type: 'boolean', default: false },
  },
});
if (!args.data) {
  console.error('usage: npm run -s bench:names -- --data FILE [--pad 10000] [--verbose]');
  process.exit(2);
}
const data = JSON.parse(fs.readFileSync(args.data, 'utf8')) as DataFile;

// ---------------------------------------------------------------------------------------------
// SearchUsers over an in-memory directory
// ---------------------------------------------------------------------------------------------

/** The most tag conditions one filter may hold (API reference, ControlPlaneUserAttributeFilter). */
const MAX_TAG_CONDITIONS = 25;
const MAX_RESULTS = 100;

class ValidationException extends Error {
  public readonly name = 'ValidationException';
  public readonly $metadata = { httpStatusCode: 400 };
}

/**
 * SearchUsers as documented: `SearchFilter.TagFilter` (one `TagCondition`, `AndConditions`, or
 * `OrConditions` = an OR of ANDs; tag key and value must both match) or `UserAttributeFilter`
 * (never both), `SearchCriteria` string conditions on `FirstName`, `LastName`, `Username`,
 * `resourceId` with `EXACT`, `STARTS_WITH` or `CONTAINS` (case-insensitive), nested
 * `AndConditions`/`OrConditions`; at most 100 results per page, `NextToken` for the next page.
 */
class DirectoryModel {
  public calls = 0;
  private readonly users: UserSearchSummary[];
  private readonly byTag = new Map<string, number[]>();

  constructor(entries: DirectoryEntry[]) {
    this.users = entries.map((e) => ({
      Id: e.userId,
      Arn: `arn:aws:connect:us-east-1:111122223333:instance/bench/agent/${e.userId}`,
      Username: e.userId,
      IdentityInfo: { FirstName: e.firstName, LastName: e.lastName },
      // The tags the directory job keeps on every user.
      Tags: { ...nameKeyTags(DEFAULT_NAME_KEY_PREFIX, userNameKeys(e.lastName)), ...(e.extension ? { Extension: e.extension } : {}) },
    }));
    this.users.forEach((user, index) => {
      for (const [key, value] of Object.entries(user.Tags ?? {})) {
        const k = `${key}\u0000${value}`;
        const list = this.byTag.get(k) ?? [];
        list.push(index);
        this.byTag.set(k, list);
      }
    });
  }

  public get size(): number {
    return this.users.length;
  }

  public search(input: SearchUsersCommandInput): SearchUsersCommandOutput {
    this.calls++;
    if (!input.InstanceId) throw new ValidationException('InstanceId is required');
    const max = input.MaxResults ?? MAX_RESULTS;
    if (max < 1 || max > MAX_RESULTS) throw new ValidationException('MaxResults must be between 1 and 100');
    const filter = input.SearchFilter;
    if (filter?.TagFilter && filter.UserAttributeFilter) throw new ValidationException('TagFilter and UserAttributeFilter are exclusive');
    let matching: number[] = this.users.map((_, i) => i);
    const tagFilter = filter?.TagFilter;
    if (tagFilter) {
      const groups: TagCondition[][] = [
        ...(tagFilter.TagCondition ? [[tagFilter.TagCondition]] : []),
        ...(tagFilter.AndConditions ? [tagFilter.AndConditions] : []),
        ...(tagFilter.OrConditions ?? []),
      ];
      const count = groups.reduce((n, g) => n + g.length, 0);
      if (count > MAX_TAG_CONDITIONS) throw new ValidationException(`at most ${MAX_TAG_CONDITIONS} tag conditions, got ${count}`);
      const set = new Set<number>();
      for (const group of groups) for (const i of this.all(group)) set.add(i);
      matching = [...set].sort((a, b) => a - b);
    }
    if (input.SearchCriteria) matching = matching.filter((i) => this.criteria(this.users[i], input.SearchCriteria!));
    const offset = input.NextToken ? Number.parseInt(input.NextToken, 10) : 0;
    const page = matching.slice(offset, offset + max).map((i) => this.users[i]);
    const next = offset + max < matching.length ? String(offset + max) : undefined;
    return { Users: page, ApproximateTotalCount: matching.length, ...(next ? { NextToken: next } : {}), $metadata: {} };
  }

  /** Users having every tag of the group. */
  private all(group: TagCondition[]): number[] {
    if (group.length === 0) return [];
    const [first, ...rest] = group.map((c) => new Set(this.byTag.get(`${c.TagKey}\u0000${c.TagValue}`) ?? []));
    return [...first].filter((i) => rest.every((s) => s.has(i)));
  }

  private criteria(user: UserSearchSummary, c: UserSearchCriteria): boolean {
    if (c.AndConditions) return c.AndConditions.every((x) => this.criteria(user, x));
    if (c.OrConditions) return c.OrConditions.some((x) => this.criteria(user, x));
    const s = c.StringCondition;
    if (!s) return true;
    const fields: Record<string, string | undefined> = {
      FirstName: user.IdentityInfo?.FirstName, LastName: user.IdentityInfo?.LastName, Username: user.Username, resourceId: user.Id,
    };
    if (!(s.FieldName! in fields)) throw new ValidationException(`unsupported FieldName ${s.FieldName}`);
    const field = (fields[s.FieldName!] ?? '').toLowerCase();
    const value = (s.Value ?? '').toLowerCase();
    switch (s.ComparisonType) {
      case 'EXACT': return field === value;
      case 'STARTS_WITH': return field.startsWith(value);
      case 'CONTAINS': return field.includes(value);
      default: throw new ValidationException(`unsupported ComparisonType ${s.ComparisonType}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Padding: generated people, so latency and paging are measured on a 10,000-person directory
// ---------------------------------------------------------------------------------------------

const SYLLABLES = [
  'ka', 'ro', 'mi', 'lo', 'ber', 'son', 'ta', 'ni', 've', 'dor', 'zu', 'ha', 'rel', 'an', 'to', 'gu', 'mar', 'sel',
  'ki', 'po', 'fen', 'da', 'li', 'nov', 'sky', 'ez', 'ia', 'wa', 'shi', 'ma', 'oto', 'ber', 'ger', 'stein', 'ov',
  'ic', 'ski', 'ra', 'mo', 'ne', 'ul', 'bar', 'tin', 'ell', 'os', 'che', 'qu', 'pha', 'dri', 'ny',
];
const FIRST_NAMES = ['Alex', 'Sam', 'Maria', 'John', 'Wei', 'Ana', 'Omar', 'Lena', 'Ravi', 'Yui', 'Tom', 'Eva', 'Luis', 'Ines', 'Kofi', 'Mia'];

function padDirectory(entries: DirectoryEntry[], size: number): DirectoryEntry[] {
  const random = rng(42);
  const taken = new Set(entries.map((e) => e.lastName.toLowerCase()));
  const out = [...entries];
  let n = 0;
  while (out.length < size) {
    const parts = 2 + Math.floor(random() * 2);
    let name = '';
    for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    name = name[0].toUpperCase() + name.slice(1);
    if (taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    out.push({ userId: `pad${n++}`, firstName: FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)], lastName: name });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The Lex code hook, as Lex calls it
// ---------------------------------------------------------------------------------------------

Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'bench', CACHE_TTL_SECONDS: '0', MAX_ATTEMPTS: '3' });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../lambda-src/name-lookup/index') as typeof import('../lambda-src/name-lookup/index');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ATTR, FIRST_NAME_SLOT, LAST_NAME_SLOT, PERSON_INTENT } = require('../lambda-src/name-lookup/dialog') as typeof import('../lambda-src/name-lookup/dialog');

function lexEvent(query: Query): LexV2Event {
  const slot = (value?: string) => (value ? { shape: 'Scalar', value: { originalValue: value, interpretedValue: value, resolvedValues: [] } } : null);
  return {
    messageVersion: '1.0',
    invocationSource: 'DialogCodeHook',
    inputMode: 'Speech',
    responseContentType: 'text/plain; charset=utf-8',
    sessionId: 'bench',
    inputTranscript: query.lastName,
    interpretations: [],
    transcriptions: [],
    bot: { id: 'bench', name: 'Directory', aliasId: 'live', aliasName: 'live', localeId: 'en_US', version: '1' },
    sessionState: {
      originatingRequestId: 'bench',
      // A spelled query is the caller's answer to the spelling re-prompt (second attempt).
      sessionAttributes: query.mode === 'spelled' ? { [ATTR.attempt]: '1' } : {},
      intent: { name: PERSON_INTENT, state: 'InProgress', confirmationState: 'None', slots: { [LAST_NAME_SLOT]: slot(query.lastName), [FIRST_NAME_SLOT]: slot(query.firstName) } },
    },
  } as unknown as LexV2Event;
}

/** What the code hook decided: a user ID, AMBIGUOUS (asks for the first name) or NO_MATCH. */
function answer(result: LexV2Result): string {
  const action = result.sessionState.dialogAction;
  const attributes = result.sessionState.sessionAttributes ?? {};
  if (action.type === 'Close' && attributes[ATTR.result] === 'MATCH') return attributes[ATTR.agentId];
  if (action.type === 'ElicitSlot' && action.slotToElicit === FIRST_NAME_SLOT) return 'AMBIGUOUS';
  if (attributes[ATTR.result] === 'ERROR') return 'ERROR';
  return 'NO_MATCH';
}

let model = new DirectoryModel(data.directory);
const connectMock = mockClient(ConnectClient);
connectMock.on(SearchUsersCommand).callsFake((input: SearchUsersCommandInput) => model.search(input));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * A NO_MATCH label that no matcher can honour: the heard letters are one edit from a directory
 * surname, or have its consonants with other vowels (Milligan for Mulligan, Roche for Rocher).
 * A recognizer writes exactly such strings for the person in the directory, so the input cannot
 * tell the absent name from a misrecognized present one.
 */
function undecidable(query: Query): boolean {
  if (query.expect !== 'NO_MATCH') return false;
  const skeleton = (text: string) => text.replace(/[aeiouy]+/g, '*');
  const heard = nameWords(query.mode === 'spelled' ? parseSpelled(query.lastName) : query.lastName).join('');
  return data.directory.some((person) => {
    const surname = nameWords(person.lastName).join('');
    return distance(heard, surname) <= 1 || skeleton(heard) === skeleton(surname);
  });
}

/** The queries whose label is undecidable, found once for both directories. */
const UNDECIDABLE = new Set(data.queries.filter(undecidable));

async function evaluate(label: string, verbose: boolean) {
  let correct = 0;
  let noMatchQueries = 0;
  let falseAccepts = 0;
  let wrongPerson = 0;
  let undecidableQueries = 0;
  let decidableCorrect = 0;
  let decidableNoMatch = 0;
  let decidableFalseAccepts = 0;
  const callsBefore = model.calls;
  for (const query of data.queries) {
    const got = answer(await handler(lexEvent(query)));
    const decidable = !UNDECIDABLE.has(query);
    if (!decidable) undecidableQueries++;
    if (decidable && got === query.expect) decidableCorrect++;
    if (decidable && query.expect === 'NO_MATCH') {
      decidableNoMatch++;
      if (!['AMBIGUOUS', 'NO_MATCH', 'ERROR'].includes(got)) decidableFalseAccepts++;
    }
    if (got === query.expect) {correct++;} else {
      if (!['AMBIGUOUS', 'NO_MATCH', 'ERROR'].includes(query.expect) && !['AMBIGUOUS', 'NO_MATCH', 'ERROR'].includes(got)) wrongPerson++;
      if (verbose) console.log(`  [${label}] ${query.mode} "${query.lastName}"${query.firstName ? ` (${query.firstName})` : ''}: expected ${query.expect}, got ${got}`);
    }
    if (query.expect === 'NO_MATCH') {
      noMatchQueries++;
      if (!['AMBIGUOUS', 'NO_MATCH', 'ERROR'].includes(got)) falseAccepts++;
    }
  }
  const n = data.queries.length;
  return {
    accuracy: correct / n,
    falseAcceptRate: noMatchQueries ? falseAccepts / noMatchQueries : 0,
    wrongPersonRate: wrongPerson / n,
    callsPerLookup: (model.calls - callsBefore) / n,
    undecidable: undecidableQueries,
    decidableAccuracy: decidableCorrect / (n - undecidableQueries),
    decidableFalseAcceptRate: decidableNoMatch ? decidableFalseAccepts / decidableNoMatch : 0,
  };
}

async function main() {
  const n = data.queries.length;
  const people = data.directory.length;
  // 1. Accuracy over the file's directory.
  const quality = await evaluate('directory', args.verbose!);

  // 2. Latency, warm and in process, over the directory padded with generated people.
  const padTo = Math.max(people, Number.parseInt(args.pad!, 10) || 10000);
  model = new DirectoryModel(padDirectory(data.directory, padTo));
  for (let i = 0; i < 3; i++) for (const query of data.queries) await handler(lexEvent(query)); // warm-up
  const padded = await evaluate('padded', args.verbose!);
  // Each query is timed ROUNDS times; its latency is the median of its runs, so that a run the
  // (shared) machine's scheduler paused does not count as the matcher's time. p50/p99 are over
  // queries; the raw p99 over every run is printed as well.
  const ROUNDS = 15;
  const runs: number[][] = data.queries.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < n; i++) {
      const event = lexEvent(data.queries[i]);
      // The mock library records every call; forget them so its history does not weigh on timings.
      connectMock.resetHistory();
      const start = process.hrtime.bigint();
      await handler(event);
      runs[i].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const medians = runs.map((r) => [...r].sort((a, b) => a - b)[Math.floor(r.length / 2)]);
  if (args.verbose) medians.map((m, i) => [m, data.queries[i].lastName] as const).sort((a, b) => b[0] - a[0]).slice(0, 5).forEach(([m, q]) => console.log(`  slowest: ${q} ${m.toFixed(3)} ms`));
  const timings = [...medians].sort((a, b) => a - b);
  const raw = runs.flat().sort((a, b) => a - b);

  console.log(`queries=${n} directory=${people} padded_directory=${model.size}`);
  console.log(`undecidable_no_match=${quality.undecidable} decidable_top1_accuracy=${quality.decidableAccuracy.toFixed(3)} decidable_false_accept_rate=${quality.decidableFalseAcceptRate.toFixed(3)}`);
  console.log(`raw_p99_ms=${percentile(raw, 99).toFixed(3)} wrong_person_rate=${quality.wrongPersonRate.toFixed(3)} padded_top1_accuracy=${padded.accuracy.toFixed(3)} api_calls_per_lookup_directory=${quality.callsPerLookup.toFixed(2)} api_calls_per_lookup_padded=${padded.callsPerLookup.toFixed(2)}`);
  console.log(`top1_accuracy=${quality.accuracy.toFixed(3)} false_accept_rate=${quality.falseAcceptRate.toFixed(3)} api_calls_per_lookup=${Math.max(quality.callsPerLookup, padded.callsPerLookup).toFixed(1)} p50_ms=${percentile(timings, 50).toFixed(3)} p99_ms=${percentile(timings, 99).toFixed(3)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
