// `npm run bench`: performance figures of the built site, each a median over several runs,
// measured in one Chromium session against the built site served as static files. Budgets are in the README.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const PORT = 4330;
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const require = createRequire(import.meta.url);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The first lesson in curriculum order (frontmatter `order`) and its first example. */
function firstLessonWithExample() {
  const lessonsDir = join(process.cwd(), 'content/lessons');
  const lessons = readdirSync(lessonsDir)
    .filter((lesson) => existsSync(join(lessonsDir, lesson, 'index.mdx')))
    .map((lesson) => {
      const mdx = readFileSync(join(lessonsDir, lesson, 'index.mdx'), 'utf8');
      return { lesson, order: Number(/^order:\s*(\d+)/m.exec(mdx)?.[1] ?? Infinity), file: /<Example\s+file="([^"]+)"/.exec(mdx)?.[1] };
    })
    .filter((lesson) => lesson.file)
    .sort((a, b) => a.order - b.order);
  const first = lessons[0];
  if (!first) throw new Error('no lesson example to measure');
  return { lesson: first.lesson, id: `${first.lesson}/${first.file}` };
}

async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', 'dist', String(PORT)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return server;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('the static server did not start');
}

/** Bytes downloaded by a freshly loaded lesson page before any interaction, gzip-compressed as a server would send them. */
async function pageWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    // blob: and data: URLs are made in memory from bytes already counted, not downloaded.
    if (/^(blob|data):/.test(response.url())) return;
    try {
      const body = await response.body();
      const type = response.request().resourceType();
      const isJs = type === 'script' || /\.m?js(\?|$)/.test(response.url()) || response.url().endsWith('sandbox.html');
      bodies.push({ url: response.url(), gzip: gzipSync(body).length, raw: body.length, isJs });
    } catch {}
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500); // idle-time work (the first sandbox) counts too
  await context.close();
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  const js = bodies.filter((body) => body.isJs);
  return { totalGzip: sum(bodies, 'gzip'), jsGzip: sum(js, 'gzip'), jsFiles: js.map((b) => `${b.url.replace(ORIGIN, '')} ${(b.gzip / 1024).toFixed(1)} KB`) };
}

/** In the page: click Run, resolve with the ms until the first output entry appears. */
const CLICK_TO_FIRST_OUTPUT = (id) =>
  new Promise((resolve, reject) => {
    const root = document.querySelector(`[data-example="${id}"]`);
    const output = root.querySelector('[data-output]');
    const observer = new MutationObserver(() => {
      if (output.querySelector('[data-entry]')) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(output, { childList: true, subtree: true });
    setTimeout(() => reject(new Error('no output within 10 s')), 10_000);
    const start = performance.now();
    root.querySelector('button[data-action="run"]').click();
  });

/** In the page: click Edit, resolve with the ms until Monaco is on screen. */
const CLICK_EDIT_TO_VISIBLE_EDITOR = (id) =>
  new Promise((resolve) => {
    const root = document.querySelector(`[data-example="${id}"]`);
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const editor = root.querySelector('.monaco-editor');
      if (editor && editor.getBoundingClientRect().height > 0 && !root.querySelector('[data-editor]').hidden) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    root.querySelector('button[data-action="edit"]').click();
  });

const WAIT_FOR_END = (id) =>
  new Promise((resolve) => {
    const root = document.querySelector(`[data-example="${id}"]`);
    const check = () => (/^(done|error|timeout|stopped)$/.test(root.dataset.status) ? resolve() : setTimeout(check, 10));
    check();
  });

async function unedited(browser, url, id) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    cold.push(await page.evaluate(CLICK_TO_FIRST_OUTPUT, id));
    await page.evaluate(WAIT_FOR_END, id);
    for (let again = 0; again < 3; again++) {
      await page.waitForTimeout(150); // the reader reads; the next sandbox gets ready
      warm.push(await page.evaluate(CLICK_TO_FIRST_OUTPUT, id));
      await page.evaluate(WAIT_FOR_END, id);
    }
    await context.close();
  }
  return { cold: median(cold), warm: median(warm) };
}

const EDITED_PROGRAM = (n) => `const label: string = 'edit ${n}';\nconsole.log(label);\n`;

