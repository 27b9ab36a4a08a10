import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allExamples, lessonSlugs } from '../support/lesson-examples';
import { exampleById, runToEnd } from './support';

const PAGES = ['/', ...lessonSlugs().map((slug) => `/lessons/${slug}/`), '/glossary/', '/playground/', '/no-such-page/'];

// Every page in the light theme; in the dark theme, one page of each kind (the themes
// differ in colours only, and every kind of element appears on these).
const DARK_PAGES = ['/', `/lessons/${lessonSlugs()[0]}/`, '/glossary/', '/playground/', '/no-such-page/'];

/** WCAG A and AA, and axe's best practices (unique landmarks among them). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.any[0]?.message ?? node.failureSummary}`),
  );
}

for (const [colorScheme, pages] of [['light', PAGES], ['dark', DARK_PAGES]] as const) {
  for (const path of pages) {
    test(`axe finds no violations on ${path} in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      if (path === '/playground/') {
        // Check the page as a reader uses it: editor loaded and some output shown.
        await expect(page.locator('.monaco-editor')).toBeVisible();
        await runToEnd(exampleById(page, 'playground'));
      }
      expect(await axeProblems(page)).toEqual([]);
    });
  }
}

test('axe finds no violations on a lesson with an example\'s editor open and run, in both themes', async ({ page }) => {
  test.slow(); // Monaco, a run, and axe twice on a long page
  const example = allExamples()[0];
  if (!example) throw new Error('no lesson example');
  await page.goto(`/lessons/${example.lesson}/`);
  const root = exampleById(page, example.id);
  await root.locator('button[data-action="edit"]').click();
  // Monaco's dimmed final line number is on screen (the example ends with a newline).
  await expect(root.locator('.monaco-editor .line-numbers').first()).toBeVisible();
  await runToEnd(root, example.timeLimitMs + 10_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await axeProblems(page)).map((problem) => `${colorScheme} ${problem}`)).toEqual([]);
  }
});

test('the theme button switches and remembers the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
});

test('every lesson works on a phone-sized screen without sideways scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 740 });
  const overflowing: string[] = [];
  for (const slug of lessonSlugs()) {
    await page.goto(`/lessons/${slug}/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${slug}: ${overflow}px too wide`);
    await expect(page.locator('.lesson-nav-menu')).not.toHaveAttribute('open', '');
  }
  expect(overflowing).toEqual([]);
});

test('axe finds no violations once a reader has predicted, run an example and seen its timeline', async ({ page }) => {
  const example = allExamples().find((candidate) => candidate.timeline);
  test.skip(!example, 'no example with a timeline');
  if (!example) return;
  await page.goto(`/lessons/${example.lesson}/`);
  const predict = page.locator('predict-output').first();
  if ((await predict.count()) > 0) await predict.locator('button[data-action="check"]').click();
  await runToEnd(exampleById(page, example.id), example.timeLimitMs + 10_000);
  await expect(exampleById(page, example.id).locator('[data-timeline]')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await axeProblems(page)).map((problem) => `${colorScheme} ${problem}`)).toEqual([]);
  }
});
