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

/** A pretend download that takes `ms` ms, with its own time limit. */
async function download(name: string, ms: number, timeLimitMs: number): Promise<void> {
  // TODO: stop when the user presses Cancel too, not only at the time limit.
  const signal = AbortSignal.timeout(timeLimitMs);
  try {
    await sleep(ms, signal);
    console.log(`${name}: done`);
  } catch (error) {
    console.log(`${name}: stopped (${describe(error)})`);
  }
}

await Promise.all([
  download("notes.txt", 200, 1200),
  download("backup.zip", 1000, 400),
  download("video.mp4", 1000, 1200),
]);
console.log("all downloads over");
