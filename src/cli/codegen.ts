/**
 * `cdk-contact-center codegen`: a flow-language file becomes a TypeScript (or Python) module that
 * builds the same flow with the typed flow builder; `--check` runs the round trip.
 *
 *   cdk-contact-center codegen <flow.json> [--type TYPE] [--language typescript|python] [--allow-unknown-actions] [--out FILE]
 *   cdk-contact-center codegen --check <flow.json> [--type TYPE] [--allow-unknown-actions]
 */
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { CommandSpec, ParsedArgs, UsageError } from './args';
import type { CliIo } from './io';
import { CODEGEN_LANGUAGES, CodegenLanguage, CodegenResult, RoundTrip, compareRoundTrip, generateFlowCode, parseFlowDocument } from '../flows/codegen';
import { FLOW_TYPES } from '../flows/language';

/** The `codegen` command: usage, help and options. */
export const CODEGEN: CommandSpec = {
  name: 'codegen',
  usage: `  cdk-contact-center codegen <flow.json> [--type TYPE | MODULE] [--language typescript | python] [--allow-unknown-actions] [--out FILE]
  cdk-contact-center codegen --check <flow.json> [--type TYPE | MODULE] [--allow-unknown-actions]`,
  help: `Writes a TypeScript module that builds the flow of a flow-language file (a console export, or the
Content of a flow) with the typed flow builder, using only this package's public API. It exports
\`function buildFlow(scope: Construct): FlowDefinition\`. Blocks get readable IDs from their type and
text; ARNs of the source instance become references (Queue.fromQueueArn…) gathered at the top, to
swap for your constructs; ARNs with placeholders become string constants. Console layout is dropped;
actions unreachable from the start are dropped and named in a comment. Actions no typed block renders
exactly become CustomBlock. --type names the flow type (or MODULE) in the module's comment; a file
with a top-level "Settings" block is a module.
--language python writes the same module in Python (\`def build_flow(scope: Construct) -> FlowDefinition:\`,
with the names jsii gives the package in Python). Default: typescript.
--allow-unknown-actions keeps an action type this library does not know (one newer than it) as a
CustomBlock with allowUnknownActionType, its parameters and branches as written, and names it in a
warning on stderr; without it such an action is an error.
--check generates the module, compiles it (with the "typescript" package of your project), runs it,
and compares the flow it renders with the file: it prints "round trip: identical" or each
difference. The round trip runs the TypeScript module (the Python one is printed from the same
model), so --check takes no --language python. See the README, "Bring an existing contact center", for
what is normalized.
Exit codes: 0 ok (identical), 1 the round trip differs, 2 usage or input errors.
`,
  options: {
    'type': { type: 'string' },
    'out': { type: 'string' },
    'check': { type: 'boolean' },
    'language': { type: 'string' },
    'allow-unknown-actions': { type: 'boolean' },
  },
};

/** Run `codegen` with its parsed arguments; returns the exit code. */
export function codegen(parsed: ParsedArgs, io: CliIo): number {
  if (parsed.positionals.length !== 1) throw new UsageError(`expected one flow file, got ${parsed.positionals.length}`, CODEGEN);
  const file = parsed.positionals[0];
  const type = parsed.values.type as string | undefined;
  if (type !== undefined && type !== 'MODULE' && !(FLOW_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`--type "${type}" is not a flow type; types: ${FLOW_TYPES.join(', ')}, MODULE`, CODEGEN);
  }
  const check = parsed.values.check === true;
  const out = parsed.values.out as string | undefined;
  if (check && out !== undefined) throw new UsageError('--check writes no file: leave out --out', CODEGEN);
  const language = parsed.values.language as string | undefined;
  if (language !== undefined && !(CODEGEN_LANGUAGES as readonly string[]).includes(language)) {
    throw new UsageError(`--language "${language}" is not a language of codegen; languages: ${CODEGEN_LANGUAGES.join(', ')}`, CODEGEN);
  }
  if (check && language === 'python') {
    throw new UsageError('--check runs the round trip on the TypeScript module (the Python one is printed from the same model): leave out --language python', CODEGEN);
  }
  const allowUnknownActions = parsed.values['allow-unknown-actions'] === true;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    throw new Error(`cannot read flow "${file}": ${(e as Error).message}`);
  }
  const source = parseFlowDocument(text, file);
  const result = generateFlowCode(source, {
    flowType: type, source: path.basename(file), language: language as CodegenLanguage | undefined, allowUnknownActions,
  });
  for (const w of result.warnings) io.err(`cdk-contact-center: warning: ${w}\n`);
  if (check) {
    const trip = runRoundTrip(source, result);
    if (trip.differences.length === 0) {
      io.out(`round trip: identical (${summary(result)}${normalizationSummary(trip)})\n`);
      return 0;
    }
    io.out(`round trip: ${trip.differences.length} difference${trip.differences.length === 1 ? '' : 's'}\n`);
    for (const d of trip.differences) io.out(`  ${d}\n`);
    return 1;
  }
  if (out !== undefined) {
    io.writeFile(out, result.code);
    io.out(`wrote ${out} (${summary(result)})\n`);
  } else {
    io.out(result.code);
  }
  return 0;
}

function summary(result: CodegenResult): string {
  const parts = [`${result.typedBlocks + result.customBlocks} blocks: ${result.typedBlocks} typed, ${result.customBlocks} CustomBlock`,
    `${result.references.length} reference${result.references.length === 1 ? '' : 's'}`];
  if (result.unreachable.length > 0) parts.push(`${result.unreachable.length} unreachable left out`);
  return parts.join('; ');
}

function normalizationSummary(trip: RoundTrip): string {
  const entries = Object.entries(trip.normalizations);
  return entries.length === 0 ? '' : `; normalized: ${entries.map(([k, v]) => `${k} ${v}`).join(', ')}`;
}

/**
 * Compile the generated module with the `typescript` package, run its `buildFlow` in a fresh stack,
 * and compare the resolved document with the source.
 */
export function runRoundTrip(source: any, result: CodegenResult): RoundTrip {
  const buildFlow = loadGeneratedModule(result.code);
  const stack = new Stack(new App(), 'CodegenCheck');
  const rendered = stack.resolve(buildFlow(stack).toDocument());
  return compareRoundTrip(source, rendered);
}

/**
 * The `buildFlow` function of a generated module: transpiled with `typescript` and run with
 * `cdk-contact-center` resolved to this package.
 */
export function loadGeneratedModule(code: string): (scope: Stack) => { toDocument(): any } {
  let ts: any;
  try {
    // The user's project's compiler, not a dependency of the package.
    // eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies
    ts = require('typescript');
  } catch {
    throw new Error('codegen --check compiles the generated module with the "typescript" package: install it (npm install --save-dev typescript)');
  }
  const js: string = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const self = path.join(__dirname, '..', 'index');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (name: string) => (name === 'cdk-contact-center' ? require(self) : require(name));
  const mod = { exports: {} as any };
  // eslint-disable-next-line no-new-func
  new Function('require', 'exports', 'module', js)(load, mod.exports, mod);
  if (typeof mod.exports.buildFlow !== 'function') throw new Error('the generated module exports no buildFlow function');
  return mod.exports.buildFlow;
}
