// The helpers are translated for you.

/** asyncio.sleep(ms / 1000), but it stops at once if `signal` is aborted. */
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

/** The Python fetch(name, seconds), with an optional signal to cancel it. */
async function fetchData(
  name: string,
  ms: number,
  signal?: AbortSignal,
): Promise<string> {
  await sleep(ms, signal);
  console.log(`fetched ${name}`);
  return name.toUpperCase();
}

async function main(): Promise<void> {
  // TODO: translate main() from the Python version.
  console.log("main() is not translated yet");
}

await main();
