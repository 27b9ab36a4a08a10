/**
 * Monaco, bundled by Vite with its workers (never from a CDN), loaded only when a reader
 * starts editing, in phases (monaco-core.ts, monaco-features.ts, then this module; see
 * mount-editor.ts). Its CSS is injected with it (see src/build/vite-monaco-css.ts).
 */
import { KeyCode, KeyMod, MarkerSeverity, Uri, type editor as monacoEditorTypes } from 'monaco-editor/editor';
import { getTypeScriptWorker } from 'monaco-editor/languages/features/typescript/register';
import { nextTask } from '../lib/next-task';
import { whenIdle } from '../lib/when-idle';
import type { EditorHandle, EditorOptions } from './editor-handle';
import type { EditorPlacement } from './mount-editor';
import { defineThemes, monacoEditor } from './monaco-core';
import { startTypeScriptWorker } from './monaco-features';
type ITextModel = monacoEditorTypes.ITextModel;

const MAX_HEIGHT_PX = 640;
const MIN_HEIGHT_PX = 120;

function pageTheme(): 'awaitable-light' | 'awaitable-dark' {
  const chosen = document.documentElement.dataset['theme'];
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'awaitable-dark' : 'awaitable-light';
}

function followPageTheme(): void {
  defineThemes();
  const apply = () => monacoEditor.setTheme(pageTheme());
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
  apply();
}
followPageTheme();

/**
 * Editors for the files of one program; the files are type-checked together (see below).
 * Each editor is created in a task of its own, so several files never add up to one long
 * task; `onChange` of an editor reports its value from the moment it exists.
 */
export async function mountMonacoEditors(placements: readonly EditorPlacement[]): Promise<EditorHandle[]> {
  const models = placements.map(({ options }) => {
    const uri = Uri.parse(`file:///${options.modelPath}`);
    const model = monacoEditor.getModel(uri) ?? monacoEditor.createModel(options.value, 'typescript', uri);
    if (model.getValue() !== options.value) model.setValue(options.value);
    return model;
  });
  const editors: EditorHandle[] = [];
  for (const [index, { container, options }] of placements.entries()) {
    await nextTask();
    editors.push(mountMonacoEditor(container, options, models[index] as ITextModel));
    startTypeCheckingOnFirstUse(container);
  }
  startTypeCheckingWhenSettled();
  void checkAgainTogether(models).catch(() => undefined);
  return editors;
}

/**
 * How long the reader must leave the page alone, once an editor has opened, before
 * TypeScript starts anyway (then at the page's next idle moment, or this much later).
 */
const TYPE_CHECK_DELAY_MS = 2500;
const TYPE_CHECK_IDLE_WAIT_MS = 500;
/** What counts as using the page: dragging the step-through scrubber right after the playground opened, say. */
const PAGE_USE_EVENTS = ['input', 'pointerdown', 'keydown', 'wheel'] as const;

/** The reader's first pointer, focus or key in an editor starts TypeScript (for a hover, an error). */
function startTypeCheckingOnFirstUse(container: HTMLElement): void {
  for (const type of ['pointerover', 'focusin', 'keydown'] as const) {
    container.addEventListener(type, startTypeScriptWorker, { once: true, passive: true });
  }
}

/**
 * Starts TypeScript once the page has been left alone for a moment, with no program running
 * or recording: its start takes a core for about 3 s, which frames drawn meanwhile (the
 * step-through panel's, as the reader drags its scrubber) and the program would share.
 */
function startTypeCheckingWhenSettled(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitLonger = () => {
    clearTimeout(timer);
    timer = setTimeout(start, TYPE_CHECK_DELAY_MS);
  };
  // A program running or being recorded for step-through (aria-busy) is the reader waiting
  // on the page: the moment counts from its end.
  const busyWatcher = new MutationObserver(waitLonger);
  const start = () => {
    if (document.querySelector('[aria-busy="true"]')) return;
    busyWatcher.disconnect();
    for (const type of PAGE_USE_EVENTS) window.removeEventListener(type, waitLonger, { capture: true });
    whenIdle(startTypeScriptWorker, TYPE_CHECK_IDLE_WAIT_MS);
  };
  busyWatcher.observe(document.body, { subtree: true, attributeFilter: ['aria-busy'] });
  for (const type of PAGE_USE_EVENTS) window.addEventListener(type, waitLonger, { capture: true, passive: true });
  waitLonger();
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
