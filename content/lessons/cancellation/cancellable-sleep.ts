/**
 * Waits `ms` milliseconds, unless `signal` aborts first: then it clears
 * its timer and rejects with the signal's reason.
 */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // Already aborted: there is no point starting, and no event will come.
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer); // the timer would keep the program alive for nothing
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort); // don't keep listeners we no longer need
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Names the reason a signal gave. Timeout reasons are DOMExceptions. */
function describe(reason: unknown): string {
  if (reason instanceof DOMException) return reason.name;
  if (reason instanceof Error) return reason.message;
  return String(reason);
}

/** Sleeps for 1 s with `signal`, and says how the sleep ended. */
async function tryToSleep(label: string, signal: AbortSignal): Promise<void> {
  console.log(label);
  try {
    await sleep(1000, signal);
    console.log("  slept the full second");
  } catch (error) {
    console.log(`  stopped early: ${describe(error)}`);
  }
}

// 1. Aborted by hand: the user presses Cancel 0.2 s into the sleep.
const cancel = new AbortController();
setTimeout(() => cancel.abort(new Error("the user pressed Cancel")), 200);
await tryToSleep("sleeping 1 s; Cancel is pressed after 0.2 s", cancel.signal);

// 2. Aborted by a timer: AbortSignal.timeout(ms) makes a signal that aborts by itself.
await tryToSleep("sleeping 1 s with AbortSignal.timeout(400)", AbortSignal.timeout(400));

// 3. AbortSignal.any aborts as soon as any of its signals does.
const cancelAgain = new AbortController();
setTimeout(() => cancelAgain.abort(new Error("the user pressed Cancel")), 200);
await tryToSleep(
  "sleeping 1 s with any([Cancel, timeout(600)]); Cancel after 0.2 s",
  AbortSignal.any([cancelAgain.signal, AbortSignal.timeout(600)]),
);

// 4. A signal that has already aborted stops the sleep before it starts.
await tryToSleep("sleeping 1 s with the first, already aborted signal", cancel.signal);
