import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allExamples, examplesOf, LESSONS_DIR, lessonSlugs } from '../support/lesson-examples';
import { exampleById } from './support';

for (const lesson of lessonSlugs()) {
  test(`user can read the lesson ${lesson}, with every example highlighted`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`/lessons/${lesson}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('nav[aria-label="Lessons"] a[aria-current="page"]')).toHaveAttribute(
      'href',
      `/lessons/${lesson}/`,
    );
    for (const example of examplesOf(lesson)) {
      const root = exampleById(page, example.id);
      await expect(root).toHaveAttribute('data-status', 'idle');
      // Highlighted at build time: the code is there as text, in Shiki's markup.
      const firstLine = readFileSync(example.path, 'utf8').split('\n').find((line) => line.trim()) ?? '';
      await expect(root.locator('[data-code] pre.astro-code').first()).toContainText(firstLine.trim());
      await expect(root.locator('button[data-action="run"]')).toBeEnabled();
    }
    expect(errors).toEqual([]);
  });
}

test('the home page lists every lesson in order and says where to start', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('#lessons ol a');
  await expect(links).toHaveCount(lessonSlugs().length);
  const first = await links.first().getAttribute('href');
  await expect(page.locator('a.start-here')).toHaveAttribute('href', first ?? '');
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('does not exist');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
});

test('previous and next links walk the lessons in order', async ({ page }) => {
  const slugs = lessonSlugs();
  await page.goto('/');
  const ordered = await page.locator('#lessons ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(ordered.length).toBe(slugs.length);
  await page.goto(ordered[0] ?? '/');
  for (const href of ordered.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a multi-file example lists every file, each under its name, with its highlighted code', async ({ page }) => {
    const multiFile = allExamples().find((example) => example.moduleFiles.length > 0);
    test.skip(!multiFile, 'no multi-file example in the lessons yet');
    if (!multiFile) return;
    await page.goto(`/lessons/${multiFile.lesson}/`);
    const root = exampleById(page, multiFile.id);
    await expect(root.locator('[role="tablist"]')).toBeHidden();
    for (const name of [multiFile.file, ...multiFile.moduleFiles]) {
      const panel = root.locator(`[data-file-panel="${name}"]`);
      await expect(panel.locator('.file-panel-name')).toHaveText(name);
      const firstLine = readFileSync(join(LESSONS_DIR, multiFile.lesson, name), 'utf8').split('\n').find((line) => line.trim()) ?? '';
      await expect(panel.locator('pre.astro-code')).toBeVisible();
      await expect(panel.locator('pre.astro-code')).toContainText(firstLine.trim());
    }
  });
});
