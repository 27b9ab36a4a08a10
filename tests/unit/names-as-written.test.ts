/**
 * Function and class names must print as the reader wrote them. esbuild renames a nested
 * name that clashes with a top-level one (or, bundled, with another file's), so without
 * `keepNames` the program printed `[Function: helper2]` where Node prints
 * `[Function: helper]`. Each program here runs twice under Node: compiled with the site's
 * options, and as the TypeScript file itself (Node strips the types), which is the truth.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { compileFiles, type SourceFile } from '../../src/runtime/compile-options';
import { CLASHING_NAMES_PROGRAM } from '../support/clashing-names';
import { outputOfFilesUnderNode } from '../support/run-under-node';

const run = promisify(execFile);

/** Node's own output for the program's files, run as TypeScript (type stripping). */
async function outputOfTypeScriptUnderNode(files: readonly SourceFile[]): Promise<string> {
  const folder = join(mkdtempSync(join(tmpdir(), 'awaitable-names-')), 'program');
  for (const file of files) {
    const path = join(folder, file.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.source);
  }
  const { stdout } = await run(process.execPath, [join(folder, files[0]?.name ?? 'main.ts')], {
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_NO_WARNINGS: '1' },
    timeout: 15_000,
  });
  return stdout;
}

describe('names as written', () => {
  it('a one-file program prints nested and clashing names as Node does', async () => {
    const files = [{ name: 'main.ts', source: CLASHING_NAMES_PROGRAM }];
    const expected = await outputOfTypeScriptUnderNode(files);
    expect(expected).toContain('[Function: helper] [class Box]');
    expect(await outputOfFilesUnderNode(files, 15_000)).toBe(expected);
  });

  it('a multi-file program keeps names that clash between files', async () => {
    const files = [
      {
        name: 'main.ts',
        source:
          "import { helper as fromModule, Box as ModuleBox } from './module.ts';\n" +
          'function helper(): string { return "main"; }\nclass Box {}\n' +
          'console.log(helper, fromModule, Box, ModuleBox, new ModuleBox(), fromModule());\n',
      },
      { name: 'module.ts', source: 'export function helper(): string { return "module"; }\nexport class Box { kind = "module"; }\n' },
    ];
    const expected = await outputOfTypeScriptUnderNode(files);
    expect(await outputOfFilesUnderNode(files, 15_000)).toBe(expected);
  });

  it('the compiled code still maps each line to the reader\'s line', async () => {
    const { code, sourceMap } = await compileFiles(esbuild, [{ name: 'main.ts', source: CLASHING_NAMES_PROGRAM }]);
    const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
    const map = new TraceMap(sourceMap);
    const lines = code.split('\n');
    const compiledLine = lines.findIndex((line) => line.includes('outer();')) + 1;
    expect(originalPositionFor(map, { line: compiledLine, column: lines[compiledLine - 1]!.indexOf('outer') })).toMatchObject({
      source: 'main.ts',
      line: CLASHING_NAMES_PROGRAM.split('\n').findIndex((line) => line === 'outer();') + 1,
    });
  });
});
