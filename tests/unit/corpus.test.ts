/**
 * The Node/browser agreement corpus (tests/corpus): every program, compiled with esbuild as
 * the site compiles it and run under Node, prints exactly its recorded output, which
 * `node <name>.ts > <name>.out.txt 2>&1` wrote. The browser test compares the sandbox with
 * the same recordings.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typeErrorsOf } from '../support/type-check';
import { CORPUS_DIR, corpusPrograms } from '../support/corpus';
import { outputUnderNode } from '../support/run-under-node';

/** Each program ends on its own well within 1.5 s; this only bounds a hung run on a loaded machine. */
const RUN_TIME_LIMIT_MS = 10_000;

describe('corpus', () => {
  it('has at least 30 programs, each with a recorded output and a one-line comment first', () => {
    const programs = corpusPrograms();
    expect(programs.length).toBeGreaterThanOrEqual(30);
    for (const program of programs) {
      expect(program.name, program.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(program.source.startsWith('// '), `${program.name}.ts starts with a comment line`).toBe(true);
      expect(program.expectedOutput, `${program.name}.out.txt is empty`).not.toBe('');
    }
  });

  it('has no recorded output without its program', () => {
    const names = new Set(corpusPrograms().map((program) => program.name));
    const orphans = readdirSync(CORPUS_DIR)
      .filter((file) => file.endsWith('.out.txt'))
      .filter((file) => !names.has(file.slice(0, -'.out.txt'.length)));
    expect(orphans).toEqual([]);
  });

  it('type-checks under strict TypeScript (tsconfig.corpus.json)', async () => {
    expect(await typeErrorsOf('tsconfig.corpus.json')).toBe('');
  }, 60_000);

  describe.concurrent('prints its recorded output under Node', () => {
    it.each(corpusPrograms().map((program) => [program.name, program] as const))('%s', async (name, program) => {
      const output = await outputUnderNode(program.source, `${name}.ts`, RUN_TIME_LIMIT_MS);
      expect(output, name).toBe(program.expectedOutput);
    }, 20_000);
  });
});
