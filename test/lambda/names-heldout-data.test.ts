import * as fs from 'node:fs';
import * as path from 'node:path';
import { DATA_DIR, readSpecs, render } from '../../bench/make-names-heldout';

// The held-out name sets 5 to 20 are generated from the set descriptions in bench/data/specs:
// regenerating them must give the committed files byte for byte.
describe('bench held-out name sets', () => {
  const specs = readSpecs();

  test('one description for each of the 16 generated sets', () => {
    expect(specs.map((s) => s.file)).toEqual(Array.from({ length: 16 }, (_, i) => `names-heldout-${i + 5}.json`));
  });

  test.each(specs.map((s) => [s.file, s] as const))('%s regenerates byte for byte', (file, spec) => {
    expect(render(spec) === fs.readFileSync(path.join(DATA_DIR, file), 'utf8')).toBe(true);
  });

  test('the output depends on the seed (the comparison can fail)', () => {
    const spec = specs[0];
    expect(render({ ...spec, seed: spec.seed + 1 })).not.toEqual(fs.readFileSync(path.join(DATA_DIR, spec.file), 'utf8'));
  });
});
