/**
 * Marks the line the current step is at in the example's code: in the build's highlighted
 * code (Shiki's `.line` spans), in plain edited code, or in the file's editor if it is
 * open, switching to the right file's tab first.
 */
import type { TraceLocation } from '../../runtime/trace/trace-format';
import type { EditorHandle } from '../../editor/editor-handle';

export interface HighlightTarget extends HTMLElement {
  readonly files: readonly { readonly name: string }[];
  /** Shows one file's tab (multi-file examples). */
  showFileNamed(name: string): void;
  /** The file's editor, once editors are loaded. */
  editorFor(name: string): EditorHandle | null;
}

const CURRENT = 'trace-current-line';
const EDITOR_MARK_DELAY_MS = 80;

export class CodeLineHighlight {
  #marked: Element | null = null;
  #editor: EditorHandle | null = null;
  #shownFile: string | null = null;
  #editorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly example: HighlightTarget) {}

  show(location: TraceLocation | null): void {
    if (!location) {
      this.clear();
      return;
    }
    const index = this.example.files.findIndex((file) => file.name === location.file);
    const name = (index < 0 ? this.example.files[0]?.name : location.file) ?? '';
    if (name !== this.#shownFile && this.example.files.length > 1) this.example.showFileNamed(name);
    this.#shownFile = name;
    const editor = this.example.editorFor(name);
    if (editor) {
      this.#unmarkCode();
      if (this.#editor && this.#editor !== editor) this.#editor.highlightLine(null);
      this.#editor = editor;
      // Monaco redraws and may scroll for each mark: while the reader scrubs or holds a
      // key, mark only the line they settle on.
      clearTimeout(this.#editorTimer);
      this.#editorTimer = setTimeout(() => editor.highlightLine(location.line), EDITOR_MARK_DELAY_MS);
      return;
    }
    this.#mark(this.#lineElement(Math.max(0, index), location.line));
  }

  clear(): void {
    clearTimeout(this.#editorTimer);
    this.#unmarkCode();
    this.#editor?.highlightLine(null);
    this.#editor = null;
  }

  #lineElement(fileIndex: number, line: number): Element | null {
    const pane = this.example.querySelector<HTMLElement>(`[data-editor]:not([hidden]) [data-editor-pane="${fileIndex}"]`);
    const plain = pane?.querySelector<HTMLPreElement>('pre.plain-source');
    if (plain) return plainLines(plain)[line - 1] ?? null;
    const panels = this.example.querySelectorAll<HTMLElement>('[data-code] [data-file-panel]');
    return panels[fileIndex]?.querySelectorAll('.line')[line - 1] ?? null;
  }

  #mark(element: Element | null): void {
    if (element === this.#marked) return;
    this.#unmarkCode();
    this.#marked = element;
    if (!element) return;
    // No scrolling here: reading the line's position would force a layout of the whole page
    // on every step; the lesson's code blocks show every line anyway.
    element.classList.add(CURRENT);
  }

  #unmarkCode(): void {
    this.#marked?.classList.remove(CURRENT);
    this.#marked = null;
  }
}

/** Plain edited code as one span per line (same text), so a line can be marked. */
function plainLines(pre: HTMLPreElement): Element[] {
  if (!pre.querySelector('.trace-line')) {
    const text = pre.textContent ?? '';
    pre.replaceChildren(
      ...text.split('\n').flatMap((line, index, all) => {
        const span = document.createElement('span');
        span.className = 'trace-line';
        span.textContent = line;
        return index < all.length - 1 ? [span, '\n'] : [span];
      }),
    );
  }
  return [...pre.querySelectorAll('.trace-line')];
}
