const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

/** A pretend log file. It fires an "append" event after each new line. */
class LogFile extends EventTarget {
  readonly lines: string[] = [];

  append(line: string): void {
    this.lines.push(line);
    this.dispatchEvent(new Event("append"));
  }
}

/** Resolves when a line is appended to `log` or when `signal` aborts, whichever comes first. */
function nextAppendOrAbort(log: LogFile, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    function done(): void {
      log.removeEventListener("append", done);
      signal.removeEventListener("abort", done);
      resolve();
    }
    log.addEventListener("append", done);
    signal.addEventListener("abort", done);
  });
}

/** Yields the lines of `log`, old and new, like `tail -f`, until `signal` aborts. */
async function* follow(log: LogFile, signal: AbortSignal): AsyncGenerator<string> {
  let next = 0; // the index of the first line not yielded yet
  while (true) {
    while (next < log.lines.length) {
      yield log.lines[next++];
    }
    if (signal.aborted) return;
    await nextAppendOrAbort(log, signal);
  }
}

// The log already has two lines, and the app keeps appending to it.
const log = new LogFile();
log.append("server started");
log.append("GET /");
setTimeout(() => log.append("GET /about"), 400);
setTimeout(() => log.append("POST /login"), 1000);
setTimeout(() => log.append("ERROR database timeout"), 1600);
setTimeout(() => log.append("GET /"), 2400);

// Follow the log for two seconds.
const controller = new AbortController();
setTimeout(() => controller.abort(), 2000);
for await (const line of follow(log, controller.signal)) {
  console.log(`${elapsed()}  | ${line}`);
}
console.log(`${elapsed()}  stopped following`);
