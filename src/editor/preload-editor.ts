/**
 * Monaco loads as a chain of dynamic imports (see mount-editor.ts), and each chunk of the
 * chain used to be requested only once the one before it had been evaluated: download,
 * compile and evaluation waited in line, about 200 ms of a lesson's Edit. Lesson pages list
 * the chain's chunks in a meta tag, written after the build (src/build/editor-chunk-list.ts);
 * when a reader asks for the editor, all of them are requested at once, so they download
 * and compile while the first is evaluated. The playground has the same list as
 * `<link rel="modulepreload">` in its HTML, since it opens the editor at once.
 */
export const EDITOR_CHUNKS_META = 'awaitable-editor-chunks';

let requested = false;

/** Touch screens get a plain text area instead of Monaco, whose selection and paste do not work well there. */
export function prefersPlainEditor(): boolean {
  return matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
}

/**
 * How many chunks are requested at a time. The browser parses each on a thread of its own
 * as it arrives: all at once, the four big layers (0.5-0.9 MB each) shared the two cores
 * of a small machine, and the lowest layer, needed first, was parsed last (190 ms).
 */
const AT_A_TIME = 2;

/** Requests every chunk of the editor (once), in the order listed, a few at a time; does nothing on a page without the list, or where Monaco is not used. */
export function preloadEditorChunks(): void {
  if (requested || prefersPlainEditor()) return;
  requested = true;
  const list = document.querySelector<HTMLMetaElement>(`meta[name="${EDITOR_CHUNKS_META}"]`)?.content ?? '';
  const waiting = list.split(/\s+/).filter(Boolean);
  const requestNext = () => {
    const href = waiting.shift();
    if (href === undefined) return;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.addEventListener('load', requestNext, { once: true });
    link.addEventListener('error', requestNext, { once: true });
    document.head.append(link);
  };
  for (let slot = 0; slot < AT_A_TIME; slot++) requestNext();
}
