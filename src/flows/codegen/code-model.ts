/**
 * A small, language-neutral model of the code the generators write (`codegen`, `import`): modules
 * of statements and expressions over this package's and aws-cdk-lib's public API. The generators
 * build the model once; a printer per language (./print-typescript.ts, ./print-python.ts) writes it.
 *
 * Names in the model are the TypeScript names (camelCase members and variables, PascalCase
 * classes); the Python printer converts them the way jsii does (snake_case members, `lambda_` for
 * reserved words).
 */

/** Where a class, enum or function of the generated code comes from. */
export enum CodeLibrary {
  /** cdk-contact-center */
  CONTACT_CENTER = 'cdk-contact-center',
  /** aws-cdk-lib (Duration, Stack, App…) */
  CDK = 'aws-cdk-lib',
  /** aws-cdk-lib's aws_lambda namespace */
  LAMBDA = 'aws-cdk-lib/aws-lambda',
  /** aws-cdk-lib's aws_connect namespace (L1 resources) */
  CONNECT = 'aws-cdk-lib/aws-connect',
  /** cdk-nag */
  CDK_NAG = 'cdk-nag',
  /** constructs */
  CONSTRUCTS = 'constructs',
  /** Another module of the generated code (a relative path without extension, e.g. `./flows/main`). */
  LOCAL = 'local',
  /** The module itself (a class or function it declares): never imported. */
  THIS_MODULE = 'this-module',
}

/** A named thing another library (or module) exports. */
export interface CodeName {
  readonly library: CodeLibrary;
  /** The exported name (a class, enum or function). */
  readonly name: string;
  /** For `CodeLibrary.LOCAL`: the module, relative to the importing module, without extension. */
  readonly module?: string;
}

/** An expression. */
export type Expr =
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'bool'; readonly v: boolean }
  /** A variable or parameter of the generated code (a camelCase name). */
  | { readonly k: 'var'; readonly name: string }
  /** `this` / `self` */
  | { readonly k: 'self' }
  /** A property of an object: `x.queueArn` / `x.queue_arn`. */
  | { readonly k: 'prop'; readonly of: Expr; readonly name: string }
  /** `new X(args)` / `X(args)` */
  | { readonly k: 'new'; readonly cls: CodeName; readonly args: Expr[] }
  /**
   * A call: `of.fn(args)`, `Cls.fn(args)` (static) or `fn(args)` (an imported or local function).
   * `protected`: a protected method of the library, which jsii's Python names with a leading `_`.
   */
  | {
    readonly k: 'call';
    readonly of?: Expr;
    readonly cls?: CodeName;
    readonly fn: string;
    readonly fnFrom?: CodeName;
    readonly args: Expr[];
    readonly protected?: boolean;
  }
  /** An enum member. */
  | { readonly k: 'enum'; readonly type: CodeName; readonly member: string }
  /** A jsii struct (data type) with camelCase fields. As the last argument of a call, Python passes it as keyword arguments. */
  | { readonly k: 'struct'; readonly type: CodeName; readonly fields: ReadonlyArray<readonly [string, Expr]> }
  /** A string-keyed map whose keys are data (kept verbatim in every language). */
  | { readonly k: 'map'; readonly entries: ReadonlyArray<readonly [string, Expr]> }
  | { readonly k: 'list'; readonly items: Expr[] }
  /** A JSON value written as a literal (keys verbatim). */
  | { readonly k: 'json'; readonly v: unknown };

/** A type of a parameter, field or function result. */
export type CodeType =
  | { readonly k: 'named'; readonly name: CodeName }
  | { readonly k: 'list'; readonly of: CodeType }
  | { readonly k: 'string' }
  | { readonly k: 'number' };

/** A parameter of a function or constructor. */
export interface CodeParam {
  readonly name: string;
  readonly type: CodeType;
  /** A parameter the body does not use (TypeScript prefixes `_` to satisfy noUnusedParameters). */
  readonly unused?: boolean;
}

/** A field of a generated class: implements an abstract property of the base class. */
export interface CodeField {
  readonly name: string;
  readonly type: CodeType;
  /** The initial value; otherwise the constructor assigns it. */
  readonly value?: Expr;
}

/** A statement. */
export type Stmt =
  /** `const name = value;` / `name = value` */
  | { readonly k: 'const'; readonly name: string; readonly value: Expr; readonly comment?: string }
  /** An expression evaluated for its effect. */
  | { readonly k: 'expr'; readonly value: Expr }
  /** `this.name = value` (in a constructor). */
  | { readonly k: 'assign'; readonly name: string; readonly value: Expr }
  | { readonly k: 'return'; readonly value: Expr }
  /** A comment: one entry per line. */
  | { readonly k: 'comment'; readonly lines: string[] }
  | { readonly k: 'blank' }
  | {
    readonly k: 'function';
    readonly name: string;
    readonly params: CodeParam[];
    readonly returns?: CodeType;
    readonly body: Stmt[];
    readonly doc?: string[];
    readonly exported?: boolean;
  }
  | {
    readonly k: 'class';
    readonly name: string;
    readonly base: CodeName;
    readonly doc?: string[];
    readonly params: CodeParam[];
    readonly superArgs: Expr[];
    readonly fields: CodeField[];
    readonly body: Stmt[];
  };

