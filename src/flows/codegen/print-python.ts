/**
 * Writes a code model (./code-model.ts) as a Python module, with the names jsii gives this
 * package's and aws-cdk-lib's API in Python: snake_case members, parameters and variables,
 * structs as keyword arguments, a leading `_` on protected methods (`self._block_id`), and a
 * trailing `_` on Python keywords (`lambda_`).
 */
import { CodeLibrary, CodeModule, CodeName, CodeType, Expr, Stmt, usedNames } from './code-model';

const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except finally for from '
  + 'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));

/** A camelCase name as jsii writes it in Python: `fromQueueArn` → `from_queue_arn`, `lambda` → `lambda_`. */
export function pythonName(name: string): string {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
  return KEYWORDS.has(snake) ? `${snake}_` : snake;
}

/** A Python string literal. JSON's escapes are all Python escapes. */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

function ref(n: CodeName): string {
  if (n.library === CodeLibrary.LAMBDA) return `lambda_.${n.name}`;
  if (n.library === CodeLibrary.CONNECT) return `connect.${n.name}`;
  if (n.library === CodeLibrary.LOCAL && /^[a-z]/.test(n.name)) return pythonName(n.name);
  return n.name;
}

function type(t: CodeType): string {
  switch (t.k) {
    case 'named': return ref(t.name);
    case 'list': return `list[${type(t.of)}]`;
    case 'string': return 'str';
    default: return 'float';
  }
}

const short = (s: string) => !s.includes('\n') && s.length <= 60;

function list(items: string[], open: string, close: string, indent: string): string {
  if (items.length === 0) return `${open}${close}`;
  if (items.every(short) && items.join(', ').length <= 80) return `${open}${items.join(', ')}${close}`;
  return `${open}\n${items.map((i) => `${indent}    ${i},`).join('\n')}\n${indent}${close}`;
}

/** Arguments; a struct as the last argument becomes keyword arguments. */
function args(a: Expr[], indent: string): string {
  const inner = `${indent}    `;
  const items: string[] = a.map((x, i) => (i === a.length - 1 && x.k === 'struct'
    ? x.fields.map(([k, v]) => `${pythonName(k)}=${pyExpr(v, inner)}`).join('\u0000')
    : pyExpr(x, inner))).flatMap((x) => x.split('\u0000')).filter((x) => x !== '');
  return list(items, '(', ')', indent);
}

/** An expression, at the given indentation. */
export function pyExpr(e: Expr, indent = ''): string {
  const inner = `${indent}    `;
  switch (e.k) {
    case 'str': return pyString(e.v);
    case 'num': return String(e.v);
    case 'bool': return e.v ? 'True' : 'False';
    case 'var': return pythonName(e.name);
    case 'self': return 'self';
    case 'prop': return `${pyExpr(e.of, indent)}.${pythonName(e.name)}`;
    case 'new': return `${ref(e.cls)}${args(e.args, indent)}`;
    case 'call': {
      const target = e.of ? `${pyExpr(e.of, indent)}.` : e.cls ? `${ref(e.cls)}.` : '';
      return `${target}${e.protected ? '_' : ''}${pythonName(e.fn)}${args(e.args, indent)}`;
    }
    case 'enum': return `${ref(e.type)}.${e.member}`;
    case 'struct': return `${ref(e.type)}${args([e], indent)}`;
    case 'map': return list(e.entries.map(([k, v]) => `${pyString(k)}: ${pyExpr(v, inner)}`), '{', '}', indent);
    case 'list': return list(e.items.map((i) => pyExpr(i, inner)), '[', ']', indent);
    default: return json(e.v, indent);
  }
}

function json(v: unknown, indent: string): string {
  if (typeof v === 'string') return pyString(v);
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v !== 'object') return JSON.stringify(v);
  const inner = `${indent}    `;
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[\n${v.map((x) => `${inner}${json(x, inner)},`).join('\n')}\n${indent}]`;
  const entries = Object.entries(v as object);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${pyString(k)}: ${json(x, inner)},`).join('\n')}\n${indent}}`;
}

function docstring(lines: string[] | undefined, indent: string): string[] {
  if (!lines || lines.length === 0) return [];
  const text = lines.map((l) => l.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"').replace(/`([^`]*)`/g, '``$1``'));
  return text.length === 1 ? [`${indent}"""${text[0]}"""`] : [`${indent}"""${text[0]}`, ...text.slice(1).map((l) => (l ? `${indent}${l}` : '')), `${indent}"""`];
}

