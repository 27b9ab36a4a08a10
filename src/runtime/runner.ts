/**
 * Runs compiled programs in isolated sandboxes and reports what they print.
 *
 * Each run gets a fresh sandbox: its own worker, started in an opaque-origin frame (see
 * sandbox-frame.ts). When the run ends, for whatever reason, its worker is ended, and with
 * it every timer the program left, so nothing from an old run can print into a new one; a
 * run that reached its time limit also takes its frame with it. Starting a worker takes
 * longer than running most programs (50-250 ms on a small machine), so one is kept started
 * ahead, and four once the reader has run something: Run pressed again and again the moment
 * the last run ended still finds one ready. The one a run took is replaced once that run
 * has printed (sooner, its start would delay the run's first output), one start at a time;
 * the rest are filled up when runs pause and the page is idle. A sandbox serves exactly
 * one run.
 */
import {
  isSandboxToHostMessage,
  isTimelineEvent,
  type CompiledProgram,
  type ConnectMessage,
  type HostToSandboxMessage,
  type OutputEntry,
  type OutputLimits,
  type SandboxToHostMessage,
  type SourceLocation,
  type TimelineEvent,
} from './protocol';
import { whenIdle } from '../lib/when-idle';
import { SandboxFrame, type Sandbox } from './sandbox-frame';

export type FinalStatus = 'done' | 'error' | 'timeout' | 'stopped';

/** An entry as the page shows it; errors carry the TypeScript position they point at. */
export interface DisplayEntry extends OutputEntry {
  readonly location?: SourceLocation | null;
}

export type RunEvent =
  /** The program has been handed to its sandbox and is running. */
  | { readonly type: 'started' }
  | { readonly type: 'entries'; readonly entries: readonly DisplayEntry[] }
  /** Events for the timeline panel (checked by the sandbox; see TimelineEvent). */
  | { readonly type: 'timeline'; readonly events: readonly TimelineEvent[] }
  | { readonly type: 'end'; readonly status: FinalStatus; readonly durationMs: number };

export interface RunOptions {
  /** Wall-clock limit in milliseconds, counted from the moment the program starts. */
  readonly timeLimitMs: number;
  readonly limits?: OutputLimits;
}

export interface RunHandle {
  /** Ends the run now (status `stopped`); does nothing once it has ended. */
  stop(): void;
  readonly ended: Promise<FinalStatus>;
}

export const DEFAULT_TIME_LIMIT_MS = 5000;
export const DEFAULT_OUTPUT_LIMITS: OutputLimits = { maxEntries: 1000, maxEntryLength: 10_000 };
/** How long a sandbox may take to start before the run is given up as failed. */
const SANDBOX_START_LIMIT_MS = 15_000;
/** Sandboxes (workers) kept started ahead of the next runs. */
const READY_SANDBOXES = 4;
/** How long after the last run ended the spares are filled up. */
const QUIET_BEFORE_REPLACING_MS = 300;
/** How long a replacement waits for the page to be idle before it is started anyway. */
const REPLACE_WHEN_IDLE_LIMIT_MS = 1000;

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** A sandbox started ahead of a run, and whether it has said it is ready. */
interface SpareSandbox {
  readonly sandbox: Sandbox;
  started: boolean;
}

export class SandboxRunner {
  #frame: SandboxFrame | null = null;
  #spares: SpareSandbox[] = [];
  #topUpTimer: ReturnType<typeof setTimeout> | undefined;
  /** One spare until the reader first runs something (a page is mostly read), then READY_SANDBOXES. */
  #sparesWanted = 1;
  /** Replacements that runs asked for and that wait for the spare now starting (see #startOwedSpare). */
  #sparesOwed = 0;

  constructor(private readonly documentUrl: string) {}

  /**
   * Starts a fresh worker in this runner's frame (a new frame if it has none, or its frame
   * is retired): a run's, or with `connect-trace` the step-through recorder, which then
   * needs no frame of its own to be made and loaded (about 80 ms of the first step).
   */
  startWorker(connect?: ConnectMessage | Promise<ConnectMessage>): Sandbox {
    if (!this.#frame || this.#frame.retired) this.#frame = new SandboxFrame(this.documentUrl);
    return this.#frame.start(connect);
  }

  #addSpare(): void {
    const spare: SpareSandbox = { sandbox: this.startWorker(), started: false };
    void spare.sandbox.ready.then(() => {
      spare.started = true;
      this.#startOwedSpare();
    });
    this.#spares.push(spare);
  }

