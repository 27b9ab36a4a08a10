import { AsyncQueue } from "../async-queues/async-queue.ts";
import { LogServer, describeApp, reportDropped, runApp, type LogRecord } from "../../shared/log-server.ts";

// A slow server: 0.45 s per request.
const server = new LogServer({ latencyMs: 450 });

/** A request to flush, travelling through the queue behind the records logged before it. */
interface FlushRequest {
  readonly flushed: () => void;
}

/** The ordered sender with batches of 3, plus flush() and close(). */
class OrderedSender {
  readonly #queue = new AsyncQueue<LogRecord | FlushRequest>();
  readonly #batchSize = 3;
  #lost = 0;
  readonly #sending = this.#run(); // the one loop that sends, started with the sender

  /** The app's log call: queue the record and return at once. */
  log(record: LogRecord): void {
    this.#queue.tryPut(record);
  }

  /** Resolves once every record logged before this call is stored. The logger stays open. */
  flush(): Promise<void> {
    return new Promise((resolve) => this.#queue.tryPut({ flushed: resolve }));
  }

  /** Takes no more records, delivers what is queued, and resolves when the loop has ended. */
  async close(): Promise<void> {
    this.#queue.close();
    await this.#sending;
  }

  /** Records whose request failed: reported and counted, never retried on this page. */
  get lost(): number {
    return this.#lost;
  }

  async #run(): Promise<void> {
    let batch: LogRecord[] = [];
    for await (const item of this.#queue) {
      if ("flushed" in item) {
        // Send what we have now, even if the batch is not full, then report back.
        if (batch.length > 0) await this.#send(batch);
        batch = [];
        item.flushed();
        continue;
      }
      batch.push(item);
      if (batch.length === this.#batchSize) {
        await this.#send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await this.#send(batch); // what was left when the queue closed
  }

  /** Sends one batch. A failure is reported and counted, never thrown: the loop must go on. */
  async #send(batch: readonly LogRecord[]): Promise<void> {
    try {
      const response = await server.send(batch);
      if (response.status !== 200) this.#giveUp(batch, `the server answered ${response.status}`);
    } catch (error) {
      this.#giveUp(batch, `${(error as Error).name}: ${(error as Error).message}`);
    }
  }

  #giveUp(batch: readonly LogRecord[], reason: string): void {
    this.#lost += batch.length;
    reportDropped(batch, reason);
  }
}

const logger = new OrderedSender();
const app = await runApp(logger, { records: 8, workMs: 125 });
console.log(describeApp(app, 1)); // whole seconds: on a busy machine, timers run late
console.log(`app done: the server has ${server.received.length} of ${app.records} records`);
await logger.flush();
console.log(`after flush(): the server has ${server.received.length} of ${app.records} records`);
await logger.close();
console.log(`after close(): the sending loop has ended, ${logger.lost} records lost`);
for (const line of server.summary(app.records)) console.log(line);
