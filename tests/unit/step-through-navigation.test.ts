import { describe, expect, it } from 'vitest';
import { moveForKey, targetStep } from '../../src/components/trace/trace-navigation';
import { hashWithStep, programFromHash, programHash, stepFromHash } from '../../src/lib/program-link';

/** Tasks of ten steps: the main script (0, 1, 2), then turns 1 (3, 4), 2 (5, 6, 7) and 3 (8, 9). */
const steps = [0, 0, 0, 1, 1, 2, 2, 2, 3, 3].map((task) => ({ task }));

describe('step-through navigation', () => {
  it('moves a step at a time, stopping at both ends', () => {
    expect(targetStep(steps, 0, 'step-prev')).toBe(0);
    expect(targetStep(steps, 4, 'step-next')).toBe(5);
    expect(targetStep(steps, 9, 'step-next')).toBe(9);
    expect(targetStep(steps, 4, 'step-first')).toBe(0);
    expect(targetStep(steps, 4, 'step-last')).toBe(9);
  });

  it('moves a whole turn of the event loop with task-next and task-prev', () => {
    expect(targetStep(steps, 0, 'task-next')).toBe(3);
    expect(targetStep(steps, 3, 'task-next')).toBe(5);
    expect(targetStep(steps, 8, 'task-next')).toBe(9);
    // Inside a turn, back to its start; from its start, to the start of the turn before.
    expect(targetStep(steps, 7, 'task-prev')).toBe(5);
    expect(targetStep(steps, 5, 'task-prev')).toBe(3);
    expect(targetStep(steps, 3, 'task-prev')).toBe(0);
    expect(targetStep(steps, 0, 'task-prev')).toBe(0);
  });

  it('stays at 0 with no steps recorded yet', () => {
    expect(targetStep([], 0, 'step-next')).toBe(0);
    expect(targetStep([], 0, 'task-next')).toBe(0);
  });

  it('maps the documented keys, and leaves modified keys to the browser', () => {
    const key = (k: string, shiftKey = false) => moveForKey({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });
    expect(key('ArrowRight')).toBe('step-next');
    expect(key('j')).toBe('step-next');
    expect(key('ArrowLeft')).toBe('step-prev');
    expect(key('k')).toBe('step-prev');
    expect(key('ArrowRight', true)).toBe('task-next');
    expect(key('J', true)).toBe('task-next');
    expect(key('ArrowLeft', true)).toBe('task-prev');
    expect(key('Home')).toBe('step-first');
    expect(key('End')).toBe('step-last');
    expect(key('x')).toBeNull();
    expect(moveForKey({ key: 'ArrowRight', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
  });
});

describe('playground links with a step', () => {
  it('carry &step=N after the program, and drop it on request', () => {
    const hash = programHash([{ name: 'playground.ts', source: 'console.log(1);\n' }]);
    const withStep = hashWithStep(`#${hash}`, 12);
    expect(withStep).toBe(`${hash}&step=12`);
    expect(stepFromHash(`#${withStep}`)).toBe(12);
    expect(programFromHash(`#${withStep}`)).toEqual(programFromHash(`#${hash}`));
    expect(hashWithStep(withStep, 3)).toBe(`${hash}&step=3`);
    expect(hashWithStep(withStep, null)).toBe(hash);
  });

  it('ignore a step that is not a whole number', () => {
    expect(stepFromHash('#code=abc&step=-1')).toBeNull();
    expect(stepFromHash('#code=abc&step=x')).toBeNull();
    expect(stepFromHash('#code=abc')).toBeNull();
  });
});
