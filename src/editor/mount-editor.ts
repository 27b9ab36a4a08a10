import { nextTask } from '../lib/next-task';
import type { EditorHandle, EditorOptions } from './editor-handle';

/** One editor to create: where, and with what. */
export interface EditorPlacement {
  readonly container: HTMLElement;
  readonly options: EditorOptions;
}

/**
 * Monaco loads in phases, each evaluated in a task of its own with a pause between them
 * for the page's input: the core editor a layer at a time (monaco-layers.ts), then the
 * rest of its API, then its features and TypeScript support, then the editors themselves
 * (one task each). Loaded in one go it was a single task of
 * 330-580 ms, during which the page ignored clicks and keys.
 */
async function loadMonaco(): Promise<typeof import('./monaco-editor')> {
  const { loadMonacoLayers } = await import('./monaco-layers');
  await loadMonacoLayers();
  await import('./monaco-core');
  await nextTask();
  await import('./monaco-features');
  await nextTask();
  return import('./monaco-editor');
}

/**
 * Editors for the files of one program, in order: Monaco, loaded here on demand, or `plain`
 * text areas (on touch screens: see prefersPlainEditor in preload-editor.ts, which the page
 * has already loaded and this chunk does not import, so the editor's chunks never lead
 * back to the page's).
 */
export async function mountEditors(placements: readonly EditorPlacement[], { plain }: { plain: boolean }): Promise<EditorHandle[]> {
  if (plain) {
    const { mountPlainEditor } = await import('./plain-editor');
    return placements.map(({ container, options }) => mountPlainEditor(container, options));
  }
  const { mountMonacoEditors } = await loadMonaco();
  return mountMonacoEditors(placements);
}
