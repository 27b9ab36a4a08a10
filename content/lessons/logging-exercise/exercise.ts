import { checkLogHandler, type Handler } from "../../shared/log-handler-check.ts";
import type { LogRecord, LogServer } from "../../shared/log-server.ts";

/** The first fix everybody writes: send each record at once, and never wait. */
class FireAndForgetHandler implements Handler {
  readonly #server: LogServer;

  constructor(server: LogServer) {
    this.#server = server;
  }

  log(record: LogRecord): void {
    // Not awaited, so the app goes on at once. The catch keeps a failed request from
    // becoming an unhandled rejection; a 500 or 503 answer is not even looked at.
    this.#server.send([record]).catch(() => {});
  }

  async close(): Promise<void> {
    // Nothing to wait for... or is there?
  }
}

await checkLogHandler((server) => new FireAndForgetHandler(server));
