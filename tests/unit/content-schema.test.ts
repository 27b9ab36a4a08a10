import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/content/schema';

const run = promisify(execFile);

const valid = {
  title: 'Why async?',
  description: 'Waiting is the problem, and overlapping the waits is the fix.',
  order: 1,
  objectives: ['Measure sequential waits', 'Overlap waits with Promise.all'],
};

function problemsOf(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson and fills defaults', () => {
    const parsed = lessonSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.navTitle).toBeUndefined();
  });

  it.each([
    ['title', { ...valid, title: undefined }],
    ['description', { ...valid, description: '' }],
    ['order', { ...valid, order: 'first' }],
    ['order', { ...valid, order: 1.5 }],
    ['objectives', { ...valid, objectives: ['Only one'] }],
    ['objectives', { ...valid, objectives: ['a1', 'b22', 'c333', 'd4444', 'e55555'] }],
  ])('names the field %s when it is wrong', (field, data) => {
    const problems = problemsOf(data);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith(field))).toBe(true);
  });

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    expect(problemsOf({ ...valid, objectivs: [] }).join('\n')).toMatch(/objectivs/);
  });

  it('fails the content sync with a message naming the file and the field', async () => {
    const failure = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
      env: { ...process.env, LESSONS_DIR: 'tests/fixtures/broken-frontmatter', ASTRO_TELEMETRY_DISABLED: '1' },
    }).then(
      () => null,
      (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`,
    );
    expect(failure, 'astro sync accepted a broken lesson').not.toBeNull();
    expect(failure).toContain('broken-frontmatter/broken-lesson/index.mdx');
    expect(failure).toMatch(/order.*Expected type `"number"`/);
  }, 60_000);
});
