/**
 * The same interface as the simulated `LogServer`, backed by a real HTTP server: start
 * one with `npm run log-server`, replace `new LogServer({...})` in a case-study program by
 * `new HttpLogServer("http://localhost:8787/logs")`, and run the program with Node
 * (`node content/lessons/logging-blocking/blocking.ts`). In the site's sandbox, which has
 * no network access, every send fails with NetworkError.
 */
import { NetworkError, type LogRecord, type ServerResponse } from "./log-server.ts";

export class HttpLogServer {
  readonly #url: string;
  #requests = 0;

  constructor(url: string) {
    this.#url = url;
  }

  /** POSTs the records as JSON; resolves with the status, rejects with NetworkError if there is no answer. */
  async send(records: readonly LogRecord[]): Promise<ServerResponse> {
    this.#requests++;
    let response: Response;
    try {
      response = await fetch(this.#url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(records),
      });
    } catch (error) {
      throw new NetworkError(`no answer from ${this.#url}: ${(error as Error).message}`);
    }
    const status = response.status === 200 || response.status === 429 || response.status === 500 ? response.status : 503;
    return { status };
  }

  /** Requests sent so far. */
  get requests(): number {
    return this.#requests;
  }

  /** What the server has stored so far, from its GET /logs. */
  async received(): Promise<LogRecord[]> {
    const response = await fetch(this.#url);
    return (await response.json()) as LogRecord[];
  }
}
