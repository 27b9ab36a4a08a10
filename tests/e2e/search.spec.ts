import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ROOT_PORT, SUBPATH, SUBPATH_PORT } from '../../playwright.config';

const SITES = [
  { name: 'root', base: `http://localhost:${ROOT_PORT}/`, path: '/' },
  { name: 'sub-path', base: `http://localhost:${SUBPATH_PORT}${SUBPATH}`, path: SUBPATH },
];

/** Opens the search with `/`, types, and returns the results list once it shows `expectedHref`. */
async function search(page: Page, term: string) {
  const dialog = page.locator('dialog[data-search]');
  if (!(await dialog.isVisible())) {
    await page.locator('body').press('/');
    await expect(dialog).toBeVisible();
  }
  await dialog.locator('input[type="search"]').fill(term);
  await expect(dialog.locator('[data-search-status]')).toContainText(`found for “${term}”`, { timeout: 30_000 });
  return dialog.locator('[data-search-results]');
}

/** The text of the section a URL's fragment opens: its heading up to the next heading of the same or a higher level. */
async function targetSectionText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const heading = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!heading) return '';
    const level = Number(heading.tagName.slice(1)) || 6;
    let text = heading.textContent ?? '';
    for (let node = heading.nextElementSibling; node; node = node.nextElementSibling) {
      const other = /^H([1-6])$/.exec(node.tagName);
      if (other && Number(other[1]) <= level) break;
      text += `\n${node.textContent ?? ''}`;
    }
    return text;
  });
}

for (const site of SITES) {
  test(`search finds prose, code identifiers and glossary terms and opens their section (${site.name})`, async ({ page }) => {
    await page.goto(`${site.base}lessons/event-loop/`);

    // A word from the middle of a paragraph, under an h3.
    let results = await search(page, 'replicas');
    const prose = results.locator(`a[href="${site.path}lessons/concurrency/#which-one-to-use"]`);
    await expect(prose).toContainText('Which one to use');
    await expect(prose).toContainText('Running things concurrently');
    await prose.click();
    await expect(page).toHaveURL(`${site.base}lessons/concurrency/#which-one-to-use`);
    await expect(page.locator('dialog[data-search]')).toBeHidden();
    await expect(page.locator('#which-one-to-use')).toBeInViewport();

    // Code identifiers, as written in code.
    for (const [identifier, lesson] of [['queueMicrotask', 'event-loop'], ['AbortSignal.any', 'cancellation']] as const) {
      results = await search(page, identifier);
      const first = results.locator(`a[href^="${site.path}lessons/${lesson}/#"]`).first();
      await expect(first).toBeVisible();
      await first.click();
      await expect(page).toHaveURL(new RegExp(`/lessons/${lesson}/#`));
      expect(await targetSectionText(page)).toContain(identifier);
    }

    // A glossary term opens at its definition.
    results = await search(page, 'backpressure');
    const term = results.locator(`a[href="${site.path}glossary/#backpressure"]`);
    await expect(term).toBeVisible();
    await term.click();
    await expect(page).toHaveURL(`${site.base}glossary/#backpressure`);
    await expect(page.locator('#backpressure')).toBeInViewport();
  });
}

test('the search dialog: Ctrl+K and Escape, focus back on the button, no axe violations in either theme', async ({ page }) => {
  await page.goto('/lessons/promises/');
  const opener = page.locator('button[data-search-open]');
  await expect(opener).toBeVisible();
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog[data-search]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input[type="search"]')).toBeFocused();
  await page.keyboard.type('microtask');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('dialog[data-search]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
  }
  // Enter opens the first result; here, Escape closes and gives the focus back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // `/` typed into a field is text, not a shortcut.
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type="search"]').fill('a/b');
  await expect(dialog.locator('input[type="search"]')).toHaveValue('a/b');
});

test('without JavaScript the search entry is a link to the lesson list', async ({ browser }) => {
  for (const site of SITES) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}lessons/promises/`);
    const link = page.locator('a[data-search-open]');
    await expect(link).toHaveAttribute('href', `${site.path}#lessons`);
    await link.click();
    await expect(page.locator('#lessons')).toBeVisible();
    await context.close();
  }
});
