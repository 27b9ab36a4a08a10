import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exampleById, runToEnd, setMainSource } from './support';

/** promises has one choice prediction and an exercise whose output has no times (a busy machine cannot change it). */
const LESSON = 'promises';
const EXERCISE = `${LESSON}/exercise.ts`;
const SOLUTION = `${LESSON}/exercise-solution.ts`;

async function axeProblems(page: Page, include: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

async function solutionSource(page: Page): Promise<string> {
  const program = await exampleById(page, SOLUTION).locator('script[data-program]').textContent();
  return (JSON.parse(program ?? '{}') as { files: { source: string }[] }).files[0]?.source ?? '';
}

async function storedProgress(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('awaitable:progress:v1'));
}

test('progress: read, prediction and exercise are kept across reloads, exported, cleared and imported back', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(`/lessons/${LESSON}/`);
  // The prediction, right at the first try (the answer is the page's own).
  const predict = page.locator('predict-output').first();
  const answer = JSON.parse((await predict.locator('script[data-answer]').textContent()) ?? '0') as number;
  await predict.locator(`input[type="radio"][value="${answer}"]`).check();
  await predict.locator('button[data-action="check"]').click();
  await expect(predict.locator('[data-result]')).toHaveAttribute('data-verdict', 'right');
  // A later wrong answer does not change the first one.
  await predict.locator(`input[type="radio"]:not([value="${answer}"])`).first().check();
  await predict.locator('button[data-action="check"]').click();
  await expect(predict.locator('[data-result]')).toHaveAttribute('data-verdict', 'wrong');

  // The exercise, solved: the reader's code becomes the solution's.
  const exercise = exampleById(page, EXERCISE);
  await setMainSource(exercise, await solutionSource(page));
  // Edited code is compiled in the browser: the first time downloads the compiler.
  expect((await runToEnd(exercise, 60_000)).status).toBe('done');
  await expect(exercise.locator('[data-check]')).toHaveAttribute('data-passed', 'true');

  // Read: the summary comes into view.
  await page.locator('#summary').scrollIntoViewIfNeeded();
  const mark = page.locator(`.lesson-nav [data-progress-lesson="${LESSON}"]`);
  await expect(mark).toHaveAttribute('data-read', '');

  await page.reload();
  await expect(mark).toHaveAttribute('data-read', '');
  await expect(mark).toHaveAttribute('data-predictions', '1/1');
  await expect(mark).toHaveAttribute('data-exercise-solved', '');
  await expect(mark.locator('[data-progress-mark]')).toHaveText('✓ Read · Predictions: 1 of 1 right · ✓ Exercise solved');

  // The home page shows the same marks and where to continue.
  await page.goto('/');
  const homeMark = page.locator(`.lesson-list [data-progress-lesson="${LESSON}"] [data-progress-mark]`);
  await expect(homeMark).toHaveText('✓ Read · Predictions: 1 of 1 right · ✓ Exercise solved');
  const resume = page.locator('a[data-continue]');
  await expect(resume).toBeVisible();
  // The section is the last one whose heading the reader scrolled past.
  await expect(resume).toHaveText(/^Continue: Promises and async\/await, \S.*/);
  await expect(resume).toHaveAttribute('href', new RegExp(`^/lessons/${LESSON}/#[\\w-]+$`));
  const section = (await resume.getAttribute('href'))?.split('#')[1] ?? '';
  const sectionTitle = (await resume.textContent())?.split(', ').pop() ?? '';
  await resume.click();
  await expect(page.locator(`h2#${section}`)).toHaveText(sectionTitle);
  await page.goto('/');

  // Export to a file.
  const downloading = page.waitForEvent('download');
  await page.locator('button[data-action="export-progress"]').click();
  const exported = testInfo.outputPath('progress.json');
  await (await downloading).saveAs(exported);
  expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ format: 'awaitable-progress', version: 1, lessons: { [LESSON]: { read: true } } });
  const message = page.locator('[data-progress-message]');
  await expect(message).toContainText('Exported as awaitable-progress-');

  // Clear (undoable), then import the file back.
  await page.locator('button[data-action="clear-progress"]').click();
  await expect(message).toContainText('cleared');
  await expect(homeMark).toHaveCount(1);
  await expect(homeMark).toHaveText('');
  await expect(resume).toBeHidden();
  await message.locator('button[data-action="undo-progress"]').click();
  await expect(homeMark).toHaveText(/✓ Read/);
  await page.locator('button[data-action="clear-progress"]').click();
  await expect(homeMark).toHaveText('');

  const choosing = page.waitForEvent('filechooser');
  await page.locator('button[data-action="import-progress"]').click();
  await (await choosing).setFiles(exported);
  await expect(message).toContainText('Imported progress.json');
  await expect(homeMark).toHaveText('✓ Read · Predictions: 1 of 1 right · ✓ Exercise solved');
  await page.reload();
  await expect(homeMark).toHaveText('✓ Read · Predictions: 1 of 1 right · ✓ Exercise solved');

  // A corrupt file and a foreign one are refused with a message and change nothing.
  const before = await storedProgress(page);
  for (const [name, text] of [
    ['corrupt.json', '{"format":"awaitable-progress","version":1,"lessons":{"promises":{"read":"yes"}}}'],
    ['settings.json', '{"theme":"dark"}'],
  ] as const) {
    const refused = page.waitForEvent('filechooser');
    await page.locator('button[data-action="import-progress"]').click();
    await (await refused).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(message).toContainText(`${name} was not imported`);
    await expect(message).toContainText('Your progress is unchanged.');
    await expect(message).toHaveAttribute('data-verdict', 'refused');
  }
  expect(await storedProgress(page)).toBe(before);
  await expect(homeMark).toHaveText('✓ Read · Predictions: 1 of 1 right · ✓ Exercise solved');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeProblems(page, '#your-progress')).toEqual([]);
    expect(await axeProblems(page, '.hero')).toEqual([]);
  }
});

test('a failing exercise check offers diffs of the code and of the output against the solution', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/lessons/${LESSON}/`);
  const exercise = exampleById(page, EXERCISE);
  await runToEnd(exercise);
  await expect(exercise.locator('[data-check]')).toHaveAttribute('data-passed', 'false');
  const compare = exercise.locator('[data-solution-compare]');

  await compare.locator('button[data-action="diff-output"]').click();
  const outputDiff = compare.locator('[data-diff="output"]');
  await expect(outputDiff).toBeVisible();
  // The unsolved program sends the first receipt after unlocking the basket; the solution before.
  await expect(outputDiff.locator('pre ins').first()).toContainText('receipt sent: 16 EUR');
  await expect(outputDiff.locator('pre del').first()).toContainText('Your output:');
  await expect(compare.locator('button[data-action="diff-output"]')).toHaveAttribute('aria-expanded', 'true');

  await compare.locator('button[data-action="diff-code"]').click();
  const codeDiff = compare.locator('[data-diff="code"]');
  await expect(codeDiff).toBeVisible();
  await expect(outputDiff).toHaveCount(0);
  // Each changed line says whose it is in words, not only in colour.
  await expect(codeDiff.locator('pre ins').first()).toContainText('The solution (exercise-solution.ts):');
  await expect(codeDiff.locator('pre del').first()).toContainText('Your code:');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeProblems(page, '[data-solution-compare]')).toEqual([]);
  }

  // Solving it removes the comparison.
  await setMainSource(exercise, await solutionSource(page));
  await runToEnd(exercise, 60_000);
  await expect(exercise.locator('[data-check]')).toHaveAttribute('data-passed', 'true');
  await expect(compare).toHaveCount(0);
});
