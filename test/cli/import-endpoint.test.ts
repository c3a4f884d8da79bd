import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { aws } from '../../cli-aws';
import { CliIo, main } from '../../src/cli';

/**
 * `import` goes through the SDK's standard endpoint configuration: with AWS_ENDPOINT_URL_CONNECT it
 * talks to any server that speaks the Connect API. This one answers as the service does for an
 * instance that does not exist (restJson1: the error type in x-amzn-errortype, status 404).
 */
describe('import honours AWS_ENDPOINT_URL_CONNECT', () => {
  const saved = { ...process.env };
  const requests: Array<{ method?: string; url?: string }> = [];
  let server: http.Server;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push({ method: req.method, url: req.url });
      req.resume();
      req.on('end', () => {
        res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException', 'x-amzn-requestid': 'r1' });
        res.end(JSON.stringify({ Message: 'Instance not found' }));
      });
    });
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

  test('calls the configured endpoint and reports its answer, naming the call', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-import-endpoint-'));
    let err = '';
    const io: CliIo = { out: () => undefined, err: (t) => { err += t; }, readFile: () => '', writeFile: () => undefined, aws: () => aws };
    const code = await main(['import', '--instance-id', '99999999-0000-0000-0000-000000000000', '--region', 'eu-west-2', '--save-snapshot', dir], io);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(requests).toEqual([{ method: 'GET', url: '/instance/99999999-0000-0000-0000-000000000000' }]);
    expect(code).toBe(2);
    expect(err).toBe('cdk-contact-center: connect:DescribeInstance (instance 99999999-0000-0000-0000-000000000000) failed: '
      + 'instance "99999999-0000-0000-0000-000000000000" does not exist in eu-west-2 (ResourceNotFoundException); check --instance-id and --region\n');
  });
});
