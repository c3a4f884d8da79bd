import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, Stack, cx_api } from 'aws-cdk-lib';
import { AgentDirectory, ContactCenter, Schedule, SecurityProfile, SecurityProfilePermissions } from '../../src';

const ROOT = path.join(__dirname, '..', '..');

/** A synthesized example app. */
export interface ExampleApp {
  readonly name: string;
  readonly assembly: cx_api.CloudAssembly;
  /** Every template file of the app, nested stacks included. */
  readonly templates: string[];
}

/**
 * Every stack class exported by a module under examples/ (apps' entry points, which synthesize on
 * import, are left out: they instantiate these same classes).
 */
function exampleStackClasses(): Array<{ file: string; name: string; cls: new (scope: App, id: string) => Stack }> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'cdk.out') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !/^(main|app)\.ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(ROOT, 'examples'));
  const classes = [];
  for (const file of files.sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file);
    for (const [name, value] of Object.entries<any>(mod)) {
      if (typeof value === 'function' && value.prototype instanceof Stack) classes.push({ file, name, cls: value });
    }
  }
  return classes;
}

/** A small directory of agents spread over nested stacks. */
class AgentDirectoryExampleStack extends Stack {
  constructor(scope: App, id: string) {
    super(scope, id);
    const cc = new ContactCenter(this, 'ContactCenter', { instanceAlias: 'acme-directory' });
    const hours = cc.addHoursOfOperation('Hours', { name: 'Hours', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    const queue = cc.addQueue('Queue', { name: 'Queue', hoursOfOperation: hours });
    const routingProfile = cc.addRoutingProfile('Profile', { name: 'Profile', defaultOutboundQueue: queue });
    const agentProfile = new SecurityProfile(this, 'AgentProfile', { contactCenter: cc, name: 'Agents', permissions: SecurityProfilePermissions.AGENT });
    const directory = new AgentDirectory(this, 'Agents', { contactCenter: cc, maxAgents: 300 });
    for (let i = 0; i < 20; i++) {
      directory.addAgent(`Agent${i}`, {
        username: `agent${i}`, firstName: 'Agent', lastName: String(i), extension: String(200 + i), routingProfile, securityProfiles: [agentProfile],
      });
    }
  }
}

function templatesOf(assembly: cx_api.CloudAssembly): string[] {
  return fs.readdirSync(assembly.directory).filter((f) => f.endsWith('.template.json')).map((f) => path.join(assembly.directory, f)).sort();
}

/**
 * The example stacks of examples/ (each in its own app) and a small agent directory, with the given
 * aspects (e.g. cdk-nag) applied before synthesis.
 */
export function exampleStackApps(aspects: (app: App) => void = () => {}): ExampleApp[] {
  const classes = [...exampleStackClasses(), { file: __filename, name: 'AgentDirectoryExampleStack', cls: AgentDirectoryExampleStack }];
  return classes.map(({ name, cls }) => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'example-app-')) });
    new cls(app, name);
    aspects(app);
    const assembly = app.synth();
    return { name, assembly, templates: templatesOf(assembly) };
  });
}

/**
 * The README's complete apps (the ```ts blocks that create an `App`), run as written with the
 * package import pointed at the sources; each writes its templates to its own directory.
 */
export function readmeApps(): ExampleApp[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const blocks = [...readme.matchAll(/```ts[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => /new App\(/.test(b));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-apps-'));
  return blocks.map((block, i) => {
    const code = block
      .replace(/from 'cdk-contact-center'/g, `from ${JSON.stringify(path.join(ROOT, 'src', 'index'))}`)
      .replace(/from '(aws-cdk-lib|constructs)(\/[^']*)?'/g, (_, pkg, sub) => `from ${JSON.stringify(require.resolve(`${pkg}${sub ?? ''}`))}`);
    const file = path.join(dir, `readme-app-${i}.ts`);
    // Blocks that leave synthesis to the CDK CLI are synthesized here.
    fs.writeFileSync(file, /app\.synth\(\)/.test(code) ? code : `${code}\napp.synth();\n`);
    const outdir = path.join(dir, `cdk.out-${i}`);
    process.env.CDK_OUTDIR = outdir;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(file);
    } finally {
      delete process.env.CDK_OUTDIR;
    }
    const assembly = new cx_api.CloudAssembly(outdir);
    return { name: `README app ${i + 1} (${assembly.stacks.map((s) => s.stackName).join(', ')})`, assembly, templates: templatesOf(assembly) };
  });
}

/** Adds aspects to every stack of the app. */
export function withAspects(app: App, ...aspects: Parameters<ReturnType<typeof Aspects.of>['add']>[0][]): void {
  for (const aspect of aspects) Aspects.of(app).add(aspect);
}
