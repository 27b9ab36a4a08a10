/**
 * `<code-example>`: the behaviour of a runnable example (lessons and the playground).
 * It owns the example's current source, runs it through the shared sandbox runner,
 * shows the output and status as shared/CONTRACT.md specifies, and loads an editor
 * only when the reader asks to edit. The runtime (compile, run) knows nothing of it.
 */
import type { CompiledProgram, SourceLocation } from '../../runtime/protocol';
import { DEFAULT_TIME_LIMIT_MS, type RunEvent, type RunHandle } from '../../runtime/runner';
import type { EditorHandle } from '../../editor/editor-handle';
import { clearEdit, loadEdit, saveEdit } from './edit-store';
import { OutputView } from './output-view';
import { prepareWhenIdle, sharedRunner } from './shared-runner';
import { describeStatus, type ExampleStatus } from './status-text';

/** What the build embeds in `<script type="application/json" data-program>`. */
interface EmbeddedProgram {
  readonly source: string;
  readonly program: CompiledProgram;
}

const SAVE_DELAY_MS = 300;

export class CodeExampleElement extends HTMLElement {
  #original = '';
  #source = '';
  /** Compiled at build time, for the source as written. */
  #precompiled = new Map<string, CompiledProgram>();
  #run: RunHandle | null = null;
  #runToken = 0;
  #editor: EditorHandle | null = null;
  #editorLoading: Promise<EditorHandle> | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #storageProblem: string | null = null;
  #output!: OutputView;
  #connected = false;

  get exampleId(): string {
    return this.dataset['example'] ?? 'example';
  }

  get fileName(): string {
    return this.dataset['file'] ?? 'main.ts';
  }

  get isPlayground(): boolean {
    return this.hasAttribute('data-playground');
  }

