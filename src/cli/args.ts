/**
 * Command-line conventions of `cdk-contact-center`: per-command usage and help, `--help`/`-h`,
 * `--version`/`-v`, "did you mean" for a mistyped option, and a short usage line on a usage error.
 */
import * as fs from 'fs';
import { parseArgs } from 'node:util';
import * as path from 'path';

/** An option of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
}

/** A command: its one-line usage, its help text and its options. */
export interface CommandSpec {
  readonly name: string;
  /** The usage lines (without "Usage:"), as `cdk-contact-center --help` lists them. */
  readonly usage: string;
  /** What the command does and what its options mean, after the usage in `<command> --help`. */
  readonly help: string;
  readonly options: { readonly [name: string]: OptionSpec };
}

/** A usage error: the message, then the command's usage line and where to read more. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: CommandSpec) {
    super(message);
  }
}

/** The text of `<command> --help`. */
export function commandHelp(spec: CommandSpec): string {
  return `Usage:\n${spec.usage}\n\n${spec.help}`;
}

/** What a usage error prints after its message: the command's first usage line and where the help is. */
export function shortUsage(spec?: CommandSpec): string {
  if (spec === undefined) return 'Usage: cdk-contact-center <validate | simulate | diagram | test | diff | export-test | codegen | import> … (cdk-contact-center --help)\n';
  const first = spec.usage.split('\n')[0].trim();
  return `Usage: ${first}${spec.usage.includes('\n') ? ' …' : ''}\nRun "cdk-contact-center ${spec.name} --help" for its options.\n`;
}

/** The version of the package this command comes from. */
export function packageVersion(): string {
  // src/cli (tests) and lib/cli (the package) are both two levels below package.json.
  const file = path.join(__dirname, '..', '..', 'package.json');
  try {
    return String(JSON.parse(fs.readFileSync(file, 'utf-8')).version);
  } catch {
    return 'unknown';
  }
}

/** Edit distance of two short strings (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest of `names` to `given`, when it is close enough to be a typo of it. */
export function closest(given: string, names: readonly string[]): string | undefined {
  // A one-letter option stands for the only option that starts with it (-t for --type).
  if (given.length === 1) {
    const starting = names.filter((n) => n.startsWith(given));
    return starting.length === 1 ? starting[0] : undefined;
  }
  // A longer or shorter spelling of an option (--output for --out, --temp for --template).
  const prefixed = names.filter((n) => Math.min(n.length, given.length) >= 3 && (n.startsWith(given) || given.startsWith(n)));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const n of names) {
    const dist = distance(given, n);
    if (dist < bestDistance) {
      best = n;
      bestDistance = dist;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(1, Math.floor(Math.min(best.length, given.length) / 3)) ? best : undefined;
}

/** The arguments of a command, parsed; `help` when `--help` or `-h` was given (nothing else is checked then). */
export interface ParsedArgs {
  readonly help: boolean;
  readonly values: { [name: string]: string | boolean | string[] | undefined };
  readonly positionals: string[];
}

/**
 * Parse a command's arguments strictly. An unknown option is a usage error that suggests the
 * closest option; an option without its value names the value it needs.
 */
export function parseCommand(spec: CommandSpec, args: string[]): ParsedArgs {
  const names = Object.keys(spec.options);
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === '--help' || arg === '-h') return { help: true, values: {}, positionals: [] };
  }
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const name = arg.startsWith('--') ? arg.slice(2).split('=')[0] : arg.slice(1);
    if (arg.startsWith('--') && names.includes(name)) continue;
    const suggestion = closest(name.replace(/^-+/, ''), names);
    throw new UsageError(`unknown option "${arg.split('=')[0]}" for ${spec.name}${suggestion !== undefined ? `: did you mean "--${suggestion}"?` : ''}`
      + ` (options: ${names.map((n) => `--${n}`).join(', ')})`, spec);
  }
  try {
    const { values, positionals } = parseArgs({ args, options: { ...spec.options }, allowPositionals: true, strict: true });
    return { help: false, values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    const message = (e as Error).message;
    const option = /Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
    if (option !== undefined && message.includes('argument missing')) throw new UsageError(`${option} needs a value`, spec);
    if (option !== undefined && message.includes('does not take an argument')) throw new UsageError(`${option} takes no value`, spec);
    throw new UsageError(message.split('. ')[0], spec);
  }
}
