/**
 * Every lesson example, run in the browser sandbox as a reader runs it, prints exactly
 * its recorded output (the same file the Node check compares with); every exercise's
 * automatic check says "not yet" as given and passes with the solution.
 *
 * These programs print rounded times, so they run in their own pass, one at a time
 * (`npm run test:browser` runs it after the others): on a 2-core machine the runaway
 * programs of other tests, or another page compiling the 13 MB compiler on every core,
 * would otherwise make their timers late.
 */
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allExamples, LESSONS_DIR } from '../support/lesson-examples';
import { asPrintedText, exampleById, runToEnd, setMainSource } from './support';

for (const example of allExamples()) {
  test(`user can run ${example.id} and see its recorded output`, async ({ page }) => {
    test.setTimeout(example.timeLimitMs + 30_000);
    await page.goto(`/lessons/${example.lesson}/`);
    const root = exampleById(page, example.id);
    const { status, entries } = await runToEnd(root, example.timeLimitMs + 10_000);
    const expected = readFileSync(example.expectedOutputPath, 'utf8');
    expect(asPrintedText(entries)).toBe(expected);
    expect(status).toBe('done');
    if (example.timeline) await expectTimelineToAgree(root, expected);
  });
}

/**
 * The case study's timeline panel counts what the program's log server reported; where
 * the program prints one server summary, the panel's counters must say the same.
 */
async function expectTimelineToAgree(root: Locator, printed: string): Promise<void> {
  const panel = root.locator('[data-timeline]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('svg[role="img"]')).toHaveAttribute('aria-label', /^Timeline over/);
  const summaries = [...printed.matchAll(/server: received (\d+) of \d+ records in (\d+) requests \((\d+) failed\)\nserver: arrival order .*\nserver: (\d+) out of order/g)];
  if (summaries.length !== 1) return;
  const [, received, requests, failed, outOfOrder] = summaries[0] ?? [];
  const counter = (key: string) => panel.locator(`[data-timeline-counter="${key}"] dd`);
  await expect(counter('requests')).toHaveText(requests ?? '');
  await expect(counter('failed')).toHaveText(failed ?? '');
  await expect(counter('out-of-order')).toHaveText(outOfOrder ?? '');
  // The panel counts distinct records; the server counts stored copies (duplicates included).
  expect(Number(await counter('received').textContent())).toBeLessThanOrEqual(Number(received));
}

for (const exercise of allExamples().filter((example) => example.checkAgainst)) {
  test(`exercise ${exercise.id}: the check says "not yet" as given and passes with the solution`, async ({ page }) => {
    test.setTimeout(2 * exercise.timeLimitMs + 60_000);
    await page.goto(`/lessons/${exercise.lesson}/`);
    const root = exampleById(page, exercise.id);
    const check = root.locator('[data-check]');
    await runToEnd(root, exercise.timeLimitMs + 10_000);
    await expect(check).toHaveAttribute('data-passed', 'false');
    await expect(check).toContainText('Not yet');
    // A reader who solved the exercise has been editing: the compiler is loaded by now.
    // Warm it the same way, so its one-time start (a 13 MB .wasm compiled on every core)
    // does not make the solution's timers late.
    await setMainSource(root, "console.log('compiler warm');");
    await runToEnd(root, 60_000);
    await page.waitForTimeout(1000);
    const solution = readFileSync(join(LESSONS_DIR, exercise.lesson, exercise.checkAgainst ?? ''), 'utf8');
    await setMainSource(root, solution);
    await runToEnd(root, exercise.timeLimitMs + 30_000);
    await expect(check).toHaveAttribute('data-passed', 'true');
    await expect(check).toContainText('Check passed');
  });
}
