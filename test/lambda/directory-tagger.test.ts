import { ConnectClient, SearchUsersCommand, TagResourceCommand, UntagResourceCommand, ThrottlingException } from '@aws-sdk/client-connect';
import { mockClient } from 'aws-sdk-client-mock';
import { createTagger, nextFreeExtension, planNameTags, requestsPerSecond } from '../../lambda-src/directory-tagger/tagger';
import { nameKeyTags } from '../../lambda-src/shared/name-keys';
import { userNameKeys } from '../../lambda-src/shared/names';

const connect = mockClient(ConnectClient);
const arn = (id: string) => `arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/${id}`;
const santusKeys = nameKeyTags('NameKey:', userNameKeys('Santus'));

function taggerWith(clock: { t: number }, extensionLength = 3) {
  return createTagger({
    client: new ConnectClient({ region: 'us-east-1' }),
    instanceId: 'i-1',
    nameKeyPrefix: 'NameKey:',
    extensionTagKey: 'Extension',
    extensionLength,
    requestsPerSecond: 1,
    now: () => clock.t,
    sleep: async (ms) => { clock.t += ms; },
    random: () => 0.5,
  });
}

beforeEach(() => connect.reset());

test('GIVEN users created outside the library WHEN the job runs THEN they get name keys and free extensions, paced at 1 call/s', async () => {
  // GIVEN two pages: an up-to-date user, a SAML user with nothing, a user whose surname changed
  connect.on(SearchUsersCommand, { NextToken: undefined }).resolves({
    Users: [
      { Id: 'a', Arn: arn('a'), IdentityInfo: { FirstName: 'Paul', LastName: 'Santus' }, Tags: { ...santusKeys, Extension: '100' } },
      { Id: 'b', Arn: arn('b'), IdentityInfo: { FirstName: 'Ana', LastName: 'Nowak' }, Tags: {} },
    ],
    NextToken: 'p2',
  });
  connect.on(SearchUsersCommand, { NextToken: 'p2' }).resolves({
    Users: [{ Id: 'c', Arn: arn('c'), IdentityInfo: { FirstName: 'Jo', LastName: 'Kim' }, Tags: { ...santusKeys, Extension: '101', team: 'x' } }],
  });
  connect.on(TagResourceCommand).resolves({});
  connect.on(UntagResourceCommand).resolves({});
  const clock = { t: 0 };
  // WHEN
  const report = await taggerWith(clock)(600_000);
  // THEN
  expect(report).toMatchObject({ users: 3, usersTagged: 2, usersUntagged: 1, extensionsAssigned: 1, failures: 0, complete: true });
  expect(connect.commandCalls(SearchUsersCommand)[0].args[0].input).toEqual({ InstanceId: 'i-1', MaxResults: 100 });
  const tagged = connect.commandCalls(TagResourceCommand).map((c) => c.args[0].input);
  expect(tagged).toContainEqual({ resourceArn: arn('b'), tags: { ...nameKeyTags('NameKey:', userNameKeys('Nowak')), Extension: '102' } });
  expect(tagged).toContainEqual({ resourceArn: arn('c'), tags: nameKeyTags('NameKey:', userNameKeys('Kim')) });
  expect(connect.commandCalls(UntagResourceCommand)[0].args[0].input).toEqual({ resourceArn: arn('c'), tagKeys: Object.keys(santusKeys) });
  // 2 pages + 1 untag + 2 tag = 5 calls, one per second
  expect(report.apiCalls).toBe(5);
  expect(clock.t).toBeGreaterThanOrEqual(4000);
});

test('GIVEN the time budget runs out THEN the job stops, reports incomplete, and the next run continues', async () => {
  connect.on(SearchUsersCommand).resolves({
    Users: ['a', 'b', 'c', 'd'].map((id) => ({ Id: id, Arn: arn(id), IdentityInfo: { LastName: 'Nowak' }, Tags: {} })),
  });
  connect.on(TagResourceCommand).resolves({});
  const report = await taggerWith({ t: 0 }, 0)(2500);
  expect(report.complete).toBe(false);
  expect(connect.commandCalls(TagResourceCommand).length).toBeLessThan(4);
});

