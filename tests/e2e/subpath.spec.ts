import { expect, test } from '@playwright/test';
import { SUBPATH, SUBPATH_PORT } from '../../playwright.config';
import { allExamples } from '../support/lesson-examples';
import { asPrintedText, exampleById, runToEnd, withoutTimes } from './support';
import { readFileSync } from 'node:fs';

const origin = `http://localhost:${SUBPATH_PORT}`;

test('the site built with a base path works under that sub-path', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${origin}${SUBPATH}`);
  const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(href.startsWith(SUBPATH), href).toBe(true);

  const example = allExamples()[0];
  if (!example) throw new Error('no lesson examples');
  await page.locator('a.start-here').click();
  await page.goto(`${origin}${SUBPATH}lessons/${example.lesson}/`);
  const { status, entries } = await runToEnd(exampleById(page, example.id), example.timeLimitMs + 10_000);
  expect(status).toBe('done');
  expect(withoutTimes(asPrintedText(entries))).toBe(withoutTimes(readFileSync(example.expectedOutputPath, 'utf8')));

  await page.goto(`${origin}${SUBPATH}playground/`);
  await expect(page.locator('.monaco-editor')).toBeVisible();
  expect(failures).toEqual([]);
});
