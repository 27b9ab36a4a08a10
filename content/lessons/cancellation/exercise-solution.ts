/** The cancellable sleep from this lesson. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
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

// The user presses Cancel after 0.6 s.
const cancelButton = new AbortController();
setTimeout(() => {
  console.log("user: pressed Cancel");
  cancelButton.abort(new Error("cancelled by the user"));
}, 600);

/**
 * A pretend download that takes `ms` ms. It stops at its own time limit,
 * or as soon as `cancel` aborts.
 */
async function download(
  name: string,
  ms: number,
  timeLimitMs: number,
  cancel: AbortSignal,
): Promise<void> {
  // Whichever aborts first, the time limit or the Cancel button, stops the sleep.
  const signal = AbortSignal.any([cancel, AbortSignal.timeout(timeLimitMs)]);
  try {
    await sleep(ms, signal);
    console.log(`${name}: done`);
  } catch (error) {
    console.log(`${name}: stopped (${describe(error)})`);
  }
}

await Promise.all([
  download("notes.txt", 200, 1200, cancelButton.signal),
  download("backup.zip", 1000, 400, cancelButton.signal),
  download("video.mp4", 1000, 1200, cancelButton.signal),
]);
console.log("all downloads over");
