/**
 * Every message between the page (host) and the sandbox, as one discriminated union per
 * direction. Both sides import these types; nothing else crosses the boundary.
 *
 * The channel: the host loads `sandbox.html` in an iframe with an opaque origin, and once
 * it has loaded posts `connect` to it with one end of a fresh MessageChannel. The frame
 * starts a fresh Worker and hands the port to it, so from then on host and worker talk
 * directly over that private port. One worker and one port serve exactly one run; to end
 * a run the host asks the frame to end that worker (`end-worker`), and after a run that
 * reached its time limit it removes the whole frame, which ends every worker in it.
 */

import type { TraceBudget, TraceStatus, TraceStep } from './trace/trace-format';

/**
 * Compiled programs start with a call to `globalThis[Symbol.for(EVALUATION_STARTED)]`, if
 * defined (a no-op anywhere else, Node included), so the sandbox knows the program is
 * running even while its top-level `await` waits (see sandbox/pending-work.ts).
 */
export const EVALUATION_STARTED = 'awaitable.evaluation-started';

/** The line every compiled program starts with (on a line of its own, so source maps keep the reader's lines). */
export const EVALUATION_STARTED_BANNER = `globalThis[Symbol.for(${JSON.stringify(EVALUATION_STARTED)})]?.();`;

/** JavaScript compiled from one TypeScript file, ready to run as an ES module. */
export interface CompiledProgram {
  /** The TypeScript file's name as errors should show it, e.g. `sequential.ts`. */
  readonly fileName: string;
  /** The compiled ES module. */
  readonly code: string;
  /** The source map from `code` back to the TypeScript source, as JSON text. */
  readonly sourceMap: string;
}

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';
export type OutputLevel = ConsoleLevel | 'system';

/** One line (or one multi-line value) of output, exactly as Node would print it. */
export interface OutputEntry {
  readonly level: OutputLevel;
  readonly text: string;
}

/** A position in the TypeScript source, both 1-based as editors show them. */
export interface SourceLocation {
  /** Which of the program's files (e.g. `main.ts`). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface OutputLimits {
  /** Entries kept per run; later ones are only counted. */
  readonly maxEntries: number;
  /** Characters kept per entry; the rest is replaced by a note of how many were cut. */
  readonly maxEntryLength: number;
}

/**
 * What a program reports for the timeline panel of the logging case study, through the
 * function the sandbox puts at `globalThis[Symbol.for(TIMELINE_HOOK)]` (see
 * content/shared/log-server.ts): records logged by the app, requests sent, records the
 * server stored, failed requests, records the logger gave up on, and how long a log call
 * held the app up. `records` are record numbers; `at` is ms since the program started.
 */
export type TimelineEvent =
  | { readonly kind: 'logged' | 'sent' | 'received'; readonly records: readonly number[]; readonly at: number }
  | { readonly kind: 'failed' | 'dropped'; readonly records: readonly number[]; readonly at: number; readonly reason: string }
  | { readonly kind: 'waited'; readonly records: readonly number[]; readonly at: number; readonly ms: number };

export const TIMELINE_HOOK = 'awaitable.timeline';
/** Events kept per run: a panel of more would be unreadable anyway. */
export const MAX_TIMELINE_EVENTS = 5000;

const TIMELINE_KINDS: ReadonlySet<string> = new Set(['logged', 'sent', 'received', 'failed', 'dropped', 'waited']);

/** Events come from the reader's program: only well-formed ones reach the panel. */
export function isTimelineEvent(value: unknown): value is TimelineEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  const records = event['records'];
  if (typeof event['kind'] !== 'string' || !TIMELINE_KINDS.has(event['kind'])) return false;
  if (typeof event['at'] !== 'number' || !Number.isFinite(event['at'])) return false;
  if (!Array.isArray(records) || records.length > 1000 || !records.every((n) => Number.isInteger(n))) return false;
  if ((event['kind'] === 'failed' || event['kind'] === 'dropped') && typeof event['reason'] !== 'string') return false;
  if (event['kind'] === 'waited' && (typeof event['ms'] !== 'number' || !Number.isFinite(event['ms']))) return false;
  return true;
}

/** A fresh copy with only the known fields, so nothing else of the program's object travels. */
export function copyTimelineEvent(event: TimelineEvent): TimelineEvent {
  const base = { records: [...event.records], at: event.at };
  switch (event.kind) {
    case 'failed':
    case 'dropped':
      return { kind: event.kind, ...base, reason: String(event.reason).slice(0, 200) };
    case 'waited':
      return { kind: event.kind, ...base, ms: event.ms };
    default:
      return { kind: event.kind, ...base };
  }
}

