/**
 * The program's clock while it is recorded: virtual milliseconds since the program started.
 *
 * - Between tasks it jumps to the next timer's due time, so a 5 s sleep records at once.
 * - Work costs time: every evaluated syntax node charges NODE_COST_MS, so a task that
 *   computes a lot takes virtual time, and timers set later in it are due later.
 * - Timers count from the start of the task that set them, as Node's do (it reads its
 *   loop clock once per turn).
 * - A busy-wait on `Date.now()`/`performance.now()` must end and show up as one long task,
 *   but the engine is far too slow to spin for real: past SPIN_READS reads of the clock in
 *   one turn of the loop, each further read advances the clock, by 1 ms at first and a
 *   little more with each read (up to MAX_SPIN_STEP_MS), so a 1 s busy-wait records in about
 *   150 reads. A program that reads the clock that often in one turn is taken to be waiting on it.
 */
export const NODE_COST_MS = 0.001;
const SPIN_READS = 100;
const MAX_SPIN_STEP_MS = 20;

export class VirtualClock {
  /** When the current turn of the loop (task) started. */
  #taskStartMs = 0;
  /** Work charged to the current task. */
  #workMs = 0;
  #readsThisTask = 0;

  /** The time now, as the program reads it. */
  get nowMs(): number {
    return this.#taskStartMs + this.#workMs;
  }

  /** When the current task started: timers set during it count from here. */
  get taskStartMs(): number {
    return this.#taskStartMs;
  }

  chargeNode(): void {
    this.#workMs += NODE_COST_MS;
  }

  /** A read by the program (Date.now, performance.now, console.time): see SPIN_READS. */
  read(): number {
    this.#readsThisTask += 1;
    const spinning = this.#readsThisTask - SPIN_READS;
    if (spinning > 0) this.#workMs += Math.min(MAX_SPIN_STEP_MS, 1 + spinning / 10);
    return this.nowMs;
  }

  /** Starts a new turn of the loop at `atMs` (never earlier than the work done so far). */
  startTask(atMs: number): void {
    this.#taskStartMs = Math.max(atMs, this.nowMs);
    this.#workMs = 0;
    this.#readsThisTask = 0;
  }

  reset(): void {
    this.#taskStartMs = 0;
    this.#workMs = 0;
    this.#readsThisTask = 0;
  }
}
