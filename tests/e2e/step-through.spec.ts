/**
 * Step through (shared/CONTRACT.md, "Step-through panel"): real recordings of lesson
 * examples, edited and multi-file code, a hostile program and a compile error, the
 * controls and keys, the playground's `&step=N`, and axe on the open panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { asPrintedText, exampleById, playgroundUrl, runToEnd, setMainSource, type Entry } from './support';

const ENDED = /^(complete|truncated|failed)$/;

async function stepThrough(example: Locator, timeoutMs = 30_000): Promise<Locator> {
  await example.locator('button[data-action="step-through"]').click();
  const panel = example.locator('[data-trace]');
  await expect(panel).toHaveAttribute('data-status', ENDED, { timeout: timeoutMs });
  return panel;
}

async function traceEntries(panel: Locator): Promise<Entry[]> {
  return panel.locator('[data-trace-output] [data-entry]').evaluateAll((rows) =>
    rows.map((row) => ({ level: (row as HTMLElement).dataset['level'] ?? '', text: row.querySelector('[data-text]')?.textContent ?? '' })),
  );
}

async function lastStepOf(panel: Locator): Promise<number> {
  return Number(await panel.getAttribute('data-steps')) - 1;
}

/** Goes to the last step and waits until it is drawn (steps are drawn on the next frame). */
async function goToLastStep(panel: Locator): Promise<void> {
  const last = await lastStepOf(panel);
  await panel.locator('button[data-action="step-last"]').click();
  await expect(panel).toHaveAttribute('data-step', String(last));
}

const recorded = (path: string): string => readFileSync(`content/lessons/${path.replace(/\.ts$/, '.out.txt')}`, 'utf8');

async function openLesson(page: Page, slug: string): Promise<void> {
  await page.goto(`/lessons/${slug}/`);
}

test('a lesson example steps through to complete; its last step prints what Run prints; buttons and keys move', async ({ page }) => {
  await openLesson(page, 'event-loop');
  const example = exampleById(page, 'event-loop/order-basics.ts');
  const panel = await stepThrough(example);
  await expect(panel).toHaveAttribute('data-status', 'complete');
  const last = await lastStepOf(panel);
  expect(last).toBeGreaterThan(5);

  await panel.locator('button[data-action="step-last"]').click();
  await expect(panel).toHaveAttribute('data-step', String(last));
  const traced = await traceEntries(panel);
  expect(asPrintedText(traced)).toBe(recorded('event-loop/order-basics.ts'));
  const { entries } = await runToEnd(example);
  expect(traced).toEqual(entries);
  await expect(panel.locator('[data-trace-difference]')).toBeHidden();

  await panel.locator('button[data-action="step-first"]').click();
  await expect(panel).toHaveAttribute('data-step', '0');
  await expect(panel).toHaveAttribute('data-file', 'order-basics.ts');
  await expect(panel).toHaveAttribute('data-line', '1');
  await expect(example.locator('[data-code] .line.trace-current-line')).toHaveText('console.log("script: start");');
  await panel.locator('button[data-action="step-next"]').click();
  await expect(panel).toHaveAttribute('data-step', '1');
  await panel.locator('button[data-action="step-prev"]').click();
  await expect(panel).toHaveAttribute('data-step', '0');
  // Keys, with the focus in the panel.
  await panel.locator('button[data-action="step-next"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-step', '1');
  await page.keyboard.press('j');
  await expect(panel).toHaveAttribute('data-step', '2');
  await page.keyboard.press('k');
  await expect(panel).toHaveAttribute('data-step', '1');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(panel).not.toHaveAttribute('data-step', '1');
  await page.keyboard.press('End');
  await expect(panel).toHaveAttribute('data-step', String(last));
  await page.keyboard.press('Home');
  await expect(panel).toHaveAttribute('data-step', '0');
  // The scrubber.
  await panel.locator('input[type="range"]').fill(String(last));
  await expect(panel).toHaveAttribute('data-step', String(last));
  // The step is announced to screen readers once the reader stops on it.
  await expect(panel.locator('[data-trace-announcer]')).toContainText(`Step ${last + 1} of ${last + 1}`);
});

test('queues show their jobs with lines; task-next moves to the next turn of the loop', async ({ page }) => {
  await openLesson(page, 'event-loop');
  const example = exampleById(page, 'event-loop/order-basics.ts');
  const panel = await stepThrough(example);
  const next = panel.locator('button[data-action="step-next"]');
  // Step on until both microtasks wait in the queue (after line 7 ran).
  const microtasks = panel.locator('[data-trace-microtasks] [data-item]');
  for (let tries = 0; tries < 40 && (await microtasks.count()) < 2; tries++) await next.click();
  await expect(microtasks).toHaveCount(2);
  await expect(microtasks.nth(0)).toContainText('line 5');
  await expect(microtasks.nth(1)).toContainText('line 7');
  await expect(panel.locator('[data-trace-timers] [data-item], [data-trace-tasks] [data-item]').first()).toContainText('line 3');
  await expect(panel.locator('[data-trace-stack] [data-item]').first()).toContainText(/line \d+/);

  await panel.locator('button[data-action="step-first"]').click();
  await panel.locator('button[data-action="task-next"]').click();
  // The next turn is the timer's: both microtasks ran before it, the timer has not printed yet.
  await expect(panel.locator('[data-trace-output] [data-entry]')).toHaveCount(4);
  await expect(panel.locator('[data-trace-microtasks] [data-item]')).toHaveCount(0);
  await panel.locator('button[data-action="step-last"]').click();
  await expect(panel.locator('[data-trace-output] [data-entry]')).toHaveCount(5);
  await expect(panel.locator('[data-trace-clock]')).toHaveText(/^\d+(\.\d+)? ms$/);
});

