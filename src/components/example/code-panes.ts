/**
 * Where an example's code is shown: the build's highlighted `[data-code]`, or
 * `[data-editor]`, which holds one pane per file with either plain edited code (no editor
 * loaded yet) or the file's editor.
 */
import { resolveImport } from '../../runtime/compile-options';
import type { ExampleFile } from './example-files';

/** The pane of `[data-editor]` that holds one file's plain source or editor (created on demand). */
export function editorPane(root: HTMLElement, index: number, active: number): HTMLElement {
  const container = part(root, '[data-editor]');
  let pane = container.querySelector<HTMLElement>(`[data-editor-pane="${index}"]`);
  if (!pane) {
    pane = document.createElement('div');
    pane.dataset['editorPane'] = String(index);
    pane.className = 'example-editor-pane';
    pane.hidden = index !== active;
    container.append(pane);
    // Panes are created in any order; keep them in file order.
    const panes = [...container.querySelectorAll<HTMLElement>('[data-editor-pane]')];
    panes.sort((a, b) => Number(a.dataset['editorPane']) - Number(b.dataset['editorPane']));
    container.append(...panes);
  }
  return pane;
}

/** Shows edited code without loading the editor (after a reload, or set by the playground). */
export function showPlainSource(root: HTMLElement, files: readonly ExampleFile[], active: number, index: number, source: string): void {
  // Every file gets a pane, so switching tabs shows each file's current code.
  files.forEach((file, fileIndex) => {
    const pane = editorPane(root, fileIndex, active);
    let pre = pane.querySelector<HTMLPreElement>('pre.plain-source');
    if (!pre) {
      pre = document.createElement('pre');
      pre.className = 'plain-source';
      pre.tabIndex = 0;
      pre.setAttribute('aria-label', `Code of ${file.name} (edited)`);
      pane.replaceChildren(pre);
    }
    pre.textContent = fileIndex === index ? source : file.source;
    // The playground highlights it (highlightPlainSource in src/playground/playground-page.ts).
    root.dispatchEvent(new CustomEvent('example-plain-source', { detail: { pre, source: pre.textContent } }));
  });
  showEditorArea(root);
}

/** The editor area (plain edited code or editors) in place of the build's highlighted code. */
export function showEditorArea(root: HTMLElement): void {
  part(root, '[data-editor]').hidden = false;
  part(root, '[data-code]').hidden = true;
}

/** Back to the build's highlighted code, if the page has it (the playground has none). */
export function showOriginalHighlighting(root: HTMLElement): void {
  const code = part(root, '[data-code]');
  if (!code.childElementCount) return;
  part(root, '[data-editor]').hidden = true;
  code.hidden = false;
}

export function part(root: HTMLElement, selector: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`<code-example> is missing ${selector}`);
  return element;
}

/**
 * The path of a file's editor model. A multi-file example's models live in a tree of their
 * own that mirrors content/ (so `../../shared/x.ts` resolves between them) and that no
 * other example shares; the TypeScript worker needs a .ts path: lessons' ids end in one,
 * the playground's does not.
 */
export function editorModelPath(exampleId: string, fileNames: readonly string[], index: number): string {
  const name = fileNames[index] ?? 'main.ts';
  if (fileNames.length > 1) {
    const lesson = exampleId.split('/')[0] ?? 'example';
    const entryPath = `examples/${exampleId.replace(/\.ts$/, '')}/content/lessons/${lesson}/${fileNames[0]}`;
    return resolveImport(entryPath, name);
  }
  return exampleId.endsWith('.ts') ? exampleId : `${exampleId}/${name}`;
}
