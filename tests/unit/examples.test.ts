/**
 * Every lesson example, compiled with esbuild exactly as the build compiles it and run
 * under Node, prints exactly its recorded output (`<name>.out.txt`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { typeErrorsOf } from '../support/type-check';
import { allExamples, examplesOf, LESSONS_DIR, lessonSlugs, sourceFilesOf, typeScriptFilesOf } from '../support/lesson-examples';
import { outputOfFilesUnderNode } from '../support/run-under-node';

/** `npm run record-outputs` writes each example's output under Node instead of comparing it. */
const recording = process.env['RECORD_OUTPUTS'] === '1';
const run = promisify(execFile);

describe('lesson examples', () => {
  it('exist: every lesson has examples (how many is checked by lesson-structure.test.ts)', () => {
    expect(lessonSlugs().length).toBeGreaterThan(0);
    for (const lesson of lessonSlugs()) expect(examplesOf(lesson).length, lesson).toBeGreaterThanOrEqual(1);
  });

  it.each(lessonSlugs())('%s: every .ts file is shown by the lesson and has a recorded output', (lesson) => {
    const examples = examplesOf(lesson);
    const shown = new Set(examples.flatMap((example) => [example.file, ...example.moduleFiles]));
    for (const file of typeScriptFilesOf(lesson)) {
      expect(shown.has(file), `${lesson}/${file} is not used by any <Example> in index.mdx`).toBe(true);
    }
    const modules = new Set(examples.flatMap((example) => example.moduleFiles));
    for (const module of modules) {
      expect(examples.some((example) => example.file === module), `${lesson}/${module} is a module and cannot also be an example`).toBe(false);
    }
    for (const example of examplesOf(lesson)) {
      expect(existsSync(example.path), `${example.id} does not exist`).toBe(true);
      if (!recording) {
        expect(existsSync(example.expectedOutputPath), `${example.id} has no recorded output beside it`).toBe(true);
      }
    }
  });

  it('type-check under strict TypeScript (tsconfig.examples.json)', async () => {
    expect(await typeErrorsOf('tsconfig.examples.json')).toBe('');
  }, 60_000);

  it('exercises: the check compares with a different output than the unedited exercise prints', () => {
    for (const example of allExamples().filter((candidate) => candidate.checkAgainst)) {
      const solution = examplesOf(example.lesson).find((candidate) => candidate.file === example.checkAgainst);
      expect(solution, `${example.id}: checkAgainst="${example.checkAgainst}" must be an example of the lesson`).toBeDefined();
      if (!solution || recording) continue;
      expect(readFileSync(example.expectedOutputPath, 'utf8'), `${example.id} already prints what its solution prints`).not.toBe(
        readFileSync(solution.expectedOutputPath, 'utf8'),
      );
    }
  });

  it.each(lessonSlugs())('%s: module files print nothing on their own, as their (empty) recorded output says', async (lesson) => {
    const modules = new Set(examplesOf(lesson).flatMap((example) => example.moduleFiles.filter((name) => !name.includes('/'))));
    for (const name of modules) {
      const path = join(LESSONS_DIR, lesson, name);
      const recordedPath = join(LESSONS_DIR, lesson, name.replace(/\.ts$/, '.out.txt'));
      expect(existsSync(recordedPath), `${lesson}/${name} has no recorded output beside it`).toBe(true);
      // Run as written (Node strips the types), so its own imports resolve beside it.
      const { stdout, stderr } = await run(process.execPath, [path], { timeout: 5000 });
      expect(stdout + stderr, `${lesson}/${name}`).toBe(readFileSync(recordedPath, 'utf8'));
    }
  });

  describe.concurrent('print their recorded output under Node', () => {
    // Retried like the browser check: a timer 100 ms late on a busy machine changes a rounded time.
    const options = { timeout: 20_000, retry: recording ? 0 : 2 };
    it.each(allExamples().map((example) => [example.id, example] as const))('%s', options, async (id, example) => {
      const stdout = await outputOfFilesUnderNode(sourceFilesOf(example), example.timeLimitMs + 5000);
      if (recording) writeFileSync(example.expectedOutputPath, stdout);
      expect(stdout, id).toBe(readFileSync(example.expectedOutputPath, 'utf8'));
    });
  });
});
