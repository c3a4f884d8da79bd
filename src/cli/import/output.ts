/**
 * What `import --out DIR` writes: the app in TypeScript or Python, the project files around it, one
 * `cdk import` resource-mapping file per stack and IMPORT-REPORT.md. The mapping comes from running
 * the app's model here (./evaluate.ts), so its logical IDs are the ones the printed app synthesizes.
 */
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { CfnIntegrationAssociation } from 'aws-cdk-lib/aws-connect';
import { IConstruct } from 'constructs';
import { AdoptedResource, AppModel, AppOptions, ReportItem, buildAppModel } from './app';
import { ModelEvaluator } from './evaluate';
import { IMPORT_RESOURCE_TYPES, InstanceSnapshot, PrimaryIdentifier } from './model';
import { printPython } from '../../flows/codegen/print-python';
import { printTypeScript } from '../../flows/codegen/print-typescript';

/** The languages the app is written in. */
export type AppLanguage = 'typescript' | 'python';

/** Versions the generated project pins (the ones the README's quick start uses). */
export const GENERATED_VERSIONS = {
  awsCdkLib: '2.278.0',
  constructs: '10.5.1',
  awsCdkCli: '2.1149.0',
  typescript: '5.9.3',
  tsNode: '10.9.2',
  typesNode: '20',
};

/** A file of the generated app. */
export interface AppFile {
  readonly path: string;
  readonly content: string;
}

/** The generated app. */
export interface GeneratedApp {
  readonly files: AppFile[];
  readonly model: AppModel;
  /** Per stack: logical ID → primary identifier. */
  readonly mapping: { [stack: string]: { [logicalId: string]: PrimaryIdentifier } };
  /** CloudFormation resources the app creates that are not adopted (created by the first deploy), per stack. */
  readonly created: { [stack: string]: string[] };
  /** The synthesized template of each stack. */
  readonly templates: { [stack: string]: any };
}

/** The resource of an adopted construct. */
function cfnOf(c: IConstruct, a: AdoptedResource): CfnResource {
  const res = a.l1 ? c : c.node.defaultChild;
  if (!(res instanceof CfnResource)) throw new Error(`the ${a.collection} "${a.name}" (${a.constructId}) has no CloudFormation resource`);
  return res;
}

/**
 * Run the model: build the app in this process, synthesize it (which runs every construct's
 * validation, flows included) and read each adopted resource's logical ID.
 */
export function evaluateApp(model: AppModel): Pick<GeneratedApp, 'mapping' | 'created' | 'templates'> {
  const app = new App({ outdir: path.join(os.tmpdir(), `cdk-contact-center-import-${process.pid}-${Date.now()}`) });
  new ModelEvaluator(model.modules, model.jsonFiles).call('contact_center', 'buildContactCenter', [app]);
  const assembly = app.synth();
  const mapping: GeneratedApp['mapping'] = {};
  const adoptedPaths = new Set<string>();
  for (const a of model.adopted) {
    const stack = app.node.findChild(a.stack) as Stack;
    const res = cfnOf(stack.node.findChild(a.constructId), a);
    if (res.cfnResourceType !== a.cfnType) throw new Error(`${a.constructId} is a ${res.cfnResourceType}, expected ${a.cfnType}`);
    const logicalId = stack.resolve(res.logicalId) as string;
    (mapping[a.stack] ??= {})[logicalId] = a.primaryIdentifier;
    adoptedPaths.add(res.node.path);
  }
  // Lambda and Lex associations: adopted by type and ARN (the instance reference holds them).
  const main = app.node.findChild(model.stacks[0]) as Stack;
  for (const c of main.node.findAll()) {
    if (!(c instanceof CfnIntegrationAssociation) || adoptedPaths.has(c.node.path)) continue;
    const arn = main.resolve(c.integrationArn);
    const a = model.associations.find((x) => x.integrationType === c.integrationType && x.integrationArn === arn);
    if (!a) continue;
    (mapping[model.stacks[0]] ??= {})[main.resolve(c.logicalId) as string] = a.primaryIdentifier;
    adoptedPaths.add(c.node.path);
  }
  const created: GeneratedApp['created'] = {};
  for (const name of model.stacks) {
    const stack = app.node.findChild(name) as Stack;
    created[name] = stack.node.findAll().filter((c): c is CfnResource => c instanceof CfnResource && !adoptedPaths.has(c.node.path))
      .map((c) => `${stack.resolve(c.logicalId)} (${c.cfnResourceType})`);
  }
  const templates: GeneratedApp['templates'] = {};
  for (const name of model.stacks) templates[name] = assembly.getStackByName(name).template;
  return { mapping, created, templates };
}

