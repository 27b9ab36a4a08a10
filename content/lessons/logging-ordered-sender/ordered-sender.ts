import { AsyncQueue } from "../async-queues/async-queue.ts";
import { LogServer, describeApp, elapsed, reportDropped, runApp, type LogRecord } from "../../shared/log-server.ts";

/**
 * The app's log call only puts the record in a queue. One consumer loop takes the
 * records out, one at a time, in order, and sends each one before taking the next.
 */
class OrderedSender {
  readonly #server: LogServer;
  readonly #queue = new AsyncQueue<LogRecord>(); // no capacity given: it never fills up
  readonly #sending: Promise<void>;

  constructor(server: LogServer) {
    this.#server = server;
    this.#sending = this.#sendAll(); // the consumer starts now and runs until the queue is closed and empty
  }

  /** The app's log call: queue the record and return at once. */
  log(record: LogRecord): void {
    this.#queue.tryPut(record); // never full, so this always succeeds
  }

  /** How many records are waiting to be sent. */
  get queued(): number {
    return this.#queue.size;
  }

  /** Takes no more records, and resolves once every record already queued has been sent. */
  async close(): Promise<void> {
    this.#queue.close();
    await this.#sending;
  }

  async #sendAll(): Promise<void> {
    for await (const record of this.#queue) {
      // A failed request must not end the loop, or every later record would stay queued.
      try {
        const response = await this.#server.send([record]);
        if (response.status !== 200) this.#giveUp(record, `the server answered ${response.status}`);
      } catch (error) {
        this.#giveUp(record, `${(error as Error).name}: ${(error as Error).message}`);
      }
    }
  }

  #giveUp(record: LogRecord, reason: string): void {
    console.log(`logger: record ${record.seq} is lost (${reason})`);
    reportDropped([record], reason);
  }
}

// A faster server than before, so that the run stays short: 200 ms plus up to 400 ms.
const server = new LogServer({ latencyMs: 200, jitterMs: 400, seed: 34258 });
const logger = new OrderedSender(server);

const app = await runApp(logger, { records: 5, workMs: 100 });
console.log(describeApp(app));
console.log(`${elapsed()}  the app is done: ${server.received.length} records stored, ${server.inFlight} on its way, ${logger.queued} in the queue`);

await logger.close();
console.log(`${elapsed()}  close() has resolved: every record has been sent`);
for (const line of server.summary(app.records)) console.log(line);
