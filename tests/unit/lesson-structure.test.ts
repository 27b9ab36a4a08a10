/**
 * What every lesson must have (shared/CURRICULUM.md): 3 to 6 runnable examples, a
 * "predict the output" moment, a picture, an exercise with a hint, an automatically
 * checked solution, and a short summary. The logging case study's pages (`caseStudy:
 * true`) are checked as one unit: each page has an example and a summary, and the case
 * study as a whole has predictions, timelines and the closing exercise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesOf, LESSONS_DIR, lessonSlugs } from '../support/lesson-examples';

const mdxOf = (lesson: string) => readFileSync(join(LESSONS_DIR, lesson, 'index.mdx'), 'utf8');
const isCaseStudy = (lesson: string) => /^caseStudy:\s*true\s*$/m.test(mdxOf(lesson).split(/^---\s*$/m)[1] ?? '');
const lessons = lessonSlugs().filter((lesson) => !isCaseStudy(lesson));
const caseStudy = lessonSlugs().filter(isCaseStudy);

function expectSummary(mdx: string): void {
  const summary = mdx.split(/^## Summary\s*$/m)[1];
  expect(summary, 'a "## Summary" section').toBeDefined();
  const lines = (summary ?? '').split('\n').filter((line) => line.trim());
  expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(lines.length).toBeLessThanOrEqual(8);
}

function expectExercise(mdx: string, lesson: string): void {
  expect(mdx).toMatch(/<Aside kind="exercise"/);
  expect(mdx).toMatch(/<summary>Hint<\/summary>/);
  const exercise = examplesOf(lesson).find((example) => example.checkAgainst);
  expect(exercise, 'an <Example … checkAgainst="solution.ts"> for the exercise').toBeDefined();
}

describe.each(lessons)('lesson %s', (lesson) => {
  const mdx = mdxOf(lesson);
  const examples = examplesOf(lesson);

  it('has 3 to 6 runnable examples besides the exercise solution', () => {
    // The solution sits inside <details>; the examples a reader meets in the text are the others.
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
    expectExercise(mdx, lesson);
  });

  it('ends with a short summary', () => {
    expectSummary(mdx);
  });
});

describe.runIf(caseStudy.length > 0)('the logging case study', () => {
  it.each(caseStudy)('page %s has an example and a summary', (lesson) => {
    expect(examplesOf(lesson).length).toBeGreaterThanOrEqual(1);
    expectSummary(mdxOf(lesson));
  });

  it('shows its versions on the timeline, has predictions and a closing exercise', () => {
    const all = caseStudy.map(mdxOf).join('\n');
    expect((all.match(/<Example\b[^>]*\btimeline\b/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect((all.match(/<Predict\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(caseStudy.some((lesson) => /<Aside kind="exercise"/.test(mdxOf(lesson)) && examplesOf(lesson).some((example) => example.checkAgainst))).toBe(true);
  });
});
