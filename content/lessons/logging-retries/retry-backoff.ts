import { AsyncQueue } from "../async-queues/async-queue.ts";
import {
  LogServer,
  describeApp,
  reportDropped,
  runApp,
  seededRandom,
  type LogRecord,
} from "../../shared/log-server.ts";

// A flaky server: 3 requests in 10 fail, in any of four ways.
const server = new LogServer({
  latencyMs: 100,
  jitterMs: 100,
  failureRate: 0.3,
  failures: ["unavailable", "error", "reset", "timeout"],
  timeoutMs: 400,
  seed: 17,
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const names = (batch: readonly LogRecord[]) =>
  `records ${batch.map((record) => record.seq).join(",")}`;

/** The ordered sender with batches of 3, now retrying a failed batch before it sends the next. */
class RetryingSender {
  readonly #queue = new AsyncQueue<LogRecord>();
  readonly #random = seededRandom(1); // the backoff's jitter, seeded: every run is the same
  readonly #batchSize = 3;
  readonly #maxAttempts = 6; // tries per batch before giving up on it
  readonly #sending = this.#run(); // the one loop that sends, started with the sender

  /** The app's log call: queue the record and return at once. */
  log(record: LogRecord): void {
    this.#queue.tryPut(record);
  }

  /** Stops taking records and waits until everything queued is delivered. */
  async close(): Promise<void> {
    this.#queue.close();
    await this.#sending;
  }

  async #run(): Promise<void> {
    let batch: LogRecord[] = [];
    for await (const record of this.#queue) {
      batch.push(record);
      if (batch.length === this.#batchSize) {
        await this.#deliver(batch); // the next batch waits until this one is stored
        batch = [];
      }
    }
    if (batch.length > 0) await this.#deliver(batch); // what was left when the queue closed
  }

  /** Sends one batch until the server stores it, waiting longer after each failure. */
  async #deliver(batch: readonly LogRecord[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      let problem: string;
      try {
        const response = await server.send(batch);
        if (response.status === 200) return;
        problem = `status ${response.status}`;
      } catch (error) {
        problem = (error as Error).message; // no answer at all: a timeout or a dropped connection
      }
      if (attempt === this.#maxAttempts) {
        console.log(`sender: ${names(batch)} failed ${attempt} times, giving up`);
        reportDropped(batch, "retries used up");
        return;
      }
      const delay = this.#backoff(attempt);
      console.log(`sender: ${names(batch)} failed (${problem}), retry ${attempt} in ${delay} ms`);
      await sleep(delay);
    }
  }

  /** Exponential backoff with jitter: a random wait in the upper half of 100, 200, 400... ms. */
  #backoff(attempt: number): number {
    const ceiling = Math.min(100 * 2 ** (attempt - 1), 2000);
    return Math.round(ceiling / 2 + (this.#random() * ceiling) / 2);
  }
}

const sender = new RetryingSender();
const app = await runApp(sender, { records: 10, workMs: 100 });
await sender.close();
console.log(describeApp(app, 1)); // whole seconds: on a busy machine, timers run late
for (const line of server.summary(app.records)) console.log(line);
