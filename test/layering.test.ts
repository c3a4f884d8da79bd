import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The floors of src/, from the bottom up. A file imports only files of its own floor or of floors
 * below it, and no file circle exists anywhere (type-only imports count: they tie the files together
 * just as much for a reader). A folder's own `private/` belongs to the folder; `src/index.ts`, the
 * barrel, sits above every floor.
 */
const FLOORS: ReadonlyArray<{ readonly name: string; readonly folders: readonly string[]; readonly holds: string }> = [
  { name: 'language', folders: ['flows/language'], holds: 'the flow language, described once; depends on nothing' },
  { name: 'core', folders: ['core'], holds: 'reference interfaces (IContactCenter, IQueue, IContactFlow…), ARN and validation helpers, bundled functions' },
  { name: 'flows', folders: ['flows', 'flows/builder', 'flows/diff', 'flows/codegen'], holds: 'validator, diagram, flow references, the flow builder, the flow diff, codegen' },
  { name: 'simulator', folders: ['simulator', 'simulator/test-case'], holds: 'the offline simulator; test-case/ exports to and imports from Connect test cases' },
  { name: 'contact-center', folders: ['contact-center'], holds: 'the L2 constructs' },
  { name: 'L3', folders: ['callback', 'directory', 'storage', 'streaming'], holds: 'the L3 constructs' },
  { name: 'cli', folders: ['cli', 'cli/import'], holds: 'the cdk-contact-center command; import/ reads a live instance and writes the CDK app that adopts it' },
];

const SRC = path.join(__dirname, '..', 'src');
const BARREL = 'index.ts';

function sourceFiles(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : [];
  });
}

/** The floor index of a file (src-relative), -1 when no floor holds its folder; the barrel is above all. */
function floorOf(file: string): number {
  if (file === BARREL) return FLOORS.length;
  let folder = path.posix.dirname(file);
  if (folder.endsWith('/private')) folder = folder.slice(0, -'/private'.length);
  return FLOORS.findIndex((f) => f.folders.includes(folder));
}

/** The src files a file imports (import, import type, export … from, import(), require()). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(SRC, file), 'utf-8');
  const info = ts.preProcessFile(text, true, true);
  const out: string[] = [];
  for (const ref of info.importedFiles) {
    if (!ref.fileName.startsWith('.')) continue;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref.fileName));
    const target = [`${base}.ts`, `${base}/index.ts`].find((c) => fs.existsSync(path.join(SRC, c)));
    if (!target) throw new Error(`src/${file}: cannot resolve import '${ref.fileName}'`);
    out.push(target);
  }
  return out;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function fileCircles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return circles;
}

describe('floors of src/', () => {
  const files = sourceFiles();
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  test('the floor list', () => {
    const lines = FLOORS.map((f, i) => {
      const count = files.filter((file) => floorOf(file) === i).length;
      return `${i + 1} ${f.folders.map((d) => `src/${d}/`).join(', ')}  (${count} files): ${f.holds}`;
    });
    // Printed so that the architecture page can show it as it is.
    console.log(`Floors of src/, each importing only the floors below it:\n${lines.join('\n')}\n   src/index.ts: the barrel, above every floor`);
    expect(lines).toHaveLength(FLOORS.length);
  });

  test('every source folder is on a floor', () => {
    expect(files.filter((f) => floorOf(f) < 0)).toEqual([]);
  });

  test('no file imports a file of a higher floor', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (floorOf(target) > floorOf(file)) {
          upward.push(`src/${file} (${FLOORS[floorOf(file)]?.name ?? 'barrel'}) imports src/${target} (${FLOORS[floorOf(target)]?.name ?? 'barrel'})`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  test('no file circle', () => {
    expect(fileCircles(graph).map((c) => c.join(' <-> '))).toEqual([]);
  });

  test('the checks see what they check', () => {
    // A circle and an upward import are found (guards against a reader that finds no imports).
    expect(fileCircles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(graph.get('contact-center/contact-flow.ts')).toEqual(expect.arrayContaining(['core/contact-flow.ts', 'flows/validator.ts']));
    expect(graph.get('simulator/handlers.ts')).toEqual(expect.arrayContaining(['simulator/engine.ts']));
    expect(floorOf('core/private/arn.ts')).toBeLessThan(floorOf('flows/builder/block.ts'));
    expect(floorOf('cli/index.ts')).toBeGreaterThan(floorOf('directory/directory-ivr.ts'));
  });
});
