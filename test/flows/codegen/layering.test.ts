import * as fs from 'fs';
import * as path from 'path';

const DIR = path.join(__dirname, '../../../src/flows/codegen');

describe('codegen layering', () => {
  test('the generator imports only the flow language and its own files', () => {
    for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(DIR, file), 'utf-8');
      const imports = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
      expect(imports.filter((i) => !i.startsWith('./') && i !== '../language')).toEqual([]);
    }
  });

  test('the CLI command is the only user of the compiler, and it is loaded lazily', () => {
    const cli = fs.readFileSync(path.join(DIR, '../../cli/codegen.ts'), 'utf-8');
    expect(cli).not.toMatch(/^import .* from 'typescript'/m);
    expect(cli).toContain("require('typescript')");
  });
});
