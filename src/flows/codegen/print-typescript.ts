/**
 * Writes a code model (./code-model.ts) as a TypeScript module.
 */
import { CodeLibrary, CodeModule, CodeName, CodeType, Expr, Stmt, usedNames } from './code-model';

/** A TypeScript string literal (single quotes). */
export function tsString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    .replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))}'`;
}

function tsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : tsString(key);
}

/** How a name is written where it is used: `lambda.Function` for namespaced aws-cdk-lib names. */
function ref(n: CodeName): string {
  if (n.library === CodeLibrary.LAMBDA) return `lambda.${n.name}`;
  if (n.library === CodeLibrary.CONNECT) return `connect.${n.name}`;
  return n.name;
}

function type(t: CodeType): string {
  switch (t.k) {
    case 'named': return ref(t.name);
    case 'list': return `${type(t.of)}[]`;
    case 'string': return 'string';
    default: return 'number';
  }
}

/** Whether an expression prints on one line short enough to keep inline. */
function short(s: string): boolean {
  return !s.includes('\n') && s.length <= 60;
}

function list(items: string[], open: string, close: string, indent: string, inline: boolean): string {
  if (items.length === 0) return `${open}${close}`;
  const pad = open === '{' ? ' ' : '';
  if (inline && items.every(short) && items.join(', ').length <= 80) return `${open}${pad}${items.join(', ')}${pad}${close}`;
  return `${open}\n${items.map((i) => `${indent}  ${i},`).join('\n')}\n${indent}${close}`;
}

/** An expression, at the given indentation. */
export function tsExpr(e: Expr, indent = ''): string {
  const inner = `${indent}  `;
  switch (e.k) {
    case 'str': return tsString(e.v);
    case 'num': return String(e.v);
    case 'bool': return String(e.v);
    case 'var': return e.name;
    case 'self': return 'this';
    case 'prop': return `${tsExpr(e.of, indent)}.${e.name}`;
    case 'new': return `new ${ref(e.cls)}(${args(e.args, indent)})`;
    case 'call': {
      const target = e.of ? `${tsExpr(e.of, indent)}.` : e.cls ? `${ref(e.cls)}.` : '';
      return `${target}${e.fn}(${args(e.args, indent)})`;
    }
    case 'enum': return `${ref(e.type)}.${e.member}`;
    case 'struct':
      // `{ contactCenter }` for `{ contactCenter: contactCenter }`.
      return list(e.fields.map(([k, v]) => (v.k === 'var' && v.name === k ? k : `${k}: ${tsExpr(v, inner)}`)), '{', '}', indent, true);
    case 'map':
      return list(e.entries.map(([k, v]) => `${tsKey(k)}: ${tsExpr(v, inner)}`), '{', '}', indent, true);
    case 'list': return list(e.items.map((i) => tsExpr(i, inner)), '[', ']', indent, true);
    default: return json(e.v, indent);
  }
}

function json(v: unknown, indent: string): string {
  if (typeof v === 'string') return tsString(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) return list(v.map((x) => json(x, inner)), '[', ']', indent, false);
  const entries = Object.entries(v as object);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${tsKey(k)}: ${json(x, inner)},`).join('\n')}\n${indent}}`;
}

function args(a: Expr[], indent: string): string {
  return a.map((x) => tsExpr(x, indent)).join(', ');
}

function doc(lines: string[] | undefined, indent: string): string[] {
  if (!lines || lines.length === 0) return [];
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

function stmts(body: Stmt[], indent: string): string[] {
  return body.flatMap((s) => stmt(s, indent));
}

function stmt(s: Stmt, indent: string): string[] {
  switch (s.k) {
    case 'const': return [`${indent}const ${s.name} = ${tsExpr(s.value, indent)};${s.comment ? ` // ${s.comment}` : ''}`];
    case 'expr': return [`${indent}${tsExpr(s.value, indent)};`];
    case 'assign': return [`${indent}this.${s.name} = ${tsExpr(s.value, indent)};`];
    case 'return': return [`${indent}return ${tsExpr(s.value, indent)};`];
    case 'comment': return s.lines.map((l) => (l ? `${indent}// ${l}` : `${indent}//`));
    case 'blank': return [''];
    case 'function': {
      const params = s.params.map((p) => `${p.unused ? `_${p.name}` : p.name}: ${type(p.type)}`);
      const head = `${indent}${s.exported ? 'export ' : ''}function ${s.name}(`;
      const tail = `)${s.returns ? `: ${type(s.returns)}` : ''} {`;
      // A long signature takes a line per parameter.
      const oneLine = `${head}${params.join(', ')}${tail}`;
      return [
        ...doc(s.doc, indent),
        ...(oneLine.length <= 150 ? [oneLine] : [head, ...params.map((p) => `${indent}  ${p},`), `${indent}${tail}`]),
        ...stmts(s.body, `${indent}  `),
        `${indent}}`,
      ];
    }
    case 'class': {
      const inner = `${indent}  `;
      const params = s.params.map((p) => `${p.name}: ${type(p.type)}`).join(', ');
      return [
        ...doc(s.doc, indent),
        `${indent}class ${s.name} extends ${ref(s.base)} {`,
        ...s.fields.map((f) => `${inner}public readonly ${f.name}: ${type(f.type)}${f.value ? ` = ${tsExpr(f.value, inner)}` : ''};`),
        '',
        `${inner}constructor(${params}) {`,
        `${inner}  super(${args(s.superArgs, inner)});`,
        ...stmts(s.body, `${inner}  `),
        `${inner}}`,
        `${indent}}`,
      ];
    }
  }
}

/** The import lines of a module: aws-cdk-lib, constructs, cdk-nag, this package, local modules. */
function imports(mod: CodeModule): string[] {
  const names = usedNames(mod, 'typescript');
  const out: string[] = [];
  const of = (lib: CodeLibrary) => [...new Set(names.filter((n) => n.library === lib).map((n) => n.name))].sort();
  const cdk = of(CodeLibrary.CDK);
  if (of(CodeLibrary.CONNECT).length > 0) cdk.push('aws_connect as connect');
  if (of(CodeLibrary.LAMBDA).length > 0) cdk.push('aws_lambda as lambda');
  if (cdk.length > 0) out.push(`import { ${cdk.join(', ')} } from 'aws-cdk-lib';`);
  const nag = of(CodeLibrary.CDK_NAG);
  if (nag.length > 0) out.push(`import { ${nag.join(', ')} } from 'cdk-nag';`);
  const constructs = of(CodeLibrary.CONSTRUCTS);
  if (constructs.length > 0) out.push(`import { ${constructs.join(', ')} } from 'constructs';`);
  const lib = of(CodeLibrary.CONTACT_CENTER);
  if (lib.length > 0) out.push(`import { ${lib.join(', ')} } from 'cdk-contact-center';`);
  const locals = new Map<string, Set<string>>();
  for (const n of names.filter((x) => x.library === CodeLibrary.LOCAL)) {
    const set = locals.get(n.module!) ?? new Set<string>();
    set.add(n.name);
    locals.set(n.module!, set);
  }
  for (const [m, set] of [...locals.entries()].sort(([a], [b]) => a.localeCompare(b))) out.push(`import { ${[...set].sort().join(', ')} } from './${m}';`);
  return out;
}

/** The TypeScript text of a module. */
export function printTypeScript(mod: CodeModule): string {
  const lines = [...mod.header.map((l) => `// ${l}`), ...imports(mod), '', ...stmts(mod.body, '')];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
