/**
 * Type-checks TypeScript the tests generate or extract (README examples, codegen modules, the app
 * `import` writes) with the compiler's API, strict, and `cdk-contact-center` resolved to the
 * package's sources. Gives one line per diagnostic in the given files: `file:line: message`.
 */
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');

/** Options of a type-check. */
export interface TypeCheckOptions {
  /** Fail on unused locals and parameters too. */
  readonly noUnused?: boolean;
  /**
   * Resolve `cdk-contact-center` to src/index.ts, and other packages to the repository's, wherever
   * the files are (otherwise the files import the sources by path).
   */
  readonly mapPackage?: boolean;
  /** The `@types` packages to load (default none). */
  readonly types?: string[];
}

/** The diagnostics of `files`, strict. */
export function typeCheck(files: string[], options: TypeCheckOptions = {}): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    noUnusedLocals: options.noUnused === true,
    noUnusedParameters: options.noUnused === true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    skipLibCheck: true,
    types: options.types ?? [],
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    ...(options.mapPackage ? { baseUrl: ROOT, paths: { 'cdk-contact-center': ['src/index.ts'], '*': ['node_modules/*'] } } : {}),
  });
  // Only the given files are checked (their syntax and types): checking the whole program would
  // check every file of the package they import too, and report nothing more about these.
  const diagnostics = files.flatMap((f) => {
    const sf = program.getSourceFile(f);
    return sf ? [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)] : [];
  });
  return diagnostics.filter((d) => d.file && files.includes(d.file.fileName)).map((d) => {
    const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${path.relative(ROOT, d.file!.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
