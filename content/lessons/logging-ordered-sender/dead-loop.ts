import { AsyncQueue } from "../async-queues/async-queue.ts";
import { LogServer, describeApp, runApp, type LogRecord } from "../../shared/log-server.ts";

/** The ordered sender without the try/catch in its loop. */
class FragileSender {
  readonly #server: LogServer;
  readonly #queue = new AsyncQueue<LogRecord>();
  readonly #sending: Promise<void>;

  constructor(server: LogServer) {
    this.#server = server;
    this.#sending = this.#sendAll();
  }

  log(record: LogRecord): void {
    this.#queue.tryPut(record);
  }

  get queued(): number {
    return this.#queue.size;
  }

  async close(): Promise<void> {
    this.#queue.close();
    await this.#sending;
  }

  async #sendAll(): Promise<void> {
    for await (const record of this.#queue) {
      await this.#server.send([record]); // if this rejects, the loop and #sendAll end with the error
    }
  }
}

// The same server as before, except that about one connection in three drops.
const server = new LogServer({ latencyMs: 200, jitterMs: 400, seed: 34258, failureRate: 0.35, failures: ["reset"] });
const logger = new FragileSender(server);

const app = await runApp(logger, { records: 5, workMs: 100 });
console.log(describeApp(app));

try {
  await logger.close();
  console.log("close() has resolved");
} catch (error) {
  console.log(`close() failed: ${(error as Error).name}: ${(error as Error).message}`);
}
console.log(`records left in the queue, never to be sent: ${logger.queued}`);
for (const line of server.summary(app.records)) console.log(line);
