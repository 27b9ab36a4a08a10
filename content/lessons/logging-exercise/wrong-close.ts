import { AsyncQueue } from "../async-queues/async-queue.ts";
import { checkLogHandler, type Handler } from "../../shared/log-handler-check.ts";
import {
  reportDropped,
  seededRandom,
  type LogRecord,
  type LogServer,
} from "../../shared/log-server.ts";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Almost the solution: queue, one loop, batches, retries. Only close() is different. */
class AlmostHandler implements Handler {
  readonly #server: LogServer;
  readonly #queue = new AsyncQueue<LogRecord>(1000);
  readonly #random = seededRandom(1);
  readonly #maxBatch = 10;
  readonly #maxAttempts = 8;

  constructor(server: LogServer) {
    this.#server = server;
    void this.#run(); // started and forgotten: nobody keeps the promise
  }

  log(record: LogRecord): void {
    if (!this.#queue.tryPut(record)) reportDropped([record], "queue full");
  }

  /** "Closing the queue is enough: the loop will drain it." It will, but close() does not wait. */
  async close(): Promise<void> {
    this.#queue.close();
  }

  async #run(): Promise<void> {
    for await (const first of this.#queue) {
      const batch = [first];
      while (batch.length < this.#maxBatch && this.#queue.size > 0) {
        batch.push(await this.#queue.get());
      }
      await this.#deliver(batch);
    }
  }

  async #deliver(batch: readonly LogRecord[]): Promise<void> {
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
      try {
        const response = await this.#server.send(batch);
        if (response.status === 200) return;
      } catch {
        // No answer at all: retry.
      }
      const ceiling = Math.min(100 * 2 ** (attempt - 1), 2000);
      await sleep(ceiling / 2 + (this.#random() * ceiling) / 2);
    }
    reportDropped(batch, "retries used up");
  }
}

await checkLogHandler((server) => new AlmostHandler(server));
