import type { EditorHandle, EditorMarker, EditorOptions } from './editor-handle';

/** A text area for touch screens: native selection, paste and on-screen keyboards. */
export function mountPlainEditor(container: HTMLElement, options: EditorOptions): EditorHandle {
  const textarea = document.createElement('textarea');
  textarea.className = 'plain-editor';
  textarea.value = options.value;
  textarea.spellcheck = false;
  textarea.setAttribute('autocapitalize', 'off');
  textarea.setAttribute('autocomplete', 'off');
  textarea.setAttribute('aria-label', options.label);
  textarea.rows = Math.min(30, options.value.split('\n').length + 1);
  textarea.addEventListener('input', () => options.onChange(textarea.value));
  const problems = document.createElement('p');
  problems.className = 'plain-editor-problems';
  problems.setAttribute('role', 'status');
  container.replaceChildren(textarea, problems);

  const offsetOf = (line: number, column: number): number => {
    const lines = textarea.value.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset + column - 1;
  };

  return {
    getValue: () => textarea.value,
    setValue(value) {
      textarea.value = value;
    },
    focus: () => textarea.focus(),
    revealPosition(line, column) {
      const offset = offsetOf(line, column);
      textarea.focus();
      textarea.setSelectionRange(offset, offset);
    },
    setErrorMarkers(markers: readonly EditorMarker[]) {
      problems.textContent = markers.map((m) => `Line ${m.line}: ${m.message.split('\n')[0] ?? ''}`).join('\n');
    },
    // A text area cannot mark a line without moving the reader's caret; the panel names the line instead.
    highlightLine: () => {},
    dispose: () => container.replaceChildren(),
  };
}
