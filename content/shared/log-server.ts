/**
 * A simulated remote log server, and a small simulated app that logs through your logger.
 * The logging case study's examples import it; it runs inside the sandbox (and under
 * Node), answers after a configurable latency, fails as configured, and keeps a record of
 * what arrived and when. Everything random comes from a seeded generator, so a run with
 * the same seed behaves the same every time.
 *
 * On the site, every record logged, request sent, record received, failure and drop is
 * also reported to the timeline panel beside the example's output. Under Node there is
 * no panel and the reports go nowhere.
 */

/** One log record: what the app logged, numbered in the order it was logged. */
export interface LogRecord {
  /** 1, 2, 3, ... in the order the app logged them. */
  readonly seq: number;
  readonly message: string;
  /** Milliseconds since the program started. */
  readonly loggedAt: number;
}

/** The server's answer to one request. */
export interface ServerResponse {
  /** 200 stored; 429 too many requests at once; 500 and 503 server errors. */
  readonly status: 200 | 429 | 500 | 503;
}

/** What goes wrong when a request fails, as a server or a network would. */
export type Failure =
  /** The server answers 500. */
  | "error"
  /** The server answers 503 (overloaded, try again). */
  | "unavailable"
  /** No answer: the request hangs until `timeoutMs`, then rejects with NetworkError. */
  | "timeout"
  /** The connection drops at once: rejects with NetworkError. */
  | "reset";

export interface ServerOptions {
  /** Time to answer a request, in ms. Default 200. */
  readonly latencyMs?: number;
  /** Up to this many ms more, chosen at random for each request. Default 0. */
  readonly jitterMs?: number;
  /** The fraction of requests that fail, from 0 to 1. Default 0. */
  readonly failureRate?: number;
  /** How failing requests fail; one is picked at random each time. Default ["unavailable"]. */
  readonly failures?: readonly Failure[];
  /** How long a "timeout" failure hangs before the request rejects, in ms. Default 1000. */
  readonly timeoutMs?: number;
  /** Requests handled at the same time; one more gets 429 at once. Default: no limit. */
  readonly maxConcurrent?: number;
  /** Seed of the random generator. Default 1. */
  readonly seed?: number;
}

/** Thrown by `send` when the request gets no answer (a timeout or a dropped connection). */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NetworkError";
  }
}

/** A record as the server stored it. */
export interface StoredRecord extends LogRecord {
  /** Milliseconds since the program started. */
  readonly receivedAt: number;
}

/** The events the site's timeline panel draws; the sandbox provides the receiver. */
type TimelineEvent =
  | { readonly kind: "logged"; readonly records: readonly number[]; readonly at: number }
  | { readonly kind: "sent"; readonly records: readonly number[]; readonly at: number }
  | { readonly kind: "received"; readonly records: readonly number[]; readonly at: number }
  | { readonly kind: "failed"; readonly records: readonly number[]; readonly at: number; readonly reason: string }
  | { readonly kind: "dropped"; readonly records: readonly number[]; readonly at: number; readonly reason: string }
  | { readonly kind: "waited"; readonly records: readonly number[]; readonly at: number; readonly ms: number };

const panel = (globalThis as Record<symbol, unknown>)[Symbol.for("awaitable.timeline")];
function report(event: TimelineEvent): void {
  if (typeof panel === "function") panel(event);
}

const programStart = performance.now();
/** Milliseconds since the program started. */
export function now(): number {
  return performance.now() - programStart;
}

/** Seconds since the program started, rounded down to `step` seconds, e.g. "1.5 s". */
export function elapsed(step = 0.5): string {
  // A timer may fire a little early or (on a busy machine) late: allow 20 ms early.
  const steps = Math.floor((now() + 20) / (step * 1000));
  return `${(steps * step).toFixed(step < 0.1 ? 2 : 1)} s`;
}

/** mulberry32: a small, fast, seeded random generator (numbers from 0 up to 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A slow remote log server, simulated. */
export class LogServer {
  readonly #latencyMs: number;
  readonly #jitterMs: number;
  readonly #failureRate: number;
  readonly #failures: readonly Failure[];
  readonly #timeoutMs: number;
  readonly #maxConcurrent: number;
  readonly #random: () => number;
  readonly #stored: StoredRecord[] = [];
  #inFlight = 0;
  #requests = 0;
  #failed = 0;

  constructor(options: ServerOptions = {}) {
    this.#latencyMs = options.latencyMs ?? 200;
    this.#jitterMs = options.jitterMs ?? 0;
    this.#failureRate = options.failureRate ?? 0;
    this.#failures = options.failures ?? ["unavailable"];
    this.#timeoutMs = options.timeoutMs ?? 1000;
    this.#maxConcurrent = options.maxConcurrent ?? Infinity;
    this.#random = seededRandom(options.seed ?? 1);
  }