  get source(): string {
    return this.#source;
  }

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    this.#output = new OutputView(this.#part('[data-output]'), (location) => void this.revealLocation(location));
    const embedded = this.querySelector<HTMLScriptElement>('script[data-program]');
    if (embedded?.textContent) {
      const { source, program } = JSON.parse(embedded.textContent) as EmbeddedProgram;
      this.#original = source;
      this.#precompiled.set(source, program);
    }
    this.#source = this.#original;
    if (!this.isPlayground) {
      const saved = loadEdit(this.exampleId);
      if (saved !== null && saved !== this.#original) {
        this.#source = saved;
        this.#showPlainSource(saved);
      }
    }
    this.#wireControls();
    this.#setStatus('idle');
    prepareWhenIdle();
  }

  /** Adds programs compiled at build time (the playground's starters) to skip the compiler for them. */
  addPrecompiled(source: string, program: CompiledProgram): void {
    this.#precompiled.set(source, program);
  }

  /** Replaces the code, as typing would (the playground sets it from the URL and starters). */
  setSource(source: string, { asOriginal = false } = {}): void {
    if (asOriginal) this.#original = source;
    this.#source = source;
    this.#button('run')?.removeAttribute('disabled');
    if (this.#editor && this.#editor.getValue() !== source) this.#editor.setValue(source);
    else if (!this.#editor) this.#showPlainSource(source);
    this.#sourceChanged();
  }

  async run(): Promise<void> {
    const token = ++this.#runToken;
    // The latest run wins: the previous one is ended and its late events are ignored.
    this.#run?.stop();
    this.#run = null;
    this.#output.clear();
    this.#editor?.setErrorMarkers([]);
    this.#setStatus('loading', 'Starting…');
    const program = await this.#programFor(this.#source, token);
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

  reset(): void {
    this.#runToken++;
    this.#run?.stop();
    this.#run = null;
    this.#output.clear();
    clearTimeout(this.#saveTimer);
    clearEdit(this.exampleId);
    this.#source = this.#original;
    this.#editor?.setValue(this.#original);
    this.#editor?.setErrorMarkers([]);
    if (!this.#editor) this.#showOriginalHighlighting();
    this.#sourceChanged({ save: false });
    this.#setStatus('idle');
  }

  /** Loads the editor (once) and shows it in place of the highlighted code. */
  openEditor(): Promise<EditorHandle> {
    this.#editorLoading ??= (async () => {
      this.#button('edit')?.setAttribute('disabled', '');
      const { warmCompiler } = await import('../../runtime/compiler');
      warmCompiler();
      const { mountEditor } = await import('../../editor/mount-editor');
      const container = this.#part('[data-editor]');
      const editor = await mountEditor(container, {
        value: this.#source,
        // The TypeScript worker needs a .ts path: lessons' ids end in one, the playground's does not.
        modelPath: this.exampleId.endsWith('.ts') ? this.exampleId : `${this.exampleId}/${this.fileName}`,
        label: `Code of ${this.fileName}`,
        onChange: (value) => {
          this.#source = value;
          this.#sourceChanged();
        },
        onRun: () => void this.run(),
        onLeave: (direction) => this.#moveFocusOutOfEditor(direction),
      });
      // The code may have changed while the editor loaded (the playground sets it from the URL).
      if (editor.getValue() !== this.#source) editor.setValue(this.#source);
      container.hidden = false;
      this.#part('[data-code]').hidden = true;
      this.#editor = editor;
      return editor;
    })();
    return this.#editorLoading;
  }

  async revealLocation(location: SourceLocation): Promise<void> {
    const editor = await this.openEditor();
    editor.revealPosition(location.line, location.column);
  }

  async #programFor(source: string, token: number): Promise<CompiledProgram | null> {
    const precompiled = this.#precompiled.get(source);
    if (precompiled) return precompiled;
    const { compileTypeScript, onCompilerProgress } = await import('../../runtime/compiler');
    const stopListening = onCompilerProgress(({ loadedBytes, totalBytes }) => {
      if (token !== this.#runToken) return;
      const megabytes = (loadedBytes / 1_048_576).toFixed(1);
      const percent = totalBytes ? ` (${Math.min(100, Math.round((loadedBytes / totalBytes) * 100))}%)` : '';
      this.#setStatus('loading', `Downloading the compiler: ${megabytes} MB${percent}…`);
    });
    this.#setStatus('loading', 'Compiling…');
    try {
      const result = await compileTypeScript(source, this.fileName);
      if (token !== this.#runToken) return null;
      if (result.ok) return result.program;
      this.#output.append(
        result.errors.map((error) => ({
          level: 'error' as const,
          text: error.text,
          location: error.line === null ? null : { line: error.line, column: error.column ?? 1 },
        })),
      );
      this.#output.flush();
      this.#editor?.setErrorMarkers(
        result.errors.flatMap((error) =>
          error.line === null ? [] : [{ line: error.line, column: error.column ?? 1, message: error.text }],
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

  #onRunEvent(event: RunEvent): void {
    switch (event.type) {
      case 'started':
        this.#setStatus('running');
        break;
      case 'entries':
        this.#output.append(event.entries);
        for (const entry of event.entries) {
          if (entry.level === 'error' && entry.location) {
            this.#editor?.setErrorMarkers([{ ...entry.location, message: entry.text }]);
          }
        }
        break;
      case 'end':
        this.#output.flush();
        this.#run = null;
        this.#setStatus(event.status, undefined, event.durationMs);
        break;
    }
  }

  /** The "edited" badge and Reset follow whether the code differs from the original. */
  #showEditedState(): void {
    const edited = this.#source !== this.#original;
    this.#part('[data-edited-badge]').hidden = !edited || this.isPlayground;
    this.#button('reset')?.toggleAttribute('disabled', !edited);
  }

  #sourceChanged({ save = true } = {}): void {
    this.#showEditedState();
    this.dispatchEvent(new CustomEvent('example-source-change', { detail: { source: this.#source } }));
    if (!save || this.isPlayground) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#persist(), SAVE_DELAY_MS);
  }

  #persist(): void {
    if (this.#source === this.#original) {
      clearEdit(this.exampleId);
      return;
    }
    const result = saveEdit(this.exampleId, this.#source);
    const problem = result.saved ? null : `Your edits could not be saved (${result.reason}); they will be lost on reload.`;
    if (problem !== this.#storageProblem) {
      this.#storageProblem = problem;
      this.#setStatus(this.status);
    }
  }

  get status(): ExampleStatus {
    return (this.dataset['status'] as ExampleStatus | undefined) ?? 'idle';
  }

  #setStatus(status: ExampleStatus, detail?: string, durationMs?: number): void {
    this.dataset['status'] = status;
    const busy = status === 'loading' || status === 'running';
    this.#button('stop')?.toggleAttribute('disabled', !busy);
    this.setAttribute('aria-busy', String(busy));
    const text = detail ?? describeStatus(status, { durationMs, timeLimitMs: Number(this.dataset['timeLimit']) || DEFAULT_TIME_LIMIT_MS });
    this.#part('[data-status-text]').textContent = this.#storageProblem ? `${text} ${this.#storageProblem}` : text;
  }

  #wireControls(): void {
    this.#button('run')?.addEventListener('click', () => void this.run());
    this.#button('stop')?.addEventListener('click', () => this.stop());
    this.#button('reset')?.addEventListener('click', () => this.reset());
    this.#button('edit')?.addEventListener('click', () => void this.openEditor().then((editor) => editor.focus()));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.run();
      }
    });
    // The playground's code comes from its page script (setSource), which enables Run.
    if (!this.isPlayground) this.#button('run')?.removeAttribute('disabled');
    this.#button('edit')?.removeAttribute('disabled');
    this.#showEditedState();
  }

  #moveFocusOutOfEditor(direction: 'forward' | 'backward'): void {
    if (direction === 'forward') this.#part('[data-output]').focus();
    else (this.#button('reset') ?? this.#button('run'))?.focus();
  }

  /** Shows edited code without loading the editor (after a reload, or set by the playground). */
  #showPlainSource(source: string): void {
    const container = this.#part('[data-editor]');
    let pre = container.querySelector<HTMLPreElement>('pre.plain-source');
    if (!pre) {
      pre = document.createElement('pre');
      pre.className = 'plain-source';
      pre.tabIndex = 0;
      container.replaceChildren(pre);
    }
    pre.textContent = source;
    container.hidden = false;
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
}

if (!customElements.get('code-example')) customElements.define('code-example', CodeExampleElement);
