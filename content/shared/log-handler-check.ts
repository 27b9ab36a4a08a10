/**
 * The checker of the logging case study's closing exercise. `checkLogHandler` runs your
 * log handler against a flaky simulated server, with the simulated app logging through
 * it, then closes it, and prints one line per requirement, starting with ✓ or ✗:
 *
 * 1. keeps order: the server stores the records in the order the app logged them;
 * 2. loses nothing: every record is stored exactly once (a duplicate counts as a failure);
 * 3. never holds the app up: no log call makes the app wait more than 10 ms;
 * 4. close() delivers everything: it resolves within 2 s, with every record stored.
 *
 * The lines say what was measured, but never how many requests your handler sent or how
 * many of them failed: two correct handlers may batch differently, and both should print
 * exactly the same lines. (The timeline panel shows the requests.)
 *
 * Importing this module prints nothing.
 */
import {
  LogServer,
  describeApp,
  now,
  runApp,
  type AppReport,
  type LogRecord,
  type Logger,
} from "./log-server.ts";

/** What the checker needs from a handler. */
export interface Handler {
  /** Called by the app for each record. May return a promise, which the app then waits for. */
  log(record: LogRecord): void | Promise<void>;
  /** Called once, after the app has logged its last record. What it resolves with is ignored. */
  close(): Promise<unknown>;
}

export interface CheckOptions {
  /** Records the app logs. Default 10. */
  readonly records?: number;
  /** Milliseconds between two log calls. Default 100. */
  readonly workMs?: number;
  /** The longest a log call may make the app wait, in ms. Default 10. */
  readonly maxCallMs?: number;
  /** The longest close() may take, in ms. Default 2000. */
  readonly closeLimitMs?: number;
  /** Seed of the server's failures and jitter. Default 1. */
  readonly seed?: number;
}

/** How long the checker waits after close() for records still on their way, in ms. */
const settleMs = 1500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How many different records the server has stored. */
const storedCount = (server: LogServer) => new Set(server.received.map((record) => record.seq)).size;

/** An error as "Name: message". */
const describe = (error: unknown) => `${(error as Error).name}: ${(error as Error).message}`;

/** "1 record" or "4 records". */
const records = (count: number) => `${count} record${count === 1 ? "" : "s"}`;

/**
 * Runs the handler made by `createHandler` against a server that fails 1 request in 5
 * (500, 503, dropped connections and requests that get no answer for 400 ms) and answers
 * the others after 100 to 400 ms. Prints the app's report and one ✓ or ✗ line per
 * requirement, then how many were met. Resolves with true if all were.
 */
export async function checkLogHandler(
  createHandler: (server: LogServer) => Handler,
  options: CheckOptions = {},
): Promise<boolean> {
  const count = options.records ?? 10;
  const maxCallMs = options.maxCallMs ?? 10;
  const closeLimitMs = options.closeLimitMs ?? 2000;
  const server = new LogServer({
    latencyMs: 100,
    jitterMs: 300,
    failureRate: 0.2,
    failures: ["error", "unavailable", "reset", "timeout"],
    timeoutMs: 400,
    seed: options.seed ?? 1,
  });
  let handler: Handler;
  try {
    handler = createHandler(server);
  } catch (error) {
    console.log(`✗ the handler could not be created: ${describe(error)}`);
    return false;
  }

  // The app logs through a wrapper that times how long each call makes the app wait. A call
  // that returns at once, or returns a promise that settles without waiting for a timer or
  // the network, waits for nothing: it is never counted, however busy the machine is.
  let slowCalls = 0;
  const timed: Logger = {
    log(record) {
      const started = now();
      const result = handler.log(record);
      if (result === undefined) return;
      let waited = false;
      const probe = setTimeout(() => (waited = true), 0); // runs only if the promise is still pending
      const done = () => {
        clearTimeout(probe);
        if (waited && now() - started > maxCallMs) slowCalls++;
      };
      return result.then(done, (error: unknown) => {
        done();
        throw error;
      });
    },
  };
  let app: AppReport;
  try {
    app = await runApp(timed, { records: count, workMs: options.workMs ?? 100 });
  } catch (error) {
    console.log(`✗ the app stopped: a log call failed with ${describe(error)}`);
    return false;
  }
  console.log(describeApp(app, 1)); // times rounded down to the second: on a busy machine, timers run late

  // close(), with a time limit.
  const limit = `${closeLimitMs / 1000} s`;
  let closeResult: string;
  let limitTimer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => {
    limitTimer = setTimeout(() => resolve("late"), closeLimitMs);
  });
  try {
    const closing = handler.close().then(() => "closed" as const);
    const outcome = await Promise.race([closing, late]);
    if (outcome === "late") {
      closeResult = `✗ close() delivers everything: it did not resolve within ${limit}`;
    } else if (storedCount(server) < count) {
      closeResult = "✗ close() delivers everything: it resolved before the server had every record";
    } else {
      closeResult = `✓ close() delivers everything: it resolved within ${limit}, with all ${count} records stored`;
    }
  } catch (error) {
    closeResult = `✗ close() delivers everything: it rejected with ${describe(error)}`;
  } finally {
    clearTimeout(limitTimer);
  }

  // Give requests still on their way a moment to arrive before counting what is missing.
  const settleUntil = now() + settleMs;
  while (storedCount(server) < count && now() < settleUntil) await sleep(50);

  const seqs = server.received.map((record) => record.seq);
  const lines: string[] = [];

  // 1. Order: a record stored after a record with a higher number arrived out of order.
  let highest = 0;
  let outOfOrder = 0;
  for (const seq of seqs) {
    if (seq < highest) outOfOrder++;
    highest = Math.max(highest, seq);
  }
  if (seqs.length === 0) {
    lines.push("✗ keeps order: no record reached the server at all");
  } else if (outOfOrder > 0) {
    lines.push("✗ keeps order: some records reached the server after records logged later");
  } else {
    lines.push("✓ keeps order: the server stored the records in the order they were logged");
  }

  // 2. Nothing lost, nothing stored twice.
  const timesStored = new Map<number, number>();
  for (const seq of seqs) timesStored.set(seq, (timesStored.get(seq) ?? 0) + 1);
  const all = Array.from({ length: count }, (_, index) => index + 1);
  const missing = all.filter((seq) => !timesStored.has(seq));
  const twice = all.filter((seq) => (timesStored.get(seq) ?? 0) > 1);
  const problems: string[] = [];
  if (missing.length > 0) {
    const after = `${settleMs / 1000} s after close()`;
    problems.push(`${missing.length} of the ${count} records still not stored ${after} (${missing.join(" ")})`);
  }
  if (twice.length > 0) problems.push(`${records(twice.length)} stored more than once (${twice.join(" ")})`);
  lines.push(
    problems.length === 0
      ? `✓ loses nothing: each of the ${count} records was stored exactly once`
      : `✗ loses nothing: ${problems.join(", ")}`,
  );

  // 3. No waiting, and 4. close().
  lines.push(
    slowCalls === 0
      ? `✓ never holds the app up: no log call waited more than ${maxCallMs} ms`
      : `✗ never holds the app up: ${slowCalls} of ${count} log calls waited more than ${maxCallMs} ms`,
  );
  lines.push(closeResult);

  for (const line of lines) console.log(line);
  const met = lines.filter((line) => line.startsWith("✓")).length;
  console.log(
    met === lines.length
      ? `check: all ${met} requirements met`
      : `check: ${met} of ${lines.length} requirements met`,
  );
  return met === lines.length;
}
