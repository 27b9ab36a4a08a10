/**
 * What a step-through recording is: the program's execution under the spec-exact engine, as a
 * list of steps, each a full snapshot of what the panel shows at that moment. The recorder
 * (sandbox side) produces it; the panel (page side) only reads it. Plain data, so it crosses
 * the host/sandbox port by structured cloning.
 *
 * Lines and files are always the reader's TypeScript ones (mapped through the program's
 * source map), 1-based as editors show them.
 */
import type { OutputEntry } from '../protocol';

/** A place in the reader's TypeScript source. */
export interface TraceLocation {
  /** Which of the program's files, e.g. `main.ts`. */
  readonly file: string;
  readonly line: number;
}

/** One frame of the call stack. */
export interface TraceFrame {
  /** The function's name as written; `<module>` for the top level, `<anonymous>` if it has none. */
  readonly name: string;
  readonly location: TraceLocation | null;
}

/** A job waiting in a queue: a microtask, or a task that is due. */
export interface QueuedJob {
  /** What it will do, ending in where: "then callback, line 12", "resume `main` after await, line 8". */
  readonly label: string;
  readonly location: TraceLocation | null;
}

/** A timer that is not yet due. */
export interface WaitingTimer {
  readonly label: string;
  /** Virtual time (ms since the program started) at which it becomes due. */
  readonly dueMs: number;
  /** For setInterval: the period; null for setTimeout. */
  readonly intervalMs: number | null;
  readonly location: TraceLocation | null;
}

/** A promise the program created, named by where. */
export interface TracedPromise {
  /** "promise from line 4", "`fetchUser()` promise, line 9". */
  readonly label: string;
  readonly state: 'pending' | 'fulfilled' | 'rejected';
  /** The value or reason, formatted as console.log would print it; null while pending. */
  readonly settledWith: string | null;
  /** What runs when it settles: labels like the microtasks', e.g. "resume `main` after await, line 8". */
  readonly waiting: readonly string[];
  readonly location: TraceLocation | null;
}

export interface TraceStep {
  /** The line being executed, or null between tasks (queues only). */
  readonly location: TraceLocation | null;
  /** Innermost first. */
  readonly stack: readonly TraceFrame[];
  /** Oldest first. */
  readonly microtasks: readonly QueuedJob[];
  /** Tasks that are due (timers whose time has come, messages), oldest first. */
  readonly tasks: readonly QueuedJob[];
  /** Timers not yet due, soonest first. */
  readonly timers: readonly WaitingTimer[];
  /** Promises that exist at this step and are worth showing (see the recorder for which). */
  readonly promises: readonly TracedPromise[];
  /** How many entries of `Trace.output` were printed up to and including this step. */
  readonly outputLength: number;
  /** Virtual clock, ms since the program started. */
  readonly clockMs: number;
  /** Which turn of the event loop this step belongs to: 0 is the main script, then one per task. */
  readonly task: number;
  /** One sentence saying what just happened. */
  readonly description: string;
}

export type TraceStatus = 'recording' | 'complete' | 'truncated' | 'failed';

/** A whole recording, as the page assembles it from the sandbox's chunks. */
export interface Trace {
  readonly steps: readonly TraceStep[];
  /** Console output in order, formatted exactly as a plain Run formats it. */
  readonly output: readonly OutputEntry[];
  readonly status: TraceStatus;
  /** Why the recording stopped early or failed, in a sentence; null when complete. */
  readonly reason: string | null;
}

/** Limits on one recording; a program over any of them ends as `truncated`. */
export interface TraceBudget {
  readonly maxSteps: number;
  /** Real (wall-clock) time the recorder may take. */
  readonly maxWallMs: number;
  /** Virtual time after which the program is stopped (endless timer chains). */
  readonly maxVirtualMs: number;
}

export const DEFAULT_TRACE_BUDGET: TraceBudget = {
  maxSteps: 20_000,
  maxWallMs: 10_000,
  maxVirtualMs: 60_000,
};