/**
 * Sent by the host to the frame's window; the only messages the frame accepts. `connect`
 * starts the runner's worker; `connect-trace` starts the step-through recorder instead,
 * from `workerScript`: the recorder's bundle (the engine, ~400 KB gzip), which the page
 * fetches only when Step through is first pressed and hands over, because the
 * opaque-origin frame can neither fetch site files nor have them inlined at no cost. It
 * is a Blob, passed by reference: as a 1.9 MB string it was decoded by the page, copied
 * to the frame's process and made into a blob there again, 250 ms of the first step.
 */
export type ConnectMessage = { readonly type: 'connect' } | { readonly type: 'connect-trace'; readonly workerScript: Blob };

/**
 * What the frame's window accepts from the host: a `connect` for a new worker, numbered by
 * the host, and `end-worker` to end one of them (terminate: its timers and loops included).
 */
export type HostToFrameMessage = (ConnectMessage & { readonly worker: number }) | { readonly type: 'end-worker'; readonly worker: number };

/** Sent from host to worker over the run's port. */
export type HostToSandboxMessage =
  | {
      readonly type: 'run';
      readonly program: CompiledProgram;
      readonly limits: OutputLimits;
    }
  /** To the recorder's worker: record this program's execution under the budget. */
  | {
      readonly type: 'record-trace';
      readonly program: CompiledProgram;
      readonly budget: TraceBudget;
    };

/** Sent from worker to host over the run's port, in the order things happened. */
export type SandboxToHostMessage =
  /** The worker has started and waits for its program. */
  | { readonly type: 'ready' }
  /** A batch of console output; `omitted` counts all entries left out so far in this run. */
  | { readonly type: 'output'; readonly entries: readonly OutputEntry[]; readonly omitted: number }
  /** A batch of timeline events, sent before the output batch of the same moment. */
  | { readonly type: 'timeline'; readonly events: readonly TimelineEvent[] }
  /** An uncaught error or unhandled rejection; the program goes on, as in a browser. */
  | {
      readonly type: 'uncaught';
      readonly kind: 'error' | 'rejection';
      readonly text: string;
      readonly location: SourceLocation | null;
    }
  /**
   * The program has nothing left to do: no timers, no open ports, no pending work.
   * `unsettledTopLevelAwait`: it ended while its top-level `await` still waited, as Node
   * does (with exit code 13) when nothing is left that could settle it.
   */
  | { readonly type: 'finished'; readonly unsettledTopLevelAwait: boolean }
  /** From the recorder: the next recorded steps and the output printed during them, in order. */
  | { readonly type: 'trace-chunk'; readonly steps: readonly TraceStep[]; readonly output: readonly OutputEntry[] }
  /** From the recorder: the recording ended; `reason` says why when it is not `complete`. */
  | { readonly type: 'trace-end'; readonly status: Exclude<TraceStatus, 'recording'>; readonly reason: string | null };

const SANDBOX_MESSAGE_TYPES: ReadonlySet<string> = new Set(['ready', 'output', 'timeline', 'uncaught', 'finished', 'trace-chunk', 'trace-end']);

/** The host trusts only its private port, but still checks shapes before acting on them. */
export function isSandboxToHostMessage(data: unknown): data is SandboxToHostMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { type?: unknown }).type === 'string' &&
    SANDBOX_MESSAGE_TYPES.has((data as { type: string }).type)
  );
}

const HOST_MESSAGE_TYPES: ReadonlySet<string> = new Set(['run', 'record-trace']);

export function isHostToSandboxMessage(data: unknown): data is HostToSandboxMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { type?: unknown }).type === 'string' &&
    HOST_MESSAGE_TYPES.has((data as { type: string }).type)
  );
}

export function isConnectMessage(data: unknown): data is ConnectMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, workerScript } = data as { type?: unknown; workerScript?: unknown };
  return type === 'connect' || (type === 'connect-trace' && workerScript instanceof Blob);
}

export function isHostToFrameMessage(data: unknown): data is HostToFrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, worker } = data as { type?: unknown; worker?: unknown };
  if (typeof worker !== 'number' || !Number.isInteger(worker)) return false;
  return type === 'end-worker' || isConnectMessage(data);
}