function projectFiles(language: AppLanguage, packageVersion: string): AppFile[] {
  const v = GENERATED_VERSIONS;
  if (language === 'python') {
    return [
      { path: 'cdk.json', content: `${JSON.stringify({ app: 'python3 app.py' }, null, 2)}\n` },
      { path: 'requirements.txt', content: `aws-cdk-lib==${v.awsCdkLib}\nconstructs==${v.constructs}\ncdk-contact-center==${packageVersion}\n` },
    ];
  }
  const pkg = {
    name: 'imported-contact-center',
    private: true,
    scripts: { synth: 'cdk synth' },
    dependencies: { 'aws-cdk-lib': v.awsCdkLib, 'cdk-contact-center': packageVersion, 'constructs': v.constructs },
    devDependencies: { '@types/node': v.typesNode, 'aws-cdk': v.awsCdkCli, 'ts-node': v.tsNode, 'typescript': v.typescript },
  };
  const tsconfig = {
    compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', lib: ['ES2022'], strict: true, esModuleInterop: true, skipLibCheck: true },
  };
  return [
    { path: 'cdk.json', content: `${JSON.stringify({ app: 'npx ts-node --prefer-ts-exts app.ts' }, null, 2)}\n` },
    { path: 'package.json', content: `${JSON.stringify(pkg, null, 2)}\n` },
    { path: 'tsconfig.json', content: `${JSON.stringify(tsconfig, null, 2)}\n` },
  ];
}

/** The resource-mapping file of a stack. */
export function mappingFile(stack: string, stacks: string[]): string {
  return stacks.length === 1 ? 'resource-mapping.json' : `resource-mapping-${stack}.json`;
}

function table(items: ReportItem[]): string[] {
  if (items.length === 0) return ['None.', ''];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return ['| kind | name | why |', '|---|---|---|', ...items.map((i) => `| ${cell(i.what)} | ${cell(i.name)} | ${cell(i.why)} |`), ''];
}

/** The blocks of the app's flows written as builder code: typed blocks and CustomBlocks. */
export function flowBlockTotals(model: AppModel): { typed: number; custom: number } {
  return model.flowFigures.reduce((t, f) => ({ typed: t.typed + f.typed, custom: t.custom + f.custom }), { typed: 0, custom: 0 });
}

