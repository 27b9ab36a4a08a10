import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILER_WORKER_URL_PLACEHOLDER, finishPlaygroundHtml } from '../../src/build/playground-html';
import { writeTempSite } from '../support/temp-site';

function site(chunks: Record<string, string>): string {
  const playground = `<html><head><title>p</title><script>start("${COMPILER_WORKER_URL_PLACEHOLDER}")</script></head><body></body></html>`;
  const assets = Object.fromEntries(Object.entries(chunks).map(([name, text]) => [`_astro/${name}`, text]));
  return writeTempSite({ ...assets, 'playground/index.html': playground }, 'editor-preload-');
}

describe("the playground's HTML after the build", () => {
  const chunks = {
    'mount-editor.abc.js': 'import("./monaco-layers.1.js"); import("./plain-editor.2.js");',
    'monaco-layers.1.js': 'import{t}from"./preload-helper.3.js";import(`./monaco-base.4.js`);',
    'monaco-base.4.js': 'new URL("./ts.worker-5.js", import.meta.url); import("./gone.9.js");',
    'preload-helper.3.js': '',
    'plain-editor.2.js': '',
    'ts.worker-5.js': '',
    'page.6.js': 'import("./mount-editor.abc.js")',
    'compiler-worker-7.js': '',
  };

  it('adds one modulepreload link per chunk to the head and names the compiler worker, under the base path', () => {
    const dir = site(chunks);
    expect(finishPlaygroundHtml(dir, '/sub/')).toBe(5);
    const html = readFileSync(join(dir, 'playground', 'index.html'), 'utf8');
    expect(html).toContain('<script>start("/sub/_astro/compiler-worker-7.js")</script><link rel="modulepreload" href="/sub/_astro/monaco-base.4.js">');
    expect(html).toContain('<link rel="modulepreload" href="/sub/_astro/preload-helper.3.js"></head>');
    expect(html.match(/modulepreload/g)).toHaveLength(5);
  });
});
