/**
 * One step of a recording as plain data: the event loop's queues and timers copied out at
 * the moment the step is recorded (only then: nothing is copied per evaluated node).
 * Timers whose time has come are listed with the due tasks; the others as waiting timers.
 */
import type { VirtualEventLoop } from './event-loop';
import type { TraceFrame, TraceLocation, TracedPromise, TraceStep } from './trace-format';

export interface StepInput {
  readonly location: TraceLocation | null;
  readonly description: string;
  readonly stack: readonly TraceFrame[];
  readonly loop: VirtualEventLoop;
  readonly nowMs: number;
  readonly promises: readonly TracedPromise[];
  readonly outputLength: number;
  readonly task: number;
}

export function snapshotStep({ location, description, stack, loop, nowMs, promises, outputLength, task }: StepInput): TraceStep {
  const timers = loop.sortedTimers();
  const due = timers.filter((timer) => timer.dueMs <= nowMs);
  const waiting = timers.filter((timer) => timer.dueMs > nowMs);
  return {
    location,
    stack,
    microtasks: loop.microtasks.filter((job) => !job.hidden).map(({ label, location: where }) => ({ label, location: where })),
    tasks: [
      ...loop.messages.map(({ label, location: where }) => ({ label, location: where })),
      ...due.map(({ label, location: where }) => ({ label, location: where })),
    ],
    timers: waiting.map((timer) => ({
      label: timer.label,
      dueMs: roundMs(timer.dueMs),
      intervalMs: timer.repeat ? timer.delayMs : null,
      location: timer.location,
    })),
    promises,
    outputLength,
    clockMs: roundMs(nowMs),
    task,
    description,
  };
}

/** Virtual times are shown to the microsecond. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
