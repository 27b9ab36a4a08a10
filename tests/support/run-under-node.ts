/**
 * Runs a TypeScript program under real Node the way the examples check and the browser
 * tests compare against it: compiled by esbuild with the site's own options, stderr
 * merged into stdout (the output panel shows both, in order), and colours off.
 */
import * as esbuild from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { compileFiles, type SourceFile } from '../../src/runtime/compile-options';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'awaitable-node-'));
const mergeStderr = pathToFileURL(join(process.cwd(), 'tests/support/merge-stderr.mjs')).href;
let counter = 0;

/** Test runners set FORCE_COLOR for their workers; a child Node would then colour its output. */
function colourlessEnvironment(): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, ...rest } = process.env;
  return { ...rest, NO_COLOR: '1', NODE_DISABLE_COLORS: '1' };
}

export function outputUnderNode(source: string, fileName: string, timeoutMs: number): Promise<string> {
  return outputOfFilesUnderNode([{ name: fileName, source }], timeoutMs);
}

/** A program of several files (the first is the entry), bundled as the site bundles it. */
export async function outputOfFilesUnderNode(files: readonly SourceFile[], timeoutMs: number): Promise<string> {
  const { code } = await compileFiles(esbuild, files);
  return outputOfCompiledUnderNode(code, files[0]?.name ?? 'main.ts', timeoutMs);
}

/** A program already compiled to one ES module (by whichever compiler is under test). */
export async function outputOfCompiledUnderNode(code: string, entryName: string, timeoutMs: number): Promise<string> {
  const file = join(scratch, `${process.pid}-${counter++}-${entryName.replace(/\.ts$/, '')}.mjs`);
  writeFileSync(file, code);
  const { stdout } = await run(process.execPath, ['--import', mergeStderr, file], {
    timeout: timeoutMs,
    cwd: scratch,
    env: colourlessEnvironment(),
  });
  return stdout;
}
