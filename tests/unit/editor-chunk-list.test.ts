import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorChunks, listEditorChunksInPages } from '../../src/build/editor-chunk-list';
import { writeTempSite } from '../support/temp-site';

const CHUNKS = {
  'mount-editor.abc.js': 'import("./monaco-layers.1.js"); import("./plain-editor.2.js");',
  'monaco-layers.1.js': 'import{t}from"./preload-helper.3.js";import(`./monaco-platform.8.js`);import(`./monaco-base.4.js`);',
  'monaco-base.4.js': 'new URL("./ts.worker-5.js", import.meta.url); import("./gone.9.js");',
  'monaco-platform.8.js': 'import "./monaco-base.4.js";',
  'preload-helper.3.js': '',
  'plain-editor.2.js': '',
  'ts.worker-5.js': '',
  'page.6.js': 'import("./mount-editor.abc.js")',
};

function site(pages: Record<string, string>, chunks: Record<string, string> = CHUNKS): string {
  const assets = Object.fromEntries(Object.entries(chunks).map(([name, text]) => [`_astro/${name}`, text]));
  return writeTempSite({ ...assets, ...pages }, 'editor-chunks-');
}

describe("the editor's chunks", () => {
  it("follows static and dynamic imports from mount-editor, Monaco's layers first and lowest first, leaving out workers, missing files and what it does not reach", () => {
    const dir = site({});
    expect(editorChunks(join(dir, '_astro'), Object.keys(CHUNKS))).toEqual([
      'monaco-base.4.js',
      'monaco-platform.8.js',
      'mount-editor.abc.js',
      'monaco-layers.1.js',
      'plain-editor.2.js',
      'preload-helper.3.js',
    ]);
  });

  it('are listed, under the base path, in the head of the pages with an example and no other', () => {
    const lesson = '<html><head><title>l</title></head><body><div data-example="a/b.ts"></div><script type="module" src="/sub/_astro/page.6.js"></script></body></html>';
    const home = '<html><head><title>h</title></head><body></body></html>';
    const dir = site({ 'lessons/a/index.html': lesson, 'index.html': home });
    const pages = [join(dir, 'lessons/a/index.html'), join(dir, 'index.html')];
    expect(listEditorChunksInPages(dir, '/sub/', pages)).toBe(1);
    expect(readFileSync(pages[0] as string, 'utf8')).toContain(
      '<meta name="awaitable-editor-chunks" content="/sub/_astro/monaco-base.4.js /sub/_astro/monaco-platform.8.js /sub/_astro/mount-editor.abc.js ' +
        '/sub/_astro/monaco-layers.1.js /sub/_astro/plain-editor.2.js /sub/_astro/preload-helper.3.js"></head>',
    );
    expect(readFileSync(pages[1] as string, 'utf8')).toBe(home);
  });

  it("fails the build when an editor chunk imports the page's own script, which would put everything the page can load in the list", () => {
    const lesson = '<html><head></head><body><div data-example="a/b.ts"></div><script type="module" src="/_astro/page.6.js"></script></body></html>';
    const dir = site({ 'lessons/a/index.html': lesson }, { ...CHUNKS, 'plain-editor.2.js': 'import "./page.6.js";' });
    expect(() => listEditorChunksInPages(dir, '/', [join(dir, 'lessons/a/index.html')])).toThrow(/loads \/_astro\/page\.6\.js, which the editor's chunks import/);
  });
});
