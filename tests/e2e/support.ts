import { expect, type Locator, type Page } from '@playwright/test';
import { transform } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import LZString from 'lz-string';
import { transformOptions } from '../../src/runtime/compile-options';

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
  await example.locator('button[data-action="run"]').click();
  await expect(example).toHaveAttribute('data-status', FINAL_STATUS, { timeout: timeoutMs });
  return { status: (await example.getAttribute('data-status')) ?? '', entries: await entriesOf(example) };
}

const scratch = mkdtempSync(join(tmpdir(), 'awaitable-node-'));
const mergeStderr = pathToFileURL(join(process.cwd(), 'tests/support/merge-stderr.mjs')).href;
let counter = 0;

/** The program's output under real Node (stderr merged into stdout), for comparison. */
export async function nodeOutput(source: string): Promise<string> {
  const { code } = await transform(source, transformOptions('program.ts'));
  const file = join(scratch, `program-${process.pid}-${counter++}.mjs`);
  writeFileSync(file, code);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', mergeStderr, file], { timeout: 15_000 });
  return stdout;
}
