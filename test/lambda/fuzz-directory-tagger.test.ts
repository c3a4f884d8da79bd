/**
 * Property-based tests of the directory job: 10,000 runs over malformed or hostile directories
 * (users with wrong types, crowded or garbage tags, endless pages) and schedule events, against a
 * Connect API that answers, answers garbage, throttles, fails or denies.
 */
import { ConnectClient, SearchUsersCommand, TagResourceCommand, UntagResourceCommand, type TagResourceCommandInput, type UntagResourceCommandInput } from '@aws-sdk/client-connect';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import * as fc from 'fast-check';
import { hostileString, maybe, outcome, partialRecord, ScriptedService, userSummary, wrongValue, type Outcome } from './fuzz-arbitraries';
import { createTagger, type TaggerReport } from '../../lambda-src/directory-tagger/tagger';
import { toDirectoryUser, type DirectoryUser } from '../../lambda-src/shared/directory';

const connect = mockClient(ConnectClient);
const clock = { t: 1_000_000 };
const search = new ScriptedService(clock, 150);
const tagging = new ScriptedService(clock, 80);

/** A user with almost no room left for more tags. */
const crowdedUser = fc.record({
  Id: fc.stringMatching(/^c-[a-f0-9]{1,6}$/),
  IdentityInfo: fc.record({ LastName: fc.constantFrom('Santus', 'Krishnamurthy', 'Nguyen', "O'Brien-Smith") }),
  others: fc.integer({ min: 40, max: 50 }),
  extension: fc.boolean(),
}).map(({ Id, IdentityInfo, others, extension }) => ({
  Id,
  Arn: `arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/${Id}`,
  IdentityInfo,
  Tags: { ...Object.fromEntries(Array.from({ length: others - (extension ? 1 : 0) }, (_, i) => [`team${i}`, 'x'])), ...(extension ? { Extension: '100' } : {}) },
}));

/** A page of SearchUsers, well-formed or not. */
const page: fc.Arbitrary<Outcome> = fc.oneof(
  { weight: 3, arbitrary: outcome },
  {
    weight: 3,
    arbitrary: partialRecord({
      Users: maybe(fc.array(fc.oneof(userSummary, crowdedUser), { maxLength: 5 }), 8),
      NextToken: maybe(fc.constantFrom('p2', 'p3'), 1),
    }).map((value): Outcome => ({ kind: 'answer', value })),
  },
);
const pages = fc.array(page, { minLength: 1, maxLength: 5 });
const taggingScript = fc.array(outcome, { minLength: 1, maxLength: 4 });

/** What SearchUsers answered in a run, as the job reads it. */
let directory: DirectoryUser[] = [];

function record(value: unknown): unknown {
  const users = (value as { Users?: unknown })?.Users;
  if (Array.isArray(users)) for (const u of users) { const user = toDirectoryUser(u); if (user) directory.push(user); }
  return value;
}

/** TagResource/UntagResource within Connect's limits, and no user above 50 tags afterwards. */
function expectWithinTagLimits(): void {
  const untags = connect.commandCalls(UntagResourceCommand).map((c) => c.args[0].input as UntagResourceCommandInput);
  const tags = connect.commandCalls(TagResourceCommand).map((c) => c.args[0].input as TagResourceCommandInput);
  const violations: string[] = [];
  for (const input of untags) {
    const count = input.tagKeys?.length ?? 0;
    if (count < 1 || count > 50) violations.push(`UntagResource with ${count} keys`);
  }
  for (const input of tags) {
    const entries = Object.entries(input.tags ?? {});
    if (entries.length < 1 || entries.length > 50) violations.push(`TagResource with ${entries.length} tags`);
    for (const [key, value] of entries) {
      if (key.length < 1 || key.length > 128 || key.toLowerCase().startsWith('aws:')) violations.push(`tag key ${JSON.stringify(key)}`);
      if (typeof value !== 'string' || value.length > 256) violations.push(`tag value ${JSON.stringify(value)}`);
    }
  }
  // The tags each user ends with (the last answer about a user is what the job acted on).
  const byArn = new Map(directory.map((u) => [u.arn, u]));
  for (const [arn, user] of byArn) {
    const after = new Set(Object.keys(user.tags));
    for (const input of untags) if (input.resourceArn === arn) for (const key of input.tagKeys ?? []) after.delete(key);
    for (const input of tags) if (input.resourceArn === arn) for (const key of Object.keys(input.tags ?? {})) after.add(key);
    if (after.size > Math.max(50, Object.keys(user.tags).length)) violations.push(`${arn} ends with ${after.size} tags`);
  }
  expect(violations).toEqual([]);
}

