/**
 * Generators of malformed and hostile input for the property-based handler tests, and a scripted
 * service: every mocked AWS call takes the next outcome of the run's script (an answer, a
 * malformed answer, or throttling, 5xx, access denied, a bare error).
 */
import { AccessDeniedException, InternalServiceException, ResourceNotFoundException, ThrottlingException } from '@aws-sdk/client-connect';
import * as fc from 'fast-check';

/** Text that only ever appears in the mocked errors: a response containing it echoes error text. */
export const ERROR_MARKER = 'zq-internal-7731-detail';

const HOSTILE = [
  "' OR 1=1 --", "'; DROP TABLE users; --", '${jndi:ldap://evil/x}', '${process.env.AWS_SECRET_ACCESS_KEY}', '#{7*7}', '{{7*7}}',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '$.External.agentId', '$..*', '$[?(@.x)]', '$.Attributes',
  '\u0000', 'a\u0000b', 'e\u0301\u0302\u0303\u0304', 'Z\u0336\u0337\u0338\u0489', '\u202Egnp.exe', '\u200F\u05E9\u05DC\u05D5\u05DD', 'مرحبا',
  '😀👍🏽👨‍👩‍👧‍👦', '\uD800', '\uFFFF', '../../etc/passwd', '%00%0d%0a', '\r\n\t', 'NaN', 'undefined', 'null', '__proto__', 'constructor',
  'toString', '-1', '1e309', '0x10', '   ', '#', '*', 'Santus', 'Tanaka', "O'Brien", 'Nowak', 'S A N T U S', 'sierra alpha november',
];

/** Strings from a hostile corner: injection-looking, unicode, control characters, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 10 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...HOSTILE), fc.integer({ min: 1_000, max: 60_000 }))
      .map(([s, n]) => s.repeat(Math.ceil(n / Math.max(1, s.length)))),
  },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE), { maxLength: 6 }).map((parts) => parts.join(' ')) },
);

/** Anything that is not what a field should hold: wrong types, null, arrays, numbers, strings. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, undefined, true, false, 0, -1, NaN, Infinity, 1e308, [], {}, [null], ['x'], { length: 3 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 4 }),
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
);

/** A value that is sometimes right and sometimes wrong. */
export function maybe<T>(right: fc.Arbitrary<T>, weight = 3): fc.Arbitrary<unknown> {
  return fc.oneof({ weight, arbitrary: right as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrongValue });
}

/** A right value most of the time, else a hostile string or a value of the wrong type. */
export function mostly<T>(right: fc.Arbitrary<T>, weight = 4): fc.Arbitrary<unknown> {
  const wrong: fc.Arbitrary<unknown> = fc.oneof(hostileString, wrongValue);
  return fc.oneof({ weight, arbitrary: right as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: wrong });
}

/** Optional record keys: any field may be missing. */
export function partialRecord<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) {
  return fc.record(fields, { requiredKeys: [] });
}

const SURNAMES = ['Santus', 'Tanaka', 'Nowak', "O'Brien", 'Kim', 'Nguyen', 'Müller', 'Østergaard'];
export const surname = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SURNAMES) }, { weight: 1, arbitrary: hostileString });

/** A SearchUsers user summary, well-formed or not. */
export const userSummary = partialRecord({
  Id: maybe(fc.stringMatching(/^u-[a-f0-9]{1,8}$/)),
  Arn: maybe(fc.stringMatching(/^u-[a-f0-9]{1,8}$/).map((id) => `arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/${id}`)),
  Username: maybe(hostileString),
  IdentityInfo: maybe(partialRecord({ FirstName: maybe(fc.oneof(fc.constantFrom('Paul', 'Akira', 'Yuki', 'Ana'), hostileString)), LastName: maybe(surname) })),
  Tags: maybe(fc.dictionary(fc.oneof(fc.constantFrom('Extension', 'team'), fc.string({ maxLength: 12 }).map((k) => `NameKey:${k}`), hostileString),
    maybe(fc.oneof(fc.stringMatching(/^[0-9]{1,6}$/), fc.constant('1'), hostileString)), { maxKeys: 60 })),
});

export type Outcome =
  | { readonly kind: 'answer'; readonly value: unknown }
  | { readonly kind: 'fail'; readonly error: unknown };

