import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { allExamples, type LessonExample } from '../support/lesson-examples';
import { entriesOf, exampleById, hoverWordUntil, playgroundUrl, runToEnd, setMainSource } from './support';

const example: LessonExample = (() => {
  const first = allExamples()[0];
  if (!first) throw new Error('No lesson examples found: editing tests need one.');
  return first;
})();

const LAZY_EDITING_ASSETS = /monaco|editor\.api|editor\.worker|ts\.worker|tsMode|esbuild.*\.wasm|compiler-worker|quick-compile/;

/** Opens the lesson, presses Edit on the example and puts the cursor in Monaco. */
async function editExample(page: Page) {
  await page.goto(`/lessons/${example.lesson}/`);
  const root = exampleById(page, example.id);
  await root.locator('button[data-action="edit"]').click();
  const editor = root.locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  return { root, editor };
}

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('a lesson page requests no Monaco and no .wasm before the reader edits', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(`/lessons/${example.lesson}/`);
  await page.mouse.wheel(0, 2000);
  // The page's idle-time work is done once the first sandbox is waiting.
  await expect(page.locator('iframe[src$="sandbox.html"]')).toHaveCount(1);
  // Running an unedited example needs neither: it was compiled at build time.
  await runToEnd(exampleById(page, example.id), example.timeLimitMs + 10_000);
  expect(requests.filter((url) => LAZY_EDITING_ASSETS.test(url))).toEqual([]);
  // The control: asking to edit is what loads them.
  await exampleById(page, example.id).locator('button[data-action="edit"]').click();
  await expect(exampleById(page, example.id).locator('.monaco-editor')).toBeVisible();
  expect(requests.some((url) => /editor\.api/.test(url))).toBe(true);
  // All of the editor's chunks are requested on the click, the lowest of Monaco's layers first
  // (its chain of imports alone would ask for each only once the one before had run).
  const listed = (await page.locator('meta[name="awaitable-editor-chunks"]').getAttribute('content'))?.split(' ') ?? [];
  expect(listed[0]).toMatch(/monaco-base\.[\w-]+\.js$/);
  expect(listed.length).toBeGreaterThan(8);
  const preloaded = () => page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await expect.poll(async () => {
    const hrefs = await preloaded();
    return listed.filter((chunk) => !hrefs.includes(chunk));
  }).toEqual([]);
  // With the editor comes the quick compiler; esbuild's .wasm only once a program needs it
  // (several files, or code the quick compiler declines), which this one-file example does not.
  expect(example.moduleFiles).toEqual([]);
  await expect.poll(() => requests.some((url) => /quick-compile/.test(url))).toBe(true);
  await runToEnd(exampleById(page, example.id), example.timeLimitMs + 10_000);
  expect(requests.filter((url) => /\.wasm$|compiler-worker/.test(url))).toEqual([]);
});

