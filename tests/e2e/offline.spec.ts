import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBPATH, SUBPATH_PORT } from '../../playwright.config';
import { offlineManifest, writeServiceWorker } from '../../src/build/after-build';
import { examplesOf, lessonSlugs } from '../support/lesson-examples';
import { exampleById, runToEnd, setMainSource } from './support';

// The other specs block the service worker (playwright.config.ts); these test it. Each
// test has its own browser context, so its own service worker and caches.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page and has cached the build (install done). */
async function waitUntilOffline(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** Cuts the network, and checks that it is cut for the page's own requests too. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  const reached = await page.evaluate(() => fetch(`./not-part-of-the-site-${Date.now()}.txt`).then(() => true, () => false));
  expect(reached).toBe(false);
}

async function search(page: Page, term: string) {
  await page.locator('body').press('/');
  const dialog = page.locator('dialog[data-search]');
  await dialog.locator('input[type="search"]').fill(term);
  await expect(dialog.locator('[data-search-status]')).toContainText(`found for “${term}”`, { timeout: 30_000 });
  return dialog.locator('[data-search-results] a');
}

test('after one visit, every lesson opens offline, examples run, search and the used editor work', async ({ context, page }) => {
  test.setTimeout(240_000);
  const [first] = examplesOf('promises');
  if (!first) throw new Error('no example in the promises lesson');
  await page.goto('/lessons/promises/');
  await waitUntilOffline(page);
  await expect(page.locator('[data-offline-notice]')).toContainText('available offline');
  // The reader edits once while online: the editor and the compiler are fetched now.
  const edited = exampleById(page, first.id);
  await edited.locator('button[data-action="edit"]').click();
  await expect(edited.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await setMainSource(edited, "console.log('edited online');\n");
  expect((await runToEnd(edited, 120_000)).entries.map((entry) => entry.text)).toEqual(['edited online']);

  await goOffline(context, page);
  for (const slug of lessonSlugs()) {
    await page.goto(`/lessons/${slug}/`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-sandbox] button[data-action="run"]').first()).toBeEnabled();
  }
  // Examples run (the sandbox document comes from the cache), in a lesson and the case study.
  for (const lesson of ['event-loop', 'logging-blocking']) {
    const [example] = examplesOf(lesson);
    if (!example) throw new Error(`no example in ${lesson}`);
    await page.goto(`/lessons/${lesson}/`);
    const { status, entries } = await runToEnd(exampleById(page, example.id), example.timeLimitMs + 10_000);
    expect(status).toBe('done');
    expect(entries.length).toBeGreaterThan(0);
  }
  // Editing works offline since the editor and compiler were used once.
  await page.goto('/lessons/promises/');
  const again = exampleById(page, first.id);
  await again.locator('button[data-action="edit"]').click();
  await expect(again.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await setMainSource(again, "console.log('edited offline', 1 + 1);\n");
  expect((await runToEnd(again, 60_000)).entries.map((entry) => entry.text)).toEqual(['edited offline 2']);
  // Search, the glossary, the home page and an unknown page (the cached 404 page).
  await expect((await search(page, 'microtask')).first()).toBeVisible();
  await page.goto('/glossary/');
  await expect(page.locator('#microtask')).toBeVisible();
  await page.goto('/');
  await expect(page.locator('.lesson-list li').first()).toBeVisible();
  const missing = await page.goto('/no-such-page/');
  expect(missing?.ok()).toBe(true);
  await expect(page.locator('h1')).toContainText(/does not exist/);
});

test('under the sub-path the site works offline after one visit', async ({ context, page }) => {
  const origin = `http://localhost:${SUBPATH_PORT}`;
  await page.goto(`${origin}${SUBPATH}`);
  await waitUntilOffline(page);
  await goOffline(context, page);
  await page.goto(`${origin}${SUBPATH}lessons/event-loop/`);
  const [example] = examplesOf('event-loop');
  if (!example) throw new Error('no example in event-loop');
  expect((await runToEnd(exampleById(page, example.id), example.timeLimitMs + 10_000)).status).toBe('done');
  const result = (await search(page, 'queueMicrotask')).first();
  await expect(result).toHaveAttribute('href', new RegExp(`^${SUBPATH}lessons/event-loop/#`));
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${SUBPATH}lessons/event-loop/#`));
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

test('a new deploy is picked up after "Reload to update", never mixed with the old one', async ({ page }) => {
  test.setTimeout(120_000);
  // A deploy of our own: a copy of the built site on its own port, changed below.
  const site = mkdtempSync(join(tmpdir(), 'awaitable-deploy-'));
  let server: ChildProcess | undefined;
  try {
    cpSync('dist', site, { recursive: true });
    const port = await freePort();
    server = spawn(process.execPath, ['scripts/serve-static.mjs', site, String(port)], { stdio: 'ignore' });
    const origin = `http://localhost:${port}`;
    await expect.poll(() => fetch(`${origin}/`).then((response) => response.ok, () => false)).toBe(true);

    await page.goto(`${origin}/`);
    await waitUntilOffline(page);
    const firstBuild = (JSON.parse(readFileSync(join(site, 'offline-manifest.json'), 'utf8')) as { id: string }).id;

    // Deploy a changed home page, with its new service worker, as the build writes them.
    const home = join(site, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('Understand async code by running it', 'Understand async code by running it (new deploy)'));
    const manifest = offlineManifest(site);
    expect(manifest.id).not.toBe(firstBuild);
    await writeServiceWorker(site, manifest);

    // The reload still shows the old version, whole, and offers the new one.
    await page.reload();
    await expect(page.locator('[data-offline-notice]')).toContainText('A new version of Awaitable is ready.', { timeout: 30_000 });
    await expect(page.locator('h1')).toHaveText('Understand async code by running it');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('[data-offline-notice]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
    }
    await page.locator('[data-offline-notice] button[data-action="reload-update"]').click();
    await expect(page.locator('h1')).toHaveText('Understand async code by running it (new deploy)', { timeout: 30_000 });
    // Only the new build's cache is left.
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames).toEqual([`awaitable:/:${manifest.id}`]);
  } finally {
    server?.kill();
    rmSync(site, { recursive: true, force: true });
  }
});


