/**
 * What a reader does around the examples: predicting the output before running, having
 * an exercise checked, reading and editing multi-file examples, and copying, sharing or
 * resetting code.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { printedLines } from '../../src/build/predict-puzzle';
import { allExamples, LESSONS_DIR, lessonSlugs, type LessonExample } from '../support/lesson-examples';
import { asPrintedText, exampleById, runToEnd, setMainSource, withoutTimes } from './support';

/** Every `<Predict file="…">` of every lesson, with whether it is a choice. */
function predictions(): { lesson: string; file: string; choice: boolean }[] {
  return lessonSlugs().flatMap((lesson) => {
    const mdx = readFileSync(join(LESSONS_DIR, lesson, 'index.mdx'), 'utf8');
    return [...mdx.matchAll(/<Predict\b([\s\S]*?)\/>/g)].map((match) => ({
      lesson,
      file: /file="([^"]+)"/.exec(match[1] ?? '')?.[1] ?? '',
      choice: /\bchoices=/.test(match[1] ?? ''),
    }));
  });
}

/** The recorded output's lines, as the puzzle takes them. */
const recordedLines = (lesson: string, file: string) => printedLines(readFileSync(join(LESSONS_DIR, lesson, file.replace(/\.ts$/, '.out.txt')), 'utf8'));