function stmts(body: Stmt[], indent: string): string[] {
  const out = body.flatMap((s) => stmt(s, indent));
  return out.some((l) => l.trim() !== '' && !l.trim().startsWith('#')) ? out : [...out, `${indent}pass`];
}

function stmt(s: Stmt, indent: string): string[] {
  switch (s.k) {
    case 'const': return [`${indent}${pythonName(s.name)} = ${pyExpr(s.value, indent)}${s.comment ? `  # ${s.comment}` : ''}`];
    case 'expr': return [`${indent}${pyExpr(s.value, indent)}`];
    case 'assign': return [`${indent}self._${pythonName(s.name)} = ${pyExpr(s.value, indent)}`];
    case 'return': return [`${indent}return ${pyExpr(s.value, indent)}`];
    case 'comment': return s.lines.map((l) => (l ? `${indent}# ${l}` : `${indent}#`));
    case 'blank': return [''];
    case 'function': {
      const params = s.params.map((p) => `${pythonName(p.name)}: ${type(p.type)}`);
      const head = `${indent}def ${pythonName(s.name)}(`;
      const tail = `)${s.returns ? ` -> ${type(s.returns)}` : ''}:`;
      // A long signature takes a line per parameter.
      const oneLine = `${head}${params.join(', ')}${tail}`;
      return [
        '',
        ...(oneLine.length <= 100 ? [oneLine] : [head, ...params.map((p) => `${indent}    ${p},`), `${indent}${tail}`]),
        ...docstring(s.doc, `${indent}    `),
        ...stmts(s.body, `${indent}    `),
        '',
      ];
    }
    case 'class': {
      const inner = `${indent}    `;
      const params = ['self', ...s.params.map((p) => `${pythonName(p.name)}: ${type(p.type)}`)].join(', ');
      return [
        '',
        `${indent}class ${s.name}(${ref(s.base)}):`,
        ...docstring(s.doc, inner),
        '',
        `${inner}def __init__(${params}) -> None:`,
        `${inner}    super().__init__${args(s.superArgs, `${inner}    `)}`,
        ...s.fields.filter((f) => f.value).map((f) => `${inner}    self._${pythonName(f.name)}: ${type(f.type)} = ${pyExpr(f.value!, `${inner}    `)}`),
        ...stmts(s.body, `${inner}    `),
        ...s.fields.flatMap((f) => [
          '',
          `${inner}@property`,
          `${inner}def ${pythonName(f.name)}(self) -> ${type(f.type)}:`,
          `${inner}    return self._${pythonName(f.name)}`,
        ]),
        '',
      ];
    }
  }
}

function imports(mod: CodeModule): string[] {
  const names = usedNames(mod, 'python');
  const of = (lib: CodeLibrary) => [...new Set(names.filter((n) => n.library === lib).map((n) => n.name))].sort();
  const fromLine = (module: string, items: string[]) => {
    const line = `from ${module} import ${items.join(', ')}`;
    return line.length <= 100 ? line : `from ${module} import (\n${items.map((i) => `    ${i},`).join('\n')}\n)`;
  };
  const out: string[] = [];
  const cdk = of(CodeLibrary.CDK);
  if (of(CodeLibrary.CONNECT).length > 0) cdk.push('aws_connect as connect');
  if (of(CodeLibrary.LAMBDA).length > 0) cdk.push('aws_lambda as lambda_');
  if (cdk.length > 0) out.push(fromLine('aws_cdk', cdk));
  const nag = of(CodeLibrary.CDK_NAG);
  if (nag.length > 0) out.push(fromLine('cdk_nag', nag));
  const constructs = of(CodeLibrary.CONSTRUCTS);
  if (constructs.length > 0) out.push(fromLine('constructs', constructs));
  const lib = of(CodeLibrary.CONTACT_CENTER);
  if (lib.length > 0) out.push(fromLine('cdk_contact_center', lib));
  const locals = new Map<string, Set<string>>();
  for (const n of names.filter((x) => x.library === CodeLibrary.LOCAL)) {
    const set = locals.get(n.module!) ?? new Set<string>();
    set.add(ref(n));
    locals.set(n.module!, set);
  }
  for (const [m, set] of [...locals.entries()].sort(([a], [b]) => a.localeCompare(b))) out.push(fromLine(m.replace(/\//g, '.'), [...set].sort()));
  return out;
}

/** The Python text of a module. */
export function printPython(mod: CodeModule): string {
  const lines = [...mod.header.map((l) => `# ${l}`), ...imports(mod), '', ...stmts(mod.body, '')];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n\n').replace(/^\n+/, '').trimEnd()}\n`;
}