test('GIVEN throttling and a failing user THEN throttling is retried and the failure is counted, not thrown', async () => {
  connect.on(SearchUsersCommand).rejectsOnce(new ThrottlingException({ message: 'x', $metadata: {} }))
    .resolves({ Users: [{ Id: 'a', Arn: arn('a'), IdentityInfo: { LastName: 'Nowak' }, Tags: {} }, { Id: 'b', Arn: arn('b'), IdentityInfo: { LastName: 'Kim' }, Tags: {} }] });
  connect.on(TagResourceCommand, { resourceArn: arn('a') }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
  connect.on(TagResourceCommand, { resourceArn: arn('b') }).resolves({});
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const report = await taggerWith({ t: 0 }, 0)(600_000);
  expect(report).toMatchObject({ users: 2, usersTagged: 1, failures: 1, complete: true });
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(2);
  spy.mockRestore();
});

test('plans respect the 50-tag limit and extensions fill the lowest gap', () => {
  const crowded = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`t${i}`, 'v']));
  const plan = planNameTags({ id: 'x', arn: arn('x'), username: 'x', firstName: '', lastName: 'Krishnamurthy', tags: crowded }, 'NameKey:');
  expect(Object.keys(plan.add).length).toBe(5);
  expect(nextFreeExtension(new Set(['100', '101', '103']), 3)).toBe('102');
  expect(nextFreeExtension(new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9']), 1)).toBeUndefined();
});

test('GIVEN the deployed handler WHEN the schedule invokes it THEN it reads its environment and stops 20 s before the timeout', async () => {
  Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env', NAME_KEY_PREFIX: 'NK:', EXTENSION_LENGTH: '0', REQUESTS_PER_SECOND: '1' });
  connect.on(SearchUsersCommand).resolves({ Users: [{ Id: 'a', Arn: arn('a'), IdentityInfo: { LastName: 'Nowak' }, Tags: {} }] });
  connect.on(TagResourceCommand).resolves({});
  const log = jest.spyOn(console, 'log').mockImplementation(() => {});
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/directory-tagger/index') as typeof import('../../lambda-src/directory-tagger/index');
  const report = await handler({}, { getRemainingTimeInMillis: () => 60_000 } as never);
  expect(report).toMatchObject({ users: 1, usersTagged: 1, complete: true });
  expect(connect.commandCalls(SearchUsersCommand)[0].args[0].input.InstanceId).toBe('i-env');
  expect(Object.keys(connect.commandCalls(TagResourceCommand)[0].args[0].input.tags ?? {}).every((k) => k.startsWith('NK:'))).toBe(true);
  // Too little time left: nothing is started.
  connect.resetHistory();
  const late = await handler({}, { getRemainingTimeInMillis: () => 20_000 } as never);
  expect(late.complete).toBe(false);
  expect(connect.commandCalls(TagResourceCommand)).toHaveLength(0);
  log.mockRestore();
});

test('GIVEN the directory cannot be read THEN the job reports the failure, tags nothing and does not throw', async () => {
  connect.on(SearchUsersCommand)
    .resolvesOnce({ Users: [{ Id: 'a', Arn: arn('a'), IdentityInfo: { LastName: 'Nowak' }, Tags: {} }], NextToken: 'p2' })
    .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const report = await taggerWith({ t: 0 })(600_000);
  expect(report).toMatchObject({ users: 1, usersTagged: 0, failures: 1, complete: false });
  expect(connect.commandCalls(TagResourceCommand)).toHaveLength(0);
  connect.on(SearchUsersCommand).resolves('garbage' as never);
  expect(await taggerWith({ t: 0 })(600_000)).toMatchObject({ users: 0, failures: 0, complete: true });
  spy.mockRestore();
});

test('GIVEN a user with 49 other tags and no extension THEN the new extension and the name keys stay within 50 tags; with 50 other tags no extension is given', async () => {
  const others = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`team${i}`, 'x']));
  connect.on(SearchUsersCommand).resolves({
    Users: [
      { Id: 'a', Arn: arn('a'), IdentityInfo: { LastName: 'Santus' }, Tags: others(49) },
      { Id: 'b', Arn: arn('b'), IdentityInfo: { LastName: 'Santus' }, Tags: others(50) },
    ],
  });
  connect.on(TagResourceCommand).resolves({});
  const report = await taggerWith({ t: 0 })(600_000);
  const tagged = connect.commandCalls(TagResourceCommand).map((c) => c.args[0].input);
  expect(tagged).toEqual([{ resourceArn: arn('a'), tags: { Extension: '100' } }]);
  expect(report).toMatchObject({ extensionsAssigned: 1, usersTagged: 1 });
});

test('GIVEN a user listed twice (the directory changed while it was read) THEN it is tagged once, from its latest answer', async () => {
  connect.on(SearchUsersCommand, { NextToken: undefined }).resolves({ Users: [{ Id: 'a', Arn: arn('a'), IdentityInfo: { LastName: 'Santus' }, Tags: {} }], NextToken: 'p2' });
  connect.on(SearchUsersCommand, { NextToken: 'p2' }).resolves({ Users: [{ Id: 'a', Arn: arn('a'), IdentityInfo: { LastName: 'Nowak' }, Tags: {} }] });
  connect.on(TagResourceCommand).resolves({});
  const report = await taggerWith({ t: 0 })(600_000);
  expect(report).toMatchObject({ users: 1, usersTagged: 1, extensionsAssigned: 1 });
  expect(connect.commandCalls(TagResourceCommand).map((c) => c.args[0].input)).toEqual([
    { resourceArn: arn('a'), tags: { ...nameKeyTags('NameKey:', userNameKeys('Nowak')), Extension: '100' } },
  ]);
});

