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

/** Resolves after `ms`, or rejects with the signal's reason once it is aborted. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

class Cancelled extends Error {}

/**
 * Like Python's asyncio.TaskGroup: runs every job with a shared signal. When
 * one fails, the signal cancels the others. Waits until every job has
 * settled, then returns all results, or throws an AggregateError holding
 * the real failures (not the cancellations it caused itself).
 */
async function taskGroup<T>(
  jobs: ((signal: AbortSignal) => Promise<T>)[],
): Promise<T[]> {
  const controller = new AbortController();
  const outcomes = await Promise.allSettled(
    jobs.map(async (job) => {
      try {
        return await job(controller.signal);
      } catch (error) {
        if (!controller.signal.aborted) {
          controller.abort(new Cancelled("a sibling failed"));
        }
        throw error;
      }
    }),
  );
  const failures = outcomes.flatMap((outcome) =>
    outcome.status === "rejected" && !(outcome.reason instanceof Cancelled)
      ? [outcome.reason]
      : [],
  );
  if (failures.length > 0) {
    throw new AggregateError(
      failures,
      `${failures.length} of ${jobs.length} jobs failed`,
    );
  }
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}

/** A pretend request that takes `ms`, and fails if `fails` is set. */
function request(name: string, ms: number, fails = false) {
  return async (signal: AbortSignal): Promise<string> => {
    try {
      await sleep(ms, signal);
    } catch (error) {
      console.log(`  ${now()}  ${name}: cancelled, cleaning up`);
      throw error;
    }
    if (fails) {
      console.log(`  ${now()}  ${name}: failed`);
      throw new Error(`${name} server is down`);
    }
    console.log(`  ${now()}  ${name}: done`);
    return name;
  };
}

console.log("all succeed:");
console.log(await taskGroup([request("users", 200), request("orders", 400)]));

console.log("one fails:");
start = performance.now();
try {
  await taskGroup([
    request("users", 200),
    request("orders", 400, true),
    request("archive", 1000),
  ]);
} catch (error) {
  const group = error as AggregateError;
  const reasons = group.errors.map((reason: Error) => reason.message).join(", ");
  console.log(`  ${now()}  group failed: ${group.message}: ${reasons}`);
}
