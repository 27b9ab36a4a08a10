/**
 * The first of Monaco's loading phases (see mount-editor.ts): the core editor. Evaluating
 * it is the longest single piece of opening an editor, so it comes alone, in a task of its
 * own. Its themes are defined later, once the features are loaded (monaco-editor.ts):
 * defining one starts Monaco's theme service, which from then on rebuilds the CSS of every
 * icon each time a feature registers one more (about 100 ms of the playground's opening).
 */
import { editor as monacoEditor } from 'monaco-editor/editor';

/**
 * Monaco's own dark theme draws comments at 4.2:1 contrast; WCAG AA asks for 4.5:1. Both
 * themes dim the line number after a final newline (`.dimmed-line-number`) below AA too,
 * so it gets the ordinary line-number colour of each theme.
 */
export function defineThemes(): void {
  monacoEditor.defineTheme('awaitable-light', {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editorLineNumber.dimmedForeground': '#237893' },
  });
  monacoEditor.defineTheme('awaitable-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '7fb069' }],
    colors: { 'editorLineNumber.dimmedForeground': '#858585' },
  });
}

export { monacoEditor };
