let start = performance.now();

/**
 * Seconds since `start`, rounded down to a multiple of 0.2 s after allowing 50 ms
 * for a clock that reads a little early. Every event here happens at a multiple of
 * 0.2 s, so a timer up to 150 ms late on a busy machine still prints the same time.
 */
function now(): string {
  const tenths = Math.floor((performance.now() - start + 50) / 200) * 2;
  return `${(tenths / 10).toFixed(1)} s`;
}

/** Resolves after `ms`, or rejects as soon as `signal` is aborted. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A pretend job that takes `ms`, and stops early if `signal` is aborted. */
async function job(ms: number, signal?: AbortSignal): Promise<string> {
  try {
    await sleep(ms, signal);
  } catch (error) {
    console.log(`  ${now()}  job stopped`);
    throw error;
  }
  console.log(`  ${now()}  job finished`);
  return "result";
}

// Buggy: a race against a timer. Nothing stops the loser.
function withTimeoutBuggy<T>(work: Promise<T>, ms: number): Promise<T> {
  const timer = new Promise<never>((_, reject) => {
    setTimeout(() => {
      console.log(`  ${now()}  timeout timer fires`);
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
  });
  return Promise.race([work, timer]);
}

// Fixed: the work gets a signal that the timer aborts, and the timer is
// cleared in `finally` whichever way the work ends.
async function withTimeoutFixed<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`timed out after ${ms} ms`)),
    ms,
  );
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function attempt(
  label: string,
  run: () => Promise<string>,
  waitAfter: number,
): Promise<void> {
  console.log(label);
  start = performance.now();
  try {
    const result = await run();
    console.log(`  ${now()}  caller got the ${result}`);
  } catch (error) {
    console.log(`  ${now()}  caller gives up: ${(error as Error).message}`);
  }
  await sleep(waitAfter); // give any leftovers time to show themselves
}

// A slow job (0.4 s) with a 0.2 s timeout, and a fast job (0.2 s) with a
// 0.4 s timeout, each way.
const slowJob = (signal?: AbortSignal) => job(400, signal);
const fastJob = (signal?: AbortSignal) => job(200, signal);
await attempt("buggy, slow job:", () => withTimeoutBuggy(slowJob(), 200), 350);
await attempt("buggy, fast job:", () => withTimeoutBuggy(fastJob(), 400), 350);
await attempt("fixed, slow job:", () => withTimeoutFixed(slowJob, 200), 250);
await attempt("fixed, fast job:", () => withTimeoutFixed(fastJob, 400), 250);
