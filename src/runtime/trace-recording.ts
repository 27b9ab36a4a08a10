/**
 * Records a program's execution for the step-through panel, in the same isolation as Run:
 * a fresh worker in the page's opaque-origin sandbox frame, the recorder (the spec-exact engine,
 * see trace/trace-worker.ts). The recorder's bundle is fetched by the page, as a Blob,
 * only when a recording is first asked for, and handed to the frame, which starts it as a
 * blob worker: the page never runs it, nor the reader's program.
 *
 * The recorder keeps to its own budget; the wall-time backstop here has the frame end the
 * worker if it does not, and the steps recorded so far are kept.
 */
import type { Sandbox } from './sandbox-frame';
import {
  isSandboxToHostMessage,
  type CompiledProgram,
  type ConnectMessage,
  type HostToSandboxMessage,
  type OutputEntry,
} from './protocol';
import type { TraceBudget, TraceStatus, TraceStep } from './trace/trace-format';

export type TraceRecordingEvent =
  | { readonly type: 'chunk'; readonly steps: readonly TraceStep[]; readonly output: readonly OutputEntry[] }
  | { readonly type: 'end'; readonly status: Exclude<TraceStatus, 'recording'>; readonly reason: string | null };

export interface TraceRecordingHandle {
  /** Ends the recording now (kept as `truncated`); does nothing once it has ended. */
  stop(): void;
}

/** Past the budget's own wall time, how long the recorder gets to report before its frame is removed. */
const BACKSTOP_GRACE_MS = 2000;
/** How long the sandbox may take to start the recorder (it compiles a large bundle). */
const START_LIMIT_MS = 20_000;

let recorderSource: Promise<Blob> | undefined;

/** The recorder's bundle, fetched once per page (and again after a failed fetch), as a script whatever type it was served with. */
function loadRecorderSource(recorderUrl: string): Promise<Blob> {
  recorderSource ??= fetch(recorderUrl).then(async (response) => {
    if (!response.ok) throw new Error(`the step-through recorder could not be loaded (HTTP ${response.status})`);
    return new Blob([await response.blob()], { type: 'text/javascript' });
  });
  recorderSource.catch(() => (recorderSource = undefined));
  return recorderSource;
}

/** Starts downloading the recorder (once) while other work goes on, e.g. compiling edited code. */
export function preloadRecorder(recorderUrl: string): void {
  loadRecorderSource(recorderUrl).catch(() => {});
}

export function recordTraceInSandbox(
  /** Starts a worker in a sandbox frame (the page's runner's: see SandboxRunner.startWorker). */
  startSandbox: (connect: Promise<ConnectMessage>) => Sandbox,
  recorderUrl: string,
  program: CompiledProgram,
  budget: TraceBudget,
  listener: (event: TraceRecordingEvent) => void,
): TraceRecordingHandle {
  let ended = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let removeSandbox = (): void => {};

  const end = (status: Exclude<TraceStatus, 'recording'>, reason: string | null) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    removeSandbox();
    listener({ type: 'end', status, reason });
  };

  // The frame starts the recorder once its source is there.
  const source = loadRecorderSource(recorderUrl);
  const sandbox = startSandbox(source.then((workerScript) => ({ type: 'connect-trace', workerScript }) as const));
  removeSandbox = () => sandbox.end();
  // Sent now, it waits in the port until the recorder listens, rather than for a round trip
  // through this page's (busy) thread once the recorder has said it is ready.
  const request: HostToSandboxMessage = { type: 'record-trace', program, budget };
  sandbox.port.postMessage(request);
  source.catch((error: unknown) =>
    end('truncated', error instanceof Error ? `${error.message[0]?.toUpperCase() ?? ''}${error.message.slice(1)}.` : String(error)),
  );
  timer = setTimeout(() => end('truncated', 'The step-through recorder did not start. Reload the page to try again.'), START_LIMIT_MS);
  void sandbox.ready.then(() => {
    if (ended) return;
    clearTimeout(timer);
    sandbox.port.onmessage = (event) => {
      if (ended || !isSandboxToHostMessage(event.data)) return;
      const message = event.data;
      if (message.type === 'trace-chunk') listener({ type: 'chunk', steps: message.steps, output: message.output });
      else if (message.type === 'trace-end') end(message.status, message.reason);
    };
    timer = setTimeout(
      () =>
        end(
          'truncated',
          `Stopped recording after ${Math.round(budget.maxWallMs / 1000)} s of real time: the program does too much work ` +
            'to record (an endless loop, or a very long computation). The steps recorded so far are shown.',
        ),
      budget.maxWallMs + BACKSTOP_GRACE_MS,
    );
  });

  return { stop: () => end('truncated', 'Stopped recording: you pressed Stop.') };
}
