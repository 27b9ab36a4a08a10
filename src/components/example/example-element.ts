/**
 * `<code-example>`: the behaviour of a runnable example (lessons and the playground).
 * It owns the example's files (one, or several shown as tabs), runs them through the
 * shared sandbox runner, shows the output and status as shared/CONTRACT.md specifies,
 * and loads an editor only when the reader asks to edit. The runtime (compile, run)
 * knows nothing of it.
 */
import { resolveImport, type SourceFile } from '../../runtime/compile-options';
import type { CompiledProgram, SourceLocation } from '../../runtime/protocol';
import { DEFAULT_TIME_LIMIT_MS, type RunEvent, type RunHandle } from '../../runtime/runner';
import type { EditorHandle } from '../../editor/editor-handle';
import { sitePath } from '../../lib/site-path';
import { copyText } from './clipboard';
import { clearEdit, loadEdit, saveEdit } from './edit-store';
import { checkOutput } from './output-check';
import { OutputView } from './output-view';
import { prepareWhenIdle, sharedRunner } from './shared-runner';
import { describeStatus, type ExampleStatus } from './status-text';

/** What the build embeds in `<script type="application/json" data-program>`. */
interface EmbeddedProgram {
  readonly files: readonly SourceFile[];
  readonly program: CompiledProgram;
}

interface ExampleFile {
  readonly name: string;
  original: string;
  source: string;
  editor: EditorHandle | null;
}

const SAVE_DELAY_MS = 300;

/** The key that identifies a set of sources, for programs compiled ahead of time. */
const sourcesKey = (sources: readonly string[]): string => JSON.stringify(sources);

export class CodeExampleElement extends HTMLElement {
  #files: ExampleFile[] = [];
  #active = 0;
  /** Compiled at build time, for the sources as written. */
  #precompiled = new Map<string, CompiledProgram>();
  #run: RunHandle | null = null;
  #runToken = 0;
  #editorLoading: Promise<EditorHandle> | null = null;
  #editorsOpen = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while the page itself puts code into an editor, whose change event must not count as typing. */
  #settingEditorValue = false;
  #storageProblem: string | null = null;
  #output!: OutputView;
  #connected = false;
  /** An exercise's expected output (its solution's recorded output), if it has a check. */
  #checkExpected: string | null = null;
  #checkPrompt = '';
  /** What the current run printed, for the check. */
  #printed: string[] = [];
  /** The case study's timeline panel, loaded only by examples that have one. */
  #timeline: Promise<import('./timeline-panel').TimelinePanel> | null = null;
  /** The last run's errors, for the editor. */
  #markers: readonly (SourceLocation & { message: string })[] = [];
  /** The edits Reset threw away, until the reader undoes the Reset or edits again. */
  #undoableReset: string[] | null = null;
  /** The last program change the playground asked for (see setFiles). */
  #filesReplaced: Promise<void> = Promise.resolve();

  get exampleId(): string {
    return this.dataset['example'] ?? 'example';
  }

  get fileName(): string {
    return this.dataset['file'] ?? 'main.ts';
  }

  get isPlayground(): boolean {
    return this.hasAttribute('data-playground');
  }

  /** The main file's current code. */
  get source(): string {
    return this.#files[0]?.source ?? '';
  }

  /** Every file's name and current code, the main file first. */
  get files(): readonly SourceFile[] {
    return this.#files.map(({ name, source }) => ({ name, source }));
  }