function marked(name: string) {
  return `${name}: ${ERROR_MARKER} arn:aws:iam::111122223333:role/internal`;
}

/** What one call to the mocked Connect client does. */
export const outcome: fc.Arbitrary<Outcome> = fc.oneof(
  {
    weight: 4,
    arbitrary: partialRecord({ Users: maybe(fc.array(userSummary, { maxLength: 4 }), 6), NextToken: maybe(fc.constantFrom('p2', 'p3'), 1) })
      .map((value): Outcome => ({ kind: 'answer', value })),
  },
  { weight: 1, arbitrary: wrongValue.map((value): Outcome => ({ kind: 'answer', value })) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<() => unknown>(
      () => new ThrottlingException({ message: marked('Rate exceeded'), $metadata: { httpStatusCode: 429 } }),
    () => new InternalServiceException({ message: marked('Internal'), $metadata: { httpStatusCode: 500 } }),
    () => Object.assign(new Error(marked('Service unavailable')), { name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } }),
    () => new AccessDeniedException({ message: marked('User is not authorized'), $metadata: { httpStatusCode: 403 } }),
    () => new ResourceNotFoundException({ message: marked('Instance not found'), $metadata: { httpStatusCode: 404 } }),
    () => Object.assign(new Error(marked('socket hang up')), { code: 'ECONNRESET' }),
    () => new Error(marked('boom')),
    () => marked('a thrown string'),
    () => ({ message: marked('a thrown object'), name: marked('odd name') }),
    () => undefined,
    ).map((make): Outcome => ({ kind: 'fail', error: make() })),
  },
);

/** The outcomes of a run's calls in order; the last one repeats (a persistent fault or answer). */
export const script = fc.array(outcome, { minLength: 1, maxLength: 6 });

/** A scripted stand-in for a service's answers, advancing a fake clock by `latencyMs` per call. */
export class ScriptedService {
  public calls = 0;
  private outcomes: readonly Outcome[] = [{ kind: 'answer', value: {} }];
  constructor(private readonly clock: { t: number }, private readonly latencyMs: number) {}

  public load(outcomes: readonly Outcome[]): void {
    this.outcomes = outcomes;
    this.calls = 0;
  }

  public readonly answer = async (): Promise<unknown> => {
    const next = this.outcomes[Math.min(this.calls, this.outcomes.length - 1)];
    this.calls++;
    this.clock.t += this.latencyMs;
    if (next.kind === 'fail') throw next.error;
    return next.value;
  };
}

/** A plain object whose keys and values are all strings. */
export function isStringMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && Object.getPrototypeOf(value) === Object.prototype
    && Object.values(value).every((v) => typeof v === 'string');
}

/** How `describeDeployedHandler` fuzzes an exported handler. */
export interface DeployedHandlerFuzz<E> {
  /** Environment the handler module reads when it loads. */
  readonly env: Record<string, string>;
  /** The test's title. */
  readonly title: string;
  /** The events. */
  readonly event: fc.Arbitrary<E>;
  /** The outcomes of the mocked service calls of one run. */
  readonly script: fc.Arbitrary<readonly Outcome[]>;
  /** The mocked service the script drives. */
  readonly scripted: ScriptedService;
  /** Loads the handler module (after `env` is set) and returns its handler. */
  readonly load: () => (event: E) => Promise<unknown>;
  /** Fails unless the response is one the caller (Connect, Lex) accepts. */
  readonly check: (response: unknown) => void;
}

/**
 * The exported handler, as Lambda runs it, on 2,000 hostile events and service scripts: its
 * retries sleep on fake timers, and every response it resolves with must pass `check`.
 */
export function describeDeployedHandler<E>(fuzz: DeployedHandlerFuzz<E>): void {
  describe('the deployed handler', () => {
    beforeAll(() => {
      Object.assign(process.env, fuzz.env);
      jest.useFakeTimers();
    });
    afterAll(() => jest.useRealTimers());

    test(fuzz.title, async () => {
      const handler = fuzz.load();
      await fc.assert(fc.asyncProperty(fuzz.event, fuzz.script, async (event, outcomes) => {
        fuzz.scripted.load(outcomes);
        const pending = handler(event);
        await jest.runAllTimersAsync();
        fuzz.check(await pending);
      }), { numRuns: 2_000 });
    }, 120_000);
  });
}