test('GIVEN the handler gets a context without a usable remaining time THEN it runs with the default budget instead of throwing', async () => {
  Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env' });
  connect.on(SearchUsersCommand).resolves({ Users: [] });
  const log = jest.spyOn(console, 'log').mockImplementation(() => {});
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/directory-tagger/index') as typeof import('../../lambda-src/directory-tagger/index');
  for (const context of [{ getRemainingTimeInMillis: 'soon' }, { getRemainingTimeInMillis: () => Number.NaN }, 42]) {
    expect(await handler({}, context as never)).toMatchObject({ users: 0, complete: true });
  }
  log.mockRestore();
});

describe('the job\'s pace', () => {
  function pacedTagger(clock: { t: number; starts: number[] }, rate: number) {
    return createTagger({
      client: new ConnectClient({ region: 'us-east-1' }),
      instanceId: 'i-1',
      nameKeyPrefix: 'NameKey:',
      extensionTagKey: 'Extension',
      extensionLength: 0,
      requestsPerSecond: rate,
      now: () => clock.t,
      sleep: async (ms) => { clock.t += ms; },
      random: () => 0.5,
    });
  }

  function directoryOfFive(clock: { t: number; starts: number[] }) {
    connect.on(SearchUsersCommand).callsFake(() => {
      clock.starts.push(clock.t);
      return { Users: ['a', 'b', 'c', 'd'].map((id) => ({ Id: id, Arn: arn(id), IdentityInfo: { LastName: 'Nowak' }, Tags: {} })) };
    });
    connect.on(TagResourceCommand).callsFake(() => { clock.starts.push(clock.t); return {}; });
  }

  test.each([
    [0.5, 2000],
    [2, 500],
    [1, 1000],
  ])('GIVEN %p requests/s THEN calls start %p ms apart', async (rate, gap) => {
    const clock = { t: 0, starts: [] as number[] };
    directoryOfFive(clock);
    const report = await pacedTagger(clock, rate)(600_000);
    expect(report.apiCalls).toBe(5);
    expect(clock.starts).toHaveLength(5);
    const gaps = clock.starts.slice(1).map((t, i) => t - clock.starts[i]);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(gap);
    expect(clock.t).toBeLessThan(5 * gap);
  });

  test.each([
    ['0.5', 0.5],
    ['2', 2],
    ['5', 2],
    ['0.01', 0.1],
    ['0', 1],
    ['-3', 1],
    ['fast', 1],
    ['', 1],
    [undefined, 1],
  ])('REQUESTS_PER_SECOND=%p is read as %p (never above Connect\'s 2/s)', (raw, expected) => {
    expect(requestsPerSecond(raw)).toBe(expected);
  });

  test('GIVEN REQUESTS_PER_SECOND=2 WHEN the deployed handler runs (fake timers) THEN it waits 500 ms between calls', async () => {
    jest.useFakeTimers({ now: 0 });
    try {
      Object.assign(process.env, { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env', EXTENSION_LENGTH: '0', REQUESTS_PER_SECOND: '2' });
      const starts: number[] = [];
      let handlerModule: typeof import('../../lambda-src/directory-tagger/index') | undefined;
      let isolatedConnect: ReturnType<typeof mockClient> | undefined;
      jest.isolateModules(() => {
        // The handler reads its environment when loaded: load a fresh copy, with its own SDK to mock.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const sdk = require('@aws-sdk/client-connect') as typeof import('@aws-sdk/client-connect');
        isolatedConnect = mockClient(sdk.ConnectClient);
        isolatedConnect.on(sdk.SearchUsersCommand).callsFake(() => {
          starts.push(Date.now());
          return { Users: ['a', 'b'].map((id) => ({ Id: id, Arn: arn(id), IdentityInfo: { LastName: 'Nowak' }, Tags: {} })) };
        });
        isolatedConnect.on(sdk.TagResourceCommand).callsFake(() => { starts.push(Date.now()); return {}; });
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        handlerModule = require('../../lambda-src/directory-tagger/index');
      });
      const run = handlerModule!.handler({}, { getRemainingTimeInMillis: () => 900_000 } as any);
      await jest.advanceTimersByTimeAsync(5_000);
      const report = await run;
      expect(report).toMatchObject({ users: 2, usersTagged: 2, apiCalls: 3, complete: true });
      expect(starts).toEqual([0, 500, 1000]);
      isolatedConnect!.restore();
    } finally {
      jest.useRealTimers();
    }
  });
});
