/**
 * Runs inline in the playground's <head>, before the page's own scripts. A link's program
 * of several files (`#files=`) was not compiled at build time, so its first Run needs
 * esbuild, which bundles them: its 13 MB .wasm to download, compile and start, and a first
 * compile that takes most of a second. (A link's one-file program, `#code=`, is compiled
 * on the page by the quick compiler, runtime/quick-compile.ts.) The compiler's worker
 * starts here, 300-500 ms sooner than the page's module scripts could start it, and does
 * all that at once; runtime/compiler.ts then takes this worker as its own. The worker's file name is known
 * only once the site is bundled: the build fills it in (src/build/playground-html.ts), and
 * until then (`astro dev`) nothing starts here. Plain JavaScript, kept small: it is
 * inlined as it is, followed by `(messages, workerUrl)`, the messages to send typed by the
 * compiler's protocol where they are written (src/pages/playground.astro).
 */
(function startCompilerEarly(messages, workerUrl) {
  if (!/[#&]files=/.test(location.hash) || workerUrl.startsWith('__')) return;
  const worker = new Worker(workerUrl, { type: 'module', name: 'compiler' });
  for (const message of messages) worker.postMessage(message);
  window.awaitableEarlyCompiler = worker;
})
