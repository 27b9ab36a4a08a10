/**
 * Runs compiled programs in isolated sandboxes and reports what they print.
 *
 * Each run gets a fresh sandbox (an opaque-origin iframe whose worker runs the program);
 * when the run ends, for whatever reason, its frame is removed, which ends the worker and
 * every timer in it, so nothing from an old run can print into a new one. Starting a
 * sandbox takes longer than running most programs, so one is always kept ready: the
 * next run's sandbox starts as soon as a run takes the ready one, so it is ready by the
 * time that run has ended, however quickly the reader presses Run again. A sandbox
 * still serves exactly one run.
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

export interface Sandbox {
  readonly frame: HTMLIFrameElement;
  readonly port: MessagePort;
  readonly ready: Promise<void>;
}

/**
 * The sandbox document's text, fetched once per URL by the page and given to each frame as
 * `srcdoc`. A frame with an opaque origin is never served by the site's service worker, so
 * loading it by URL would fail offline; the page's own fetch is served from the offline
 * cache. `null` (the fetch failed) falls back to loading the document by URL.
 */
const sandboxDocuments = new Map<string, Promise<string | null>>();
function sandboxDocument(documentUrl: string): Promise<string | null> {
  let html = sandboxDocuments.get(documentUrl);
  if (!html) {
    html = fetch(documentUrl)
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null);
    sandboxDocuments.set(documentUrl, html);
  }
  return html;
}

/**
 * A fresh sandbox frame; `connect` says which worker it starts (the runner's, or the
 * step-through recorder, whose source may still be downloading while the frame loads).
 */
export function createSandbox(documentUrl: string, connect: ConnectMessage | Promise<ConnectMessage> = { type: 'connect' }): Sandbox {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.title = 'Code runner (hidden)';
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  const channel = new MessageChannel();
  const ready = new Promise<void>((resolve) => {
    channel.port1.onmessage = (event) => {
      if (isSandboxToHostMessage(event.data) && event.data.type === 'ready') resolve();
    };
  });
  document.body.append(frame);
  void sandboxDocument(documentUrl).then((html) => {
    // Listened for only now: the empty frame's own first load must not take the port.
    frame.addEventListener(
      'load',
      () => {
        // The frame's origin is opaque, so '*' is the only target origin that reaches it;
        // the message carries nothing but the port.
        void Promise.resolve(connect).then(
          (message) => frame.contentWindow?.postMessage(message, '*', [channel.port2]),
          () => {},
        );
      },
      { once: true },
    );
    if (html !== null) frame.srcdoc = html;
    // With srcdoc set, src only names the document (srcdoc wins); without, it loads it.
    frame.src = documentUrl;
  });
  return { frame, port: channel.port1, ready };
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

export class SandboxRunner {
  #spare: Sandbox | null = null;

  constructor(private readonly documentUrl: string) {}

  #createSandbox(): Sandbox {
    return createSandbox(this.documentUrl);
  }

  /** Starts a sandbox ahead of time so the next run starts at once. */
  prepare(): void {
    this.#spare ??= this.#createSandbox();
  }

  run(program: CompiledProgram, options: RunOptions, listener: (event: RunEvent) => void): RunHandle {
    const sandbox = this.#spare ?? this.#createSandbox();
    this.#spare = null;
    const limits = options.limits ?? DEFAULT_OUTPUT_LIMITS;
    let startedAt = performance.now();
    let omitted = 0;
    let sawUncaught = false;
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let resolveEnded: (status: FinalStatus) => void = () => {};
    const ended = new Promise<FinalStatus>((resolve) => (resolveEnded = resolve));

    const emitSystem = (text: string) => listener({ type: 'entries', entries: [{ level: 'system', text }] });

    const finish = (status: FinalStatus, reason?: string) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      sandbox.port.onmessage = null;
      sandbox.port.close();
      sandbox.frame.remove();
      if (reason) emitSystem(reason);
      if (omitted > 0) {
        emitSystem(
          `${omitted.toLocaleString('en-US')} more ${omitted === 1 ? 'entry was' : 'entries were'} left out: ` +
            `the output shows at most ${limits.maxEntries.toLocaleString('en-US')} entries.`,
        );
      }
      listener({ type: 'end', status, durationMs: performance.now() - startedAt });
      resolveEnded(status);
      // Normally started when this run started; this covers a run that failed before that.
      setTimeout(() => this.prepare(), 0);
    };

    const handle = (message: SandboxToHostMessage) => {
      switch (message.type) {
        case 'output':
          omitted = message.omitted;
          if (message.entries.length > 0) listener({ type: 'entries', entries: message.entries });
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
      clearTimeout(timer);
      sandbox.port.onmessage = (event) => {
        if (!finished && isSandboxToHostMessage(event.data)) handle(event.data);
      };
      startedAt = performance.now();
      const message: HostToSandboxMessage = { type: 'run', program, limits };
      sandbox.port.postMessage(message);
      listener({ type: 'started' });
      // The next run's sandbox starts now, while this program runs in its own worker and
      // process, so it is ready when this run ends. After the program was handed over, so
      // the program's start does not wait for it.
      this.prepare();
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
