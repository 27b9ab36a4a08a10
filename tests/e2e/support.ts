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
