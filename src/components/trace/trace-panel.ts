/**
 * The step-through panel: holds one recording as it arrives and shows any step of it.
 * Moves (buttons, keys, scrubber, Play) only set the step wanted; drawing happens once
 * per animation frame and touches only what changed (see trace-lists.ts), so scrubbing
 * through thousands of steps never blocks the page.
 */
import type { OutputEntry } from '../../runtime/protocol';
import type { TraceStatus, TraceStep } from '../../runtime/trace/trace-format';
import { checkOutput } from '../example/output-check';
import { OutputView } from '../example/output-view';
import { CodeLineHighlight, type HighlightTarget } from './code-line-highlight';
import { buildTracePanel, type TracePanelParts } from './trace-panel-dom';
import { describeLocation, formatMs, frameRow, jobRow, promiseRow, timerRow, updateList } from './trace-lists';
import { moveForKey, targetStep, type TraceMove } from './trace-navigation';

/** How long the reader must stay on a step before it is announced (scrubbing and Play are not read out). */
const ANNOUNCE_DELAY_MS = 400;

export interface TracePanelOptions {
  /** The program's main file now (the playground can replace its files). */
  readonly mainFile: () => string;
  /** Called when the shown step changes (the playground keeps it in the address). */
  readonly onStepChange?: (step: number) => void;
  readonly onClose?: () => void;
}

export class TracePanel {
  readonly parts: TracePanelParts;
  #steps: TraceStep[] = [];
  #output: OutputEntry[] = [];
  #status: TraceStatus = 'recording';
  #current = 0;
  /** The step to open at once it has been recorded (a playground link's `&step=N`). */
  #wanted: number | null = null;
  #drawn = -1;
  #frame = 0;
  #outputShown = 0;
  #outputView: OutputView;
  #highlight: CodeLineHighlight;
  #playTimer: ReturnType<typeof setInterval> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The recorded output of the unedited example, to compare with (null: nothing to compare). */
  #expected: string | null = null;

  constructor(
    example: HighlightTarget,
    private readonly options: TracePanelOptions,
  ) {
    this.parts = buildTracePanel(options.mainFile());
    this.#outputView = new OutputView(this.parts.output, () => {});
    this.#highlight = new CodeLineHighlight(example);
    this.#wire();
  }

  get status(): TraceStatus {
    return this.#status;
  }

  /** Empties the panel for a new recording; `startAt` is the step to open at, when it exists. */
  startRecording(expected: string | null, startAt: number | null): void {
    this.#stopPlaying();
    this.#steps = [];
    this.#output = [];
    this.#expected = expected;
    this.#current = 0;
    this.#wanted = startAt;
    this.#drawn = -1;
    this.#outputShown = 0;
    this.#outputView.clear();
    this.parts.root.hidden = false;
    this.parts.difference.hidden = true;
    this.#setStatus('recording', 'Recording the program, step by step…');
    this.#scheduleDraw();
  }

