/**
 * Property-based tests of the extension-lookup handler: 10,000 malformed or hostile Connect events
 * against a Connect API that answers, answers garbage, throttles, fails or denies.
 */
import { ConnectClient, SearchUsersCommand } from '@aws-sdk/client-connect';
import { mockClient } from 'aws-sdk-client-mock';
import * as fc from 'fast-check';
import { ERROR_MARKER, hostileString, isStringMap, maybe, mostly, partialRecord, script, ScriptedService, wrongValue, describeDeployedHandler } from './fuzz-arbitraries';
import { createExtensionLookup } from '../../lambda-src/extension-lookup/lookup';
import { parameter } from '../../lambda-src/shared/connect-event';

const BUDGET_MS = 3000;
const LATENCY_MS = 120;
const connect = mockClient(ConnectClient);
const clock = { t: 1_000_000 };
const scripted = new ScriptedService(clock, LATENCY_MS);

const digits = fc.stringMatching(/^[0-9]{1,10}#?$/);
/** What Connect sends to the "Invoke AWS Lambda function" block, mangled. */
const connectEvent = fc.oneof(
  { weight: 1, arbitrary: wrongValue },
  {
    weight: 6,
    arbitrary: partialRecord({
      Name: maybe(fc.constant('ContactFlowEvent')),
      Details: maybe(partialRecord({
        ContactData: maybe(partialRecord({ Attributes: maybe(fc.dictionary(hostileString, hostileString, { maxKeys: 3 })), Channel: maybe(fc.constant('VOICE')) })),
        Parameters: maybe(fc.oneof(
          partialRecord({ extension: mostly(digits, 3) }),
          fc.dictionary(hostileString, wrongValue, { maxKeys: 4 }),
        ), 8),
      }), 8),
    }),
  },
);

/** The response contract of a Connect Lambda: a flat string map under 32 KB, never error text. */
function expectValidConnectResponse(response: unknown): void {
  expect(isStringMap(response)).toBe(true);
  const json = JSON.stringify(response);
  expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(32 * 1024);
  expect(json).not.toContain(ERROR_MARKER);
  expect(['true', 'false']).toContain((response as Record<string, string>).found);
}

beforeAll(() => {
  connect.on(SearchUsersCommand).callsFake(scripted.answer);
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => jest.restoreAllMocks());

test('GIVEN 8,000 hostile events and a misbehaving Connect API THEN every answer is a valid flat map, in the time budget, with no error text', async () => {
  const lookup = createExtensionLookup({
    client: new ConnectClient({ region: 'us-east-1' }),
    instanceId: 'i-1',
    tagKey: 'Extension',
    cacheTtlMs: 0,
    budgetMs: BUDGET_MS,
    now: () => clock.t,
    sleep: async (ms) => { clock.t += ms; },
  });
  await fc.assert(fc.asyncProperty(connectEvent, script, async (event, outcomes) => {
    scripted.load(outcomes);
    const start = clock.t;
    const response = await lookup(parameter(event, 'extension'));
    expectValidConnectResponse(response);
    // No attempt starts after the budget: at most one call's latency past it.
    expect(clock.t - start).toBeLessThanOrEqual(BUDGET_MS + LATENCY_MS);
    expect(scripted.calls).toBeLessThanOrEqual(5);
  }), { numRuns: 8_000 });
}, 120_000);

describeDeployedHandler({
  env: { AWS_REGION: 'us-east-1', INSTANCE_ID: 'i-env' },
  title: 'GIVEN 2,000 hostile events THEN the exported handler resolves with a valid flat map',
  event: connectEvent,
  script: script,
  scripted,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  load: () => (require('../../lambda-src/extension-lookup/index') as typeof import('../../lambda-src/extension-lookup/index')).handler,
  check: expectValidConnectResponse,
});
