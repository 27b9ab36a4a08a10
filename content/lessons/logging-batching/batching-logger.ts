/**
 * A logger that sends records in batches, one request at a time, in order. The app's log
 * call puts the record in a queue; one consumer loop takes the records out and sends up to
 * `maxBatch` of them per request. The queue may have a limit, with an explicit policy for
 * a full queue: make the log call wait, or drop the oldest record and count it.
 *
 * Importing this module has no side effects: it only defines a class.
 */
import { AsyncQueue } from "../async-queues/async-queue.ts";
import { reportDropped, type LogRecord, type LogServer } from "../../shared/log-server.ts";

export interface BatchingOptions {
  /** A batch leaves as soon as it has this many records... */
  readonly maxBatch: number;
  /** ...or this many ms after the sender took its first record, whichever comes first. */
  readonly maxWaitMs: number;
  /** How many records may wait in the queue. Default: no limit. */
  readonly capacity?: number;
  /** What a log call does when the queue is full. Default "wait". */
  readonly whenFull?: "wait" | "drop-oldest";
}

export class BatchingLogger {
  readonly #server: LogServer;
  readonly #maxBatch: number;
  readonly #maxWaitMs: number;
  readonly #whenFull: "wait" | "drop-oldest";
  readonly #queue: AsyncQueue<LogRecord>;
  readonly #sending: Promise<void>;
  readonly #dropped: number[] = [];
  /** Set while the sender waits for its batch to fill: calling it ends the wait early. */
  #wake: (() => void) | undefined;

  constructor(server: LogServer, options: BatchingOptions) {
    this.#server = server;
    this.#maxBatch = options.maxBatch;
    this.#maxWaitMs = options.maxWaitMs;
    this.#whenFull = options.whenFull ?? "wait";
    this.#queue = new AsyncQueue<LogRecord>(options.capacity ?? Infinity);
    this.#sending = this.#sendAll();
  }

  /** The app's log call. With "wait", it returns a promise that waits while the queue is full. */
  log(record: LogRecord): void | Promise<void> {
    if (this.#whenFull === "wait") {
      const put = this.#queue.put(record); // fulfilled at once if there is room; otherwise waits for it
      this.#wakeIfBatchFull();
      return put;
    }
    if (!this.#queue.tryPut(record)) {
      // Full. The queue is not empty, so get() takes its oldest record at once, making
      // room for the new one; its promise tells us which record that was.
      const oldest = this.#queue.get();
      this.#queue.tryPut(record);
      void oldest.then((dropped) => {
        this.#dropped.push(dropped.seq);
        reportDropped([dropped], "queue full");
      });
    }
    this.#wakeIfBatchFull();
  }

  /** The numbers of the records dropped because the queue was full. */
  get dropped(): readonly number[] {
    return this.#dropped;
  }

  /** Takes no more records, sends what is queued without waiting for full batches, and resolves when done. */
  async close(): Promise<void> {
    this.#queue.close();
    this.#wake?.();
    await this.#sending;
  }

  async #sendAll(): Promise<void> {
    for await (const first of this.#queue) {
      // Give the batch a chance to fill up: until it could be full, or maxWaitMs have passed.
      await this.#batchFullOrTimeout();
      const batch = [first];
      while (batch.length < this.#maxBatch && this.#queue.size > 0) batch.push(await this.#queue.get());
      try {
        const response = await this.#server.send(batch);
        if (response.status !== 200) this.#giveUp(batch, `the server answered ${response.status}`);
      } catch (error) {
        this.#giveUp(batch, `${(error as Error).name}: ${(error as Error).message}`);
      }
    }
  }

  /** Resolves once the queue holds enough records to fill the batch, after maxWaitMs, or at close(). */
  #batchFullOrTimeout(): Promise<void> {
    if (this.#queue.size >= this.#maxBatch - 1 || this.#queue.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.#wake?.(), this.#maxWaitMs);
      this.#wake = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
    });
  }

  #wakeIfBatchFull(): void {
    // The sender already holds the batch's first record.
    if (this.#queue.size >= this.#maxBatch - 1) this.#wake?.();
  }

  #giveUp(batch: readonly LogRecord[], reason: string): void {
    console.log(`logger: records ${batch.map((record) => record.seq).join(" ")} are lost (${reason})`);
    reportDropped(batch, reason);
  }
}