test("user can edit an example, run the edit, keep it across a reload, and Reset restores the original", async ({ page }) => {
  const { root } = await editExample(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  // Inserted as a paste would be: typed keys race with Monaco's bracket auto-closing.
  await page.keyboard.insertText("console.log('edited by the reader');");
  await expect(root.locator('[data-edited-badge]')).toBeVisible();

  // Ctrl+Enter runs from inside the editor; the edit is compiled in the browser.
  await page.keyboard.press('Control+Enter');
  await expect(root).toHaveAttribute('data-status', /^(done|error)$/, { timeout: example.timeLimitMs + 15_000 });
  expect(await entriesOf(root)).toContainEqual({ level: 'log', text: 'edited by the reader' });

  // The edit is saved (debounced) and comes back after a reload.
  await expect
    .poll(() => page.evaluate((id) => localStorage.getItem(`awaitable:edits:${id}`), example.id))
    .toContain('edited by the reader');
  await page.reload();
  await expect(root.locator('[data-edited-badge]')).toBeVisible();
  await expect(root.locator('[data-editor]')).toContainText("console.log('edited by the reader');");
  await expect(root.locator('button[data-action="reset"]')).toBeEnabled();

  await root.locator('button[data-action="reset"]').click();
  await expect(root.locator('[data-edited-badge]')).toBeHidden();
  await expect(root.locator('[data-code] pre.astro-code')).toBeVisible();
  await page.reload();
  await expect(root.locator('[data-edited-badge]')).toBeHidden();
  await expect(root.locator('[data-code] pre.astro-code')).toBeVisible();
});

test('a syntax error in an edit shows line:column and marks the editor', async ({ page }) => {
  const { root, editor } = await editExample(page);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.insertText('let broken = ;\n');
  const { status, entries } = await runToEnd(root, 20_000);
  expect(status).toBe('error');
  expect(entries[0]?.text).toMatch(new RegExp(`^${example.file.replace('.', '\\.')}:1:14: Unexpected ";"`));
  await expect(editor.locator('.squiggly-error').first()).toBeVisible();
});

test('keyboard users can run with Ctrl+Enter and leave the editor with Escape then Tab', async ({ page }) => {
  await page.goto(`/lessons/${example.lesson}/`);
  const root = exampleById(page, example.id);
  await root.locator('button[data-action="run"]').focus();
  await page.keyboard.press('Control+Enter');
  await expect(root).toHaveAttribute('data-status', /^(loading|running|done)$/);
  await root.locator('button[data-action="stop"]').click({ trial: false, timeout: 2000 }).catch(() => {
    // The run may already have ended; either way the next step starts from a quiet example.
  });
  await root.locator('button[data-action="edit"]').click();
  await expect(root.locator('.monaco-editor')).toBeVisible();
  await expect(root.locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(root.locator('[data-output]')).toBeFocused();
});

test('the playground editor shows TypeScript type errors, and the page reports no errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(playgroundUrl("const count: number = 'not a number';\nconsole.log(count);\n"));
  const editor = page.locator('.monaco-editor');
  await expect(editor).toBeVisible();
  // Type errors come from Monaco's TypeScript worker (esbuild only reports syntax errors),
  // which starts once the opened editor has settled (2.5 s) or the reader uses it, and then
  // loads a 7 MB script: slow on a loaded CI machine.
  await expect(editor.locator('.squiggly-error').first()).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('typing in the playground keeps the address in sync, so the link shares the program', async ({ page }) => {
  await page.goto(playgroundUrl("console.log('first');\n"));
  const editor = page.locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText("console.log('second');\n");
  await expect
    .poll(() => LZString.decompressFromEncodedURIComponent(new URL(page.url()).hash.slice('#code='.length)))
    .toBe("console.log('first');\nconsole.log('second');\n");
  // The shared link opens the same program, which prints both lines.
  await page.reload();
  const { entries } = await runToEnd(exampleById(page, 'playground'));
  expect(entries.map((entry) => entry.text)).toEqual(['first', 'second']);
});

test('Stop while an edit is still compiling cancels the run', async ({ page }) => {
  // Hold the compiler's download back, so the run is surely still compiling when Stop is pressed.
  let releaseCompiler: () => void = () => {};
  const compilerHeld = new Promise<void>((resolve) => (releaseCompiler = resolve));
  await page.route('**/*.wasm', async (route) => {
    await compilerHeld;
    await route.continue();
  });
  // A namespace is left to esbuild (the quick compiler declines it), so Run waits for its download.
  await page.goto(playgroundUrl("namespace Held { export const text = 'should never print'; }\nconsole.log(Held.text);\n"));
  const example = exampleById(page, 'playground');
  await example.locator('button[data-action="run"]').click();
  await expect(example).toHaveAttribute('data-status', 'loading');
  await example.locator('button[data-action="stop"]').click();
  await expect(example).toHaveAttribute('data-status', 'stopped');
  // Let the compile finish: its result must not start the cancelled run.
  const compilerLoaded = page.waitForResponse('**/*.wasm');
  releaseCompiler();
  await compilerLoaded;
  await page.waitForTimeout(500);
  expect(await entriesOf(example)).toEqual([{ level: 'system', text: 'Stopped: you pressed Stop.' }]);
  await expect(example).toHaveAttribute('data-status', 'stopped');
});

test('a runtime error points at the reader\'s line: its button opens the editor there, with a marker', async ({ page }) => {
  const source = ['const values = [1, 2, 3];', 'function total(list: number[]): number {', "  throw new Error('not summed yet');", '}', 'console.log(total(values));', ''].join('\n');
  await page.goto(playgroundUrl(source));
  const example = exampleById(page, 'playground');
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  const { status } = await runToEnd(example);
  expect(status).toBe('error');
  await example.locator('[data-entry][data-level="error"] [data-meta] button').click();
  // The failing line carries the error as a marker...
  await expect(example.locator('.monaco-editor .squiggly-error')).not.toHaveCount(0);
  // ...and the cursor is on it, in a focused editor: what the reader types lands there.
  await page.keyboard.press('End');
  await page.keyboard.insertText(' // the failing line');
  await expect(example.locator('.monaco-editor .view-line').nth(2)).toContainText("throw new Error('not summed yet'); // the failing line");
});

test('hovering a name in the editor shows its TypeScript type', async ({ page }) => {
  await page.goto(playgroundUrl("const greeting = 'hello';\nconst lengths = [greeting].map((word) => word.length);\nconsole.log(lengths);\n"));
  const example = exampleById(page, 'playground');
  const line = example.locator('.monaco-editor .view-line').nth(1);
  await expect(line).toContainText('const lengths');
  await hoverWordUntil(page, line, 'lengths', 'const lengths: number[]');
});

test("a multi-file example's editor resolves the imports between its files, with no false errors", async ({ page }) => {
  const multiFile = allExamples().find((candidate) => candidate.moduleFiles.length > 0);
  test.skip(!multiFile, 'no multi-file example in the lessons yet');
  if (!multiFile) return;
  await page.goto(`/lessons/${multiFile.lesson}/`);
  const root = exampleById(page, multiFile.id);
  await root.locator('button[data-action="edit"]').click();
  const importLine = root.locator('[data-editor-pane="0"] .view-line').filter({ hasText: /^import\s+\{/ }).first();
  await expect(importLine).toBeVisible();
  // The hover proves TypeScript has read the imported file...
  const imported = /import\s+\{\s*(\w+)/.exec(await importLine.innerText())?.[1] ?? '';
  await hoverWordUntil(page, importLine, imported, `import ${imported}`);
  // ...and the file that imports it is checked with it: Monaco had marked "Cannot find module".
  await expect(root.locator('[data-editor-pane="0"] .squiggly-error')).toHaveCount(0, { timeout: 15_000 });
});

test.describe('on a touch-only phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('Edit gives a plain text area instead of Monaco, and the edit runs', async ({ page }) => {
    await page.goto(`/lessons/${example.lesson}/`);
    const requests = recordRequests(page);
    const root = exampleById(page, example.id);
    await root.locator('button[data-action="edit"]').tap();
    const area = root.locator('textarea.plain-editor');
    await expect(area).toBeVisible();
    await expect(root.locator('.monaco-editor')).toHaveCount(0);
    expect(requests.filter((url) => /monaco|editor\.api/.test(url))).toEqual([]);
    await area.fill("console.log('typed on a phone');\n");
    const { status, entries } = await runToEnd(root);
    expect(status).toBe('done');
    expect(entries).toEqual([{ level: 'log', text: 'typed on a phone' }]);
  });
});

test('when the browser refuses to store edits, the example says so instead of losing them silently', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`/lessons/${example.lesson}/`);
  const root = exampleById(page, example.id);
  await setMainSource(root, "console.log('an edit that cannot be kept');\n");
  await expect(root.locator('[data-status-text]')).toContainText(
    "Your edits could not be saved (this browser's storage for the site is full); they will be lost on reload.",
  );
});