async function putLinesInOrder(predict: Locator, answer: readonly string[]): Promise<void> {
  for (const [target, line] of answer.entries()) {
    // Move the line up with the keyboard until it reaches its place.
    for (;;) {
      const current = await predict.locator('li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['line']));
      const position = current.indexOf(line);
      if (position <= target) break;
      await predict.locator('li').nth(position).locator('button[data-move="up"]').press('Enter');
    }
  }
}

for (const { lesson, file, choice } of predictions()) {
  test(`predicting the output of ${lesson}/${file}: a wrong answer is marked wrong, the right one right`, async ({ page }) => {
    await page.goto(`/lessons/${lesson}/`);
    const predict = page.locator(`predict-output[data-predict="${file}"]`);
    const result = predict.locator('[data-result]');
    const answer = recordedLines(lesson, file);
    if (choice) {
      const options = predict.locator('label');
      const texts = await options.locator('pre').allTextContents();
      const right = texts.indexOf(answer.join('\n'));
      expect(right).toBeGreaterThanOrEqual(0);
      await options.nth(right === 0 ? 1 : 0).locator('input').check();
      await predict.locator('button[data-action="check"]').click();
      await expect(result).toHaveAttribute('data-verdict', 'wrong');
      await options.nth(right).locator('input').check();
      await predict.locator('button[data-action="check"]').click();
      await expect(result).toHaveAttribute('data-verdict', 'right');
      return;
    }
    // As shipped, the lines are shuffled: checking at once is wrong.
    await predict.locator('button[data-action="check"]').click();
    await expect(result).toHaveAttribute('data-verdict', 'wrong');
    await expect(result).toContainText(`of ${answer.length} lines are in the right place`);
    await putLinesInOrder(predict, answer);
    await predict.locator('button[data-action="check"]').click();
    await expect(result).toHaveAttribute('data-verdict', 'right');
    await expect(predict.locator('li[data-verdict="wrong"]')).toHaveCount(0);
  });
}

test('"Show the answer" puts the lines in the order the program prints them', async ({ page }) => {
  const first = predictions().find((prediction) => !prediction.choice);
  test.skip(!first, 'no ordering prediction in the lessons');
  if (!first) return;
  await page.goto(`/lessons/${first.lesson}/`);
  const predict = page.locator(`predict-output[data-predict="${first.file}"]`);
  await predict.locator('button[data-action="reveal"]').click();
  const shown = await predict.locator('li code').allTextContents();
  expect(shown).toEqual(recordedLines(first.lesson, first.file));
});

/** Types a new last line into a Monaco editor, as a reader would. */
async function typeAtTheEnd(page: Page, editor: Locator, line: string): Promise<void> {
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(line);
}

const multiFile: LessonExample | undefined = allExamples().find((example) => example.moduleFiles.length > 0);

test('a multi-file example shows its files as tabs, runs, and runs again after editing a module', async ({ page }) => {
  test.skip(!multiFile, 'no multi-file example in the lessons yet');
  if (!multiFile) return;
  test.setTimeout(90_000);
  await page.goto(`/lessons/${multiFile.lesson}/`);
  const root = exampleById(page, multiFile.id);
  const tabs = root.locator('[role="tab"]');
  await expect(tabs).toHaveText([multiFile.file, ...multiFile.moduleFiles].map((name) => name.split('/').pop() ?? name));
  const module = multiFile.moduleFiles[0] ?? '';
  const moduleSource = readFileSync(join(LESSONS_DIR, multiFile.lesson, module), 'utf8');
  // Arrow keys move between tabs, and the module's code is shown.
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(root.locator(`[data-file-panel="${module}"]`)).toBeVisible();
  await expect(root.locator(`[data-file-panel="${module}"]`)).toContainText(moduleSource.split('\n').find((line) => line.trim()) ?? '');

  const { status, entries } = await runToEnd(root, multiFile.timeLimitMs + 10_000);
  expect(status).toBe('done');
  expect(withoutTimes(asPrintedText(entries))).toBe(withoutTimes(readFileSync(multiFile.expectedOutputPath, 'utf8')));

  // An edit of the module is bundled in the browser with the main file.
  await root.locator('button[data-action="edit"]').click();
  await typeAtTheEnd(page, root.locator('[data-editor-pane="1"] .monaco-editor'), "console.log('module edited');");
  await expect(tabs.nth(1)).toHaveAttribute('data-edited', '');
  const edited = await runToEnd(root, multiFile.timeLimitMs + 30_000);
  expect(edited.entries[0]?.text).toBe('module edited');
  // Both files' edits survive a reload.
  await page.waitForTimeout(500);
  await page.reload();
  await expect(exampleById(page, multiFile.id).locator('[data-edited-badge]')).toBeVisible();
  await exampleById(page, multiFile.id).locator('[role="tab"]').nth(1).click();
  await expect(exampleById(page, multiFile.id).locator('[data-editor-pane="1"]')).toContainText("console.log('module edited');");
});

async function firstExamplePage(page: Page) {
  const example = allExamples().find((candidate) => candidate.moduleFiles.length === 0) as LessonExample;
  await page.goto(`/lessons/${example.lesson}/`);
  return { example, root: exampleById(page, example.id), source: readFileSync(example.path, 'utf8') };
}

test('Copy puts the code on the clipboard; Share copies a playground link that opens the same code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { root, source } = await firstExamplePage(page);
  await root.locator('button[data-action="copy"]').click();
  await expect(root.locator('[data-status-text]')).toContainText('Copied the code');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(source);

  await root.locator('button[data-action="share"]').click();
  await expect(root.locator('[data-status-text]')).toContainText('Copied a link');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const code = new URL(link).hash.replace(/^#code=/, '');
  expect(LZString.decompressFromEncodedURIComponent(code)).toBe(source);
  await page.goto(link);
  await expect(page.locator('[data-sandbox][data-example="playground"] .monaco-editor, [data-sandbox][data-example="playground"] pre')).not.toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (document.querySelector('[data-example="playground"]') as unknown as { source: string }).source)).toBe(source);
});

