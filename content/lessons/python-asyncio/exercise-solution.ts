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

/**
 * asyncio.wait_for(work, timeout): waits up to `ms` for `work`; after that,
 * aborts `controller` (which `work` listens to) with a TimeoutError.
 */
async function waitFor<T>(
  work: Promise<T>,
  ms: number,
  controller: AbortController,
): Promise<T> {
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`no result after ${ms} ms`, "TimeoutError"));
  }, ms);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  // create_task: calling the function starts it. Give it a signal now,
  // because this is the only moment we can hand it one.
  const archiveControl = new AbortController();
  const archive = fetchData("archive", 1000, archiveControl.signal);

  // gather: Promise.all.
  const results = await Promise.all([
    fetchData("users", 100),
    fetchData("orders", 200),
  ]);
  console.log(results);

  // wait_for with a timeout of 0.3 s, which cancels the archive when it expires.
  try {
    await waitFor(archive, 300, archiveControl);
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    if (!timedOut) throw error;
    console.log("archive timed out");
  }
}

// asyncio.run(main()): there is one loop, already running.
await main();
