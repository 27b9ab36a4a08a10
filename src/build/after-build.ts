/**
 * An Astro integration that finishes every production build (`npm run build`, the
 * sub-path build, `npm start`, the benchmark): it preloads the editor in the playground
 * (see playground-html.ts) and lists its chunks in the other pages with examples (see
 * editor-chunk-list.ts), indexes the lessons and the glossary
 * with Pagefind into `<outDir>/pagefind/`, then lists every file of the build with its
 * SHA-256 (`offline-manifest.json`) and compiles the service worker (`sw.js`) with that
 * list, so that a deploy is cached as one consistent set (see src/offline/service-worker.ts).
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listEditorChunksInPages } from './editor-chunk-list';
import { finishPlaygroundHtml } from './playground-html';

/** Files in `_astro/` bigger than this load when first used (Monaco, the TypeScript worker); the rest are fetched at install. */
const PRECACHE_MAX_BYTES = 100 * 1024;
// The step-through recorder (trace-worker.js, about 2 MB) loads, like the compiler, on first use.
const LOADED_ON_USE = /\.(wasm|ttf)$|^trace-worker\.js$/;
/** Pagefind's ready-made UIs, which the site does not use (it has its own dialog). */
const UNUSED = /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\./;
const NOT_LISTED = new Set(['sw.js', 'offline-manifest.json']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

async function indexForSearch(outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

export interface OfflineManifest {
  readonly id: string;
  readonly files: Record<string, string>;
  readonly precache: string[];
}

export function offlineManifest(outDir: string): OfflineManifest {
  const files: Record<string, string> = {};
  const precache: string[] = [];
  for (const file of filesUnder(outDir).sort()) {
    const path = relative(outDir, file).split(sep).join('/');
    if (NOT_LISTED.has(path)) continue;
    // Pages are requested by their directory (`lessons/x/`), as links write them.
    const key = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    files[key] = createHash('sha256').update(readFileSync(file)).digest('hex');
    const loadedOnUse = LOADED_ON_USE.test(path) || UNUSED.test(path) || (path.startsWith('_astro/') && statSync(file).size > PRECACHE_MAX_BYTES);
    if (!loadedOnUse) precache.push(key);
  }
  const id = createHash('sha256')
    .update(Object.entries(files).map(([key, hash]) => `${key} ${hash}\n`).join(''))
    .digest('hex')
    .slice(0, 16);
  return { id, files, precache };
}

export async function writeServiceWorker(outDir: string, manifest: OfflineManifest): Promise<void> {
  writeFileSync(join(outDir, 'offline-manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  await build({
    entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    outfile: join(outDir, 'sw.js'),
    define: { OFFLINE_BUILD: JSON.stringify(manifest) },
    legalComments: 'none',
  });
}

export function afterBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'awaitable:search-and-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const preloaded = finishPlaygroundHtml(outDir, base);
        const playgroundPage = join(outDir, 'playground', 'index.html');
        const otherPages = filesUnder(outDir).filter((file) => file.endsWith('.html') && file !== playgroundPage);
        const listed = listEditorChunksInPages(outDir, base, otherPages);
        logger.info(`playground: ${preloaded} editor chunks preloaded; listed for the Edit button of ${listed} pages`);
        await indexForSearch(outDir);
        const manifest = offlineManifest(outDir);
        await writeServiceWorker(outDir, manifest);
        logger.info(`search index written; offline build ${manifest.id}: ${manifest.precache.length} of ${Object.keys(manifest.files).length} files cached at install`);
      },
    },
  };
}
