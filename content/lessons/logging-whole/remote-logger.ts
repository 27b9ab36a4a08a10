/**
 * The whole remote logger of the case study, every piece in one class:
 *
 * - the app's log call only queues the record and returns at once (case study 3);
 * - one sending loop sends one request at a time, so the order is kept (case study 3);
 * - a batch leaves with `maxBatch` records or `maxWaitMs` after its first record (case study 4);
 * - the queue holds at most `capacity` records; when it is full the oldest is dropped,
 *   reported and counted (case study 4);
 * - a failed batch is retried, with exponential backoff and jitter, before the next one
 *   leaves (case study 5);
 * - `flush()` puts a marker in the queue and resolves when the loop reaches it, and
 *   `close(ms)` stops retrying after a deadline and says what it gave up (case study 6);
 * - `takeAll()` takes, synchronously, everything not yet stored, for `navigator.sendBeacon`
 *   when the page goes away (case study 6).
 *
 * The queue is a plain array rather than lesson 8's AsyncQueue: `takeAll()` must empty it
 * without awaiting, and dropping the oldest record must skip flush markers. The loop
 * sleeps on a wake-up promise that every log, flush and close call resolves.
 *
 * Importing this module has no side effects: it only defines a class.
 */
import { reportDropped, seededRandom, type LogRecord, type LogServer } from "../../shared/log-server.ts";

export interface RemoteLoggerOptions {
  /** A batch leaves as soon as it has this many records... */
  readonly maxBatch: number;
  /** ...or this many ms after the loop found its first record, whichever comes first. */
  readonly maxWaitMs: number;
  /** How many records may wait in the queue; one more drops the oldest. */
  readonly capacity: number;
  /** Tries per batch before it is dropped. Default 8. */
  readonly maxAttempts?: number;
  /** The first backoff's ceiling in ms; it doubles after each failure, up to 2000. Default 100. */
  readonly backoffMs?: number;
  /** Seed of the backoff's jitter. Default 1. */
  readonly seed?: number;
}

/** Why the logger gave up on records, each counted. */
export interface DropCounts {
  /** The queue was full: the oldest record made room for a new one. */
  readonly queueFull: number;
  /** A batch failed `maxAttempts` times. */
  readonly retriesUsedUp: number;
  /** close()'s deadline passed before they were stored. */
  readonly deadline: number;
  /** Logged after close() or takeAll(). */
  readonly afterClose: number;
}

/** A flush request, travelling through the queue behind the records logged before it. */
interface FlushMarker {
  readonly flushed: () => void;
}