/** A module (file) of generated code. */
export interface CodeModule {
  /** Comment lines at the top. */
  readonly header: string[];
  readonly body: Stmt[];
}

/** Shorthands for building the model. */
export const code = {
  str: (v: string): Expr => ({ k: 'str', v }),
  num: (v: number): Expr => ({ k: 'num', v }),
  bool: (v: boolean): Expr => ({ k: 'bool', v }),
  v: (name: string): Expr => ({ k: 'var', name }),
  self: (): Expr => ({ k: 'self' }),
  prop: (of: Expr, name: string): Expr => ({ k: 'prop', of, name }),
  new: (cls: CodeName, ...args: Expr[]): Expr => ({ k: 'new', cls, args }),
  method: (of: Expr, fn: string, ...args: Expr[]): Expr => ({ k: 'call', of, fn, args }),
  /** A protected method of the library (`this.blockId(…)` / `self._block_id(…)`). */
  protectedMethod: (of: Expr, fn: string, ...args: Expr[]): Expr => ({ k: 'call', of, fn, args, protected: true }),
  static: (cls: CodeName, fn: string, ...args: Expr[]): Expr => ({ k: 'call', cls, fn, args }),
  fn: (fn: string, from: CodeName | undefined, ...args: Expr[]): Expr => ({ k: 'call', fn, fnFrom: from, args }),
  enum: (type: CodeName, member: string): Expr => ({ k: 'enum', type, member }),
  struct: (type: CodeName, fields: Array<readonly [string, Expr | undefined]>): Expr =>
    ({ k: 'struct', type, fields: fields.filter((f): f is readonly [string, Expr] => f[1] !== undefined) }),
  map: (entries: Array<readonly [string, Expr]>): Expr => ({ k: 'map', entries }),
  list: (items: Expr[]): Expr => ({ k: 'list', items }),
  json: (v: unknown): Expr => ({ k: 'json', v }),
  lib: (name: string): CodeName => ({ library: CodeLibrary.CONTACT_CENTER, name }),
  cdk: (name: string): CodeName => ({ library: CodeLibrary.CDK, name }),
  named: (name: CodeName): CodeType => ({ k: 'named', name }),
};

/**
 * Every name a module uses, for its imports: by library (and local module), in first-use order.
 *
 * Struct types are names only where a language writes them: never in TypeScript (an object
 * literal), in Python only where the struct is not the last argument of a call (which Python
 * passes as keyword arguments). Without `language`, every struct type is listed.
 */
export function usedNames(mod: CodeModule, language?: 'typescript' | 'python'): CodeName[] {
  const seen = new Map<string, CodeName>();
  const add = (n: CodeName | undefined) => {
    if (n && !seen.has(`${n.library}|${n.module ?? ''}|${n.name}`)) seen.set(`${n.library}|${n.module ?? ''}|${n.name}`, n);
  };
  const type = (t: CodeType | undefined): void => {
    if (!t) return;
    if (t.k === 'named') add(t.name);
    else if (t.k === 'list') type(t.of);
  };
  /** The arguments of a call: a struct last is keyword arguments in Python. */
  const args = (a: Expr[]) => a.forEach((x, i) => expr(x, i === a.length - 1));
  const expr = (e: Expr, lastArgument = false): void => {
    switch (e.k) {
      case 'prop': expr(e.of); break;
      case 'new': add(e.cls); args(e.args); break;
      case 'call': if (e.of) expr(e.of); add(e.cls); add(e.fnFrom); args(e.args); break;
      case 'enum': add(e.type); break;
      case 'struct':
        if (language === undefined || (language === 'python' && !lastArgument)) add(e.type);
        e.fields.forEach(([, x]) => expr(x));
        break;
      case 'map': e.entries.forEach(([, x]) => expr(x)); break;
      case 'list': e.items.forEach((x) => expr(x)); break;
      default: break;
    }
  };
  const stmt = (s: Stmt): void => {
    switch (s.k) {
      case 'const': case 'expr': case 'assign': case 'return': expr(s.value); break;
      case 'function': s.params.forEach((p) => type(p.type)); type(s.returns); s.body.forEach(stmt); break;
      case 'class':
        add(s.base); s.params.forEach((p) => type(p.type)); args(s.superArgs);
        s.fields.forEach((f) => { type(f.type); if (f.value) expr(f.value); });
        s.body.forEach(stmt);
        break;
      default: break;
    }
  };
  mod.body.forEach(stmt);
  return [...seen.values()];
}
