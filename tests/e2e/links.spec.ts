/**
 * A link check over the built site, as deployed: every internal link, script, stylesheet
 * and image of every page resolves to a file of the build, and every `#fragment` names an
 * element of the target page. Run on both builds (root and sub-path), since relative links
 * in lessons only break under one of them. It reads the files the tests serve.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SUBPATH } from '../../playwright.config';

const BUILDS = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-sub', base: SUBPATH },
] as const;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** The URL path a built file is served at: dist/lessons/x/index.html → /base/lessons/x/. */
function servedPath(dir: string, base: string, file: string): string {
  return `${base}${relative(dir, file).replace(/index\.html$/, '').replaceAll('\\', '/')}`;
}

/** The file a URL path is served from, or null. */
function fileFor(dir: string, base: string, path: string): string | null {
  if (!path.startsWith(base)) return null;
  const inside = decodeURIComponent(path.slice(base.length));
  for (const candidate of [join(dir, inside), join(dir, inside, 'index.html'), join(dir, `${inside}.html`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    const html = readFileSync(file, 'utf8');
    found = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
    ids.set(file, found);
  }
  return found;
}

for (const { dir, base } of BUILDS) {
  test(`every internal link of the ${base} build resolves, fragments included`, () => {
    const pages = htmlFiles(dir);
    expect(pages.length).toBeGreaterThan(3);
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const pageUrl = new URL(servedPath(dir, base, page), 'http://site.invalid');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = (match[1] ?? '').replaceAll('&amp;', '&');
        if (/^(?:[a-z]+:)?\/\//i.test(raw) && !raw.startsWith('http://site.invalid')) continue; // external
        if (/^(?:mailto|data|blob|javascript):/i.test(raw)) continue;
        const target = new URL(raw, pageUrl);
        const file = fileFor(dir, base, target.pathname);
        checked++;
        const where = `${relative(dir, page)}: ${raw}`;
        if (!file) {
          broken.push(`${where} (no file for ${target.pathname})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${where} (no id="${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
}