/** Lesson 5's sleep: resolves after `ms`, or rejects with `signal.reason` when it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export class RemoteLogger {
  readonly #server: LogServer;
  readonly #maxBatch: number;
  readonly #maxWaitMs: number;
  readonly #capacity: number;
  readonly #maxAttempts: number;
  readonly #backoffMs: number;
  readonly #random: () => number;
  /** Records and flush markers, oldest first. */
  #queue: (LogRecord | FlushMarker)[] = [];
  #queuedRecords = 0;
  /** The batch being sent or retried; takeAll() takes it too. */
  #inFlight: readonly LogRecord[] = [];
  #closed = false;
  /** Aborted when close()'s deadline passes, or by takeAll(): no more retries. */
  readonly #giveUp = new AbortController();
  /** Set while the loop sleeps: calling it wakes the loop to look at the queue again. */
  #wake: (() => void) | undefined;
  #drops = { queueFull: 0, retriesUsedUp: 0, deadline: 0, afterClose: 0 };
  /** What close() gave up at its deadline, in order. */
  #givenUp: LogRecord[] = [];
  readonly #sending: Promise<void>;

  constructor(server: LogServer, options: RemoteLoggerOptions) {
    this.#server = server;
    this.#maxBatch = options.maxBatch;
    this.#maxWaitMs = options.maxWaitMs;
    this.#capacity = options.capacity;
    this.#maxAttempts = options.maxAttempts ?? 8;
    this.#backoffMs = options.backoffMs ?? 100;
    this.#random = seededRandom(options.seed ?? 1);
    this.#sending = this.#run(); // the one sending loop, kept so that close() can await it
  }

  /** The app's log call: queues the record and returns at once. A full queue drops its oldest record. */
  log(record: LogRecord): void {
    if (this.#closed) {
      this.#drop("afterClose", [record], "logged after close");
      return;
    }
    if (this.#queuedRecords === this.#capacity) {
      const oldest = this.#queue.findIndex((item) => !("flushed" in item)); // markers are never dropped
      const [dropped] = this.#queue.splice(oldest, 1) as LogRecord[];
      this.#queuedRecords--;
      this.#drop("queueFull", [dropped!], "queue full");
    }
    this.#queue.push(record);
    this.#queuedRecords++;
    this.#wake?.();
  }

  /** Resolves once every record logged before this call is stored (or given up). The logger stays open. */
  flush(): Promise<void> {
    if (this.#closed) return this.#sending;
    return new Promise((resolve) => {
      this.#queue.push({ flushed: resolve });
      this.#wake?.();
    });
  }

  /**
   * Takes no more records and delivers what is queued, without waiting for full batches.
   * After `deadlineMs` it stops retrying and gives up on what is left. Resolves, when the
   * loop has ended, with the records it gave up on, oldest first (empty if all were stored).
   */
  async close(deadlineMs = 1500): Promise<readonly LogRecord[]> {
    this.#closed = true;
    const timer = setTimeout(() => this.#giveUp.abort(), deadlineMs);
    this.#wake?.();
    await this.#sending;
    clearTimeout(timer); // delivered in time: no timer is left behind
    return this.#givenUp;
  }

  /**
   * For a page that is going away: synchronously takes every record not known to be
   * stored (the batch in flight, then the queue), closes the logger and stops its retries.
   * The caller hands them to `navigator.sendBeacon`; the server drops duplicates by id.
   */
  takeAll(): LogRecord[] {
    const records = [...this.#inFlight, ...this.#queue.filter((item): item is LogRecord => !("flushed" in item))];
    for (const item of this.#queue) if ("flushed" in item) item.flushed(); // handed over: nothing more to wait for
    this.#queue = [];
    this.#queuedRecords = 0;
    this.#inFlight = [];
    this.#closed = true;
    this.#giveUp.abort();
    this.#wake?.();
    return records;
  }

  /** How many records were dropped, by reason. */
  get drops(): DropCounts {
    return { ...this.#drops };
  }

  async #run(): Promise<void> {
    for (;;) {
      // Sleep until there is something in the queue, or the logger is closed and empty.
      while (this.#queue.length === 0) {
        if (this.#closed) return;
        await this.#sleepUntilWoken(Infinity);
      }
      // Give the batch up to maxWaitMs to fill, unless it is full, a flush waits, or we are closing.
      const batchDeadline = performance.now() + this.#maxWaitMs;
      while (!this.#batchReady()) {
        const left = batchDeadline - performance.now();
        if (left <= 0) break;
        await this.#sleepUntilWoken(left);
      }
      // The batch: records from the head, up to maxBatch, stopping at a flush marker.
      const batch: LogRecord[] = [];
      while (batch.length < this.#maxBatch && this.#queue.length > 0 && !("flushed" in this.#queue[0]!)) {
        batch.push(this.#queue.shift() as LogRecord);
        this.#queuedRecords--;
      }
      if (batch.length > 0) await this.#deliver(batch);
      // Every record logged before a marker at the head has now been delivered or given up.
      const head = this.#queue[0];
      if (head && "flushed" in head) {
        this.#queue.shift();
        head.flushed();
      }
    }
  }

  #batchReady(): boolean {
    return (
      this.#closed ||
      this.#queuedRecords >= this.#maxBatch ||
      this.#queue.some((item) => "flushed" in item)
    );
  }

  /** Resolves when log, flush, close or takeAll wakes the loop, or after `ms`. */
  #sleepUntilWoken(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === Infinity ? undefined : setTimeout(() => this.#wake?.(), ms);
      this.#wake = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
    });
  }

  /** Sends the batch at the head until it is stored, retrying with backoff. Never throws. */
  async #deliver(batch: readonly LogRecord[]): Promise<void> {
    this.#inFlight = batch;
    const giveUp = this.#giveUp.signal;
    let outcome: "stored" | "retries used up" | "given up" = "given up";
    for (let attempt = 1; !giveUp.aborted; attempt++) {
      try {
        const response = await this.#server.send(batch);
        if (response.status === 200) {
          outcome = "stored";
          break;
        }
      } catch {
        // No answer at all (a timeout or a dropped connection): retry as for an error status.
      }
      if (attempt === this.#maxAttempts) {
        outcome = "retries used up";
        break;
      }
      const ceiling = Math.min(this.#backoffMs * 2 ** (attempt - 1), 2000);
      try {
        await sleep(ceiling / 2 + (this.#random() * ceiling) / 2, giveUp); // jitter: a random wait in the upper half
      } catch {
        break; // the deadline passed, or takeAll() took the batch
      }
    }
    const takenByTakeAll = this.#inFlight !== batch;
    this.#inFlight = [];
    if (outcome === "retries used up") this.#drop("retriesUsedUp", batch, "retries used up");
    if (outcome === "given up" && !takenByTakeAll) {
      this.#drop("deadline", batch, "deadline passed");
      this.#givenUp.push(...batch);
    }
  }

  #drop(reason: keyof DropCounts, records: readonly LogRecord[], why: string): void {
    this.#drops[reason] += records.length;
    reportDropped(records, why);
  }
}
