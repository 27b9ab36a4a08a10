/**
 * The playground as it opens (issue 10): the program is on screen, highlighted, before
 * Monaco has loaded; a link's program starts compiling at once (a one-file program needs
 * no download: the quick compiler, Sucrase, compiles it on the page); and runs that follow
 * each other at once each get a fresh sandbox.
 */
import { expect, test, type Page } from '@playwright/test';
import { asPrintedText, entriesOf, exampleById, nodeOutput, playgroundUrl, runToEnd } from './support';

const LINK_PROGRAM = `const greeting: string = 'hello from a link';
async function main(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log(greeting, 42);
}
void main();
`;

/** Holds Monaco's core back until the returned function is called. */
async function holdMonaco(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/monaco-base\.[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("a link's program is highlighted before the editor loads, and compiled before Run is pressed", async ({ page }) => {
  test.slow(); // the compiler's download and start
  const release = await holdMonaco(page);
  await page.goto(playgroundUrl(LINK_PROGRAM));
  const example = exampleById(page, 'playground');
  const shown = example.locator('[data-editor] pre.plain-source');
  await expect(shown).toHaveText(LINK_PROGRAM);
  await expect(shown.locator('.token.keyword').first()).toHaveText('const');
  await expect(shown.locator('.token.string').first()).toHaveText("'hello from a link'");
  // The compiler was fetched without a click, and says so.
  await expect(page.locator('[data-playground-message]')).toHaveText('The compiler is ready.', { timeout: 30_000 });
  const { status, entries } = await runToEnd(example);
  expect(status).toBe('done');
  expect(asPrintedText(entries)).toBe(await nodeOutput(LINK_PROGRAM));
  release();
  await expect(example.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
});

/** Holds esbuild's .wasm back until the returned function is called. */
async function holdCompiler(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("a link's one-file program runs before esbuild has downloaded (the quick compiler), with lines mapped", async ({ page }) => {
  await holdCompiler(page);
  const source = "type Reason = string;\nfunction fail(reason: Reason): never {\n  throw new Error(reason);\n}\nconsole.log('quick', 1 as number);\nfail('mapped');\n";
  await page.goto(playgroundUrl(source));
  const example = exampleById(page, 'playground');
  const { status, entries } = await runToEnd(example);
  expect(status).toBe('error');
  expect(entries.map((entry) => entry.level)).toEqual(['log', 'error']);
  expect(entries[0]?.text).toBe('quick 1');
  expect(entries[1]?.text).toMatch(/^Uncaught Error: mapped\n\s+at fail \(playground\.ts:3:9\)/);
});

test('a program the quick compiler declines waits for esbuild, which reports its error at its line', async ({ page }) => {
  test.slow(); // the compiler's download and start
  const release = await holdCompiler(page);
  // Sucrase would pass a name declared twice; the browser's parser, asked first, refuses it.
  await page.goto(playgroundUrl("const total = 1;\nconst total = 2;\nconsole.log(total);\n"));
  const example = exampleById(page, 'playground');
  await example.locator('button[data-action="run"]').click();
  await expect(example).toHaveAttribute('data-status', 'loading');
  release();
  await expect(example).toHaveAttribute('data-status', 'error', { timeout: 60_000 });
  const entries = await entriesOf(example);
  expect(entries[0]?.text).toMatch(/^playground\.ts:2:7: The symbol "total" has already been declared/);
});

test('a starter is shown with its build-time highlighting while the editor loads, and runs without the compiler', async ({ page }) => {
  const release = await holdMonaco(page);
  const compilerRequests: string[] = [];
  page.on('request', (request) => {
    if (/esbuild.*\.wasm|compiler-worker/.test(request.url())) compilerRequests.push(request.url());
  });
  await page.goto('/playground/');
  const example = exampleById(page, 'playground');
  const shown = example.locator('[data-editor] pre.plain-source');
  await expect(shown).toHaveClass(/astro-code/);
  await expect(shown.locator('span[style]').first()).toBeVisible();
  const { status } = await runToEnd(example);
  expect(status).toBe('done');
  expect(compilerRequests).toEqual([]);
  release();
});

test('runs that follow each other at once each get a fresh sandbox, a worker of its own in the page\'s one sandbox frame', async ({ page }) => {
  test.slow(); // the compiler's download and start
  // Each run reports what an earlier run left in its global scope: nothing, in a fresh sandbox.
  const program =
    "const scope = globalThis as { left?: string };\nconsole.log('left behind:', scope.left ?? 'nothing');\n" +
    "scope.left = 'by an earlier run';\nawait new Promise((resolve) => setTimeout(resolve, 100));\n";
  await page.goto(playgroundUrl(program));
  const example = exampleById(page, 'playground');
  for (let run = 0; run < 4; run++) {
    // Run is pressed the moment the previous run ended.
    await example.locator('button[data-action="run"]').click();
    await expect(example).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    expect(asPrintedText(await entriesOf(example))).toBe('left behind: nothing\n');
  }
  // The workers came from one frame: starting a frame per run cost the page a moment each time.
  expect(await page.locator('iframe[sandbox]').count()).toBe(1);
});
