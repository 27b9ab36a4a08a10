import { expect, type Locator, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { outputUnderNode } from '../support/run-under-node';

export interface Entry {
  readonly level: string;
  readonly text: string;
}

const FINAL_STATUS = /^(done|error|timeout|stopped)$/;

export function playgroundUrl(code: string): string {
  return `/playground/#code=${LZString.compressToEncodedURIComponent(code)}`;
}

export function exampleById(page: Page, id: string): Locator {
  return page.locator(`[data-sandbox][data-example="${id}"]`);
}

export async function entriesOf(example: Locator): Promise<Entry[]> {
  return example.locator('[data-output] [data-entry]').evaluateAll((rows) =>
    rows.map((row) => ({
      level: (row as HTMLElement).dataset['level'] ?? '',
      text: row.querySelector('[data-text]')?.textContent ?? '',
    })),
  );
}

/** What the output shows, as a program's stdout would read: entries joined by newlines. */
export function asPrintedText(entries: readonly Entry[]): string {
  return entries.map((entry) => `${entry.text}\n`).join('');
}

/**
 * Printed text with the examples' rounded times ("0.4 s") masked. The site's tests share
 * the CPU with other tests, so a timer can fire a step late there; the exact times are
 * checked in the lesson-examples pass, which runs alone.
 */
export function withoutTimes(text: string): string {
  return text.replace(/\b\d+(?:\.\d+)? s\b/g, '… s');
}

/** Clicks Run and waits for the run to end; returns its final status and output. */
export async function runToEnd(example: Locator, timeoutMs = 15_000): Promise<{ status: string; entries: Entry[] }> {
  // Examples inside a closed <details> (exercise solutions) are opened first, as a reader would.
  const summary = example.locator('xpath=ancestor::details[not(@open)][1]/summary');
  if ((await summary.count()) > 0) await summary.click();
  await example.locator('button[data-action="run"]').click();
  await expect(example).toHaveAttribute('data-status', FINAL_STATUS, { timeout: timeoutMs });
  return { status: (await example.getAttribute('data-status')) ?? '', entries: await entriesOf(example) };
}

/** The program's output under real Node, for comparison. */
export function nodeOutput(source: string): Promise<string> {
  return outputUnderNode(source, 'playground.ts', 15_000);
}

/** Replaces an example's main file as typing would (tests of what happens next need not type). */
export async function setMainSource(example: Locator, source: string): Promise<void> {
  await example.evaluate((element, code) => (element as unknown as { setSource(code: string): void }).setSource(code), source);
}

/**
 * Hovers a word of a Monaco editor line until Monaco's hover shows `expected`. Monaco may
 * redraw its lines at any moment (fonts, tokenization), so the word is measured and hovered
 * in one go, and again if a redraw swallowed the hover.
 */
export async function hoverWordUntil(page: Page, line: Locator, word: string, expected: string): Promise<void> {
  await expect(async () => {
    const middle = await line.evaluate((element, wanted) => {
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(wanted) ?? -1;
        if (start < 0) continue;
        const range = element.ownerDocument.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + wanted.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return undefined;
    }, word);
    if (!middle) throw new Error(`the word \`${word}\` is not on the editor line`);
    await page.mouse.move(middle.x - 10, middle.y);
    await page.mouse.move(middle.x, middle.y, { steps: 3 });
    // Short attempts: a redraw hides the hover for good, and only moving the mouse again shows it.
    await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText(expected, { timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
}
