import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { INSTANCE_ID, REALISTIC, instanceHandlers } from './import-instance';
import { runCliOnDisk } from './run-cli';
import { aws } from '../../cli-aws';
import { CliIo, main } from '../../src/cli';

/** The HTTP binding of each API the import calls (restJson1, as the Connect service model gives it). */
const ROUTES: Array<[string, string, string]> = [
  ['DescribeInstance', 'GET', '/instance/{InstanceId}'],
  ['ListInstanceAttributes', 'GET', '/instance/{InstanceId}/attributes'],
  ['SearchHoursOfOperations', 'POST', '/search-hours-of-operations'],
  ['SearchQueues', 'POST', '/search-queues'],
  ['ListQueueQuickConnects', 'GET', '/queues/{InstanceId}/{QueueId}/quick-connects'],
  ['SearchRoutingProfiles', 'POST', '/search-routing-profiles'],
  ['ListRoutingProfileQueues', 'GET', '/routing-profiles/{InstanceId}/{RoutingProfileId}/queues'],
  ['SearchSecurityProfiles', 'POST', '/search-security-profiles'],
  ['ListSecurityProfilePermissions', 'GET', '/security-profiles-permissions/{InstanceId}/{SecurityProfileId}'],
  ['DescribeUserHierarchyStructure', 'GET', '/user-hierarchy-structure/{InstanceId}'],
  ['SearchUserHierarchyGroups', 'POST', '/search-user-hierarchy-groups'],
  ['SearchUsers', 'POST', '/search-users'],
  ['SearchAgentStatuses', 'POST', '/search-agent-statuses'],
  ['SearchQuickConnects', 'POST', '/search-quick-connects'],
  ['SearchPrompts', 'POST', '/search-prompts'],
  ['ListPhoneNumbersV2', 'POST', '/phone-number/list'],
  ['ListFlowAssociations', 'GET', '/flow-associations-summary/{InstanceId}'],
  ['SearchContactFlows', 'POST', '/search-contact-flows'],
  ['DescribeContactFlow', 'GET', '/contact-flows/{InstanceId}/{ContactFlowId}'],
  ['SearchContactFlowModules', 'POST', '/search-contact-flow-modules'],
  ['DescribeContactFlowModule', 'GET', '/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}'],
  ['ListLambdaFunctions', 'GET', '/instance/{InstanceId}/lambda-functions'],
  ['ListBots', 'GET', '/instance/{InstanceId}/bots'],
  ['ListInstanceStorageConfigs', 'GET', '/instance/{InstanceId}/storage-configs'],
];

/** Query parameters by their wire name. */
const QUERY: { [wire: string]: string } = { nextToken: 'NextToken', maxResults: 'MaxResults', lexVersion: 'LexVersion', ResourceType: 'ResourceType', resourceType: 'ResourceType' };

/** A server that speaks the Connect API for the mocked instance; `calls` lists the APIs it answered. */
function connectServer(handlers: { [api: string]: (input: any) => any }, calls: string[]): http.Server {
  return http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      for (const [api, method, pattern] of ROUTES) {
        const names: string[] = [];
        const re = new RegExp(`^${pattern.replace(/\{(\w+)\}/g, (_m, n) => { names.push(n); return '([^/]+)'; })}$`);
        const m = re.exec(url.pathname);
        if (req.method !== method || !m) continue;
        const input: any = body ? JSON.parse(body) : {};
        names.forEach((n, i) => { input[n] = decodeURIComponent(m[i + 1]); });
        url.searchParams.forEach((v, k) => { input[QUERY[k] ?? k] = k === 'maxResults' ? Number(v) : v; });
        calls.push(api);
        try {
          // Timestamps go over the wire as epoch seconds.
          const epochSeconds = function (this: any, k: string, v: unknown) {
            return this[k] instanceof Date ? this[k].getTime() / 1000 : v;
          };
          const text = JSON.stringify(handlers[api](input), epochSeconds);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(text);
        } catch (e) {
          const err = e as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
          res.writeHead(err.$metadata?.httpStatusCode ?? 500, { 'content-type': 'application/json', 'x-amzn-errortype': err.name });
          res.end(JSON.stringify({ Message: err.message }));
        }
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' });
      res.end('{}');
    });
  });
}

/**
 * `import` goes through the SDK's standard endpoint configuration: with AWS_ENDPOINT_URL_CONNECT it
 * talks to any server that speaks the Connect API. This one answers as the service does for an
 * instance that does not exist (restJson1: the error type in x-amzn-errortype, status 404).
 */
describe('import honours AWS_ENDPOINT_URL_CONNECT', () => {
  const saved = { ...process.env };
  const requests: string[] = [];
  let server: http.Server;

  beforeAll(async () => {
    server = connectServer(instanceHandlers(REALISTIC), requests);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ENDPOINT_URL_CONNECT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.AWS_ACCESS_KEY_ID = 'AKIAEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'example';
    delete process.env.AWS_PROFILE;
  });

  afterAll(async () => {
    process.env = saved;
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => { requests.length = 0; });

  test('reads the whole instance from a server that speaks the Connect API, and reads the snapshot back offline', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-import-endpoint-'));
    try {
      const { code, out, err } = await runCliOnDisk(['import', '--instance-id', INSTANCE_ID, '--region', 'eu-west-2', '--save-snapshot', dir], () => aws);
      expect(err).not.toMatch(/cdk-contact-center:/);
      expect(code).toBe(0);
      expect(out).toContain(`API calls: ${requests.length} (`);
      const model = JSON.parse(fs.readFileSync(path.join(dir, 'instance.json'), 'utf-8'));
      expect([model.queues.length, model.users.length, model.flows.length, model.modules.length]).toEqual([24, 200, 30, 2]);
      expect(model.users.every((u: any) => typeof u.username === 'string')).toBe(true);
      expect(model.flows.every((f: any) => JSON.parse(f.content).Version === '2019-10-30')).toBe(true);
      expect(model.routingProfiles[0].queues[1]).toMatchObject({ channel: 'CHAT', priority: 2, delay: 30 });
      expect(model.storageConfigs).toHaveLength(5);
      requests.length = 0;
      const back = await runCliOnDisk(['import', '--from-snapshot', dir], () => { throw new Error('no AWS'); });
      expect(back.code).toBe(0);
      expect(requests).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('calls the configured endpoint and reports its answer, naming the call', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-import-endpoint-'));
    let err = '';
    const io: CliIo = { out: () => undefined, err: (t) => { err += t; }, readFile: () => '', writeFile: () => undefined, aws: () => aws };
    const code = await main(['import', '--instance-id', '99999999-0000-0000-0000-000000000000', '--region', 'eu-west-2', '--save-snapshot', dir], io);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(requests).toEqual(['DescribeInstance']);
    expect(code).toBe(2);
    expect(err).toBe('cdk-contact-center: connect:DescribeInstance (instance 99999999-0000-0000-0000-000000000000) failed: '
      + 'instance "99999999-0000-0000-0000-000000000000" does not exist in eu-west-2 (ResourceNotFoundException); check --instance-id and --region\n');
  });
});