  /** True while a spare is starting: the next waits for it (see #startOwedSpare). */
  get #spareStarting(): boolean {
    return this.#spares.some((spare) => !spare.started);
  }

  /** A run took a spare: one more is owed, unless enough are started or owed already. */
  #replaceSpare(): void {
    if (this.#spares.length + this.#sparesOwed >= this.#sparesWanted) return;
    this.#sparesOwed++;
    this.#startOwedSpare();
  }

  /**
   * Starts an owed spare if none is starting: each start takes a core for 30-60 ms, and
   * two at once (Run pressed again and again) left the run in progress, and the page
   * drawing its output, one core between them on a two-core machine.
   */
  #startOwedSpare(): void {
    if (this.#sparesOwed === 0 || this.#spareStarting) return;
    this.#sparesOwed--;
    this.#addSpare();
  }

  /** The spare that has started (else the oldest), or a new sandbox if there is none. */
  #takeSandbox(): Sandbox {
    const index = Math.max(0, this.#spares.findIndex((spare) => spare.started));
    const [taken] = this.#spares.splice(index, 1);
    return taken?.sandbox ?? this.startWorker();
  }

  /** Ends the sandbox (later, if its program `finished` on its own) and, with `withFrame`, its frame, spares included. */
  #dispose(sandbox: Sandbox, { finished, withFrame }: { finished: boolean; withFrame: boolean }): void {
    if (finished && !withFrame) sandbox.release();
    else sandbox.end();
    if (!withFrame) return;
    sandbox.frame.retire();
    const inThatFrame = (spare: SpareSandbox) => spare.sandbox.frame === sandbox.frame;
    for (const spare of this.#spares.filter(inThatFrame)) spare.sandbox.end();
    this.#spares = this.#spares.filter((spare) => !inThatFrame(spare));
    // The top-up starts them afresh in a new frame once runs pause.
    this.#sparesOwed = 0;
  }

  /** Starts a sandbox ahead of time so the next run starts at once. */
  prepare(): void {
    if (this.#spares.length === 0) this.#addSpare();
    this.#topUpWhenIdle();
  }

  /**
   * Fills the spares up to the number wanted once runs have stopped coming for a moment
   * and the page is idle (each run also replaces the spare it took, once it has printed).
   */
  #topUpWhenIdle(): void {
    clearTimeout(this.#topUpTimer);
    if (this.#spares.length >= this.#sparesWanted) return;
    this.#topUpTimer = setTimeout(() => {
      const topUp = () => {
        if (this.#spares.length >= this.#sparesWanted) return;
        if (!this.#spareStarting) this.#addSpare();
        this.#topUpWhenIdle();
      };
      whenIdle(topUp, REPLACE_WHEN_IDLE_LIMIT_MS);
    }, QUIET_BEFORE_REPLACING_MS);
  }

  run(program: CompiledProgram, options: RunOptions, listener: (event: RunEvent) => void): RunHandle {
    const sandbox = this.#takeSandbox();
    this.#sparesWanted = READY_SANDBOXES;
    const limits = options.limits ?? DEFAULT_OUTPUT_LIMITS;
    let startedAt = performance.now();
    let omitted = 0;
    let sawUncaught = false;
    let sandboxStarted = false;
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let resolveEnded: (status: FinalStatus) => void = () => {};
    const ended = new Promise<FinalStatus>((resolve) => (resolveEnded = resolve));

    const emitSystem = (text: string) => listener({ type: 'entries', entries: [{ level: 'system', text }] });

    // Later than the run's first output, a run pressed right after this one would find the
    // spares gone (see the comment at the top).
    let replaced = false;
    const replaceTakenSpare = () => {
      if (replaced) return;
      replaced = true;
      this.#replaceSpare();
    };

    const finish = (status: FinalStatus, reason?: string, { programFinished = false } = {}) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      // Ending the worker ends any program, a loop included (it has a thread of its own).
      // One that ran into its time limit (memory that kept growing, say) also takes its
      // frame, spares included, as does a sandbox that never started.
      this.#dispose(sandbox, { finished: programFinished, withFrame: status === 'timeout' || !sandboxStarted });
      if (reason) emitSystem(reason);
      if (omitted > 0) {
        emitSystem(
          `${omitted.toLocaleString('en-US')} more ${omitted === 1 ? 'entry was' : 'entries were'} left out: ` +
            `the output shows at most ${limits.maxEntries.toLocaleString('en-US')} entries.`,
        );
      }
      listener({ type: 'end', status, durationMs: performance.now() - startedAt });
      resolveEnded(status);
      if (!this.#frame?.retired) replaceTakenSpare();
      this.#topUpWhenIdle();
    };

    const handle = (message: SandboxToHostMessage) => {
      switch (message.type) {
        case 'output':
          omitted = message.omitted;
          if (message.entries.length > 0) listener({ type: 'entries', entries: message.entries });
          replaceTakenSpare();
          break;
        case 'timeline':
          if (Array.isArray(message.events)) listener({ type: 'timeline', events: message.events.filter(isTimelineEvent) });
          break;
        case 'uncaught':
          sawUncaught = true;
          listener({ type: 'entries', entries: [{ level: 'error', text: message.text, location: message.location }] });
          break;
        case 'finished':
          finish(
            sawUncaught ? 'error' : 'done',
            message.unsettledTopLevelAwait
              ? 'The program ended while its top-level await was still waiting: nothing was left that could ' +
                  'settle the promise it awaited. (Node ends such a program the same way, with exit code 13.)'
              : undefined,
            { programFinished: true },
          );
          break;
        case 'ready':
          break;
      }
    };

    timer = setTimeout(
      () => finish('error', 'The sandbox did not start. Reload the page to try again.'),
      SANDBOX_START_LIMIT_MS,
    );
    void sandbox.ready.then(() => {
      if (finished) return;
      sandboxStarted = true;
      clearTimeout(timer);
      sandbox.port.onmessage = (event) => {
        if (!finished && isSandboxToHostMessage(event.data)) handle(event.data);
      };
      startedAt = performance.now();
      const message: HostToSandboxMessage = { type: 'run', program, limits };
      sandbox.port.postMessage(message);
      listener({ type: 'started' });
      timer = setTimeout(
        () =>
          finish(
            'timeout',
            `Stopped after ${formatSeconds(options.timeLimitMs)}, this example's time limit: the program was still ` +
              'running (an endless loop, timers that keep scheduling more, work too big to finish in time, or memory use that kept growing).',
          ),
        options.timeLimitMs,
      );
    });

    return {
      stop: () => finish('stopped', 'Stopped: you pressed Stop.'),
      ended,
    };
  }
}