async function editedAndReference(browser, url, id) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const editorVisible = [];
  // Editor: from the Edit click to Monaco on screen, on a fresh page each time (nothing cached).
  for (let sample = 0; sample < RUNS; sample++) {
    const freshContext = await browser.newContext();
    const freshPage = await freshContext.newPage();
    await freshPage.goto(url, { waitUntil: 'networkidle' });
    editorVisible.push(await freshPage.evaluate(CLICK_EDIT_TO_VISIBLE_EDITOR, id));
    await freshContext.close();
  }
  await page.evaluate(CLICK_EDIT_TO_VISIBLE_EDITOR, id);
  // Warm the compiler once (its download is not part of this figure).
  await page.evaluate(([exampleId, source]) => document.querySelector(`[data-example="${exampleId}"]`).setSource(source), [id, EDITED_PROGRAM('warm-up')]);
  await page.evaluate(CLICK_TO_FIRST_OUTPUT, id);
  await page.evaluate(WAIT_FOR_END, id);

  await page.addScriptTag({ path: require.resolve('typescript/lib/typescript.js') });
  const ours = [];
  const reference = [];
  for (let run = 0; run < RUNS * 2; run++) {
    await page.waitForTimeout(150);
    await page.evaluate(([exampleId, source]) => document.querySelector(`[data-example="${exampleId}"]`).setSource(source), [id, EDITED_PROGRAM(run)]);
    ours.push(await page.evaluate(CLICK_TO_FIRST_OUTPUT, id));
    await page.evaluate(WAIT_FOR_END, id);
    reference.push(
      await page.evaluate(
        (source) =>
          new Promise((resolve) => {
            const start = performance.now();
            const ts = globalThis.ts;
            const js = ts.transpileModule(source, {
              compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
            }).outputText;
            const prelude = 'console.log = (...args) => postMessage(args.join(" "));\n';
            const url = URL.createObjectURL(new Blob([prelude + js], { type: 'text/javascript' }));
            const worker = new Worker(url, { type: 'module' });
            worker.onmessage = () => {
              resolve(performance.now() - start);
              worker.terminate();
            };
          }),
        EDITED_PROGRAM(`reference-${run}`),
      ),
    );
  }
  await context.close();
  return { editorVisible: median(editorVisible), edited: median(ours), reference: median(reference) };
}

// ---- Step through: its download, click to first step, and scrubbing (see docs/step-through.md) ----

const TRACE_ENDED = /^(complete|truncated|failed)$/;

/** In the page: press Step through; resolve with the ms until the panel shows its first step. */
const CLICK_TO_FIRST_STEP = (id) =>
  new Promise((resolve, reject) => {
    const root = document.querySelector(`[data-example="${id}"]`);
    const start = performance.now();
    const check = () => {
      const panel = root.querySelector('[data-trace]');
      if (panel && Number(panel.dataset.steps) > 0 && panel.dataset.line !== undefined) resolve(performance.now() - start);
      else if (performance.now() - start > 20_000) reject(new Error('no step within 20 s'));
      else requestAnimationFrame(check);
    };
    root.querySelector('button[data-action="step-through"]').click();
    check();
  });

const WAIT_FOR_TRACE_END = (id) =>
  new Promise((resolve) => {
    const root = document.querySelector(`[data-example="${id}"]`);
    const check = () => {
      const status = root.querySelector('[data-trace]')?.dataset.status ?? '';
      if (/^(complete|truncated|failed)$/.test(status)) resolve(status);
      else setTimeout(check, 20);
    };
    check();
  });

/**
 * The bytes (gzip) downloaded when Step through is first pressed on a lesson page that has
 * settled, and the time from that click to the first step shown (the engine's download
 * from localhost included), on fresh pages.
 */
async function stepThroughFirstPress(browser, url, id) {
  const downloads = [];
  const sandboxDocuments = [];
  const firstStep = [];
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500); // idle-time work (the first sandbox) is the page's, not the visualiser's
    const bodies = [];
    let sandboxDocument = 0;
    page.on('response', async (response) => {
      if (/^(blob|data):/.test(response.url())) return;
      try {
        const gzip = gzipSync(await response.body()).length;
        // Every sandbox frame (each Run's too) loads sandbox.html, which the static server
        // sends with no-cache; it is the runner's document, not the visualiser's.
        if (response.url().endsWith('/sandbox.html')) sandboxDocument = gzip;
        else bodies.push(gzip);
      } catch {}
    });
    firstStep.push(await page.evaluate(CLICK_TO_FIRST_STEP, id));
    const status = await page.evaluate(WAIT_FOR_TRACE_END, id);
    if (!TRACE_ENDED.test(status)) throw new Error(`recording of ${id} ended as ${status}`);
    // The recorder's bundle arrived before recording began; give the response bodies a moment to be read.
    await page.waitForTimeout(500);
    downloads.push(bodies.reduce((total, bytes) => total + bytes, 0));
    sandboxDocuments.push(sandboxDocument);
    await context.close();
  }
  return { downloadGzip: median(downloads), sandboxDocumentGzip: median(sandboxDocuments), clickToFirstStep: median(firstStep) };
}

/** A program with thousands of steps, dozens of promises and lines of output, to scrub through. */
const SCRUB_PROGRAM = `
async function worker(id: number): Promise<number> {
  let total = 0;
  for (let round = 0; round < 6; round++) {
    await new Promise((resolve) => setTimeout(resolve, id * 3 + round));
    total += round;
    console.log('worker', id, 'round', round);
  }
  return total;
}
const results = await Promise.all(Array.from({ length: 40 }, (_, id) => worker(id)));
console.log(results.length);
`;

