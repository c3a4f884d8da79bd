import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '../../src');

/**
 * The folder a source folder belongs to: a folder's own `private/` helpers (`contact-center/private`,
 * `core/private`) are part of it, and so is the simulator's `test-case/`.
 */
function owner(folder: string): string {
  if (folder.endsWith('/private')) return folder.slice(0, -'/private'.length);
  if (folder === 'simulator/test-case') return 'simulator';
  return folder;
}

/** Relative imports (and re-exports) of every source file, as folder → folders it depends on. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      if (!entry.name.endsWith('.ts')) continue;
      const text = fs.readFileSync(full, 'utf-8');
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
        const target = path.resolve(dir, m[1]);
        const folder = fs.existsSync(target) && fs.statSync(target).isDirectory() ? target : path.dirname(target);
        const from = owner(path.relative(SRC, dir) || '.');
        const to = owner(path.relative(SRC, folder) || '.');
        if (from === to) continue;
        if (!graph.has(from)) graph.set(from, new Set());
        graph.get(from)!.add(to);
      }
    }
  };
  walk(SRC);
  return graph;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(SRC, file), 'utf-8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
}

describe('layering', () => {
  const graph = folderGraph();

  test('the flow language depends on nothing', () => {
    expect([...(graph.get('flows/language') ?? [])]).toEqual([]);
    for (const f of fs.readdirSync(path.join(SRC, 'flows/language'))) {
      expect(importsOf(`flows/language/${f}`).filter((i) => !i.startsWith('./'))).toEqual([]);
    }
  });

  test('no import cycle between folders', () => {
    const cycles: string[] = [];
    const visit = (node: string, stack: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === '.') continue; // the barrel
        if (stack.includes(next)) cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
        else visit(next, [...stack, next]);
      }
    };
    for (const node of graph.keys()) if (node !== '.') visit(node, [node]);
    expect(cycles).toEqual([]);
  });

  test('the validator, the diagram and the simulator do not import the builder', () => {
    for (const file of ['flows/validator.ts', 'flows/diagram.ts']) {
      expect(importsOf(file).filter((i) => i.includes('builder'))).toEqual([]);
    }
    expect([...(graph.get('simulator') ?? [])].filter((f) => f.includes('builder') || f.includes('contact-center'))).toEqual([]);
  });

  test('ContactFlow takes a FlowDefinition through an interface, not the builder', () => {
    expect(importsOf('contact-center/contact-flow.ts').filter((i) => i.includes('builder'))).toEqual([]);
  });
});
