/**
 * The step-through recorder against the Node/browser agreement corpus (tests/corpus): each
 * program, compiled as Run compiles it and recorded in the spec-exact engine, prints exactly
 * what Node printed for it, and its recording completes.
 */
import { describe, expect, it } from 'vitest';
import { corpusPrograms } from '../support/corpus';
import { printedOutput, traceOf } from '../support/trace-program';

/** Programs the recorder cannot run yet, each with the reason. */
const KNOWN_EXCLUSIONS: Readonly<Record<string, string>> = {};

describe('trace recorder: corpus', () => {
  const programs = corpusPrograms();

  it('runs at least 40 programs of the corpus', () => {
    expect(programs.filter((program) => !(program.name in KNOWN_EXCLUSIONS)).length).toBeGreaterThanOrEqual(40);
  });

  describe.concurrent('prints what Node printed', () => {
    it.each(programs.filter((program) => !(program.name in KNOWN_EXCLUSIONS)).map((program) => [program.name, program] as const))(
      '%s',
      async (name, program) => {
        const result = await traceOf([{ name: `${name}.ts`, source: program.source }]);
        expect(result.reason, name).toBeNull();
        expect(result.status, name).toBe('complete');
        expect(printedOutput(result), name).toBe(program.expectedOutput);
        // The last step has printed everything.
        expect(result.steps.at(-1)?.outputLength, name).toBe(result.output.length);
      },
      30_000,
    );
  });

  it.skipIf(Object.keys(KNOWN_EXCLUSIONS).length === 0).each(Object.entries(KNOWN_EXCLUSIONS))('%s is a known exclusion: %s', async (name) => {
    const program = programs.find((candidate) => candidate.name === name);
    expect(program, `${name} is still in the corpus`).toBeDefined();
    const result = await traceOf([{ name: `${name}.ts`, source: program!.source }]);
    // If this starts passing, take it off the list.
    expect(printedOutput(result)).not.toBe(program!.expectedOutput);
  }, 30_000);
});
