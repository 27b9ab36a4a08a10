/**
 * Faithful output: every program of the corpus (tests/corpus, outputs recorded from
 * Node 24) prints exactly the same lines in the browser sandbox, compiled in the browser
 * as a reader's edit would be. Programs share a page per group (the compiler stays warm);
 * each runs in a fresh sandbox, as every run does.
 */
import { expect, test } from '@playwright/test';
import { corpusPrograms } from '../support/corpus';
import { asPrintedText, exampleById, runToEnd, setMainSource } from './support';

const GROUPS = 5;
const programs = corpusPrograms();
const groups = Array.from({ length: GROUPS }, (_, group) => programs.filter((_, index) => index % GROUPS === group));

test('the corpus has at least 30 programs', () => {
  expect(programs.length).toBeGreaterThanOrEqual(30);
});

for (const [index, group] of groups.entries()) {
  test(`corpus group ${index + 1} of ${GROUPS} prints what Node prints: ${group.map((program) => program.name).join(', ')}`, async ({ page }) => {
    test.setTimeout(30_000 + group.length * 15_000);
    await page.goto('/playground/');
    const example = exampleById(page, 'playground');
    await expect(example.locator('button[data-action="run"]')).toBeEnabled();
    const mismatches: string[] = [];
    for (const program of group) {
      await setMainSource(example, program.source);
      const { status, entries } = await runToEnd(example, 20_000);
      const printed = asPrintedText(entries);
      if (status !== 'done' || printed !== program.expectedOutput) {
        mismatches.push(`${program.name} (${status}):\n--- Node\n${program.expectedOutput}--- browser\n${printed}`);
      }
    }
    expect(mismatches.join('\n')).toBe('');
  });
}
