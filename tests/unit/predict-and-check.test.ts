import { describe, expect, it } from 'vitest';
import { choicePuzzle, orderPuzzle } from '../../src/build/predict-puzzle';
import { checkOutput } from '../../src/components/example/output-check';

describe('predict puzzles', () => {
  it('shuffle the recorded lines the same way every build, never into the answer', () => {
    const recorded = 'a\nb\nc\n';
    const first = orderPuzzle(recorded, 'x.ts', 'here');
    const again = orderPuzzle(recorded, 'x.ts', 'here');
    expect(first).toEqual(again);
    if (first.kind !== 'order') throw new Error('expected an order puzzle');
    expect(first.answer).toEqual(['a', 'b', 'c']);
    expect([...first.shuffled].sort()).toEqual(['a', 'b', 'c']);
    expect(first.shuffled).not.toEqual(first.answer);
    for (const name of ['p.ts', 'q.ts', 'r.ts', 's.ts', 'two.ts']) {
      const puzzle = orderPuzzle('1\n2\n', name, 'here');
      if (puzzle.kind === 'order') expect(puzzle.shuffled).toEqual(['2', '1']);
    }
  });

  it('refuse outputs a reader cannot fairly order', () => {
    expect(() => orderPuzzle('only one\n', 'x.ts', 'lesson.mdx')).toThrow(/lesson.mdx: ordering needs 2 to 8 lines/);
    expect(() => orderPuzzle('same\nsame\n', 'x.ts', 'here')).toThrow(/distinct/);
    expect(() => orderPuzzle(`${'x\n'.repeat(9)}`, 'x.ts', 'here')).toThrow(/choices/);
  });

  it('accept choices only when exactly one is the recorded output', () => {
    const puzzle = choicePuzzle('a\nb\n', ['b\na', 'a\nb'], 'x.ts', 'here');
    expect(puzzle).toEqual({ kind: 'choice', choices: ['b\na', 'a\nb'], answer: 1 });
    expect(() => choicePuzzle('a\nb\n', ['b\na', 'a'], 'x.ts', 'here')).toThrow(/exactly one choice must equal what x.ts prints/);
    expect(() => choicePuzzle('a\n', ['a', 'a\n'], 'x.ts', 'here')).toThrow(/two choices are the same/);
  });
});

describe('exercise output check', () => {
  it('passes only on exactly the expected lines', () => {
    expect(checkOutput(['one', 'two'], 'one\ntwo\n')).toEqual({ passed: true });
    expect(checkOutput(['one\ntwo'], 'one\ntwo\n')).toEqual({ passed: true });
  });

  it('names the first difference', () => {
    expect(checkOutput(['one', 'three'], 'one\ntwo\n')).toEqual({ passed: false, reason: 'line 2 should be “two” but is “three”.' });
    expect(checkOutput(['one'], 'one\ntwo\n')).toEqual({ passed: false, reason: 'line 2 should be “two”, but the program printed only 1 lines.' });
    expect(checkOutput(['one', 'two', 'extra'], 'one\ntwo\n')).toMatchObject({ passed: false, reason: expect.stringContaining('1 more than expected') });
    expect(checkOutput([], 'one\n')).toMatchObject({ passed: false });
  });
});
