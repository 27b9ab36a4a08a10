import type { EditorHandle, EditorOptions } from './editor-handle';

/** One editor to create: where, and with what. */
export interface EditorPlacement {
  readonly container: HTMLElement;
  readonly options: EditorOptions;
}

/**
 * Editors for the files of one program, in order: Monaco on devices with a fine pointer;
 * plain text areas on touch screens, where Monaco's selection and paste do not work well.
 * Monaco is loaded here, on demand.
 */
export async function mountEditors(placements: readonly EditorPlacement[]): Promise<EditorHandle[]> {
  const touchOnly = matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
  if (touchOnly) {
    const { mountPlainEditor } = await import('./plain-editor');
    return placements.map(({ container, options }) => mountPlainEditor(container, options));
  }
  const { mountMonacoEditors } = await import('./monaco-editor');
  return mountMonacoEditors(placements);
}