  /**
   * Sends records in one request, as a `fetch` POST would. Resolves with the server's
   * status once it answers: only 200 means the records were stored. Rejects with
   * NetworkError on a timeout or a dropped connection (then they were not stored).
   */
  async send(records: readonly LogRecord[]): Promise<ServerResponse> {
    const seqs = records.map((record) => record.seq);
    this.#requests++;
    report({ kind: "sent", records: seqs, at: now() });
    // Draw every random number up front, so one request's luck does not depend on timing.
    const delay = this.#latencyMs + Math.round(this.#random() * this.#jitterMs);
    const fails = this.#random() < this.#failureRate;
    const failure = this.#failures[Math.floor(this.#random() * this.#failures.length)] ?? "unavailable";
    if (this.#inFlight >= this.#maxConcurrent) {
      this.#failed++;
      report({ kind: "failed", records: seqs, at: now(), reason: "429 too many requests" });
      return { status: 429 };
    }
    this.#inFlight++;
    try {
      if (fails && failure === "reset") {
        await sleep(Math.min(delay, 50));
        throw new NetworkError("connection reset");
      }
      if (fails && failure === "timeout") {
        await sleep(this.#timeoutMs);
        throw new NetworkError(`no answer after ${this.#timeoutMs} ms`);
      }
      await sleep(delay);
      if (fails) {
        const status = failure === "error" ? 500 : 503;
        this.#failed++;
        report({ kind: "failed", records: seqs, at: now(), reason: `${status} ${status === 500 ? "server error" : "unavailable"}` });
        return { status };
      }
      const receivedAt = now();
      for (const record of records) this.#stored.push({ ...record, receivedAt });
      report({ kind: "received", records: seqs, at: receivedAt });
      return { status: 200 };
    } catch (error) {
      this.#failed++;
      report({ kind: "failed", records: seqs, at: now(), reason: (error as Error).message });
      throw error;
    } finally {
      this.#inFlight--;
    }
  }

  /** Every record stored so far, in the order they arrived. */
  get received(): readonly StoredRecord[] {
    return this.#stored;
  }

  /** Requests sent so far (answered or not). */
  get requests(): number {
    return this.#requests;
  }

  /** Requests that failed: an error status, 429, a timeout or a dropped connection. */
  get failedRequests(): number {
    return this.#failed;
  }

  /** Requests waiting for their answer right now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /**
   * What arrived, as lines to print: the record numbers in arrival order, how many
   * arrived out of order, and which of the `expected` records never arrived.
   */
  summary(expected: number): string[] {
    const seqs = this.#stored.map((record) => record.seq);
    let highest = 0;
    let outOfOrder = 0;
    for (const seq of seqs) {
      if (seq < highest) outOfOrder++;
      highest = Math.max(highest, seq);
    }
    const arrived = new Set(seqs);
    const missing = Array.from({ length: expected }, (_, index) => index + 1).filter((seq) => !arrived.has(seq));
    const duplicates = seqs.length - arrived.size;
    return [
      `server: received ${seqs.length} of ${expected} records in ${this.#requests} requests (${this.#failed} failed)`,
      `server: arrival order ${seqs.join(" ") || "(none)"}`,
      `server: ${outOfOrder} out of order, ${missing.length} missing${missing.length ? ` (${missing.join(" ")})` : ""}${duplicates ? `, ${duplicates} duplicates` : ""}`,
    ];
  }
}

/** What the simulated app needs from a logger: `log` may return at once or a promise to wait for. */
export interface Logger {
  log(record: LogRecord): void | Promise<void>;
}

export interface AppOptions {
  /** How many records the app logs. Default 5. */
  readonly records?: number;
  /** Milliseconds of (simulated) work before each log call. Default 100. */
  readonly workMs?: number;
}

/** What the app measured about its own run. */
export interface AppReport {
  readonly records: number;
  /** The longest time one log call held the app up, in ms. */
  readonly longestWaitMs: number;
  /** When the app had done all its work and logging, in ms since the program started. */
  readonly finishedAt: number;
}

/**
 * A simulated app: it does a bit of work, logs a record, does more work, logs again...
 * Each log call is timed from the call until it returns (and, if `log` returns a promise,
 * until that settles: the app waits for whatever the logger makes it wait for).
 */
export async function runApp(logger: Logger, options: AppOptions = {}): Promise<AppReport> {
  const count = options.records ?? 5;
  const workMs = options.workMs ?? 100;
  let longestWaitMs = 0;
  for (let seq = 1; seq <= count; seq++) {
    await sleep(workMs);
    const record: LogRecord = { seq, message: `event ${seq}`, loggedAt: now() };
    report({ kind: "logged", records: [seq], at: record.loggedAt });
    const started = now();
    await logger.log(record);
    const waited = now() - started;
    if (waited >= 1) report({ kind: "waited", records: [seq], at: now(), ms: waited });
    longestWaitMs = Math.max(longestWaitMs, waited);
  }
  return { records: count, longestWaitMs, finishedAt: now() };
}

/** Tells the timeline panel that the logger gave up on records (a full queue, retries used up). */
export function reportDropped(records: readonly LogRecord[], reason: string): void {
  report({ kind: "dropped", records: records.map((record) => record.seq), at: now(), reason });
}

/** The app's report as a line to print, with times rounded to `step` seconds. */
export function describeApp(app: AppReport, step = 0.5): string {
  const round = (ms: number) => `${((Math.floor((ms + 20) / (step * 1000)) * step)).toFixed(1)} s`;
  return `app: logged ${app.records} records, longest wait in a log call ${round(app.longestWaitMs)}, done after ${round(app.finishedAt)}`;
}
