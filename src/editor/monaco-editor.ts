/**
 * Monaco, bundled by Vite with its workers (never from a CDN), loaded only when a reader
 * starts editing. Its CSS is injected with it (see src/build/vite-monaco-css.ts).
 */
import { editor as monacoEditor, KeyCode, KeyMod, MarkerSeverity, Uri } from 'monaco-editor/editor';
type ITextModel = monacoEditor.ITextModel;
import 'monaco-editor/languages/definitions/typescript/register';
// The bare editor has no features beyond typing; these are the ones a learner needs, kept
// few because every one adds to the time from Edit to a usable editor: hover types,
// error navigation (F8), comments (Ctrl+/), bracket matching and word-wise editing.
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import { getTypeScriptWorker, ModuleKind, type ModuleResolutionKind, ScriptTarget, typescriptDefaults } from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import type { EditorHandle, EditorOptions } from './editor-handle';
import type { EditorPlacement } from './mount-editor';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = {
  getWorker: (_workerId, label) =>
    label === 'typescript' || label === 'javascript' ? new TypeScriptWorker() : new EditorWorker(),
};

const BUNDLER_MODULE_RESOLUTION = 100 as ModuleResolutionKind;

typescriptDefaults.setCompilerOptions({
  // Monaco's ScriptTarget has no ES2022 member (an unknown value silently means ES5).
  target: ScriptTarget.ESNext,
  module: ModuleKind.ESNext,
  strict: true,
  noEmit: true,
  // Multi-file examples import each other as `./queue.ts`, as Node runs them.
  allowImportingTsExtensions: true,
  // TypeScript's "bundler" resolution (100; Monaco's enum stops at NodeJs), as esbuild
  // resolves them: the default for ESNext modules, "classic", reports `../x.ts` as missing.
  moduleResolution: BUNDLER_MODULE_RESOLUTION,
  // Every example is its own module, so two examples may both declare `sleep`.
  moduleDetection: 3,
});

const MAX_HEIGHT_PX = 640;
const MIN_HEIGHT_PX = 120;

// Monaco's own dark theme draws comments at 4.2:1 contrast; WCAG AA asks for 4.5:1.
monacoEditor.defineTheme('awaitable-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7fb069' }],
  colors: {},
});

function pageTheme(): 'vs' | 'awaitable-dark' {
  const chosen = document.documentElement.dataset['theme'];
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'awaitable-dark' : 'vs';
}

function followPageTheme(): void {
  const apply = () => monacoEditor.setTheme(pageTheme());
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
  apply();
}
followPageTheme();

/** Editors for the files of one program; the files are type-checked together (see below). */
export function mountMonacoEditors(placements: readonly EditorPlacement[]): EditorHandle[] {
  const models = placements.map(({ options }) => {
    const uri = Uri.parse(`file:///${options.modelPath}`);
    const model = monacoEditor.getModel(uri) ?? monacoEditor.createModel(options.value, 'typescript', uri);
    if (model.getValue() !== options.value) model.setValue(options.value);
    return model;
  });
  const editors = placements.map(({ container, options }, index) => mountMonacoEditor(container, options, models[index] as ITextModel));
  void checkAgainTogether(models).catch(() => undefined);
  return editors;
}

const REGISTRATION_POLL_MS = 100;
const REGISTRATION_WAIT_MS = 20_000;

/**
 * Monaco sets up TypeScript a little after the first TypeScript model appears, and until
 * then getTypeScriptWorker() rejects; it offers no event to wait for, so this asks again.
 */
async function typeScriptWorkerOnceRegistered(): ReturnType<typeof getTypeScriptWorker> {
  const deadline = performance.now() + REGISTRATION_WAIT_MS;
  for (;;) {
    try {
      return await getTypeScriptWorker();
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, REGISTRATION_POLL_MS));
    }
  }
}

/**
 * Monaco checks each file as it appears, sending only that file to the TypeScript worker,
 * so a file checked before the files it imports reached the worker keeps a false "Cannot
 * find module" error until it is edited. Once every file is in the worker, each is checked
 * again.
 */
async function checkAgainTogether(models: readonly ITextModel[]): Promise<void> {
  if (models.length < 2) return;
  const workerWith = await typeScriptWorkerOnceRegistered();
  await workerWith(...models.map((model) => model.uri));
  for (const model of models) {
    if (model.isDisposed()) continue;
    // Monaco has no call to check a file again; a change of language makes it drop the
    // file's diagnostics and check it anew.
    monacoEditor.setModelLanguage(model, 'plaintext');
    monacoEditor.setModelLanguage(model, 'typescript');
  }
}

function mountMonacoEditor(container: HTMLElement, options: EditorOptions, model: ITextModel): EditorHandle {
  container.replaceChildren();
  const editor = monacoEditor.create(container, {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    tabSize: 2,
    ariaLabel: `${options.label}. Press Escape then Tab to leave the editor.`,
    scrollbar: { alwaysConsumeMouseWheel: false },
    fixedOverflowWidgets: true,
  });

  // Grow with the code, so the page scrolls rather than a box inside it.
  const fitHeight = () => {
    const height = Math.max(MIN_HEIGHT_PX, Math.min(MAX_HEIGHT_PX, editor.getContentHeight()));
    container.style.height = `${height}px`;
  };
  editor.onDidContentSizeChange(fitHeight);
  fitHeight();

  editor.onDidChangeModelContent(() => options.onChange(model.getValue()));
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, () => options.onRun());

  let escapePressed = false;
  editor.onKeyDown((event) => {
    if (event.keyCode === KeyCode.Escape) {
      escapePressed = true;
      return;
    }
    if (event.keyCode === KeyCode.Tab && escapePressed) {
      event.preventDefault();
      event.stopPropagation();
      options.onLeave(event.shiftKey ? 'backward' : 'forward');
    }
    escapePressed = false;
  });

  const traceLine = editor.createDecorationsCollection();

  return {
    getValue: () => model.getValue(),
    setValue(value) {
      if (model.getValue() !== value) model.setValue(value);
    },
    focus: () => editor.focus(),
    revealPosition(line, column) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column });
      editor.focus();
    },
    setErrorMarkers(markers) {
      monacoEditor.setModelMarkers(
        model,
        'awaitable',
        markers.map((marker) => ({
          severity: MarkerSeverity.Error,
          message: marker.message,
          startLineNumber: marker.line,
          startColumn: marker.column,
          endLineNumber: marker.line,
          endColumn: model.getLineMaxColumn(Math.min(marker.line, model.getLineCount())),
        })),
      );
    },
    highlightLine(line) {
      if (line === null) {
        traceLine.clear();
        return;
      }
      traceLine.set([
        {
          range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
          options: { isWholeLine: true, className: 'trace-monaco-line', linesDecorationsClassName: 'trace-monaco-glyph' },
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
    dispose() {
      editor.dispose();
      // The TypeScript worker would otherwise keep type-checking the file against others.
      model.dispose();
      container.replaceChildren();
    },
  };
}
