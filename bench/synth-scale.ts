/**
 * Synth scale: how long synthesis takes and how large the templates get as agents are added.
 * Run: npx ts-node --project test/tsconfig.json bench/synth-scale.ts
 */
import { performance } from 'perf_hooks';
import { App, Stack } from 'aws-cdk-lib';
import { Agent, ContactCenter, Schedule, SecurityProfile, SecurityProfilePermissions } from '../src';

function build(agents: number, perStack: number) {
  const app = new App();
  const env = { account: '123456789012', region: 'us-east-1' };
  const core = new Stack(app, 'Core', { env });
  const cc = new ContactCenter(core, 'CC', { instanceAlias: 'bench' });
  const hours = cc.addHoursOfOperation('H', { name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const queue = cc.addQueue('Q', { name: 'Q', hoursOfOperation: hours });
  const rp = cc.addRoutingProfile('RP', { name: 'RP', defaultOutboundQueue: queue });
  const sp = new SecurityProfile(core, 'SP', { contactCenter: cc, name: 'SP', permissions: SecurityProfilePermissions.AGENT });
  let stack: Stack | undefined;
  for (let i = 0; i < agents; i++) {
    if (i % perStack === 0) stack = new Stack(app, `Agents${i / perStack}`, { env });
    new Agent(stack!, `A${i}`, {
      contactCenter: cc, username: `agent${i}`, firstName: 'Agent', lastName: String(i), extension: String(1000 + i), routingProfile: rp, securityProfiles: [sp],
    });
  }
  return app;
}

for (const agents of [100, 200, 1000]) {
  const start = performance.now();
  const assembly = build(agents, 200).synth();
  const ms = performance.now() - start;
  const sizes = assembly.stacks.map((s) => JSON.stringify(s.template).length);
  const resources = assembly.stacks.map((s) => Object.keys(s.template.Resources ?? {}).length);
  console.log(`${String(agents).padStart(5)} agents: synth ${ms.toFixed(0)} ms, ${assembly.stacks.length} stacks, `
    + `max ${Math.max(...resources)} resources and ${(Math.max(...sizes) / 1024).toFixed(0)} KiB per stack`);
}
