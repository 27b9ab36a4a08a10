/**
 * The chunks of the editor, known only once the bundle is written (their names carry
 * content hashes), for the pages that open it: the playground preloads them from the start
 * (playground-html.ts); a lesson page lists them in a meta tag and requests them all when
 * the reader first asks for the editor (src/editor/preload-editor.ts). HTML is not hashed,
 * so adding to it after the build is safe.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_CHUNKS_META } from '../editor/preload-editor';
import { MONACO_LAYERS } from './monaco-chunks';

/** Where the chain starts: the module that loads the editors. */
const ENTRY = /^mount-editor\.[\w-]+\.js$/;
/** Workers are not modules of the page (and the TypeScript worker is 7 MB, started later). */
const NOT_PRELOADED = /worker/i;
const CHUNK_REFERENCE = /["'`]\.\/([\w.-]+\.js)["'`]/g;
/** A page with an example that can be edited. */
const HAS_EXAMPLE = /\sdata-example="/;

/** Where a chunk comes in the order it is needed: Monaco's layers first, lowest first; then the others, as found. */
function layerRank(chunk: string): number {
  const layer = MONACO_LAYERS.findIndex(({ name }) => chunk.startsWith(`${name}.`));
  return layer < 0 ? MONACO_LAYERS.length : layer;
}

/**
 * Every chunk the editor's loader reaches from `mount-editor`, following static and dynamic
 * imports: Monaco's layers first, in the order they are evaluated (the browser parses a
 * module as it arrives, and the lowest layer is the one evaluated first), then the others
 * in the order found.
 */
export function editorChunks(assetsDir: string, files: readonly string[]): string[] {
  const entry = files.find((file) => ENTRY.test(file));
  if (!entry) throw new Error(`no mount-editor chunk in ${assetsDir}: the editor preload cannot be written`);
  const reached = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const [, name] of readFileSync(join(assetsDir, file), 'utf8').matchAll(CHUNK_REFERENCE)) {
      if (!name || reached.has(name) || NOT_PRELOADED.test(name) || !existsSync(join(assetsDir, name))) continue;
      reached.add(name);
      queue.push(name);
    }
  }
  // A stable sort: chunks outside the layers keep the order they were found in.
  return [...reached].sort((a, b) => layerRank(a) - layerRank(b));
}

/**
 * Adds the list of editor chunks, as URLs under `base`, to the head of every page in
 * `pages` that has an example; returns how many pages got it.
 */
export function listEditorChunksInPages(outDir: string, base: string, pages: readonly string[]): number {
  const assetsDir = join(outDir, '_astro');
  const urls = editorChunks(assetsDir, readdirSync(assetsDir)).map((chunk) => `${base}_astro/${chunk}`);
  const meta = `<meta name="${EDITOR_CHUNKS_META}" content="${urls.join(' ')}">`;
  let listed = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    if (!HAS_EXAMPLE.test(html)) continue;
    if (!html.includes('</head>')) throw new Error(`${page} has no </head> for the editor's chunk list`);
    // The page's own scripts in the list mean an editor chunk imports the page's code, and
    // the list then holds everything the page can load (the step-through, the compiler...).
    const pageScript = urls.find((url) => html.includes(`src="${url}"`));
    if (pageScript) throw new Error(`${page} loads ${pageScript}, which the editor's chunks import: keep the editor's modules from importing the page's`);
    writeFileSync(page, html.replace('</head>', `${meta}</head>`));
    listed++;
  }
  return listed;
}