  get status(): ExampleStatus {
    return (this.dataset['status'] as ExampleStatus | undefined) ?? 'idle';
  }

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    this.#output = new OutputView(this.#part('[data-output]'), (location) => void this.revealLocation(location));
    const embedded = this.querySelector<HTMLScriptElement>('script[data-program]');
    const { files, program } = embedded?.textContent
      ? (JSON.parse(embedded.textContent) as EmbeddedProgram)
      : { files: [{ name: this.fileName, source: '' }], program: null };
    this.#files = files.map(({ name, source }) => ({ name, original: source, source, editor: null }));
    if (program) this.#precompiled.set(sourcesKey(files.map((file) => file.source)), program);
    const checkScript = this.querySelector<HTMLScriptElement>('script[data-check-output]');
    if (checkScript?.textContent) this.#checkExpected = JSON.parse(checkScript.textContent) as string;
    this.#checkPrompt = this.querySelector('[data-check]')?.textContent ?? '';
    if (!this.isPlayground) this.#restoreSavedEdits();
    const timelineContainer = this.querySelector<HTMLElement>('[data-timeline]');
    if (timelineContainer) this.#timeline = import('./timeline-panel').then(({ TimelinePanel }) => new TimelinePanel(timelineContainer));
    this.#wireControls();
    this.#setStatus('idle');
    prepareWhenIdle();
  }

  /** Adds programs compiled at build time (the playground's starters) to skip the compiler for them. */
  addPrecompiled(source: string, program: CompiledProgram): void {
    this.#precompiled.set(sourcesKey([source]), program);
  }

  /** Replaces the main file's code, as typing would. */
  setSource(source: string, { asOriginal = false } = {}): void {
    const main = this.#files[0];
    if (!main) return;
    if (asOriginal) main.original = source;
    this.#setFileSource(0, source);
    this.#button('run')?.removeAttribute('disabled');
  }

  /**
   * Replaces the whole program: the playground loads one- and several-file programs from
   * links and starters. Different file names rebuild the tabs and editors. Calls apply in
   * order, each after the editors of the one before have loaded.
   */
  setFiles(files: readonly SourceFile[], { asOriginal = false } = {}): Promise<void> {
    this.#filesReplaced = this.#filesReplaced.then(() => this.#replaceFiles(files, asOriginal));
    return this.#filesReplaced;
  }

  async #replaceFiles(files: readonly SourceFile[], asOriginal: boolean): Promise<void> {
    const [main] = files;
    if (!main) return;
    const sameNames = files.length === this.#files.length && files.every((file, index) => file.name === this.#files[index]?.name);
    if (!sameNames) {
      const editorsWanted = this.#editorLoading !== null;
      await this.#editorLoading?.catch(() => undefined);
      for (const file of this.#files) file.editor?.dispose();
      this.#part('[data-editor]').replaceChildren();
      this.#editorLoading = null;
      this.#editorsOpen = false;
      this.#markers = [];
      this.#files = files.map(({ name, source }) => ({ name, original: source, source, editor: null }));
      this.#active = 0;
      this.dataset['file'] = main.name;
      this.#part('.example-file').textContent = main.name;
      this.querySelector('.example-actions')?.setAttribute('aria-label', `Actions for ${main.name}`);
      this.#part('[data-output]').setAttribute('aria-label', `Output of ${main.name}`);
      this.#renderTabs();
      if (editorsWanted) void this.openEditor();
    }
    files.forEach(({ source }, index) => {
      const file = this.#files[index];
      if (file && asOriginal) file.original = source;
      this.#setFileSource(index, source);
    });
    this.#button('run')?.removeAttribute('disabled');
    await this.#editorLoading;
  }

  async run(): Promise<void> {
    const token = ++this.#runToken;
    // The latest run wins: the previous one is ended and its late events are ignored.
    this.#run?.stop();
    this.#run = null;
    this.#output.clear();
    this.#printed = [];
    this.#showCheck(null);
    void this.#timeline?.then((panel) => panel.clear());
    this.#setErrorMarkers([]);
    this.#setStatus('loading', 'Starting…');
    const program = await this.#programFor(this.files, token);
    if (!program || token !== this.#runToken) return;
    this.#run = sharedRunner().run(
      program,
      { timeLimitMs: Number(this.dataset['timeLimit']) || DEFAULT_TIME_LIMIT_MS },
      (event) => {
        if (token === this.#runToken) this.#onRunEvent(event);
      },
    );
  }

  stop(): void {
    if (this.#run) {
      this.#run.stop();
      return;
    }
    // Still compiling or starting: drop that work and say so, as a stopped run would.
    if (this.status !== 'loading') return;
    this.#runToken++;
    this.#output.append([{ level: 'system', text: 'Stopped: you pressed Stop.' }]);
    this.#output.flush();
    this.#setStatus('stopped');
  }

  /** Restores the original code; the edits can be brought back with Undo until the next edit. */
  reset(): void {
    const edited = this.#files.some((file) => file.source !== file.original);
    const thrownAway = this.#files.map((file) => file.source);
    this.#runToken++;
    this.#run?.stop();
    this.#run = null;
    this.#output.clear();
    clearTimeout(this.#saveTimer);
    this.#files.forEach((file, index) => {
      clearEdit(this.#storageKey(index));
      this.#setFileSource(index, file.original, { save: false });
    });
    this.#setErrorMarkers([]);
    if (!this.#editorsOpen) this.#showOriginalHighlighting();
    this.#setStatus('idle');
    this.#showCheck('idle');
    if (edited) {
      this.#undoableReset = thrownAway;
      this.#offerUndo();
    }
  }

  /** Brings back the edits the last Reset threw away. */
  undoReset(): void {
    const sources = this.#undoableReset;
    if (!sources) return;
    this.#undoableReset = null;
    sources.forEach((source, index) => this.#setFileSource(index, source));
    this.#persistNow();
    this.#part('[data-status-text]').textContent = 'Your edits are back.';
    this.#button('reset')?.focus();
  }

  /** Loads the editors (once) and shows them in place of the highlighted code. */
  openEditor(): Promise<EditorHandle> {
    this.#editorLoading ??= (async () => {
      this.#button('edit')?.setAttribute('disabled', '');
      const { mountEditors } = await import('../../editor/mount-editor');
      // A multi-file example's models live in a tree of their own that mirrors content/
      // (so `../../shared/x.ts` resolves between them) and that no other example shares.
      const multiFile = this.#files.length > 1;
      const lesson = this.exampleId.split('/')[0] ?? 'example';
      const entryPath = `examples/${this.exampleId.replace(/\.ts$/, '')}/content/lessons/${lesson}/${this.fileName}`;
      const editors = await mountEditors(
        this.#files.map((file, index) => ({
          container: this.#editorPane(index),
          options: {
            value: file.source,
            // The TypeScript worker needs a .ts path: lessons' ids end in one, the playground's does not.
            modelPath: multiFile
              ? resolveImport(entryPath, file.name)
              : this.exampleId.endsWith('.ts')
                ? this.exampleId
                : `${this.exampleId}/${file.name}`,
            label: `Code of ${file.name}`,
            onChange: (value: string) => {
              if (!this.#settingEditorValue) this.#setFileSource(index, value, { fromEditor: true });
            },
            onRun: () => void this.run(),
            onLeave: (direction: 'forward' | 'backward') => this.#moveFocusOutOfEditor(direction),
          },
        })),
      );
      for (const [index, file] of this.#files.entries()) {
        file.editor = editors[index] ?? null;
        // The code may have changed while the editor loaded (the playground sets it from the URL).
        if (file.editor && file.editor.getValue() !== file.source) this.#setFileSource(index, file.source, { save: false });
      }
      this.#editorsOpen = true;
      this.#setErrorMarkers(this.#markers);
      this.#part('[data-editor]').hidden = false;
      this.#part('[data-code]').hidden = true;
      this.#showFile(this.#active);
      // A Monaco editor of a hidden pane measured nothing; ask it to measure again now.
      window.dispatchEvent(new Event('resize'));
      // The compiler (a 13 MB .wasm to fetch and compile) starts once the editor is on
      // screen: on a small machine it would otherwise compete with Monaco for the CPU.
      void import('../../runtime/compiler').then(({ warmCompiler }) => warmCompiler());
      return this.#files[this.#active]?.editor as EditorHandle;
    })();
    return this.#editorLoading;
  }

  async revealLocation(location: SourceLocation): Promise<void> {
    await this.openEditor();
    const index = Math.max(0, this.#files.findIndex((file) => file.name === location.file));
    this.#showFile(index);
    this.#files[index]?.editor?.revealPosition(location.line, location.column);
  }

  async #programFor(files: readonly SourceFile[], token: number): Promise<CompiledProgram | null> {
    const precompiled = this.#precompiled.get(sourcesKey(files.map((file) => file.source)));
    if (precompiled) return precompiled;
    const { compileProgram, onCompilerProgress } = await import('../../runtime/compiler');
    // Stop (or a newer run) may have come while the compiler's module loaded.
    if (token !== this.#runToken) return null;
    const stopListening = onCompilerProgress(({ loadedBytes, totalBytes }) => {
      if (token !== this.#runToken) return;
      const megabytes = (loadedBytes / 1_048_576).toFixed(1);
      const percent = totalBytes ? ` (${Math.min(100, Math.round((loadedBytes / totalBytes) * 100))}%)` : '';
      this.#setStatus('loading', `Downloading the compiler: ${megabytes} MB${percent}…`);
    });
    this.#setStatus('loading', 'Compiling…');
    try {
      const result = await compileProgram(files);
      if (token !== this.#runToken) return null;
      if (result.ok) return result.program;
      this.#output.append(
        result.errors.map((error) => ({
          level: 'error' as const,
          text: error.text,
          location: error.line === null ? null : { file: error.file, line: error.line, column: error.column ?? 1 },
        })),
      );
      this.#output.flush();
      this.#setErrorMarkers(
        result.errors.flatMap((error) =>
          error.line === null ? [] : [{ file: error.file, line: error.line, column: error.column ?? 1, message: error.text }],
        ),
      );
      this.#setStatus('error', 'Did not compile: fix the error shown below and run again.');
    } catch (error) {
      if (token !== this.#runToken) return null;
      this.#output.append([{ level: 'system', text: error instanceof Error ? error.message : String(error) }]);
      this.#output.flush();
      this.#setStatus('error', 'The compiler could not start. Check your connection and run again.');
    } finally {
      stopListening();
    }
    return null;
  }

  /** Compiles the current code ahead of Run (while the reader pauses typing), so Run finds it cached. */
  #compileAhead(): void {
    const files = this.files;
    if (this.#precompiled.has(sourcesKey(files.map((file) => file.source)))) return;
    void import('../../runtime/compiler').then(({ compileProgram }) => compileProgram(files)).catch(() => {});
  }

  #onRunEvent(event: RunEvent): void {
    switch (event.type) {
      case 'started':
        this.#setStatus('running');
        break;
      case 'entries':
        this.#output.append(event.entries);
        for (const entry of event.entries) {
          if (entry.level !== 'system') this.#printed.push(entry.text);
          if (entry.level === 'error' && entry.location) {
            this.#setErrorMarkers([...this.#markers, { ...entry.location, message: entry.text }]);
          }
        }
        break;
      case 'timeline': {
        const events = event.events;
        void this.#timeline?.then((panel) => panel.add(events));
        break;
      }
      case 'end':
        void this.#timeline?.then((panel) => panel.end());
        this.#output.flush();
        this.#run = null;
        this.#setStatus(event.status, undefined, event.durationMs);
        this.#showCheck(event.status);
        break;
    }
  }

  /** Markers go to the editor of the file each one is in; the others are cleared. */
  #setErrorMarkers(markers: readonly (SourceLocation & { message: string })[]): void {
    // Kept, so an editor opened later (by a click on "line N") shows them too.
    this.#markers = markers;
    for (const file of this.#files) {
      file.editor?.setErrorMarkers(markers.filter((marker) => marker.file === file.name || (this.#files.length === 1 && !marker.file)));
    }
  }

  /** The exercise check after a run (`null`: a new run started; `idle`: back to the prompt). */
  #showCheck(status: ExampleStatus | null): void {
    const line = this.querySelector<HTMLElement>('[data-check]');
    if (!line || this.#checkExpected === null) return;
    if (status === null || status === 'idle') {
      delete line.dataset['passed'];
      line.textContent = status === null ? 'Automatic check: waiting for the run to end…' : this.#checkPrompt;
      return;
    }
    const check =
      status === 'done'
        ? checkOutput(this.#printed, this.#checkExpected)
        : { passed: false as const, reason: `the program did not finish on its own (${status === 'error' ? 'an uncaught error' : status}).` };
    line.dataset['passed'] = String(check.passed);
    line.textContent = check.passed
      ? '✓ Check passed: your program prints exactly what the solution prints.'
      : `✗ Not yet: ${check.reason}`;
  }

  #setFileSource(index: number, source: string, { save = true, fromEditor = false } = {}): void {
    const file = this.#files[index];
    if (!file) return;
    file.source = source;
    if (!fromEditor) {
      if (file.editor) {
        this.#settingEditorValue = true;
        try {
          file.editor.setValue(source);
        } finally {
          this.#settingEditorValue = false;
        }
      } else if (source !== file.original || this.isPlayground) this.#showPlainSource(index, source);
    }
    if (save && fromEditor) this.#undoableReset = null;
    this.#sourceChanged({ save });
  }

  /** The "edited" badge and Reset follow whether the code differs from the original. */
  #showEditedState(): void {
    const edited = this.#files.some((file) => file.source !== file.original);
    this.#part('[data-edited-badge]').hidden = !edited || this.isPlayground;
    this.#button('reset')?.toggleAttribute('disabled', !edited);
    for (const [index, file] of this.#files.entries()) {
      this.#tab(index)?.toggleAttribute('data-edited', file.source !== file.original);
    }
  }

  #sourceChanged({ save = true } = {}): void {
    this.#showEditedState();
    this.dispatchEvent(new CustomEvent('example-source-change', { detail: { source: this.source } }));
    // Compiling takes a few milliseconds in a worker: start it now, so that Run (often
    // Ctrl+Enter right after the last keystroke) finds the result cached or on its way.
    if (this.#editorsOpen) this.#compileAhead();
    if (!save || this.isPlayground) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#persistNow(), SAVE_DELAY_MS);
  }

  #storageKey(index: number): string {
    // The main file keeps the example's own key, so single-file examples read as before.
    return index === 0 ? this.exampleId : `${this.exampleId}::${this.#files[index]?.name ?? index}`;
  }

  #restoreSavedEdits(): void {
    this.#files.forEach((file, index) => {
      const saved = loadEdit(this.#storageKey(index));
      if (saved !== null && saved !== file.original) {
        file.source = saved;
        this.#showPlainSource(index, saved);
      }
    });
  }

  #persistNow(): void {
    clearTimeout(this.#saveTimer);
    let problem: string | null = null;
    this.#files.forEach((file, index) => {
      const key = this.#storageKey(index);
      if (file.source === file.original) {
        clearEdit(key);
        return;
      }
      const result = saveEdit(key, file.source);
      if (!result.saved) problem = `Your edits could not be saved (${result.reason}); they will be lost on reload.`;
    });
    if (problem !== this.#storageProblem) {
      this.#storageProblem = problem;
      this.#setStatus(this.status);
    }
  }

  #setStatus(status: ExampleStatus, detail?: string, durationMs?: number): void {
    this.dataset['status'] = status;
    const busy = status === 'loading' || status === 'running';
    this.#button('stop')?.toggleAttribute('disabled', !busy);
    this.setAttribute('aria-busy', String(busy));
    const text = detail ?? describeStatus(status, { durationMs, timeLimitMs: Number(this.dataset['timeLimit']) || DEFAULT_TIME_LIMIT_MS });
    this.#part('[data-status-text]').textContent = this.#storageProblem ? `${text} ${this.#storageProblem}` : text;
  }

  #offerUndo(): void {
    const status = this.#part('[data-status-text]');
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.dataset['action'] = 'undo-reset';
    undo.className = 'link-button';
    undo.textContent = 'Undo';
    undo.addEventListener('click', () => this.undoReset());
    status.replaceChildren('Restored the original code. ', undo);
  }

  #wireControls(): void {
    this.#button('run')?.addEventListener('click', () => void this.run());
    this.#button('stop')?.addEventListener('click', () => this.stop());
    this.#button('reset')?.addEventListener('click', () => this.reset());
    this.#button('edit')?.addEventListener('click', () => void this.openEditor().then((editor) => editor.focus()));
    this.#button('copy')?.addEventListener('click', () => void this.#copy(this.#files[this.#active]?.source ?? '', 'Copied the code.'));
    this.#button('share')?.addEventListener('click', () => void this.#playgroundUrl().then((url) => this.#copy(url, 'Copied a link to this code in the playground.')));
    this.#button('open-playground')?.addEventListener('click', () => void this.#playgroundUrl().then((url) => window.location.assign(url)));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.run();
      }
    });
    this.#wireTabs();
    // The playground's code comes from its page script (setSource), which enables Run.
    if (!this.isPlayground) this.#button('run')?.removeAttribute('disabled');
    for (const action of ['edit', 'copy', 'share', 'open-playground']) this.#button(action)?.removeAttribute('disabled');
    this.#showEditedState();
  }

  /** Tabs for a program the page loaded (lessons' tabs come in the HTML, see ExampleShell.astro). */
  #renderTabs(): void {
    this.querySelector('.example-tabs')?.remove();
    if (this.#files.length < 2) return;
    const tabList = document.createElement('div');
    tabList.className = 'example-tabs';
    tabList.setAttribute('role', 'tablist');
    tabList.setAttribute('aria-label', `Files of ${this.fileName}`);
    for (const [index, file] of this.#files.entries()) {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.dataset['fileTab'] = file.name;
      tab.setAttribute('aria-selected', String(index === this.#active));
      tab.tabIndex = index === this.#active ? 0 : -1;
      tab.textContent = file.name.split('/').pop() ?? file.name;
      tabList.append(tab);
    }
    this.#part('.example-bar').after(tabList);
    this.#wireTabs();
  }

  #wireTabs(): void {
    const tabs = [...this.querySelectorAll<HTMLButtonElement>('[data-file-tab]')];
    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => this.#showFile(index));
      tab.addEventListener('keydown', (event) => {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        const target = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : step ? (index + step + tabs.length) % tabs.length : null;
        if (target === null) return;
        event.preventDefault();
        this.#showFile(target);
        tabs[target]?.focus();
      });
    });
  }

  /** Shows one file, in the highlighted code or in the editor, and marks its tab. */
  #showFile(index: number): void {
    this.#active = index;
    this.querySelectorAll<HTMLElement>('[data-file-tab]').forEach((tab, tabIndex) => {
      tab.setAttribute('aria-selected', String(tabIndex === index));
      tab.tabIndex = tabIndex === index ? 0 : -1;
    });
    this.querySelectorAll<HTMLElement>('[data-code] [data-file-panel]').forEach((panel, panelIndex) => {
      panel.hidden = panelIndex !== index;
    });
    this.querySelectorAll<HTMLElement>('[data-editor] [data-editor-pane]').forEach((pane, paneIndex) => {
      pane.hidden = paneIndex !== index;
    });
  }

  async #playgroundUrl(): Promise<string> {
    const { programHash } = await import('../../lib/program-link');
    const hash = programHash(this.files, Number(this.dataset['timeLimit']) || DEFAULT_TIME_LIMIT_MS);
    return new URL(`${sitePath('playground/')}#${hash}`, window.location.href).href;
  }

  async #copy(text: string, confirmation: string): Promise<void> {
    const copied = await copyText(text);
    this.#part('[data-status-text]').textContent = copied ? confirmation : 'Could not copy: this browser did not allow it.';
  }

  #moveFocusOutOfEditor(direction: 'forward' | 'backward'): void {
    if (direction === 'forward') this.#part('[data-output]').focus();
    else (this.#button('reset') ?? this.#button('run'))?.focus();
  }

  /** The pane of `[data-editor]` that holds one file's plain source or editor. */
  #editorPane(index: number): HTMLElement {
    const container = this.#part('[data-editor]');
    let pane = container.querySelector<HTMLElement>(`[data-editor-pane="${index}"]`);
    if (!pane) {
      pane = document.createElement('div');
      pane.dataset['editorPane'] = String(index);
      pane.className = 'example-editor-pane';
      pane.hidden = index !== this.#active;
      container.append(pane);
      // Panes are created in any order; keep them in file order.
      const panes = [...container.querySelectorAll<HTMLElement>('[data-editor-pane]')];
      panes.sort((a, b) => Number(a.dataset['editorPane']) - Number(b.dataset['editorPane']));
      container.append(...panes);
    }
    return pane;
  }

  /** Shows edited code without loading the editor (after a reload, or set by the playground). */
  #showPlainSource(index: number, source: string): void {
    // Every file gets a pane, so switching tabs shows each file's current code.
    this.#files.forEach((file, fileIndex) => {
      const pane = this.#editorPane(fileIndex);
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
      this.dispatchEvent(new CustomEvent('example-plain-source', { detail: { pre, source: pre.textContent } }));
    });
    this.#part('[data-editor]').hidden = false;
    this.#part('[data-code]').hidden = true;
  }

  #showOriginalHighlighting(): void {
    const code = this.#part('[data-code]');
    if (!code.childElementCount) return;
    this.#part('[data-editor]').hidden = true;
    code.hidden = false;
  }

  #part(selector: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`<code-example> is missing ${selector}`);
    return element;
  }

  #button(action: string): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  #tab(index: number): HTMLElement | null {
    return this.querySelectorAll<HTMLElement>('[data-file-tab]')[index] ?? null;
  }
}

if (!customElements.get('code-example')) customElements.define('code-example', CodeExampleElement);