  /** Progress before recording starts (compiling, loading the recorder). */
  showProgress(text: string): void {
    if (this.#status === 'recording') this.parts.statusText.textContent = text;
  }

  addChunk(steps: readonly TraceStep[], output: readonly OutputEntry[]): void {
    this.#steps.push(...steps);
    this.#output.push(...output);
    if (this.#wanted !== null && this.#wanted < this.#steps.length) {
      this.#current = this.#wanted;
      this.#wanted = null;
    }
    this.#scheduleDraw();
  }

  end(status: Exclude<TraceStatus, 'recording'>, reason: string | null): void {
    if (this.#wanted !== null) {
      this.#current = Math.max(0, Math.min(this.#wanted, this.#steps.length - 1));
      this.#wanted = null;
    }
    const count = `${this.#steps.length.toLocaleString('en-US')} step${this.#steps.length === 1 ? '' : 's'}`;
    const tasks = (this.#steps.at(-1)?.task ?? 0) + 1;
    const text =
      status === 'complete'
        ? `Recorded ${count} in ${tasks} turn${tasks === 1 ? '' : 's'} of the event loop. Step through with the buttons or the keys below.`
        : status === 'failed'
          ? reason ?? 'The program did not compile.'
          : `${reason ?? 'The recording stopped early.'} ${count} recorded.`;
    this.#setStatus(status, text);
    if (status === 'complete') this.#compareOutput();
    this.#scheduleDraw();
  }

  close(): void {
    this.#stopPlaying();
    this.#highlight.clear();
    this.parts.root.hidden = true;
    this.options.onClose?.();
  }

  go(move: TraceMove): void {
    this.goTo(targetStep(this.#steps, this.#current, move));
  }

  goTo(step: number): void {
    const last = Math.max(0, this.#steps.length - 1);
    this.#current = Math.max(0, Math.min(last, Math.round(step)));
    this.#wanted = null;
    this.#scheduleDraw();
  }

  #setStatus(status: TraceStatus, text: string): void {
    this.#status = status;
    this.parts.root.dataset['status'] = status;
    this.parts.root.setAttribute('aria-busy', String(status === 'recording'));
    this.parts.statusText.textContent = text;
  }

  /** Says so when the recording printed something a plain run does not (engine differences). */
  #compareOutput(): void {
    if (this.#expected === null) return;
    const check = checkOutput(this.#output.map((entry) => entry.text), this.#expected);
    this.parts.difference.hidden = check.passed;
    if (!check.passed) {
      this.parts.difference.textContent =
        `This recording's output differs from a plain run's: ${check.reason} ` +
        'The recorder runs the program in an engine written in JavaScript, which lacks a few browser features and words some error messages differently.';
    }
  }

  #scheduleDraw(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  #draw(): void {
    const { parts } = this;
    const total = this.#steps.length;
    parts.root.dataset['steps'] = String(total);
    parts.scrubber.max = String(Math.max(0, total - 1));
    parts.scrubber.disabled = total === 0;
    const index = this.#current;
    const step = this.#steps[index];
    parts.root.dataset['step'] = String(index);
    parts.scrubber.value = String(index);
    const more = this.#status === 'recording' ? ' so far' : '';
    parts.position.textContent = total ? `Step ${index + 1} of ${total}${more}` : 'No steps yet';
    parts.scrubber.setAttribute('aria-valuetext', total ? `Step ${index + 1} of ${total}` : 'No steps');
    for (const [move, button] of Object.entries(parts.buttons) as [TraceMove, HTMLButtonElement][]) {
      const atStart = index === 0 && (move === 'step-first' || move === 'step-prev' || move === 'task-prev');
      const atEnd = index >= total - 1 && (move === 'step-last' || move === 'step-next' || move === 'task-next');
      // aria-disabled rather than disabled, so a focused button keeps the focus at the ends.
      button.setAttribute('aria-disabled', String(total === 0 || atStart || atEnd));
    }
    if (!step || index === this.#drawn) {
      if (!step) this.#highlight.clear();
      return;
    }
    this.#drawn = index;
    const main = this.options.mainFile();
    if (step.location) {
      parts.root.dataset['file'] = step.location.file;
      parts.root.dataset['line'] = String(step.location.line);
    } else {
      delete parts.root.dataset['file'];
      delete parts.root.dataset['line'];
    }
    parts.clock.textContent = formatMs(step.clockMs);
    parts.description.textContent = step.description;
    updateList(parts.stack, step.stack.map((frame) => frameRow(frame, main)));
    updateList(parts.microtasks, step.microtasks.map((job) => jobRow(job, main)));
    updateList(parts.tasks, step.tasks.map((job) => jobRow(job, main)));
    updateList(parts.timers, step.timers.map((timer) => timerRow(timer, main)));
    updateList(parts.promises, step.promises.map((promise) => promiseRow(promise, main)));
    // The code's mark first: the output's scroll position is the frame's only layout read.
    this.#highlight.show(step.location);
    this.#drawOutput(step.outputLength);
    this.options.onStepChange?.(index);
    this.#announceLater(step, index, total);
  }

  /** Output up to the step: appended or removed at the end, never redrawn whole. */
  #drawOutput(length: number): void {
    const wanted = Math.min(length, this.#output.length);
    if (wanted === 0 && this.#outputShown > 0) this.#outputView.clear();
    else if (wanted < this.#outputShown) {
      const container = this.parts.output;
      for (let count = this.#outputShown - wanted; count > 0; count--) container.lastElementChild?.remove();
    } else if (wanted > this.#outputShown) {
      this.#outputView.append(this.#output.slice(this.#outputShown, wanted));
      this.#outputView.flush();
    }
    this.#outputShown = wanted;
  }

  #announceLater(step: TraceStep, index: number, total: number): void {
    clearTimeout(this.#announceTimer);
    if (this.#playTimer !== undefined) return;
    this.#announceTimer = setTimeout(() => {
      const where = step.location ? `, ${describeLocation(step.location, this.options.mainFile())}` : '';
      this.parts.announcer.textContent = `Step ${index + 1} of ${total}${where}: ${step.description}`;
    }, ANNOUNCE_DELAY_MS);
  }

  #togglePlay(): void {
    if (this.#playTimer !== undefined) {
      this.#stopPlaying();
      return;
    }
    if (this.#current >= this.#steps.length - 1 && this.#status !== 'recording') this.goTo(0);
    this.parts.play.setAttribute('aria-pressed', 'true');
    this.parts.play.textContent = 'Pause';
    const interval = 1000 / Number(this.parts.speed.value || 2);
    this.#playTimer = setInterval(() => {
      if (this.#current < this.#steps.length - 1) this.goTo(this.#current + 1);
      else if (this.#status !== 'recording') this.#stopPlaying();
    }, interval);
  }

  #stopPlaying(): void {
    if (this.#playTimer === undefined) return;
    clearInterval(this.#playTimer);
    this.#playTimer = undefined;
    this.parts.play.setAttribute('aria-pressed', 'false');
    this.parts.play.textContent = 'Play';
    this.#drawn = -1;
    this.#scheduleDraw();
  }

  #wire(): void {
    const { parts } = this;
    for (const [move, button] of Object.entries(parts.buttons) as [TraceMove, HTMLButtonElement][]) {
      button.addEventListener('click', () => {
        this.#stopPlaying();
        this.go(move);
      });
    }
    parts.play.addEventListener('click', () => this.#togglePlay());
    parts.speed.addEventListener('change', () => {
      if (this.#playTimer === undefined) return;
      this.#stopPlaying();
      this.#togglePlay();
    });
    parts.close.addEventListener('click', () => this.close());
    parts.scrubber.addEventListener('input', () => {
      this.#stopPlaying();
      this.goTo(Number(parts.scrubber.value));
    });
    parts.root.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      // The scrubber and the speed menu handle their own arrow keys.
      if (target === parts.scrubber || target === parts.speed) return;
      if ((event.key === 'p' || event.key === 'P') && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        this.#togglePlay();
        return;
      }
      const move = moveForKey(event);
      if (!move) return;
      event.preventDefault();
      this.#stopPlaying();
      this.go(move);
    });
  }
}
