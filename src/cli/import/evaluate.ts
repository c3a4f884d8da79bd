/**
 * Runs a generated app's code model (../../flows/codegen/code-model.ts) in this process, with this
 * package's and aws-cdk-lib's classes: the same model the printers write, so the app synthesizes
 * here exactly as the printed TypeScript or Python would. `import` uses it to find the logical ID of
 * every adopted resource (the `cdk import` resource mapping) and to check that the app synthesizes.
 */
import * as cdk from 'aws-cdk-lib';
import * as constructs from 'constructs';
import * as contactCenter from '../../contact-center';
import * as core from '../../core';
import * as builder from '../../flows/builder';
import { CodeLibrary, CodeModule, CodeName, Expr, Stmt } from '../../flows/codegen/code-model';
import * as language from '../../flows/language';

/** What generated code takes from this package: what its index exports from these folders. */
const PACKAGE: { [name: string]: any } = { ...language, ...core, ...builder, ...contactCenter };

class Scope {
  private readonly vars = new Map<string, any>();
  constructor(private readonly parent?: Scope, private readonly self?: any) {}
  public get(name: string): any {
    if (this.vars.has(name)) return this.vars.get(name);
    if (this.parent) return this.parent.get(name);
    throw new Error(`the generated code reads the variable "${name}" before it is declared`);
  }
  public set(name: string, value: any): void {
    this.vars.set(name, value);
  }
  public this(): any {
    return this.self ?? this.parent?.this();
  }
}

/**
 * Runs modules of a code model. `files` holds the files the code reads by relative path (a flow's
 * JSON with `--flows json`): the code is run as if in the app's directory.
 */
export class ModelEvaluator {
  private readonly exports = new Map<string, Map<string, any>>();
  private readonly seen = new Map<string, any>();

  constructor(private readonly modules: { [path: string]: CodeModule }, private readonly files: { [path: string]: string } = {}) {}

  /** Call an exported function of a module; gives what it returns. */
  public call(module: string, fn: string, args: any[]): any {
    const f = this.moduleExports(module).get(fn);
    if (typeof f !== 'function') throw new Error(`module ${module} exports no function ${fn}`);
    return f(...args);
  }

  private moduleExports(module: string): Map<string, any> {
    let ex = this.exports.get(module);
    if (ex) return ex;
    const mod = this.modules[module];
    if (!mod) throw new Error(`the generated code imports the module "${module}", which it does not have`);
    ex = new Map();
    this.exports.set(module, ex);
    const scope = new Scope();
    for (const s of mod.body) this.run(s, scope, ex);
    return ex;
  }

  private resolveName(n: CodeName): any {
    const k = `${n.library}|${n.module ?? ''}|${n.name}`;
    if (this.seen.has(k)) return this.seen.get(k);
    let value: any;
    switch (n.library) {
      case CodeLibrary.CONTACT_CENTER: value = PACKAGE[n.name]; break;
      case CodeLibrary.CDK: value = (cdk as any)[n.name]; break;
      case CodeLibrary.LAMBDA: value = (cdk.aws_lambda as any)[n.name]; break;
      case CodeLibrary.CONNECT: value = n.name.split('.').reduce((o: any, part) => o?.[part], cdk.aws_connect); break;
      case CodeLibrary.CONSTRUCTS: value = (constructs as any)[n.name]; break;
      case CodeLibrary.LOCAL: value = this.moduleExports(n.module!).get(n.name); break;
      default: value = undefined;
    }
    if (value === undefined) throw new Error(`the generated code uses ${n.name} from ${n.module ?? n.library}, which does not export it`);
    this.seen.set(k, value);
    return value;
  }

  private value(e: Expr, scope: Scope): any {
    switch (e.k) {
      case 'str': case 'num': case 'bool': return e.v;
      case 'var': return scope.get(e.name);
      case 'self': return scope.this();
      case 'prop': return this.value(e.of, scope)[e.name];
      case 'new': {
        // A class the module declares (a flow's repeated part) is a variable of its scope.
        const Cls = e.cls.library === CodeLibrary.THIS_MODULE ? scope.get(e.cls.name) : this.resolveName(e.cls);
        return new Cls(...e.args.map((a) => this.value(a, scope)));
      }
      case 'call': {
        const args = e.args.map((a) => this.value(a, scope));
        if (e.of) {
          const target = this.value(e.of, scope);
          return target[e.fn](...args);
        }
        if (e.cls) {
          const target = this.resolveName(e.cls);
          // A flow's JSON file is read relative to the app's directory.
          if (e.cls.library === CodeLibrary.CONTACT_CENTER && e.cls.name === 'FlowContent' && e.fn === 'fromExport' && typeof args[0] === 'string'
            && this.files[args[0]] !== undefined) {
            args[0] = JSON.parse(this.files[args[0]]);
          }
          return target[e.fn](...args);
        }
        const f = e.fnFrom && e.fnFrom.library !== CodeLibrary.THIS_MODULE ? this.resolveName(e.fnFrom) : scope.get(e.fn);
        return f(...args);
      }
      case 'enum': return this.resolveName(e.type)[e.member];
      case 'struct': return Object.fromEntries(e.fields.map(([k, v]) => [k, this.value(v, scope)]));
      case 'map': return Object.fromEntries(e.entries.map(([k, v]) => [k, this.value(v, scope)]));
      case 'list': return e.items.map((i) => this.value(i, scope));
      default: return JSON.parse(JSON.stringify(e.v));
    }
  }

  private run(s: Stmt, scope: Scope, exports?: Map<string, any>): any {
    switch (s.k) {
      case 'const': {
        scope.set(s.name, this.value(s.value, scope));
        return undefined;
      }
      case 'expr': this.value(s.value, scope); return undefined;
      case 'assign': scope.this()[s.name] = this.value(s.value, scope); return undefined;
      case 'return': return { returned: this.value(s.value, scope) };
      case 'function': {
        const fn = (...args: any[]) => {
          const inner = new Scope(scope);
          s.params.forEach((p, i) => inner.set(p.name, args[i]));
          for (const st of s.body) {
            const r = this.run(st, inner);
            if (r && 'returned' in r) return r.returned;
          }
          return undefined;
        };
        scope.set(s.name, fn);
        exports?.set(s.name, fn);
        return undefined;
      }
      case 'class': {
        const def = s;
        const Base = def.base.library === CodeLibrary.THIS_MODULE ? scope.get(def.base.name) : this.resolveName(def.base);
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const evaluator = this;
        const Cls = class extends Base {
          constructor(...args: any[]) {
            const inner = new Scope(scope);
            def.params.forEach((p, i) => inner.set(p.name, args[i]));
            super(...def.superArgs.map((a) => evaluator.value(a, inner)));
            const own = new Scope(inner, this);
            for (const f of def.fields) if (f.value) (this as any)[f.name] = evaluator.value(f.value, own);
            for (const st of def.body) evaluator.run(st, own);
          }
        };
        Object.defineProperty(Cls, 'name', { value: def.name });
        scope.set(def.name, Cls);
        return undefined;
      }
      default: return undefined;
    }
  }
}
