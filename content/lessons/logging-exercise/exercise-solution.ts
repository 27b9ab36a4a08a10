import { AsyncQueue } from "../async-queues/async-queue.ts";
import { checkLogHandler, type Handler } from "../../shared/log-handler-check.ts";
import {
  reportDropped,
  seededRandom,
  type LogRecord,
  type LogServer,
} from "../../shared/log-server.ts";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A queue, one sending loop, batches, and retries with backoff for the batch at the head. */
class ShippingHandler implements Handler {
  readonly #server: LogServer;
  // Bounded, so that a server that stays down cannot eat all the memory.
  readonly #queue = new AsyncQueue<LogRecord>(1000);
  readonly #random = seededRandom(1); // the backoff's jitter
  readonly #maxBatch = 10;
  readonly #maxAttempts = 8;
  readonly #sending: Promise<void>;

  constructor(server: LogServer) {
    this.#server = server;
    this.#sending = this.#run();
  }

  /** Queues the record and returns at once. If the queue is full, drops it and says so. */
  log(record: LogRecord): void {
    if (!this.#queue.tryPut(record)) reportDropped([record], "queue full");
  }

  /** Takes no more records, and resolves once everything queued has been delivered. */
  async close(): Promise<void> {
    this.#queue.close();
    await this.#sending;
  }

  async #run(): Promise<void> {
    // Whatever is waiting when the loop is free goes in the next batch: no timer needed,
    // batches grow by themselves while a request is on its way.
    for await (const first of this.#queue) {
      const batch = [first];
      while (batch.length < this.#maxBatch && this.#queue.size > 0) {
        batch.push(await this.#queue.get());
      }
      await this.#deliver(batch);
    }
  }

  /** Sends one batch until it is stored; nothing else is sent meanwhile, so order is kept. */
  async #deliver(batch: readonly LogRecord[]): Promise<void> {
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
      try {
        const response = await this.#server.send(batch);
        if (response.status === 200) return;
      } catch {
        // No answer at all (a timeout or a dropped connection): retry as for an error status.
      }
      const ceiling = Math.min(100 * 2 ** (attempt - 1), 2000);
      await sleep(ceiling / 2 + (this.#random() * ceiling) / 2);
    }
    reportDropped(batch, "retries used up");
  }
}

await checkLogHandler((server) => new ShippingHandler(server));
