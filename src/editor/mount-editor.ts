import type { EditorHandle, EditorOptions } from './editor-handle';

/**
 * Monaco on devices with a fine pointer; a plain text area on touch screens, where
 * Monaco's selection and paste do not work well. Monaco is loaded here, on demand.
 */
export async function mountEditor(container: HTMLElement, options: EditorOptions): Promise<EditorHandle> {
  const touchOnly = matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
  if (touchOnly) {
    const { mountPlainEditor } = await import('./plain-editor');
    return mountPlainEditor(container, options);
  }
  const { mountMonacoEditor } = await import('./monaco-editor');
  return mountMonacoEditor(container, options);
}