function expectReport(report: TaggerReport): void {
  const counts = [report.users, report.usersTagged, report.usersUntagged, report.extensionsAssigned, report.failures, report.apiCalls];
  expect(counts.every((n) => Number.isInteger(n) && n >= 0) && typeof report.complete === 'boolean').toBe(true);
}

beforeAll(() => {
  connect.on(SearchUsersCommand).callsFake(async () => record(await search.answer()));
  connect.on(TagResourceCommand).callsFake(tagging.answer);
  connect.on(UntagResourceCommand).callsFake(tagging.answer);
  jest.spyOn(console, 'error').mockImplementation(() => {});
  jest.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(() => jest.restoreAllMocks());

test('GIVEN 8,000 malformed directories and a misbehaving Connect API THEN the job never throws, never tags past the limits, and stops at its deadline', async () => {
  const client = new ConnectClient({ region: 'us-east-1' });
  await fc.assert(fc.asyncProperty(pages, taggingScript, fc.constantFrom(0, 1, 3), async (answers, tagAnswers, extensionLength) => {
    search.load(answers);
    tagging.load(tagAnswers);
    directory = [];
    connect.resetHistory();
    const tagger = createTagger({
      client,
      instanceId: 'i-1',
      nameKeyPrefix: 'NameKey:',
      extensionTagKey: 'Extension',
      extensionLength,
      requestsPerSecond: 2,
      now: () => clock.t,
      sleep: async (ms) => { clock.t += ms; },
    });
    const deadline = clock.t + 6_000;
    const report = await tagger(deadline);
    expectReport(report);
    expectWithinTagLimits();
    // No call starts after the deadline: at most one call's latency past it.
    expect(clock.t).toBeLessThanOrEqual(deadline + 150);
  }), { numRuns: 8_000 });
}, 120_000);

describe('the deployed handler', () => {
  beforeAll(() => {
    Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env', EXTENSION_LENGTH: '3', REQUESTS_PER_SECOND: '2' });
    jest.useFakeTimers();
  });
  afterAll(() => jest.useRealTimers());

  const context = fc.oneof(
    wrongValue,
    partialRecord({
      getRemainingTimeInMillis: fc.oneof(wrongValue, fc.oneof(fc.integer({ min: -1000, max: 27_000 }), fc.constantFrom(NaN, Infinity))
        .map((ms) => () => ms)),
    }),
  );

  test('GIVEN 2,000 hostile schedule events and contexts THEN the exported handler resolves with a report', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { handler } = require('../../lambda-src/directory-tagger/index') as typeof import('../../lambda-src/directory-tagger/index');
    const scheduleEvent = fc.oneof(wrongValue, fc.dictionary(hostileString, wrongValue, { maxKeys: 3 }));
    await fc.assert(fc.asyncProperty(scheduleEvent, context, pages, taggingScript, async (event, ctx, answers, tagAnswers) => {
      search.load(answers);
      tagging.load(tagAnswers);
      directory = [];
      connect.resetHistory();
      const pending = handler(event, ctx as Context);
      await jest.runAllTimersAsync();
      expectReport(await pending);
      expectWithinTagLimits();
    }), { numRuns: 2_000 });
  }, 120_000);
});
