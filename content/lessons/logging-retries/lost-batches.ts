import { AsyncQueue } from "../async-queues/async-queue.ts";
import {
  LogServer,
  describeApp,
  reportDropped,
  runApp,
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

const names = (batch: readonly LogRecord[]) =>
  `records ${batch.map((record) => record.seq).join(",")}`;

/** The ordered sender with batches of 3. A failed batch is reported, then forgotten. */
class OrderedSender {
  readonly #queue = new AsyncQueue<LogRecord>();
  readonly #batchSize = 3;
  readonly #sending = this.#run(); // the one loop that sends, started with the sender

  /** The app's log call: queue the record and return at once. */
  log(record: LogRecord): void {
    this.#queue.tryPut(record);
  }

  /** Stops taking records and waits until everything queued has been sent. */
  async close(): Promise<void> {
    this.#queue.close();
    await this.#sending;
  }

  async #run(): Promise<void> {
    let batch: LogRecord[] = [];
    for await (const record of this.#queue) {
      batch.push(record);
      if (batch.length === this.#batchSize) {
        await this.#send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await this.#send(batch); // what was left when the queue closed
  }

  async #send(batch: readonly LogRecord[]): Promise<void> {
    let problem: string;
    try {
      const response = await server.send(batch);
      if (response.status === 200) return;
      problem = `status ${response.status}`;
    } catch (error) {
      problem = (error as Error).message; // no answer at all: a timeout or a dropped connection
    }
    console.log(`sender: ${names(batch)} failed (${problem}), moving on`);
    reportDropped(batch, problem);
  }
}

const sender = new OrderedSender();
const app = await runApp(sender, { records: 10, workMs: 100 });
await sender.close();
console.log(describeApp(app, 1)); // whole seconds: on a busy machine, timers run late
for (const line of server.summary(app.records)) console.log(line);
