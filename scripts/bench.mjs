// `npm run bench`: performance figures of the built site, each a median over several runs,
// measured in one Chromium session against the built site served as static files. Budgets are in the README.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import LZString from 'lz-string';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

// BENCH_PORT: another checkout's bench or tests may already serve on the default port.
const PORT = Number(process.env.BENCH_PORT ?? 4330);
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const require = createRequire(import.meta.url);
// BENCH_ONLY=playground,backToBack (section names below): measure only those, while working on them.
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
// BENCH_SERVICE_WORKERS=block: measure without the offline service worker, to see what it costs.
const CONTEXT_OPTIONS = process.env.BENCH_SERVICE_WORKERS === 'block' ? { serviceWorkers: 'block' } : {};
const newContext = (browser) => browser.newContext(CONTEXT_OPTIONS);

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

/**
 * A response's bytes. Chromium keeps no copy of a body the page reads as a Blob (the
 * step-through recorder's): DevTools gives it as empty. Those are fetched again, from the
 * same static server, rather than left out of the count.
 */
async function bodyOf(response) {
  const body = await response.body();
  if (body.length > 0 || response.status() !== 200) return body;
  return Buffer.from(await (await fetch(response.url())).arrayBuffer());
}

/** Bytes downloaded by a freshly loaded lesson page before any interaction, gzip-compressed as a server would send them. */
async function pageWeight(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    // blob: and data: URLs are made in memory from bytes already counted, not downloaded.
    if (/^(blob|data):/.test(response.url())) return;
    try {
      const body = await bodyOf(response);
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
    setTimeout(() => reject(new Error('no output within 60 s')), 60_000); // a busy shared machine
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
    const context = await newContext(browser);
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
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const editorVisible = [];
  // Editor: from the Edit click to Monaco on screen, on a fresh page each time (nothing cached).
  for (let sample = 0; sample < RUNS; sample++) {
    const freshContext = await newContext(browser);
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
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500); // idle-time work (the first sandbox) is the page's, not the visualiser's
    const bodies = [];
    let sandboxDocument = 0;
    page.on('response', async (response) => {
      if (/^(blob|data):/.test(response.url())) return;
      try {
        const gzip = gzipSync(await bodyOf(response)).length;
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

/** Scrubbing sessions, each on a fresh page (a session is about 10 s). */
const SCRUB_SESSIONS = Math.max(3, Math.ceil(RUNS / 2));

/**
 * The longest main-thread task while a reader drags the scrubber end to end and back and
 * then jumps: long tasks (PerformanceObserver; 0 when no task reached 50 ms) and the longest
 * gap between frames, each the median over several sessions.
 */
async function scrubbingLongestTask(browser) {
  const sessions = [];
  for (let session = 0; session < SCRUB_SESSIONS; session++) sessions.push(await scrubbingSession(browser));
  return {
    steps: sessions[0].steps,
    longest: median(sessions.map((each) => each.longest)),
    frameGap: median(sessions.map((each) => each.frameGap)),
  };
}

async function scrubbingSession(browser) {
  const context = await newContext(browser);
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

// ---- Back-to-back runs, the playground's opening, a link's first output (issue 10) ----

/**
 * In the page: `count` runs of one example, each Run pressed the moment the previous run
 * ended (no pause for the next sandbox to get ready). With `edited`, a new program is set
 * as the example's code just before each Run (shown, two frames, before the click).
 * Resolves with the click-to-first-output times of runs 2..count.
 */
const BACK_TO_BACK_RUNS = ([id, count, edited]) =>
  (async () => {
    const root = document.querySelector(`[data-example="${id}"]`);
    const output = root.querySelector('[data-output]');
    const ended = () => new Promise((resolve) => {
      const check = () => (/^(done|error|timeout|stopped)$/.test(root.dataset.status) ? resolve() : setTimeout(check, 1));
      check();
    });
    const firstOutput = () => new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (output.querySelector('[data-entry]')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(output, { childList: true, subtree: true });
      // Long enough for the compiler's first download on a busy machine (the warm-up run).
      setTimeout(() => reject(new Error('no output within 60 s')), 60_000);
      const start = performance.now();
      root.querySelector('button[data-action="run"]').click();
    });
    const times = [];
    for (let run = 0; run < count; run++) {
      if (edited) {
        root.setSource(`const label: string = 'back to back ${run} ${Math.random()}';\nconsole.log(label);\n`);
        // The edit on screen before Run is pressed, as it is for a reader who typed it.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      const ms = await firstOutput();
      await ended();
      if (run > 0) times.push(ms);
    }
    return times;
  })();

/** The reference pipeline run the same way: each run starts the moment the previous one printed. */
const REFERENCE_BACK_TO_BACK = (count) =>
  (async () => {
    const ts = globalThis.ts;
    const times = [];
    for (let run = 0; run < count; run++) {
      const source = `const label: string = 'reference ${run} ${Math.random()}';\nconsole.log(label);\n`;
      times.push(
        await new Promise((resolve) => {
          const start = performance.now();
          const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
          const prelude = 'console.log = (...args) => postMessage(args.join(" "));\n';
          const worker = new Worker(URL.createObjectURL(new Blob([prelude + js], { type: 'text/javascript' })), { type: 'module' });
          worker.onmessage = () => {
            resolve(performance.now() - start);
            worker.terminate();
          };
        }),
      );
    }
    return times;
  })();

/**
 * The reference pipeline's back-to-back runs, on a blank page of its own in the same browser:
 * on a lesson page it would share the CPU with that page's own idle work (spare sandboxes
 * starting), which is not the reference's cost.
 */
async function referenceBackToBack(browser) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.route(`${ORIGIN}/reference-pipeline`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>reference</title>' }));
  await page.goto(`${ORIGIN}/reference-pipeline`);
  await page.addScriptTag({ path: require.resolve('typescript/lib/typescript.js') });
  await page.evaluate(REFERENCE_BACK_TO_BACK, 2);
  const times = await page.evaluate(REFERENCE_BACK_TO_BACK, 4);
  await context.close();
  return times;
}

/** Run pressed again right after the previous run ended: unedited, edited (compiler warm), and the reference. */
async function backToBack(browser, url, id) {
  const unedited = [];
  const edited = [];
  const reference = [];
  for (let session = 0; session < Math.max(2, Math.ceil(RUNS / 3)); session++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    unedited.push(...(await page.evaluate(BACK_TO_BACK_RUNS, [id, 4, false])));
    await page.evaluate(CLICK_EDIT_TO_VISIBLE_EDITOR, id);
    // Warm the compiler (its download is not part of these figures).
    await page.evaluate(BACK_TO_BACK_RUNS, [id, 2, true]);
    edited.push(...(await page.evaluate(BACK_TO_BACK_RUNS, [id, 4, true])));
    await context.close();
    reference.push(...(await referenceBackToBack(browser)));
  }
  return { unedited: median(unedited), edited: median(edited), reference: median(reference) };
}

/** A program no starter has, so the playground must compile it in the browser. */
const LINK_PROGRAM = (n) =>
  `async function main(): Promise<void> {\n  const value: number = await Promise.resolve(${n});\n  console.log('link program', value);\n}\nvoid main();\n`;

/**
 * Records main-thread long tasks (PerformanceObserver "longtask") from the first moment,
 * when the editor became visible, and, with `clickRunAt` (ms after the load event), clicks
 * Run then as a reader following a link would, noting when the first output appeared.
 */
function playgroundProbe(clickRunAt) {
  const probe = { longest: 0, editorVisible: null, loadEnd: null, clickedAt: null, firstOutput: null };
  window.__playgroundProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longest = Math.max(probe.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('[data-example="playground"]');
    new MutationObserver(() => {
      const editor = root.querySelector('.monaco-editor');
      if (probe.editorVisible === null && editor && editor.getBoundingClientRect().height > 0) probe.editorVisible = performance.now();
      if (probe.clickedAt !== null && probe.firstOutput === null && root.querySelector('[data-output] [data-entry]')) {
        probe.firstOutput = performance.now() - probe.clickedAt;
      }
    }).observe(root, { childList: true, subtree: true, attributes: true });
  });
  addEventListener('load', () => {
    probe.loadEnd = performance.now();
    if (clickRunAt === null) return;
    setTimeout(() => {
      probe.clickedAt = performance.now();
      document.querySelector('[data-example="playground"] button[data-action="run"]').click();
    }, clickRunAt);
  });
}

async function openPlayground(browser, path, clickRunAt) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.addInitScript(playgroundProbe, clickRunAt);
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForFunction(() => window.__playgroundProbe.editorVisible !== null, null, { timeout: 30_000 });
  if (clickRunAt !== null) await page.waitForFunction(() => window.__playgroundProbe.firstOutput !== null, null, { timeout: 30_000 });
  await page.waitForTimeout(1500); // work that follows the editor (the TypeScript worker, the compiler) counts too
  const probe = await page.evaluate(() => window.__playgroundProbe);
  await context.close();
  return probe;
}

/**
 * The playground opening on a fresh page: its starter with no click; a link's program with
 * Run clicked at the load event (during the opening); a link's program with Run clicked
 * 1 s after the load event (time to its first output).
 */
async function playgroundOpening(browser) {
  const longestQuiet = [];
  const longestWithClick = [];
  const editorVisible = [];
  const linkFirstOutput = [];
  for (let run = 0; run < RUNS; run++) {
    const quiet = await openPlayground(browser, '/playground/', null);
    longestQuiet.push(quiet.longest);
    editorVisible.push(quiet.editorVisible - quiet.loadEnd);
    const clicked = await openPlayground(browser, `/playground/#code=${LZString.compressToEncodedURIComponent(LINK_PROGRAM(run))}`, 0);
    longestWithClick.push(clicked.longest);
    const link = await openPlayground(browser, `/playground/#code=${LZString.compressToEncodedURIComponent(LINK_PROGRAM(100 + run))}`, 1000);
    linkFirstOutput.push(link.firstOutput);
  }
  return {
    longestQuiet: median(longestQuiet),
    longestWithClick: median(longestWithClick),
    editorVisible: median(editorVisible),
    linkFirstOutput: median(linkFirstOutput),
  };
}

/** `value ≤ budget`, printed beside the figure; a miss is flagged. */
const within = (value, budget, unit, digits = 0) => ({
  value: `${value.toFixed(digits)}${unit}`,
  budget: `≤ ${budget}${unit}`,
  ok: value <= budget,
});
const figure = (value, unit, digits = 0) => ({ value: `${value.toFixed(digits)}${unit}`, budget: '', ok: true });

const server = await startServer();
const executablePath = systemChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  const { lesson, id } = firstLessonWithExample();
  const url = `${ORIGIN}/lessons/${lesson}/`;
  const section = (name, measure) => (ONLY && !ONLY.has(name) ? null : measure());
  const weights = await section('weight', async () => {
    const samples = [];
    for (let run = 0; run < 3; run++) samples.push(await pageWeight(browser, url));
    return samples;
  });
  const runs = await section('unedited', () => unedited(browser, url, id));
  const edited = await section('edited', () => editedAndReference(browser, url, id));
  const stepThrough = await section('stepThrough', () => stepThroughFirstPress(browser, url, id));
  const scrubbing = await section('scrubbing', () => scrubbingLongestTask(browser));
  const again = await section('backToBack', () => backToBack(browser, url, id));
  const playground = await section('playground', () => playgroundOpening(browser));
  const kb = (bytes) => bytes / 1024;
  const rows = [
    ...(weights
      ? [
          ['Lesson page, all bytes before interaction (gzip)', figure(kb(median(weights.map((w) => w.totalGzip))), ' KB', 1)],
          ['Lesson page, JavaScript before interaction (gzip)', within(kb(median(weights.map((w) => w.jsGzip))), 40, ' KB', 1)],
        ]
      : []),
    ...(runs
      ? [
          ['Run → first output, unedited, first run on a fresh page', within(runs.cold, 150, ' ms')],
          ['Run → first output, unedited, warm', within(runs.warm, 50, ' ms')],
        ]
      : []),
    ...(edited
      ? [
          ['Run → first output, edited, compiler warm', within(edited.edited, 50, ' ms')],
          ['Reference: transpileModule + bare Worker', figure(edited.reference, ' ms')],
          ['Edited run ÷ reference', within(edited.edited / edited.reference, 1, '×', 2)],
          ['Edit → editor visible (first load)', within(edited.editorVisible, 800, ' ms')],
        ]
      : []),
    ...(again
      ? [
          ['Run again right after the last run ended, unedited', within(again.unedited, 20, ' ms')],
          ['Run again right after the last run ended, edited', figure(again.edited, ' ms')],
          ['Reference, run again right after the last one', figure(again.reference, ' ms')],
          ['Run again, edited ÷ reference', within(again.edited / again.reference, 1, '×', 2)],
        ]
      : []),
    ...(playground
      ? [
          ['Playground opening: longest main-thread task', within(playground.longestQuiet, 200, ' ms')],
          ['Playground opening, Run clicked at load: longest task', within(playground.longestWithClick, 200, ' ms')],
          ['Playground: load → editor visible', within(playground.editorVisible, 800, ' ms')],
          ['Playground link, Run 1 s after load → first output', within(playground.linkFirstOutput, 600, ' ms')],
        ]
      : []),
    ...(stepThrough
      ? [
          ['Step through: download on first press (gzip)', within(kb(stepThrough.downloadGzip), 450, ' KB', 1)],
          ['  plus the sandbox document, fetched again (gzip)', figure(kb(stepThrough.sandboxDocumentGzip), ' KB', 1)],
          ['Step through → first step shown (first press)', within(stepThrough.clickToFirstStep, 1000, ' ms')],
        ]
      : []),
    ...(scrubbing
      ? [
          [`Scrubbing ${scrubbing.steps} steps: longest task`, within(scrubbing.longest, 50, ' ms')],
          ['Scrubbing: longest gap between frames', figure(scrubbing.frameGap, ' ms')],
        ]
      : []),
  ];
  console.log(`\nAwaitable benchmark: ${url}, example ${id}, medians of ${RUNS} runs (page weight: 3)\n`);
  const width = Math.max(...rows.map((row) => row[0].length));
  for (const [name, { value, budget, ok }] of rows) {
    console.log(`${name.padEnd(width)}  ${value.padStart(9)}  ${budget.padEnd(9)}  ${ok ? '' : 'MISSED'}`);
  }
  const missed = rows.filter(([, { ok }]) => !ok).length;
  console.log(missed ? `\n${missed} figure(s) missed their budget.` : '\nEvery figure is within its budget.');
  if (weights) console.log(`\nJavaScript loaded before interaction:\n  ${weights[0].jsFiles.join('\n  ')}`);
} finally {
  await browser.close();
  server.kill();
}
