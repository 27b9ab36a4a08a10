/**
 * The quick compiler (Sucrase, used while esbuild starts in the browser) must not change
 * what a program prints: every one-file lesson example and corpus program, compiled by it
 * and run under Node, prints exactly its recorded output, as the esbuild-compiled program
 * does (examples.test.ts, corpus.test.ts). What it cannot compile as esbuild would, it
 * declines, so the caller waits for esbuild.
 */
import { describe, expect, it } from 'vitest';
import { compileQuickly, needsEsbuild } from '../../src/runtime/quick-compile';
import { CLASHING_NAMES_PROGRAM } from '../support/clashing-names';
import { corpusPrograms } from '../support/corpus';
import { allExamples, sourceFilesOf } from '../support/lesson-examples';
import { outputOfCompiledUnderNode, outputUnderNode } from '../support/run-under-node';
import { readFileSync } from 'node:fs';

/** The quick compiler's code; it may decline only a program with a construct it leaves to esbuild. */
function compiled(name: string, source: string): string | null {
  const result = compileQuickly({ name, source });
  if (!result && !needsEsbuild(source)) throw new Error(`${name}: the quick compiler declined it`);
  return result?.code ?? null;
}

async function expectQuickOutput(name: string, source: string, expected: string, timeoutMs: number): Promise<void> {
  const code = compiled(name, source);
  if (code === null) return; // esbuild compiles it, as examples.test.ts and corpus.test.ts check
  expect(await outputOfCompiledUnderNode(code, name, timeoutMs), name).toBe(expected);
}

describe('quick compile', () => {
  // Retried like examples.test.ts: a timer late on a busy machine changes a rounded time.
  const options = { timeout: 20_000, retry: 2 };

  describe.concurrent('one-file lesson examples print their recorded output under Node', () => {
    const oneFile = allExamples().filter((example) => example.moduleFiles.length === 0);
    it('covers most examples, and compiles nearly all of them', () => {
    expect(oneFile.length).toBeGreaterThan(60);
    const declined = oneFile.filter((example) => needsEsbuild(sourceFilesOf(example)[0]?.source ?? ''));
    expect(declined.length).toBeLessThan(oneFile.length / 10);
  });
    it.each(oneFile.map((example) => [example.id, example] as const))('%s', options, async (id, example) => {
      const [file] = sourceFilesOf(example);
      if (!file) throw new Error(`${id} has no file`);
      await expectQuickOutput(file.name, file.source, readFileSync(example.expectedOutputPath, 'utf8'), example.timeLimitMs + 5000);
    });
  });

  describe.concurrent('corpus programs print their recorded output under Node', () => {
    it.each(corpusPrograms().map((program) => [program.name, program] as const))('%s', options, async (name, program) => {
      await expectQuickOutput(`${name}.ts`, program.source, program.expectedOutput, 10_000);
    });
  });

  it('keeps nested and clashing names as written', async () => {
    const expected = await outputUnderNode(CLASHING_NAMES_PROGRAM, 'main.ts', 15_000);
    await expectQuickOutput('main.ts', CLASHING_NAMES_PROGRAM, expected, 15_000);
  });

  it.each([
    ['a syntax error', 'const = 3;\n'],
    ['a name declared twice (Sucrase passes it, the browser would not run it)', 'const total = 1;\nconst total = 2;\n'],
    ['await outside an async function', 'function wait() { await 1; }\n'],
    ['a legacy octal literal (a module is strict)', 'const mode = 0755;\nconsole.log(mode);\n'],
    ['a name declared twice beside an import', "import { strict } from 'node:assert';\nconst total = 1;\nconst total = 2;\n"],
    ['`using` (lowered by esbuild for browsers without it)', 'using resource = { [Symbol.dispose]() {} };\n'],
    ['a namespace (Sucrase drops it)', 'namespace Shapes { export const sides = 4; }\nconsole.log(Shapes.sides);\n'],
    ['a module with a body', 'module Shapes { export const sides = 4; }\n'],
    ['a decorator (left as written, which browsers cannot run)', 'function logged(value: unknown) { return value; }\nclass A { @logged method() {} }\n'],
    ['an auto-accessor', 'class A { accessor count = 1; }\n'],
    ['import = require', "import fs = require('node:fs');\n"],
    ['export =', 'const value = 1;\nexport = value;\n'],
  ])('declines %s, leaving it to esbuild', (_what, source) => {
    expect(compileQuickly({ name: 'main.ts', source })).toBeNull();
  });

  it('maps the compiled lines back to the reader\'s, below the banner line', () => {
    const result = compileQuickly({ name: 'main.ts', source: 'const a: number = 1;\nconsole.log(a);\n' });
    expect(result).not.toBeNull();
    const map = JSON.parse(result?.sourceMap ?? '{}') as { sources: string[]; mappings: string };
    expect(map.sources).toEqual(['main.ts']);
    expect(result?.code.split('\n')[1]).toBe('const a = 1;');
    // The banner line has no mappings; the next line maps to the source's first line.
    expect(map.mappings.startsWith(';A')).toBe(true);
  });
});
