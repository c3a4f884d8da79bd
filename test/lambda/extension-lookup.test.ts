import { ConnectClient, SearchUsersCommand, ThrottlingException, AccessDeniedException } from '@aws-sdk/client-connect';
import { mockClient } from 'aws-sdk-client-mock';
import { createExtensionLookup } from '../../lambda-src/extension-lookup/lookup';

const connect = mockClient(ConnectClient);
const user = {
  Id: 'u-777',
  Arn: 'arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/u-777',
  Username: 'psantus',
  IdentityInfo: { FirstName: 'Paul', LastName: 'Santus' },
  Tags: { Extension: '777' },
};

function lookupWith(overrides: { cacheTtlMs?: number; now?: () => number } = {}) {
  return createExtensionLookup({
    client: new ConnectClient({ region: 'us-east-1' }),
    instanceId: 'i-1',
    tagKey: 'Extension',
    cacheTtlMs: overrides.cacheTtlMs ?? 60_000,
    budgetMs: 3000,
    now: overrides.now,
    sleep: async () => {},
    random: () => 0.5,
  });
}

beforeEach(() => connect.reset());

test('GIVEN a tagged user WHEN the caller enters the extension THEN exactly one SearchUsers call with the tag filter finds them', async () => {
  // GIVEN
  connect.on(SearchUsersCommand).resolves({ Users: [user] });
  // WHEN
  const response = await lookupWith()('777');
  // THEN
  expect(response).toEqual({
    found: 'true', agentId: 'u-777', agentArn: user.Arn, firstName: 'Paul', lastName: 'Santus', extension: '777',
  });
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(1);
  expect(connect.commandCalls(SearchUsersCommand)[0].args[0].input).toEqual({
    InstanceId: 'i-1',
    MaxResults: 100,
    SearchFilter: { TagFilter: { TagCondition: { TagKey: 'Extension', TagValue: '777' } } },
  });
  expect(Object.values(response).every((v) => typeof v === 'string')).toBe(true);
});

test('GIVEN a warm function WHEN the same extension is asked twice within the TTL THEN the second costs no call', async () => {
  connect.on(SearchUsersCommand).resolves({ Users: [user] });
  let clock = 1_000;
  const lookup = lookupWith({ now: () => clock });
  await lookup('777');
  await lookup('777#');
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(1);
  clock += 61_000;
  await lookup('777');
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(2);
});

test.each([[undefined], [''], ['12a'], ['12345678901'], ['*']])('GIVEN bad digits %p THEN not found without any call', async (digits) => {
  expect(await lookupWith()(digits)).toEqual({ found: 'false', reason: 'INVALID_INPUT' });
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(0);
});

test('GIVEN no user has the extension THEN found=false NOT_FOUND', async () => {
  connect.on(SearchUsersCommand).resolves({ Users: [] });
  expect(await lookupWith()('123')).toEqual({ found: 'false', reason: 'NOT_FOUND' });
});

test('GIVEN two users share the extension THEN the lookup refuses to guess', async () => {
  connect.on(SearchUsersCommand).resolves({ Users: [user, { ...user, Id: 'u-2', Arn: `${user.Arn}2` }] });
  expect(await lookupWith()('777')).toEqual({ found: 'false', reason: 'AMBIGUOUS' });
});

test('GIVEN SearchUsers throttles once WHEN looked up THEN it retries and answers', async () => {
  connect.on(SearchUsersCommand)
    .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
    .resolves({ Users: [user] });
  expect((await lookupWith()('777')).found).toBe('true');
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(2);
});

test('GIVEN SearchUsers is denied WHEN looked up THEN a well-formed fallback answer without the error text', async () => {
  connect.on(SearchUsersCommand).rejects(new AccessDeniedException({ message: 'secret internal detail', $metadata: {} }));
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const response = await lookupWith()('777');
  expect(response).toEqual({ found: 'false', reason: 'ERROR' });
  expect(JSON.stringify(response)).not.toContain('secret');
  expect(connect.commandCalls(SearchUsersCommand)).toHaveLength(1);
  spy.mockRestore();
});

test('GIVEN the deployed handler WHEN Connect invokes it with the extension parameter THEN it reads its environment', async () => {
  process.env.INSTANCE_ID = 'i-env';
  process.env.EXTENSION_TAG_KEY = 'Ext';
  connect.on(SearchUsersCommand).resolves({ Users: [user] });
  process.env.AWS_REGION = 'us-east-1';
  // Loaded here, after its environment is set (the mock patches the shared client class).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require('../../lambda-src/extension-lookup/index') as typeof import('../../lambda-src/extension-lookup/index');
  const response = await handler({ Name: 'ContactFlowEvent', Details: { ContactData: {}, Parameters: { extension: '777' } } });
  expect(response.found).toBe('true');
  expect(connect.commandCalls(SearchUsersCommand)[0].args[0].input.SearchFilter).toEqual({ TagFilter: { TagCondition: { TagKey: 'Ext', TagValue: '777' } } });
  expect(await handler({ garbage: true })).toEqual({ found: 'false', reason: 'INVALID_INPUT' });
});

test('GIVEN a malformed SearchUsers answer (names of the wrong type or longer than Connect allows) THEN the answer is still a small map of strings', async () => {
  connect.on(SearchUsersCommand).resolves({
    Users: [{ ...user, Username: 42, IdentityInfo: { FirstName: Number.NaN, LastName: 'x'.repeat(40_000) }, Tags: { Extension: 7 } } as never],
  });
  const response = await lookupWith()('777');
  expect(response).toEqual({ found: 'true', agentId: 'u-777', agentArn: user.Arn, firstName: '', lastName: '', extension: '777' });
  connect.on(SearchUsersCommand).resolves({ Users: [{ Id: 5, Arn: { x: 1 } } as never] });
  expect(await lookupWith({ cacheTtlMs: 0 })('777')).toEqual({ found: 'false', reason: 'NOT_FOUND' });
});
