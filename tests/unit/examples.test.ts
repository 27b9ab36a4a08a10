/**
 * Every lesson example, compiled with esbuild exactly as the build compiles it and run
 * under Node, prints exactly its recorded output (`<name>.out.txt`).
 */
import { transform } from 'esbuild';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { transformOptions } from '../../src/runtime/compile-options';
import { allExamples, lessonSlugs, examplesOf, typeScriptFilesOf } from '../support/lesson-examples';

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), 'awaitable-examples-'));
const mergeStderr = join(process.cwd(), 'tests/support/merge-stderr.mjs');

describe('lesson examples', () => {
  it('exist: every lesson has at least 3 examples', () => {
    expect(lessonSlugs().length).toBeGreaterThan(0);
    for (const lesson of lessonSlugs()) expect(examplesOf(lesson).length, lesson).toBeGreaterThanOrEqual(3);
  });

  it.each(lessonSlugs())('%s: every .ts file is shown by the lesson and has a recorded output', (lesson) => {
    const shown = new Set(examplesOf(lesson).map((example) => example.file));
    for (const file of typeScriptFilesOf(lesson)) {
      expect(shown.has(file), `${lesson}/${file} is not used by any <Example> in index.mdx`).toBe(true);
    }
    for (const example of examplesOf(lesson)) {
      expect(existsSync(example.path), `${example.id} does not exist`).toBe(true);
      expect(existsSync(example.expectedOutputPath), `${example.id} has no recorded output beside it`).toBe(true);
    }
  });

  it('type-check under strict TypeScript (tsconfig.examples.json)', async () => {
    const result = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.examples.json']).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe('');
  }, 60_000);

  describe.concurrent('print their recorded output under Node', () => {
    it.each(allExamples().map((example) => [example.id, example] as const))('%s', async (id, example) => {
      const source = readFileSync(example.path, 'utf8');
      const { code } = await transform(source, transformOptions(example.file));
      const compiled = join(workDir, `${id.replaceAll('/', '__')}.mjs`);
      writeFileSync(compiled, code);
      const { stdout } = await run(process.execPath, ['--import', pathToFileURL(mergeStderr).href, compiled], {
        timeout: example.timeLimitMs + 5000,
        cwd: workDir,
      });
      expect(stdout).toBe(readFileSync(example.expectedOutputPath, 'utf8'));
    }, 20_000);
  });
});
