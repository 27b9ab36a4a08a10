/**
 * `<code-example>`: the behaviour of a runnable example (lessons and the playground).
 * It owns the example's files (one, or several shown as tabs), runs them through the
 * shared sandbox runner, shows the output and status as shared/CONTRACT.md specifies,
 * and loads an editor only when the reader asks to edit. The runtime (compile, run)
 * knows nothing of it.
 */
import type { SourceFile } from '../../runtime/compile-options';
import type { CompiledProgram, SourceLocation } from '../../runtime/protocol';
import { DEFAULT_TIME_LIMIT_MS, type RunEvent, type RunHandle } from '../../runtime/runner';
import type { EditorHandle } from '../../editor/editor-handle';
import { preloadEditorChunks, prefersPlainEditor } from '../../editor/preload-editor';
import { sitePath } from '../../lib/site-path';
import { editorModelPath, editorPane, part, showEditorArea, showOriginalHighlighting, showPlainSource } from './code-panes';
import { forgetEdits, persistEdits, restoreSavedEdits } from './edit-persistence';
import { readEmbeddedProgram, sourcesKey, toExampleFiles, type ExampleFile } from './example-files';
import { ExerciseCheck } from './exercise-check';
import { renderFileTabs, showFilePanes, wireFileTabs } from './file-tabs';
import { OutputView } from './output-view';
import { compileAhead, programForFiles, type ProgramRequest, type ProgramResult } from './program-for-files';
import { prepareWhenIdle, sharedRunner } from './shared-runner';
import { describeStatus, type ExampleStatus } from './status-text';