/**
 * The longest main-thread task while a reader drags the scrubber end to end and back and
 * holds the step keys: long tasks (PerformanceObserver) and the longest gap between frames.
 */
async function scrubbingLongestTask(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { compressToEncodedURIComponent } = require('lz-string');
  await page.goto(`${ORIGIN}/playground/#code=${compressToEncodedURIComponent(SCRUB_PROGRAM)}`, { waitUntil: "load" });
  await page.locator('[data-example="playground"] button[data-action="step-through"]:not([disabled])').click();
  await page.waitForFunction(() => /^(complete|truncated)$/.test(document.querySelector('[data-trace]')?.dataset.status ?? ''), null, { timeout: 60_000 });
  const steps = Number(await page.locator('[data-trace]').getAttribute('data-steps'));
  const measured = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let longest = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const scrubber = document.querySelector('[data-trace] input[type="range"]');
        const max = Number(scrubber.max);
        // Drag: one input event per frame, end to end and back, in about 120 moves each way.
        const positions = [];
        for (let i = 0; i <= 120; i++) positions.push(Math.round((i / 120) * max));
        for (let i = 120; i >= 0; i--) positions.push(Math.round((i / 120) * max));
        // Then jumps: start, end, middle, end, start.
        positions.push(0, max, Math.round(max / 2), max, 0);
        let frameGap = 0;
        let last = performance.now();
        const frame = () => {
          const now = performance.now();
          frameGap = Math.max(frameGap, now - last);
          last = now;
          const next = positions.shift();
          if (next === undefined) {
            setTimeout(() => {
              observer.disconnect();
              resolve({ longest, frameGap });
            }, 200);
            return;
          }
          scrubber.value = String(next);
          scrubber.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  await context.close();
  return { steps, ...measured };
}

const server = await startServer();
const executablePath = systemChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  const { lesson, id } = firstLessonWithExample();
  const url = `${ORIGIN}/lessons/${lesson}/`;
  const weights = [];
  for (let run = 0; run < 3; run++) weights.push(await pageWeight(browser, url));
  const runs = await unedited(browser, url, id);
  const edited = await editedAndReference(browser, url, id);
  const stepThrough = await stepThroughFirstPress(browser, url, id);
  const scrubbing = await scrubbingLongestTask(browser);
  const rows = [
    ['Lesson page, all bytes before interaction (gzip)', `${(median(weights.map((w) => w.totalGzip)) / 1024).toFixed(1)} KB`, ''],
    ['Lesson page, JavaScript before interaction (gzip)', `${(median(weights.map((w) => w.jsGzip)) / 1024).toFixed(1)} KB`, '≤ 40 KB'],
    ['Run → first output, unedited, first run on a fresh page', `${runs.cold.toFixed(0)} ms`, '≤ 150 ms'],
    ['Run → first output, unedited, warm', `${runs.warm.toFixed(0)} ms`, '≤ 50 ms'],
    ['Run → first output, edited, compiler warm', `${edited.edited.toFixed(0)} ms`, '≤ 50 ms'],
    ['Reference: transpileModule + bare Worker', `${edited.reference.toFixed(0)} ms`, ''],
    ['Edited run ÷ reference', `${(edited.edited / edited.reference).toFixed(2)}×`, '≤ 1.00×'],
    ['Edit → editor visible (first load)', `${edited.editorVisible.toFixed(0)} ms`, '≤ 800 ms'],
    ['Step through: download on first press (gzip)', `${(stepThrough.downloadGzip / 1024).toFixed(1)} KB`, '≤ 450 KB'],
    ['  plus the sandbox document, fetched again', `${(stepThrough.sandboxDocumentGzip / 1024).toFixed(1)} KB`, ''],
    ['Step through → first step shown (first press)', `${stepThrough.clickToFirstStep.toFixed(0)} ms`, '≤ 1000 ms'],
    [`Scrubbing ${scrubbing.steps} steps: longest task`, `${scrubbing.longest.toFixed(0)} ms`, '≤ 50 ms'],
    ['Scrubbing: longest gap between frames', `${scrubbing.frameGap.toFixed(0)} ms`, ''],
  ];
  console.log(`\nAwaitable benchmark: ${url}, example ${id}, medians of ${RUNS} runs (page weight: 3)\n`);
  const width = Math.max(...rows.map((row) => row[0].length));
  for (const [name, value, budget] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(9)}  ${budget}`);
  console.log(`\nJavaScript loaded before interaction:\n  ${weights[0].jsFiles.join('\n  ')}`);
} finally {
  await browser.close();
  server.kill();
}
