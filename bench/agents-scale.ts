/**
 * Agents at scale: synth time, peak memory, resources per stack and template sizes of an
 * `AgentDirectory` with 50, 500 and 5,000 agents, next to the raw L1 equivalent (the same users and
 * password secrets as `CfnUser` + `CfnSecret`, split by hand into nested stacks of 150).
 * Each case runs in its own process, so peak memory is its own; each runs three times, alternating
 * with the other, and the fastest run counts (the machine may be busy with other work).
 *
 * Run: npx ts-node --project test/tsconfig.json bench/agents-scale.ts
 */
import { fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { App, NestedStack, Stack, aws_connect as connect, aws_secretsmanager as secretsmanager } from 'aws-cdk-lib';
import { AgentDirectory, ContactCenter, Schedule, SecurityProfile, SecurityProfilePermissions } from '../src';

interface Result {
  readonly mode: string;
  readonly agents: number;
  readonly ms: number;
  readonly peakMiB: number;
  readonly stacks: number;
  readonly maxResources: number;
  readonly maxKiB: number;
  readonly users: number;
}

function base(app: App) {
  const stack = new Stack(app, 'ContactCenter', { env: { account: '123456789012', region: 'us-east-1' } });
  const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'bench' });
  const hours = cc.addHoursOfOperation('H', { name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const queue = cc.addQueue('Q', { name: 'Q', hoursOfOperation: hours });
  const rp = cc.addRoutingProfile('RP', { name: 'RP', defaultOutboundQueue: queue });
  const sp = new SecurityProfile(stack, 'SP', { contactCenter: cc, name: 'SP', permissions: SecurityProfilePermissions.AGENT });
  return { stack, cc, rp, sp };
}

function run(mode: string, agents: number): Result {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-scale-'));
  const start = performance.now();
  const app = new App({ outdir });
  const { stack, cc, rp, sp } = base(app);
  if (mode === 'AgentDirectory') {
    const directory = new AgentDirectory(stack, 'Agents', { contactCenter: cc, maxAgents: agents });
    for (let i = 0; i < agents; i++) {
      directory.addAgent(`Agent${i}`, {
        username: `agent${i}`, firstName: 'Agent', lastName: String(i), extension: String(10_000 + i),
        routingProfile: rp, securityProfiles: [sp],
      });
    }
  } else {
    let nested: NestedStack | undefined;
    for (let i = 0; i < agents; i++) {
      if (i % 150 === 0) nested = new NestedStack(stack, `Agents${i / 150}`);
      const secret = new secretsmanager.CfnSecret(nested!, `Agent${i}Password`, {
        generateSecretString: { passwordLength: 24, excludePunctuation: true, includeSpace: false, requireEachIncludedType: true },
      });
      secret.applyRemovalPolicy(undefined);
      new connect.CfnUser(nested!, `Agent${i}`, {
        instanceArn: cc.instanceArn,
        username: `agent${i}`,
        password: `{{resolve:secretsmanager:${secret.ref}:SecretString:::}}`,
        identityInfo: { firstName: 'Agent', lastName: String(i) },
        phoneConfig: { phoneType: 'SOFT_PHONE', autoAccept: false, afterContactWorkTimeLimit: 0 },
        routingProfileArn: rp.routingProfileArn,
        securityProfileArns: [sp.securityProfileArn],
        tags: [{ key: 'Extension', value: String(10_000 + i) }],
      });
    }
  }
  const assembly = app.synth();
  const ms = performance.now() - start;
  const templates = fs.readdirSync(outdir).filter((f) => f.endsWith('.template.json')).map((f) => path.join(outdir, f));
  let maxResources = 0;
  let maxBytes = 0;
  let users = 0;
  for (const file of templates) {
    const text = fs.readFileSync(file, 'utf-8');
    const resources = Object.values<any>(JSON.parse(text).Resources ?? {});
    maxResources = Math.max(maxResources, resources.length);
    maxBytes = Math.max(maxBytes, Buffer.byteLength(text));
    users += resources.filter((r) => r.Type === 'AWS::Connect::User').length;
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  void assembly;
  return {
    mode, agents, ms, stacks: templates.length, maxResources, maxKiB: maxBytes / 1024, users,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  };
}

function child(mode: string, agents: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, [mode, String(agents)], { execArgv: ['-r', 'ts-node/register/transpile-only'] });
    proc.on('message', (r: Result) => resolve(r));
    proc.on('exit', (code) => { if (code !== 0) reject(new Error(`${mode} ${agents}: exit ${code}`)); });
  });
}

/** Runs of each case; the fastest counts. */
const RUNS = 3;

async function main() {
  const [mode, n] = process.argv.slice(2);
  if (mode) {
    process.send!(run(mode, Number(n)));
    return;
  }
  console.log('agents  construct        synth s  × L1  peak MiB  templates  max resources  max KiB  users');
  // The machine may be shared: each case runs RUNS times, alternating, and the fastest run counts.
  const fastest = (a: Result, b: Result) => (b.ms < a.ms ? b : a);
  for (const agents of [50, 500, 5000]) {
    let l1: Result | undefined;
    let l2: Result | undefined;
    for (let run = 0; run < RUNS; run++) {
      const a = await child('L1', agents);
      const b = await child('AgentDirectory', agents);
      l1 = l1 ? fastest(l1, a) : a;
      l2 = l2 ? fastest(l2, b) : b;
    }
    if (!l1 || !l2) throw new Error('no run');
    for (const r of [l1, l2]) {
      console.log([
        String(r.agents).padStart(6), r.mode.padEnd(15), (r.ms / 1000).toFixed(2).padStart(8),
        (r === l2 ? (l2.ms / l1!.ms).toFixed(2) : '').padStart(5), r.peakMiB.toFixed(0).padStart(9),
        String(r.stacks).padStart(10), String(r.maxResources).padStart(14), r.maxKiB.toFixed(0).padStart(8), String(r.users).padStart(6),
      ].join(' '));
    }
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