const SAVE_DELAY_MS = 300;

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
  #check!: ExerciseCheck;
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
    const { files, program } = readEmbeddedProgram(this, this.fileName);
    this.#files = toExampleFiles(files);
    if (program) this.#precompiled.set(sourcesKey(files.map((file) => file.source)), program);
    this.#check = new ExerciseCheck(this);
    if (!this.isPlayground) restoreSavedEdits(this.exampleId, this.#files, (index, source) => this.#showPlainSource(index, source));
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
    this.#enableRunControls();
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
      this.#files = toExampleFiles(files);
      this.#active = 0;
      this.dataset['file'] = main.name;
      this.#part('.example-file').textContent = main.name;
      this.querySelector('.example-actions')?.setAttribute('aria-label', `Actions for ${main.name}`);
      this.#part('[data-output]').setAttribute('aria-label', `Output of ${main.name}`);
      renderFileTabs(this, this.#files.map((file) => file.name), this.#active, this.fileName);
      wireFileTabs(this, (index) => this.#showFile(index));
      if (editorsWanted) void this.openEditor();
    }
    files.forEach(({ source }, index) => {
      const file = this.#files[index];
      if (file && asOriginal) file.original = source;
      this.#setFileSource(index, source);
    });
    this.#enableRunControls();
    await this.#editorLoading;
  }

  async run(): Promise<void> {
    const token = ++this.#runToken;
    // The latest run wins: the previous one is ended and its late events are ignored.
    this.#run?.stop();
    this.#run = null;
    this.#output.clear({ keepHeight: true });
    this.#printed = [];
    this.#check.show(null);
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
    forgetEdits(this.exampleId, this.#files);
    this.#files.forEach((file, index) => this.#setFileSource(index, file.original, { save: false }));
    this.#setErrorMarkers([]);
    if (!this.#editorsOpen) showOriginalHighlighting(this);
    this.#setStatus('idle');
    this.#check.show('idle');
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
      preloadEditorChunks();
      const { mountEditors } = await import('../../editor/mount-editor');
      const editors = await mountEditors(
        this.#files.map((file, index) => ({
          container: editorPane(this, index, this.#active),
          options: {
            value: file.source,
            modelPath: editorModelPath(this.exampleId, this.#files.map((each) => each.name), index),
            label: `Code of ${file.name}`,
            onChange: (value: string) => {
              if (!this.#settingEditorValue) this.#setFileSource(index, value, { fromEditor: true });
            },
            onRun: () => void this.run(),
            onLeave: (direction: 'forward' | 'backward') => this.#moveFocusOutOfEditor(direction),
          },
        })),
        { plain: prefersPlainEditor() },
      );
      for (const [index, file] of this.#files.entries()) {
        file.editor = editors[index] ?? null;
        // The code may have changed while the editor loaded (the playground sets it from the URL).
        if (file.editor && file.editor.getValue() !== file.source) this.#setFileSource(index, file.source, { save: false });
      }
      this.#editorsOpen = true;
      this.#setErrorMarkers(this.#markers);
      showEditorArea(this);
      this.#showFile(this.#active);
      // A Monaco editor of a hidden pane measured nothing; ask it to measure again now.
      window.dispatchEvent(new Event('resize'));
      // The compiler starts once the editor is on screen: on a small machine it would
      // otherwise compete with Monaco for the CPU.
      const severalFiles = this.#files.length > 1;
      void import('../../runtime/compiler').then(({ warmCompiler }) => warmCompiler({ severalFiles }));
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
    const result = await programForFiles(files, {
      precompiled: this.#precompiled,
      isCurrent: () => token === this.#runToken,
      onProgress: (text) => this.#setStatus('loading', text),
    });
    switch (result.kind) {
      case 'program':
        return result.program;
      case 'errors':
        this.#output.append(result.errors.map((error) => ({ level: 'error' as const, text: error.text, location: error.location })));
        this.#output.flush();
        this.#setErrorMarkers(result.errors.flatMap((error) => (error.location ? [{ ...error.location, message: error.text }] : [])));
        this.#setStatus('error', 'Did not compile: fix the error shown below and run again.');
        return null;
      case 'compiler-failed':
        this.#output.append([{ level: 'system', text: result.message }]);
        this.#output.flush();
        this.#setStatus('error', 'The compiler could not start. Check your connection and run again.');
        return null;
      case 'cancelled':
        return null;
    }
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
        this.#check.show(event.status, this.#printed, this.files);
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
    if (this.#editorsOpen) compileAhead(this.files, this.#precompiled);
    if (!save || this.isPlayground) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#persistNow(), SAVE_DELAY_MS);
  }

  #persistNow(): void {
    clearTimeout(this.#saveTimer);
    const problem = persistEdits(this.exampleId, this.#files);
    if (problem !== this.#storageProblem) {
      this.#storageProblem = problem;
      this.#setStatus(this.status);
    }
  }

  #setStatus(status: ExampleStatus, detail?: string, durationMs?: number): void {
    this.dataset['status'] = status;
    const busy = status === 'loading' || status === 'running';
    if (!busy) this.#output.releaseHeight();
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
    // A pointer on Run comes a moment before its click: a sandbox starts then if none is
    // waiting (the playground starts its first only once the editor is on screen).
    this.#button('run')?.addEventListener('pointerenter', () => sharedRunner().prepare(), { passive: true });
    this.#button('run')?.addEventListener('click', () => void this.run());
    this.#button('stop')?.addEventListener('click', () => this.stop());
    this.#button('reset')?.addEventListener('click', () => this.reset());
    // A mouse press comes 100 ms or so before its click: the editor's download starts then.
    this.#button('edit')?.addEventListener('pointerdown', preloadEditorChunks, { once: true, passive: true });
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
    wireFileTabs(this, (index) => this.#showFile(index));
    this.#button('step-through')?.addEventListener('click', () => void this.stepThrough());
    // The playground's code comes from its page script (setSource), which enables Run.
    if (!this.isPlayground) this.#enableRunControls();
    for (const action of ['edit', 'copy', 'share', 'open-playground']) this.#button(action)?.removeAttribute('disabled');
    this.#showEditedState();
  }

  /** Shows one file, in the highlighted code or in the editor, and marks its tab. */
  #showFile(index: number): void {
    this.#active = index;
    showFilePanes(this, index);
  }

  #enableRunControls(): void {
    for (const action of ['run', 'step-through']) this.#button(action)?.removeAttribute('disabled');
  }

  /** Records the current code's execution and opens the step-through panel (loaded on first use). */
  async stepThrough(options: { startAt?: number | null } = {}): Promise<void> {
    const { stepThrough } = await import('../trace/step-through');
    await stepThrough(this, options);
  }

  /** The compiled program for the current code, for Step through (compiled as Run compiles it). */
  compileCurrent(request: Omit<ProgramRequest, 'precompiled'>): Promise<ProgramResult> {
    return programForFiles(this.files, { ...request, precompiled: this.#precompiled });
  }

  get isUnedited(): boolean {
    return !this.isPlayground && this.#files.every((file) => file.source === file.original);
  }

  showFileNamed(name: string): void {
    const index = this.#files.findIndex((file) => file.name === name);
    if (index >= 0 && index !== this.#active) this.#showFile(index);
  }

  editorFor(name: string): EditorHandle | null {
    return this.#editorsOpen ? (this.#files.find((file) => file.name === name)?.editor ?? null) : null;
  }

  async #playgroundUrl(): Promise<string> {
    const { programHash } = await import('../../lib/program-link');
    const hash = programHash(this.files, Number(this.dataset['timeLimit']) || DEFAULT_TIME_LIMIT_MS);
    return new URL(`${sitePath('playground/')}#${hash}`, window.location.href).href;
  }

  async #copy(text: string, confirmation: string): Promise<void> {
    // Loaded on the click (few readers copy); well within the click's user activation.
    const { copyText } = await import('./clipboard');
    const copied = await copyText(text);
    this.#part('[data-status-text]').textContent = copied ? confirmation : 'Could not copy: this browser did not allow it.';
  }

  #moveFocusOutOfEditor(direction: 'forward' | 'backward'): void {
    if (direction === 'forward') this.#part('[data-output]').focus();
    else (this.#button('reset') ?? this.#button('run'))?.focus();
  }

  #showPlainSource(index: number, source: string): void {
    showPlainSource(this, this.#files, this.#active, index, source);
  }

  #part(selector: string): HTMLElement {
    return part(this, selector);
  }

  #button(action: string): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  #tab(index: number): HTMLElement | null {
    return this.querySelectorAll<HTMLElement>('[data-file-tab]')[index] ?? null;
  }
}

if (!customElements.get('code-example')) customElements.define('code-example', CodeExampleElement);
