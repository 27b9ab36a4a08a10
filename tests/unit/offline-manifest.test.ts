import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineManifest } from '../../src/build/after-build';
import { writeTempSite } from '../support/temp-site';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string | number>): string {
  dir = writeTempSite(files, 'offline-manifest-');
  return dir;
}

describe('the offline manifest', () => {
  const files = {
    'index.html': '<h1>home</h1>',
    'lessons/a/index.html': '<h1>a</h1>',
    'sandbox.html': 'sandbox',
    'trace-worker.js': 'the step-through recorder',
    '_astro/page.js': 'small',
    '_astro/editor.api.js': 200 * 1024,
    '_astro/esbuild.wasm': 'wasm',
    'pagefind/pagefind.js': 'search',
    'pagefind/pagefind-ui.js': 'unused ui',
    'sw.js': 'the worker itself',
  };

  it('lists every file by the URL it is requested at, with its hash; big and unused files load on use', () => {
    const manifest = offlineManifest(site(files));
    expect(Object.keys(manifest.files).sort()).toEqual(
      ['', '_astro/editor.api.js', '_astro/esbuild.wasm', '_astro/page.js', 'lessons/a/', 'pagefind/pagefind-ui.js', 'pagefind/pagefind.js', 'sandbox.html', 'trace-worker.js'].sort(),
    );
    expect(manifest.files['']).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.precache.sort()).toEqual(['', '_astro/page.js', 'lessons/a/', 'pagefind/pagefind.js', 'sandbox.html'].sort());
  });

  it('gets a new id when any file changes, and the same id for the same files', () => {
    const first = offlineManifest(site(files)).id;
    rmSync(dir, { recursive: true, force: true });
    expect(offlineManifest(site(files)).id).toBe(first);
    rmSync(dir, { recursive: true, force: true });
    expect(offlineManifest(site({ ...files, 'lessons/a/index.html': '<h1>a, corrected</h1>' })).id).not.toBe(first);
  });
});