test('Open in playground takes the current (edited) code there', async ({ page }) => {
  const { root, source } = await firstExamplePage(page);
  const edited = `${source}\nconsole.log("taken to the playground");\n`;
  await setMainSource(root, edited);
  await root.locator('button[data-action="open-playground"]').click();
  await expect(page).toHaveURL(/\/playground\/#code=/);
  await expect.poll(() => page.evaluate(() => (document.querySelector('[data-example="playground"]') as unknown as { source: string }).source)).toBe(edited);
});

test('a multi-file example opens in the playground with its files as tabs, and the address keeps every file', async ({ page }) => {
  test.skip(!multiFile, 'no multi-file example in the lessons yet');
  if (!multiFile) return;
  test.setTimeout(90_000);
  const fileNames = [multiFile.file, ...multiFile.moduleFiles];
  const tabTexts = fileNames.map((name) => name.split('/').pop() ?? name);
  const filesInAddress = () => {
    const packed = /#files=([^&]*)/.exec(page.url())?.[1] ?? '';
    return JSON.parse(LZString.decompressFromEncodedURIComponent(packed) || 'null') as { name: string; source: string }[] | null;
  };
  await page.goto(`/lessons/${multiFile.lesson}/`);
  await exampleById(page, multiFile.id).locator('button[data-action="open-playground"]').click();
  await expect(page).toHaveURL(/\/playground\/#files=/);
  const playground = exampleById(page, 'playground');
  const tabs = playground.locator('[role="tab"]');
  await expect(tabs).toHaveText(tabTexts);
  expect(filesInAddress()?.map((file) => file.name)).toEqual(fileNames);
  const { status, entries } = await runToEnd(playground, multiFile.timeLimitMs + 20_000);
  expect(status).toBe('done');
  expect(withoutTimes(asPrintedText(entries))).toBe(withoutTimes(readFileSync(multiFile.expectedOutputPath, 'utf8')));

  // An edit of a module goes into the address, and a reload brings it back.
  await tabs.nth(1).click();
  await typeAtTheEnd(page, playground.locator('[data-editor-pane="1"] .monaco-editor'), "console.log('module edited in the playground');");
  await expect.poll(() => filesInAddress()?.[1]?.source ?? '').toContain("console.log('module edited in the playground');");
  await page.reload();
  await expect(tabs).toHaveText(tabTexts);
  const edited = await runToEnd(playground, multiFile.timeLimitMs + 30_000);
  expect(edited.entries[0]?.text).toBe('module edited in the playground');

  // A starter replaces the program with one file; Back brings the files back.
  await page.locator('[data-starter]').selectOption('0');
  await expect(tabs).toHaveCount(0);
  await expect(playground.locator('.example-file')).toHaveText('playground.ts');
  await page.goBack();
  await expect(tabs).toHaveText(tabTexts);
});

test('an example that needs a longer time limit keeps it in the playground', async ({ page }) => {
  const longer = allExamples().find((example) => example.timeLimitMs > 5000);
  test.skip(!longer, 'no example with a longer time limit');
  if (!longer) return;
  await page.goto(`/lessons/${longer.lesson}/`);
  await exampleById(page, longer.id).locator('button[data-action="open-playground"]').click();
  await expect(page).toHaveURL(new RegExp(`&limit=${longer.timeLimitMs}$`));
  await expect(exampleById(page, 'playground')).toHaveAttribute('data-time-limit', String(longer.timeLimitMs));
});

test("a case-study example run in the playground draws its timeline there too", async ({ page }) => {
  const withTimeline = allExamples().find((example) => example.timeline);
  test.skip(!withTimeline, 'no example with a timeline');
  if (!withTimeline) return;
  test.setTimeout(90_000);
  await page.goto(`/lessons/${withTimeline.lesson}/`);
  await exampleById(page, withTimeline.id).locator('button[data-action="open-playground"]').click();
  const playground = exampleById(page, 'playground');
  await expect(playground.locator('[data-timeline]')).toBeHidden();
  const { status, entries } = await runToEnd(playground, withTimeline.timeLimitMs + 20_000);
  // The output says how far the program got, should it not finish.
  expect(status, entries.map((entry) => entry.text).join('\n')).toBe('done');
  await expect(playground.locator('[data-timeline]')).toBeVisible();
});

test('Reset can be undone, and the undone edits are saved again', async ({ page }) => {
  const { example, root, source } = await firstExamplePage(page);
  const edited = `${source}\n// my notes\n`;
  await setMainSource(root, edited);
  await expect(root.locator('[data-edited-badge]')).toBeVisible();
  await root.locator('button[data-action="reset"]').click();
  await expect(root.locator('[data-edited-badge]')).toBeHidden();
  await expect(root.locator('[data-code] pre.astro-code').first()).toBeVisible();
  await root.locator('button[data-action="undo-reset"]').click();
  await expect(root.locator('[data-edited-badge]')).toBeVisible();
  await expect(root.locator('[data-status-text]')).toContainText('Your edits are back');
  await page.reload();
  await expect(exampleById(page, example.id).locator('[data-edited-badge]')).toBeVisible();
  expect(await exampleById(page, example.id).evaluate((element) => (element as unknown as { source: string }).source)).toBe(edited);
});
