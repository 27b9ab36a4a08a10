import { AsyncQueue } from "../async-queues/async-queue.ts";
import { LogServer, describeApp, reportDropped, runApp, type LogRecord } from "../../shared/log-server.ts";

let mostInFlight = 0;

/** The ordered sender, with three consumer loops on the same queue instead of one. */
class PooledSender {
  readonly #server: LogServer;
  readonly #queue = new AsyncQueue<LogRecord>();
  readonly #sending: Promise<unknown>;

  constructor(server: LogServer, senders: number) {
    this.#server = server;
    const loops = Array.from({ length: senders }, () => this.#sendAll());
    this.#sending = Promise.all(loops);
  }

  log(record: LogRecord): void {
    this.#queue.tryPut(record);
  }

  async close(): Promise<void> {
    this.#queue.close();
    await this.#sending;
  }

  async #sendAll(): Promise<void> {
    for await (const record of this.#queue) {
      try {
        const request = this.#server.send([record]);
        mostInFlight = Math.max(mostInFlight, this.#server.inFlight); // (only to measure it)
        const response = await request;
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

// The same server and seed as in the previous example.
const server = new LogServer({ latencyMs: 200, jitterMs: 400, seed: 34258 });
const logger = new PooledSender(server, 3);

const app = await runApp(logger, { records: 5, workMs: 100 });
console.log(describeApp(app));
console.log(`most requests in flight at the same time: ${mostInFlight}`);

await logger.close();
console.log("close() has resolved: every record has been sent");
for (const line of server.summary(app.records)) console.log(line);
