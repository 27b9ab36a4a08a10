import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { compileFiles, resolveImport } from '../../src/runtime/compile-options';

describe('multi-file programs', () => {
  it('resolve relative imports from the importing file', () => {
    expect(resolveImport('main.ts', './queue.ts')).toBe('queue.ts');
    expect(resolveImport('main.ts', '../../shared/log-server.ts')).toBe('../../shared/log-server.ts');
    expect(resolveImport('../../shared/log-server.ts', './random.ts')).toBe('../../shared/random.ts');
    expect(resolveImport('../../shared/log-server.ts', '../lessons/x/y.ts')).toBe('../../lessons/x/y.ts');
  });

  it('bundle into one module whose source map names each file as the reader knows it', async () => {
    const { code, sourceMap } = await compileFiles(esbuild, [
      { name: 'main.ts', source: "import { twice } from '../lib/math.ts';\nconsole.log(twice(21));\n" },
      { name: '../lib/math.ts', source: "import { one } from './one.ts';\nexport const twice = (n: number): number => n * 2 * one;\n" },
      { name: '../lib/one.ts', source: 'export const one: number = 1;\n' },
    ]);
    expect(code).toContain('console.log(twice(21))');
    expect((JSON.parse(sourceMap) as { sources: string[] }).sources.sort()).toEqual(['../lib/math.ts', '../lib/one.ts', 'main.ts']);
  });

  it('report an import of a file the example does not have, naming the files it has', async () => {
    await expect(compileFiles(esbuild, [{ name: 'main.ts', source: "import './missing.ts';" }, { name: 'other.ts', source: '' }])).rejects.toMatchObject({
      errors: [expect.objectContaining({ text: expect.stringContaining('Cannot import "./missing.ts": this example\'s files are main.ts, other.ts.') })],
    });
  });
});
