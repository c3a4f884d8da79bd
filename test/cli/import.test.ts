import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  AccessDeniedException, ConnectClient, DescribeInstanceCommand, ResourceNotFoundException, SearchQueuesCommand, SearchUsersCommand,
  ThrottlingException,
} from '@aws-sdk/client-connect';
import { mockClient } from 'aws-sdk-client-mock';
import { ACCOUNT, INSTANCE_ARN, INSTANCE_ID, REALISTIC, REGION, fastAws, instanceData, mockInstance } from './import-instance';
import { runCliOnDisk } from './run-cli';
import { aws } from '../../cli-aws';
import { AwsModule } from '../../src/cli/aws';
import { IMPORT_RESOURCE_TYPES, ImportReadResult, InstanceSnapshot, SnapshotCollection } from '../../src/cli/import/model';
import { IMPORT_APIS, IMPORT_IAM_ACTIONS, readInstance } from '../../src/cli/import/read';
import { loadSnapshotDir } from '../../src/cli/import/snapshot-dir';

const connect = mockClient(ConnectClient);

let tmp: string;
beforeEach(() => {
  connect.reset();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-import-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(argv: string[], awsModule: AwsModule = aws) {
  return runCliOnDisk(argv, () => awsModule);
}

const live = (dir: string) => ['import', '--instance-id', INSTANCE_ID, '--region', REGION, '--save-snapshot', dir];

function calls(api: string): number {
  return connect.calls().filter((c) => (c.args[0] as any).constructor.name === `${api}Command`).length;
}

describe('import --save-snapshot: a realistic instance, paged everywhere', () => {
  test('reads every kind of resource, with the fields a construct needs and its primary identifier', async () => {
    const data = mockInstance(connect, REALISTIC);
    const dir = path.join(tmp, 'snap');
    const r = await run(live(dir));
    expect(r.err).not.toMatch(/cdk-contact-center:/);
    expect(r.code).toBe(0);
    const s: InstanceSnapshot = JSON.parse(fs.readFileSync(path.join(dir, 'instance.json'), 'utf-8'));
    expect(s).toMatchObject({ partition: 'aws', region: REGION, account: ACCOUNT });
    expect(s.instance).toMatchObject({ id: INSTANCE_ID, arn: INSTANCE_ARN, alias: 'acme-support', identityManagementType: 'CONNECT_MANAGED', inboundCallsEnabled: true });
    expect(Object.keys(s.instance.attributes)).toHaveLength(10);
    expect(s.instance.attributes.CONTACT_LENS).toBe('false');
    expect(s.hoursOfOperations).toHaveLength(4);
    expect(s.hoursOfOperations[1].config[0]).toEqual({ day: 'MONDAY', start: { hours: 9, minutes: 0 }, end: { hours: 17, minutes: 30 } });
    expect(s.queues).toHaveLength(24);
    expect(s.queues[3]).toMatchObject({ name: 'Queue 3', maxContacts: 50, hoursOfOperationId: data.hours[3].HoursOfOperationId, quickConnectIds: data.quickConnects.slice(0, 3).map((c) => c.QuickConnectId) });
    expect(s.routingProfiles).toHaveLength(6);
    expect(s.routingProfiles[0].queues).toHaveLength(8);
    expect(s.routingProfiles[0].queues[1]).toEqual({ queueId: data.queues[1].QueueId, channel: 'CHAT', priority: 2, delay: 30 });
    expect(s.routingProfiles[0].mediaConcurrencies[1]).toEqual({ channel: 'CHAT', concurrency: 2, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' });
    expect(s.securityProfiles.map((p) => p.name)).toEqual(['Admin', 'Agent', 'CallCenterManager', 'QualityAnalyst']);
    expect(s.securityProfiles[0].permissions).toHaveLength(12);
    expect(s.hierarchyStructure?.levels.map((l) => l.name)).toEqual(['Region', 'Site', 'Team']);
    expect(s.hierarchyStructure?.primaryIdentifier).toEqual({ UserHierarchyStructureArn: `${INSTANCE_ARN}/user-hierarchy-structure` });
    expect(s.hierarchyGroups).toHaveLength(10);
    const team = s.hierarchyGroups.find((g) => g.name === 'South York A')!;
    expect(team.parentGroupIds.map((id) => s.hierarchyGroups.find((g) => g.id === id)!.name)).toEqual(['South', 'South York']);
    expect(s.users).toHaveLength(200);
    expect(s.users[5]).toMatchObject({ username: 'agent5', firstName: 'First5', phoneType: 'DESK_PHONE', deskPhoneNumber: '+441130000000', securityProfileIds: [data.securityProfiles[1].Id] });
    expect(s.agentStatuses).toHaveLength(5);
    expect(s.quickConnects.map((c) => c.type)).toEqual(['USER', 'QUEUE', 'PHONE_NUMBER', 'USER', 'QUEUE', 'PHONE_NUMBER', 'USER', 'QUEUE']);
    expect(s.quickConnects[1]).toMatchObject({ queueId: data.queues[1].QueueId, contactFlowId: data.flows[4].Id });
    expect(s.prompts).toHaveLength(6);
    expect(s.phoneNumbers).toHaveLength(5);
    expect(s.phoneNumbers.map((n) => n.contactFlowId)).toEqual([0, 5, 10, 15].map((i) => data.flows[i].Id).concat([undefined as any]));
    expect(s.flows).toHaveLength(30);
    // Content comes from the search where it has it, else from DescribeContactFlow: identical either way.
    expect(s.flows.map((f) => f.content)).toEqual(data.flows.map((f) => f.Content));
    expect(s.modules).toHaveLength(2);
    expect(JSON.parse(s.modules[0].content).Actions[1].Type).toBe('EndFlowModuleExecution');
    expect(s.lambdaFunctions.map((l) => l.primaryIdentifier)).toContainEqual({ InstanceId: INSTANCE_ARN, IntegrationType: 'LAMBDA_FUNCTION', IntegrationArn: data.lambdas[2] });
    expect(s.lexBots.map((b) => b.lexVersion)).toEqual(['V2', 'V2', 'V1']);
    expect(s.lexBots[2].primaryIdentifier.IntegrationArn).toBe(`arn:aws:lex:${REGION}:${ACCOUNT}:bot:OrderBot`);
    expect(s.storageConfigs.map((c) => [c.resourceType, c.storageType])).toEqual([
      ['CALL_RECORDINGS', 'S3'], ['CHAT_TRANSCRIPTS', 'S3'], ['MEDIA_STREAMS', 'KINESIS_VIDEO_STREAM'], ['CONTACT_TRACE_RECORDS', 'KINESIS_STREAM'],
      ['SCREEN_RECORDINGS', 'S3'],
    ]);
    expect(s.notes).toContain('storage config SCREEN_RECORDINGS: read, but AWS::Connect::InstanceStorageConfig does not take this resource type, so cdk import cannot adopt it');
    expect(s.storageConfigs[0].s3).toEqual({ bucketName: 'acme-connect-recordings', bucketPrefix: 'connect/acme/CallRecordings', kmsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1` });
    expect(s.notes).toContain('storage config EMAIL_MESSAGES: not read (InvalidRequestException)');

    // Every resource carries the value of its type's CloudFormation primary identifier.
    for (const [collection, type] of Object.entries(IMPORT_RESOURCE_TYPES)) {
      const value = s[collection as SnapshotCollection];
      const items: any[] = Array.isArray(value) ? value : value ? [value] : [];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(Object.keys(item.primaryIdentifier)).toEqual(type.primaryIdentifier);
        for (const v of Object.values(item.primaryIdentifier)) expect(v).toMatch(/^\S+$/);
      }
    }
  });

  test('pages with the largest page size, reads standard queues only, and prints progress and the call count', async () => {
    mockInstance(connect, REALISTIC);
    const r = await run(live(path.join(tmp, 'snap')));
    expect(r.code).toBe(0);
    for (const c of connect.calls()) {
      const input = c.args[0].input as any;
      if (c.args[0].constructor.name.startsWith('Search')) expect(input.MaxResults).toBe(100);
    }
    expect(connect.commandCalls(SearchQueuesCommand).every((c) => c.args[0].input.SearchCriteria?.QueueTypeCondition === 'STANDARD')).toBe(true);
    // pageCap 7: 200 users are 29 pages, each asked for with the previous page's token.
    expect(calls('SearchUsers')).toBe(29);
    const tokens = connect.commandCalls(SearchUsersCommand).map((c) => c.args[0].input.NextToken);
    expect(tokens).toEqual([undefined, ...Array.from({ length: 28 }, (_, i) => String((i + 1) * 7))]);
    expect(r.err).toMatch(/^read 200 users \(\d+ API calls so far\)$/m);
    expect(r.err).toMatch(/^read 30 flows /m);
    expect(r.out).toContain(`API calls: ${connect.calls().length} (DescribeInstance 1, `);
    // The figure the README gives.
    expect(connect.calls()).toHaveLength(131);
    expect(r.out).toContain('  users: 200\n');
    expect(r.out).toContain('instance "acme-support" (0000aaaa-1111-2222-3333-444455556666) in eu-west-2, account 111122223333');
  });

  test('never stores a password', async () => {
    mockInstance(connect, REALISTIC);
    const dir = path.join(tmp, 'snap');
    expect((await run(live(dir))).code).toBe(0);
    const all = fs.readdirSync(path.join(dir, 'responses')).map((f) => fs.readFileSync(path.join(dir, 'responses', f), 'utf-8')).join('')
      + fs.readFileSync(path.join(dir, 'instance.json'), 'utf-8');
    expect(all).not.toMatch(/password/i);
  });

  test('--from-snapshot reads the same model back with no AWS call', async () => {
    mockInstance(connect, REALISTIC);
    const dir = path.join(tmp, 'snap');
    const saved = await run(live(dir));
    expect(saved.code).toBe(0);
    const liveModel = JSON.parse(fs.readFileSync(path.join(dir, 'instance.json'), 'utf-8'));
    const liveCalls = connect.calls().length;
    connect.reset();
    connect.onAnyCommand().rejects(new Error('no AWS call may be made'));
    const r = await run(['import', '--from-snapshot', dir], {
      ...aws,
      readInstance: () => {
        throw new Error('--from-snapshot must not read the instance');
      },
    });
    expect(r.err).not.toMatch(/cdk-contact-center:/);
    expect(r.code).toBe(0);
    expect(connect.calls()).toHaveLength(0);
    expect(r.out).toBe(`${saved.out.split('API calls:')[0]}read from snapshot ${dir}: 0 AWS calls (the live read made ${liveCalls})\n`);
    const loaded = loadSnapshotDir({ readFile: (p) => fs.readFileSync(p, 'utf-8'), writeFile: () => undefined }, dir);
    expect(await readInstance(loaded.call, loaded.manifest.instanceId)).toEqual(liveModel);
  });

  test('calls exactly the APIs of the README policy', async () => {
    mockInstance(connect, REALISTIC);
    const result: ImportReadResult = await fastAws().readInstance({ instanceId: INSTANCE_ID, region: REGION });
    expect(Object.keys(result.callsByApi).sort()).toEqual([...IMPORT_APIS].sort());
    expect(result.apiCalls).toBe(connect.calls().length);
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
    const section = readme.split('\n### Import a live instance\n')[1]?.split(/\n#{2,3} /)[0] ?? '';
    const policy = /```json\n([\s\S]*?)```/.exec(section);
    expect(policy).not.toBeNull();
    const actions = JSON.parse(policy![1]).Statement.flatMap((st: any) => st.Action);
    expect([...actions].sort()).toEqual([...IMPORT_IAM_ACTIONS].sort());
    expect(actions.every((a: string) => /^connect:(Describe|List|Search)/.test(a))).toBe(true);
  });
});

describe('import: few API calls', () => {
  test('a 5,000-user instance reads its users in 50 calls', async () => {
    mockInstance(connect, { queues: 40, users: 5000, flows: 60, modules: 4, pageCap: 100 });
    const r = await run(live(path.join(tmp, 'snap')));
    expect(r.code).toBe(0);
    expect(calls('SearchUsers')).toBe(50);
    expect(r.out).toContain('  users: 5000\n');
    expect(r.out).toContain('SearchUsers 50');
    // Nothing is read one user at a time: the README's figure.
    expect(connect.calls()).toHaveLength(164);
  });

  test('the realistic instance with full search pages: the README\'s figure', async () => {
    mockInstance(connect, { ...REALISTIC, pageCap: 1000 });
    expect((await run(live(path.join(tmp, 'snap')))).code).toBe(0);
    expect(calls('SearchUsers')).toBe(2);
    expect(connect.calls()).toHaveLength(92);
  });
});

describe('import: throttling', () => {
  test('a throttled call is retried with growing backoff, and every attempt is counted', async () => {
    mockInstance(connect, REALISTIC);
    const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } });
    const d = instanceData(REALISTIC);
    let attempts = 0;
    connect.on(SearchUsersCommand).callsFake((input) => {
      if (++attempts <= 3) throw throttled;
      const start = input.NextToken ? Number(input.NextToken) : 0;
      return { Users: d.users.slice(start, start + 100), ...(start + 100 < d.users.length ? { NextToken: String(start + 100) } : {}) };
    });
    const sleeps: number[] = [];
    const result = await fastAws(sleeps).readInstance({ instanceId: INSTANCE_ID, region: REGION });
    expect(result.snapshot.users).toHaveLength(200);
    expect(sleeps).toHaveLength(3);
    sleeps.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(250 * 2 ** i));
    expect(result.callsByApi.SearchUsers).toBe(3 + 2);
  });

  test('throttled past the retry budget: exit 2 naming the call', async () => {
    mockInstance(connect, REALISTIC);
    connect.on(SearchUsersCommand).rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 } }));
    const r = await run(live(path.join(tmp, 'snap')), fastAws());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^read 10 hierarchy groups .*\n/m);
    expect(r.err.split('\n').filter((l) => l.startsWith('cdk-contact-center:'))).toEqual([`cdk-contact-center: connect:SearchUsers (instance ${INSTANCE_ID}) failed: throttled even after retries (Rate exceeded); try again later [8 attempts]`]);
    expect(calls('SearchUsers')).toBe(8);
    expect(fs.existsSync(path.join(tmp, 'snap'))).toBe(false);
  });
});

describe('import: bad input', () => {
  test('AccessDenied names the missing action', async () => {
    mockInstance(connect, REALISTIC);
    connect.on(SearchQueuesCommand).rejects(new AccessDeniedException({ message: `User: arn:aws:iam::${ACCOUNT}:user/ro is not authorized to perform: connect:SearchQueues`, $metadata: { httpStatusCode: 403 } }));
    const r = await run(live(path.join(tmp, 'snap')));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cdk-contact-center: connect:SearchQueues \(instance 0000aaaa-1111-2222-3333-444455556666\) failed: access denied: allow connect:SearchQueues/m);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('missing credentials', async () => {
    const e = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    connect.on(DescribeInstanceCommand).rejects(e);
    const r = await run(live(path.join(tmp, 'snap')));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cdk-contact-center: connect:DescribeInstance \(instance .*\) failed: no AWS credentials .*set AWS_PROFILE/);
  });

  test('an instance that does not exist', async () => {
    connect.on(DescribeInstanceCommand).rejects(new ResourceNotFoundException({ message: 'Instance not found', $metadata: { httpStatusCode: 404 } }));
    const r = await run(['import', '--instance-id', '99999999-0000-0000-0000-000000000000', '--region', REGION, '--save-snapshot', path.join(tmp, 's')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('cdk-contact-center: connect:DescribeInstance (instance 99999999-0000-0000-0000-000000000000) failed: instance "99999999-0000-0000-0000-000000000000" does not exist in eu-west-2 (ResourceNotFoundException); check --instance-id and --region\n');
  });

  test.each([
    [['import'], /import needs --instance-id ID \(a live instance\) or --from-snapshot DIR/],
    [['import', '--instance-id', INSTANCE_ID], /import needs --out DIR \(the app\), --save-snapshot DIR \(the responses\), or both/],
    [['import', '--instance-id', 'not an id!', '--save-snapshot', 'x'], /--instance-id "not an id!" is neither an instance ID nor an instance ARN/],
    [['import', '--from-snapshot', 'x', '--instance-id', INSTANCE_ID], /--from-snapshot reads no instance/],
    [['import', '--out', 'app'], /import needs --instance-id ID \(a live instance\) or --from-snapshot DIR/],
    [['import', '--from-snapshot', 'x', '--out', 'app', '--language', 'ruby'], /--language "ruby" is not one of typescript, python/],
    [['import', '--from-snapshot', 'x', '--out', 'app', '--flows', 'yaml'], /--flows "yaml" is not one of code, json/],
    [['import', '--from-snapshot', 'x', '--language', 'python'], /--language shapes the app that --out writes: give --out DIR/],
    [['import', '--from-snapshot', 'x', '--out', 'app', '--stack-name', '9lives'], /--stack-name "9lives" is not a CloudFormation stack name/],
  ])('%j: exit 2 with a usage message, no AWS call', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Usage: cdk-contact-center import');
    expect(connect.calls()).toHaveLength(0);
  });

  describe('a malformed snapshot directory', () => {
    async function saved(): Promise<string> {
      mockInstance(connect, REALISTIC);
      const dir = path.join(tmp, 'snap');
      expect((await run(live(dir))).code).toBe(0);
      return dir;
    }

    test('no manifest', async () => {
      const r = await run(['import', '--from-snapshot', tmp]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`cdk-contact-center: --from-snapshot "${tmp}" is not an import snapshot: cannot read ${path.join(tmp, 'manifest.json')}`);
    });

    test('a file, not a directory', async () => {
      const file = path.join(tmp, 'flow.json');
      fs.writeFileSync(file, '{}');
      const r = await run(['import', '--from-snapshot', file]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--from-snapshot "${file}" is a file: give the snapshot directory`);
    });

    test('a manifest of something else', async () => {
      fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify({ version: '1.0' }));
      const r = await run(['import', '--from-snapshot', tmp]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('is not an import snapshot manifest (its "format" must be "cdk-contact-center-import-snapshot")');
    });

    test('a manifest naming files outside responses/', async () => {
      const dir = await saved();
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf-8'));
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, responseFiles: ['../../etc/passwd'] }));
      const r = await run(['import', '--from-snapshot', dir]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('"responseFiles" is not a list of responses/<Api>.json files');
    });

    test('a response file that is not JSON', async () => {
      const dir = await saved();
      fs.writeFileSync(path.join(dir, 'responses', 'SearchQueues.json'), '[{"input":');
      const r = await run(['import', '--from-snapshot', dir]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${path.join(dir, 'responses', 'SearchQueues.json')} is not valid JSON`);
    });

    test('a response missing: the message names the API', async () => {
      const dir = await saved();
      const file = path.join(dir, 'responses', 'SearchUsers.json');
      fs.writeFileSync(file, JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf-8')).slice(0, 3)));
      const r = await run(['import', '--from-snapshot', dir]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/has no response for connect:SearchUsers \{"InstanceId":"0000aaaa-1111-2222-3333-444455556666","MaxResults":100,"NextToken":"21"\}: the snapshot is incomplete/);
    });

    test('a response of the wrong shape', async () => {
      const dir = await saved();
      fs.writeFileSync(path.join(dir, 'responses', 'SearchPrompts.json'), JSON.stringify([{ input: {} }]));
      const r = await run(['import', '--from-snapshot', dir]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('SearchPrompts.json response 0 must be { "input": {…}, "output": {…} }');
    });
  });
});
