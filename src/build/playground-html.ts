/**
 * What the playground's HTML needs from the finished bundle, whose chunk names carry
 * content hashes known only once it is written. The HTML itself is not hashed, so adding
 * to it after the build is safe.
 *
 * The editor: the playground opens it at once, but Monaco loads as a chain of dynamic imports
 * (monaco-layers.ts, then features, then the editor): each chunk was only requested once
 * the one before it had been evaluated, so its download and compilation waited in line.
 * After the build, the playground's HTML gets a `<link rel="modulepreload">` for every
 * chunk of that chain, so the browser fetches and compiles them all from the start while
 * the page still evaluates them a layer per task.
 *
 * The compiler: for a link's program the page's inline script starts the compiler's
 * worker (src/playground/early-compiler.inline.js), whose file name is filled in here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorChunks } from './editor-chunk-list';

/** Stands for the compiler worker's URL in the playground's HTML until the build knows it. */
export const COMPILER_WORKER_URL_PLACEHOLDER = '__AWAITABLE_COMPILER_WORKER_URL__';
const COMPILER_WORKER = /^compiler-worker-[\w-]+\.js$/;

/** Fills in the playground's HTML; returns how many editor chunks it preloads. */
export function finishPlaygroundHtml(outDir: string, base: string): number {
  const page = join(outDir, 'playground', 'index.html');
  const assetsDir = join(outDir, '_astro');
  const files = readdirSync(assetsDir);
  const chunks = editorChunks(assetsDir, files);
  const links = chunks.map((chunk) => `<link rel="modulepreload" href="${base}_astro/${chunk}">`).join('');
  const compilerWorkers = files.filter((file) => COMPILER_WORKER.test(file));
  if (compilerWorkers.length !== 1) throw new Error(`expected one compiler worker in ${assetsDir}, found ${compilerWorkers.length}`);
  const html = readFileSync(page, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${page} has no </head> for the editor preload`);
  if (!html.includes(COMPILER_WORKER_URL_PLACEHOLDER)) throw new Error(`${page} does not start the compiler early (no ${COMPILER_WORKER_URL_PLACEHOLDER})`);
  writeFileSync(
    page,
    html.replace('</head>', `${links}</head>`).replaceAll(COMPILER_WORKER_URL_PLACEHOLDER, `${base}_astro/${compilerWorkers[0]}`),
  );
  return chunks.length;
}

