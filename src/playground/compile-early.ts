/**
 * A playground program that was not compiled at build time (a link's, the reader's last
 * one) needs a compiler in the browser. The page knows that as soon as it has read the
 * address, so the program is compiled then: by the quick compiler for one file (its chunk
 * loads, then it takes a millisecond), else by esbuild, whose 13 MB .wasm downloads with its
 * progress shown (the inline script in the head has already started it for several files).
 * Run then finds the compiler ready instead of starting it on the click.
 */
import { compileProgram, onCompilerProgress } from '../runtime/compiler';
import type { SourceFile } from '../runtime/compile-options';

/** Progress messages closer together than this are merged (a screen reader reads each). */
const PROGRESS_INTERVAL_MS = 400;

export function compileEarly(files: readonly SourceFile[], say: (text: string) => void): void {
  let lastShown = 0;
  const stopListening = onCompilerProgress(({ loadedBytes, totalBytes }) => {
    const now = performance.now();
    if (now - lastShown < PROGRESS_INTERVAL_MS) return;
    lastShown = now;
    const megabytes = (loadedBytes / 1_048_576).toFixed(1);
    const percent = totalBytes ? ` (${Math.min(100, Math.round((loadedBytes / totalBytes) * 100))}%)` : '';
    say(`Getting the compiler ready for this program: ${megabytes} MB${percent}…`);
  });
  say('Getting the compiler ready for this program…');
  // The same shape as the example's own files, so Run's request hits the cache.
  compileProgram(files.map(({ name, source }) => ({ name, source }))).then(
    () => say('The compiler is ready.'),
    (error: unknown) => say(`The compiler could not be loaded (${error instanceof Error ? error.message : String(error)}); Run will try again.`),
  ).finally(stopListening);
}
