/**
 * Keeps the promises the program created, named by where, and picks the few worth showing
 * at a step: the most recently touched (created or settled) ones that are still pending or
 * settled during the current turn of the loop, at most MAX_SHOWN, listed in creation order.
 * Settled values are formatted once, when first shown.
 */
import type { GuestValueCopier } from './guest-values';
import type { PromiseShape, ReactionShape } from './engine-shapes';
import type { TraceLocation, TracedPromise } from './trace-format';
import { inspectValue } from '../console-capture';

const MAX_SHOWN = 20;
/** Promises remembered at all; the least recently touched are forgotten first. */
const MAX_REMEMBERED = 400;
const MAX_VALUE_LENGTH = 200;

interface PromiseRecord {
  readonly promise: PromiseShape;
  label: string;
  readonly location: TraceLocation | null;
  readonly order: number;
  settledInTask: number | null;
  settledWith: string | null;
}

export class PromiseTracker {
  readonly #records = new Map<PromiseShape, PromiseRecord>();
  #order = 0;

  constructor(
    private readonly copier: GuestValueCopier,
    private readonly reactionLabel: (reaction: ReactionShape) => string,
  ) {}

  created(promise: PromiseShape, label: string, location: TraceLocation | null): void {
    this.#records.set(promise, { promise, label, location, order: this.#order++, settledInTask: null, settledWith: null });
    if (this.#records.size > MAX_REMEMBERED) {
      const oldest = this.#records.keys().next().value;
      if (oldest) this.#records.delete(oldest);
    }
  }

  /** Names a promise better once we learn what it is (e.g. an async function's result). */
  rename(promise: PromiseShape, label: string): void {
    const record = this.#records.get(promise);
    if (record) record.label = label;
  }

  has(promise: PromiseShape): boolean {
    return this.#records.has(promise);
  }

  labelOf(promise: PromiseShape): string | null {
    return this.#records.get(promise)?.label ?? null;
  }

  settled(promise: PromiseShape, task: number): void {
    const record = this.#records.get(promise);
    if (!record) return;
    record.settledInTask = task;
    // Most recently touched last.
    this.#records.delete(promise);
    this.#records.set(promise, record);
  }

  snapshot(task: number): TracedPromise[] {
    const shown: PromiseRecord[] = [];
    const records = [...this.#records.values()];
    for (let index = records.length - 1; index >= 0 && shown.length < MAX_SHOWN; index -= 1) {
      const record = records[index]!;
      const pending = record.promise.PromiseState === 'pending';
      if (pending || record.settledInTask === task) shown.push(record);
    }
    return shown.sort((a, b) => a.order - b.order).map((record) => this.#describe(record));
  }

  #describe(record: PromiseRecord): TracedPromise {
    const { promise } = record;
    if (promise.PromiseState === 'pending') {
      const reactions = promise.PromiseFulfillReactions ?? [];
      return {
        label: record.label,
        state: 'pending',
        settledWith: null,
        waiting: reactions.map((reaction) => this.reactionLabel(reaction)),
        location: record.location,
      };
    }
    if (record.settledWith === null) {
      const text = promise.PromiseResult ? inspectValue(this.copier.copy(promise.PromiseResult)) : 'undefined';
      record.settledWith = text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
    }
    return { label: record.label, state: promise.PromiseState, settledWith: record.settledWith, waiting: [], location: record.location };
  }
}
