/**
 * Monaco's core in layers, one chunk each, so the editor can be evaluated a layer per
 * task (src/editor/monaco-layers.ts) instead of in one 2.8 MB chunk whose evaluation was
 * a single task of 300-500 ms. VS Code's layering rules make the chunks' imports acyclic:
 * `base` imports nothing above it, `platform` only `base`, `editor/common` not
 * `editor/browser`. Each chunk is evaluated when the loader imports one of its modules,
 * after the layers below it.
 */
const MONACO = '/node_modules/monaco-editor/esm/vs/';

/** Lower layers first: the order src/editor/monaco-layers.ts loads them in. */
export const MONACO_LAYERS = [
  { name: 'monaco-base', folders: ['base/', 'nls'] },
  { name: 'monaco-platform', folders: ['platform/'] },
  { name: 'monaco-editor-common', folders: ['editor/common/'] },
  { name: 'monaco-editor-browser', folders: ['editor/browser/'] },
] as const;

const LAYER_GROUPS = MONACO_LAYERS.map(({ name, folders }, index) => ({
  name,
  // Rolldown asks which group each module belongs to; the highest priority that matches wins.
  test: (id: string) => {
    const at = id.indexOf(MONACO);
    if (at < 0) return false;
    const path = id.slice(at + MONACO.length);
    return folders.some((folder) => path.startsWith(folder));
  },
  priority: 100 - index,
}));

/**
 * Vite's helper for dynamic imports, in a chunk of its own: left alone, Rolldown put it in
 * a Monaco layer's chunk, so the loader's first import evaluated that layer (and those
 * below it) at once.
 */
const PRELOAD_HELPER_GROUP = { name: 'preload-helper', test: /vite\/preload-helper/, priority: 200 };

export const MONACO_CHUNK_GROUPS = [PRELOAD_HELPER_GROUP, ...LAYER_GROUPS];

/**
 * The page's side of the runner (the runner, its sandbox frame and the page's one runner):
 * one chunk. Left alone, Rolldown gave the sandbox frame a chunk of its own (the
 * step-through recorder imports it too), one more request and 0.9 KB before interaction.
 */
export const RUNNER_CHUNK_GROUP = {
  name: 'shared-runner',
  test: /src\/(runtime\/(runner|sandbox-frame)|components\/example\/shared-runner)\.ts$/,
  priority: 150,
};
