/**
 * What every lesson must have (shared/CURRICULUM.md): 3 to 6 runnable examples, a
 * "predict the output" moment, a picture, an exercise with a hint, an automatically
 * checked solution, and a short summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesOf, LESSONS_DIR, lessonSlugs } from '../support/lesson-examples';

const mdxOf = (lesson: string) => readFileSync(join(LESSONS_DIR, lesson, 'index.mdx'), 'utf8');

describe.each(lessonSlugs())('lesson %s', (lesson) => {
  const mdx = mdxOf(lesson);
  // The solution sits inside <details>; the examples a reader meets in the text are the others.
  const examples = examplesOf(lesson);

  it('has 3 to 6 runnable examples besides the exercise solution', () => {
    const solutions = new Set(examples.flatMap((example) => (example.checkAgainst ? [example.checkAgainst] : [])));
    const count = examples.filter((example) => !solutions.has(example.file)).length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
  });

  it('has an interactive "predict the output" moment', () => {
    expect(mdx).toMatch(/<Predict\b/);
  });

  it('has at least one picture', () => {
    expect(mdx).toMatch(/<Diagram\b/);
  });

  it('has an exercise with a hint and an automatically checked solution', () => {
    expect(mdx).toMatch(/<Aside kind="exercise"/);
    expect(mdx).toMatch(/<summary>Hint<\/summary>/);
    const exercise = examples.find((example) => example.checkAgainst);
    expect(exercise, 'an <Example … checkAgainst="solution.ts"> for the exercise').toBeDefined();
  });

  it('ends with a short summary', () => {
    const summary = mdx.split(/^## Summary\s*$/m)[1];
    expect(summary, 'a "## Summary" section').toBeDefined();
    const lines = (summary ?? '').split('\n').filter((line) => line.trim());
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(8);
  });
});