test('edited code and a multi-file example step through', async ({ page }) => {
  test.setTimeout(120_000);
  await openLesson(page, 'event-loop');
  const edited = exampleById(page, 'event-loop/order-basics.ts');
  await setMainSource(edited, 'setTimeout(() => console.log("later"), 5000);\nawait Promise.resolve();\nconsole.log("now");\n');
  const editedPanel = await stepThrough(edited, 45_000);
  await expect(editedPanel).toHaveAttribute('data-status', 'complete');
  await goToLastStep(editedPanel);
  expect(asPrintedText(await traceEntries(editedPanel))).toBe('now\nlater\n');
  // Five seconds of virtual time, recorded in much less.
  await expect(editedPanel.locator('[data-trace-clock]')).toHaveText(/^50\d\d(\.\d+)? ms$/);

  await openLesson(page, 'async-queues');
  const multiFile = exampleById(page, 'async-queues/producer-consumer.ts');
  const panel = await stepThrough(multiFile, 45_000);
  await expect(panel).toHaveAttribute('data-status', 'complete');
  await goToLastStep(panel);
  expect(asPrintedText(await traceEntries(panel))).toBe(recorded('async-queues/producer-consumer.ts'));
  // Some step is in the module file, and its tab is then the one shown.
  await panel.locator('button[data-action="step-first"]').click();
  await panel.evaluate(async (root) => {
    const next = root.querySelector<HTMLButtonElement>('button[data-action="step-next"]');
    const steps = Number(root.dataset['steps']);
    for (let step = 0; step < steps && root.dataset['file'] !== 'async-queue.ts'; step++) {
      next?.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  await expect(panel).toHaveAttribute('data-file', 'async-queue.ts');
  await expect(multiFile.locator('[data-file-tab="async-queue.ts"]')).toHaveAttribute('aria-selected', 'true');
});

test('an endless loop ends truncated with a reason, the page stays responsive; a compile error fails', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(playgroundUrl('console.log("before");\nwhile (true) {}\n'));
  const example = exampleById(page, 'playground');
  await expect(example.locator('button[data-action="step-through"]')).toBeEnabled();
  await example.locator('button[data-action="step-through"]').click();
  const panel = example.locator('[data-trace]');
  await expect(panel).toHaveAttribute('data-status', 'recording');
  // The page answers while the recorder works (a blocked page would not answer before the
  // 10 s recording budget ends; the margin is for a busy test machine).
  const started = Date.now();
  expect(await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(2), 0)))).toBe(2);
  expect(Date.now() - started).toBeLessThan(5000);
  // Compiling (esbuild-wasm) on a busy machine, then the recorder's 10 s budget.
  await expect(panel).toHaveAttribute('data-status', 'truncated', { timeout: 90_000 });
  await expect(panel.locator('.trace-status-text')).not.toBeEmpty();
  expect(Number(await panel.getAttribute('data-steps'))).toBeGreaterThan(0);
  await expect(panel).toHaveAttribute('data-step', '0');
  await panel.locator('button[data-action="step-next"]').click();
  await expect(panel).toHaveAttribute('data-step', '1');
  // The recorder was a worker of the page's one sandbox frame, which still runs programs.
  await expect(page.locator('iframe[src$="sandbox.html"]')).toHaveCount(1);
  await setMainSource(example, 'console.log("after the loop");\n');
  expect((await runToEnd(example)).entries).toEqual([{ level: 'log', text: 'after the loop' }]);

  await setMainSource(example, 'const x: = 1;\n');
  await example.locator('button[data-action="step-through"]').click();
  await expect(panel).toHaveAttribute('data-status', 'failed', { timeout: 60_000 });
  await expect(panel).toHaveAttribute('data-steps', '0');
  await expect(panel.locator('.trace-status-text')).toContainText('playground.ts:1');
});

test('a playground link with &step=N opens the panel at step N and keeps the step in the address', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${playgroundUrl('Promise.resolve(1).then((v) => console.log(v));\nconsole.log(0);\n')}&step=3`);
  const panel = exampleById(page, 'playground').locator('[data-trace]');
  // The playground compiles (esbuild-wasm) and opens Monaco while the engine loads.
  await expect(panel).toHaveAttribute('data-status', 'complete', { timeout: 60_000 });
  await expect(panel).toHaveAttribute('data-step', '3');
  await panel.locator('button[data-action="step-next"]').click();
  await expect(panel).toHaveAttribute('data-step', '4');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/&step=4$/);
});

test('axe finds no violations on the open panel in the light and dark themes', async ({ page }) => {
  await openLesson(page, 'event-loop');
  const panel = await stepThrough(exampleById(page, 'event-loop/order-basics.ts'));
  await panel.locator('button[data-action="task-next"]').click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('[data-trace]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${colorScheme} ${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
  }
  // On a phone the regions stack in one column.
  await page.setViewportSize({ width: 375, height: 740 });
  const boxes = await panel.locator('.trace-region').evaluateAll((regions) => regions.map((region) => region.getBoundingClientRect().left));
  expect(new Set(boxes.map(Math.round)).size).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
