import { AsyncQueue } from "../async-queues/async-queue.ts";
import {
  LogServer,
  describeApp,
  reportDropped,
  runApp,
  seededRandom,
  type LogRecord,
} from "../../shared/log-server.ts";

// A server in trouble: half of the requests fail with 503.
const server = new LogServer({ latencyMs: 100, failureRate: 0.5, seed: 3 });

/** Waits `ms` milliseconds; rejects with `signal.reason` if the signal aborts first (lesson 5's sleep). */
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

/** The ordered sender with batches of 3 and retries, and a close() with a deadline. */
class OrderedSender {
  readonly #queue = new AsyncQueue<LogRecord>();
  readonly #random = seededRandom(1); // the backoff's jitter
  readonly #batchSize = 3;
  readonly #deadline = new AbortController(); // aborted by close() when its time is up
  #dropped = 0;
  readonly #sending = this.#run();

  log(record: LogRecord): void {
    this.#queue.tryPut(record);
  }

  /**
   * Takes no more records and delivers what is queued, but stops retrying once `ms` have
   * passed: whatever is not stored by then is dropped. Resolves with how many were dropped.
   */
  async close(ms: number): Promise<number> {
    const timer = setTimeout(() => this.#deadline.abort(), ms);
    this.#queue.close();
    await this.#sending;
    clearTimeout(timer); // if everything was delivered in time, no timer is left behind
    return this.#dropped;
  }

  async #run(): Promise<void> {
    let batch: LogRecord[] = [];
    for await (const record of this.#queue) {
      batch.push(record);
      if (batch.length === this.#batchSize) {
        await this.#deliver(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await this.#deliver(batch);
  }

  /** Sends one batch until it is stored or the deadline passes. Never throws: the loop must go on. */
  async #deliver(batch: readonly LogRecord[]): Promise<void> {
    const deadline = this.#deadline.signal;
    for (let attempt = 1; !deadline.aborted; attempt++) {
      try {
        const response = await server.send(batch);
        if (response.status === 200) return;
      } catch {
        // No answer at all (a timeout or a dropped connection): retry as for an error status.
      }
      const ceiling = Math.min(100 * 2 ** (attempt - 1), 2000);
      try {
        await sleep(ceiling / 2 + (this.#random() * ceiling) / 2, deadline);
      } catch {
        break; // the sleep rejected: the deadline has passed, stop retrying
      }
    }
    // Past the deadline: no more retries for this batch, nor for anything still queued.
    this.#dropped += batch.length;
    reportDropped(batch, "deadline passed");
  }
}

const logger = new OrderedSender();
const app = await runApp(logger, { records: 8, workMs: 125 });
console.log(describeApp(app, 1)); // whole seconds: on a busy machine, timers run late
const closing = performance.now();
const dropped = await logger.close(1000);
const took = Math.floor((performance.now() - closing + 20) / 500) * 0.5;
console.log(`close(1000) returned after ${took.toFixed(1)} s: ${dropped} records dropped`);
for (const line of server.summary(app.records)) console.log(line);
