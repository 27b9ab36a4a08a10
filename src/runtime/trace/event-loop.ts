/**
 * The recorder's event loop on a virtual clock: the microtask queue (the engine's promise
 * jobs and `queueMicrotask`), the timers, and the tasks that are due (timers whose time has
 * come, messages). It only holds and orders them; `record-trace.ts` runs them.
 *
 * Timing follows Node: a timer's delay is at least 1 ms and counts from the start of the
 * task that set it (Node reads its loop clock once per turn); timers run in due order, ties
 * in the order they were set; a timer that became due runs only once the microtask queue is
 * empty. Messages are delivered before timers that are due at the same turn.
 */
import type { TraceLocation } from './trace-format';

/** A job the engine or the host queued, with what the panel says about it. */
export interface Microtask {
  readonly run: () => void;
  readonly label: string;
  readonly location: TraceLocation | null;
  /** Engine-internal jobs (the module's loading) run without a step and are not listed. */
  readonly hidden: boolean;
}

export interface Timer {
  readonly id: number;
  readonly callback: () => void;
  dueMs: number;
  /** The delay Node uses (at least 1 ms). */
  readonly delayMs: number;
  /** The delay the program asked for, as labels show it. */
  readonly requestedMs: number;
  readonly repeat: boolean;
  /** False for timers that do not keep Node running (`AbortSignal.timeout`'s). */
  readonly keepsAlive: boolean;
  /** Keeps timers of equal due time in the order they were set. */
  sequence: number;
  readonly label: string;
  readonly location: TraceLocation | null;
}

export interface Task {
  readonly run: () => void;
  readonly label: string;
  readonly location: TraceLocation | null;
  /** The sentence describing the task's start. */
  readonly description: string;
  /** The timer behind the task, if any (an interval is re-armed when it runs). */
  readonly timer: Timer | null;
}

/** Node's minimum (and its maximum: larger delays become 1 ms, as in Node). */
const MIN_DELAY_MS = 1;
const MAX_DELAY_MS = 2 ** 31 - 1;

export function timerDelay(requested: number): number {
  if (!Number.isFinite(requested) || requested < MIN_DELAY_MS || requested > MAX_DELAY_MS) return MIN_DELAY_MS;
  return Math.trunc(requested);
}

export class VirtualEventLoop {
  readonly microtasks: Microtask[] = [];
  /** Messages and other tasks queued to run as soon as possible, oldest first. */
  readonly messages: Task[] = [];
  readonly timers = new Map<number, Timer>();
  #nextTimerId = 1;
  #sequence = 0;

  addTimer(timer: Omit<Timer, 'id' | 'sequence'>): Timer {
    const created: Timer = { ...timer, id: this.#nextTimerId++, sequence: this.#sequence++ };
    this.timers.set(created.id, created);
    return created;
  }

  rearm(timer: Timer, nowMs: number): void {
    timer.dueMs = nowMs + timer.delayMs;
    timer.sequence = this.#sequence++;
    this.timers.set(timer.id, timer);
  }

  clearTimer(id: number): void {
    this.timers.delete(id);
  }

  /** Timers sorted by when they are due. */
  sortedTimers(): Timer[] {
    return [...this.timers.values()].sort((a, b) => a.dueMs - b.dueMs || a.sequence - b.sequence);
  }

  /** The timer to run next, if one is due by `nowMs`. */
  dueTimer(nowMs: number): Timer | null {
    const [first] = this.sortedTimers();
    return first && first.dueMs <= nowMs ? first : null;
  }

  /** When the next timer is due, or null if there is none. */
  nextDueMs(): number | null {
    const [first] = this.sortedTimers();
    return first ? first.dueMs : null;
  }
}