/** IMPORT-REPORT.md. */
export function importReport(s: InstanceSnapshot, model: AppModel, language: AppLanguage, created: GeneratedApp['created']): string {
  const count = new Map<string, number>();
  for (const a of model.adopted) count.set(a.cfnType, (count.get(a.cfnType) ?? 0) + 1);
  const synth = language === 'python' ? 'python3 -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt' : 'npm install';
  const lines = [
    `# Import report: instance ${s.instance.alias ? `"${s.instance.alias}" ` : ''}${s.instance.id}`,
    '',
    `Read from ${s.region}, account ${s.account}. The app (${language === 'python' ? 'Python' : 'TypeScript'}) adopts ${model.adopted.length} resources`
      + ` in ${model.stacks.length} stack${model.stacks.length === 1 ? '' : 's'} (${model.stacks.join(', ')}).`,
    '',
    '## Adopting the resources',
    '',
    `1. \`${synth}\`, then \`npx cdk diff\` to read what the app describes.`,
    ...model.stacks.flatMap((st, i) => [
      `${2 * i + 2}. \`npx cdk import ${st} --resource-mapping ${mappingFile(st, model.stacks)}\`: adopts the stack's resources`
        + ' with an IMPORT change set; nothing is created or replaced.',
      `${2 * i + 3}. \`npx cdk deploy ${st}\`: creates what the stack adds around them${(created[st] ?? []).length > 0 ? ` (${created[st].length} resources, listed below)` : ''}`
        + `${i < model.stacks.length - 1 ? ', and the exports the next stack reads' : ''}.`,
    ]),
    '',
    'Import every stack before deploying it: an import change set may only add the resources it adopts. Every adopted resource has',
    '`DeletionPolicy: Retain`, so removing it from the app leaves it in the instance. After the import, run drift detection',
    '(`aws cloudformation detect-stack-drift`) and `npx cdk diff`: what the app could not express (below) is a difference that the',
    'next update of that resource would write.',
    '',
    '## Adopted',
    '',
    '| CloudFormation type | count | primary identifier |',
    '|---|---|---|',
    ...[...count.entries()].map(([t, n]) => `| ${t} | ${n} | ${Object.values(IMPORT_RESOURCE_TYPES).find((x) => x.cfnType === t)!.primaryIdentifier.join(', ')} |`),
    '',
    '## Referenced, not adopted',
    '',
    `- The instance itself (${s.instance.arn}): referenced with \`ContactCenter.fromInstanceAttributes\`. Adopting an instance puts`
      + ' every contact, recording and metric behind one stack\'s removal; its attributes are listed below to manage by hand.',
    ...table(model.referenced),
    '## Not expressed',
    '',
    '- Users\' passwords: never read (Connect does not return them); adopted users have `setPassword: false`.',
    '- Hours of operation overrides, queue and routing profile settings outside the constructs\' props, and module contracts (Settings).',
    ...(Object.keys(s.instance.attributes).length > 0
      ? [`- Instance attributes: ${Object.entries(s.instance.attributes).map(([k, v]) => `${k}=${v}`).join(', ')}.`] : []),
    ...s.notes.map((n) => `- ${n}`),
    '',
    ...table(model.notExpressed),
    '## References written as ARNs',
    '',
    'A construct reference that would make a cycle (for example a quick connect to a queue that lists it) is the resource\'s ARN',
    'instead, through `fromXArn()`: the resource keeps its ARN when adopted.',
    '',
    ...table(dedupe(model.cycleBreaks)),
    '## Created by the first deploy',
    '',
    'Resources around the adopted ones: Lambda permissions for Connect, the custom resources that associate phone numbers with',
    'flows, and the associations of functions and bots flows use that the instance did not have.',
    '',
    ...model.stacks.flatMap((st) => [`### ${st}`, '', ...((created[st] ?? []).length === 0 ? ['Nothing.'] : (created[st] ?? []).map((c) => `- ${c}`)), '']),
  ];
  if (model.flowFigures.length > 0) {
    const { typed, custom } = flowBlockTotals(model);
    lines.push('## Flows', '', `${model.flowFigures.length} flows and modules as builder code: ${typed} typed blocks, ${custom} CustomBlock.`, '');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function dedupe(items: ReportItem[]): ReportItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = `${i.what}|${i.name}|${i.why}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Generate the app of a snapshot: its files, the mapping (from running it here) and the report. */
export function generateApp(s: InstanceSnapshot, options: AppOptions & { language?: AppLanguage; packageVersion?: string } = {}): GeneratedApp {
  const language = options.language ?? 'typescript';
  const model = buildAppModel(s, options);
  let evaluation;
  try {
    evaluation = evaluateApp(model);
  } catch (e) {
    throw new Error(`the generated app does not synthesize: ${(e as Error).message}`);
  }
  const print = language === 'python' ? printPython : printTypeScript;
  const ext = language === 'python' ? 'py' : 'ts';
  const files: AppFile[] = [
    ...Object.entries(model.modules).map(([p, m]) => ({ path: `${p}.${ext}`, content: print(m) })),
    ...Object.entries(model.jsonFiles).map(([p, content]) => ({ path: p, content })),
    ...projectFiles(language, options.packageVersion ?? '0.0.0'),
    ...model.stacks.map((st) => ({ path: mappingFile(st, model.stacks), content: `${JSON.stringify(evaluation.mapping[st] ?? {}, null, 2)}\n` })),
    { path: 'IMPORT-REPORT.md', content: importReport(s, model, language, evaluation.created) },
  ];
  return { files, model, ...evaluation };
}
