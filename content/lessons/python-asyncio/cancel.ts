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

// Takes a signal, but never looks at it.
async function ignoresSignal(signal: AbortSignal): Promise<void> {
  for (let step = 1; step <= 2; step++) {
    await sleep(300);
  }
  console.log(
    `  ${now()}  finished both steps (signal.aborted is ${signal.aborted})`,
  );
}

// Passes the signal to everything it awaits, and cleans up in finally.
async function passesSignalOn(signal: AbortSignal): Promise<void> {
  try {
    for (let step = 1; step <= 2; step++) {
      await sleep(300, signal);
    }
    console.log(`  ${now()}  finished both steps`);
  } finally {
    console.log(`  ${now()}  finally: cleaning up`);
  }
}

for (const [label, job] of [
  ["a job that ignores its signal", ignoresSignal],
  ["a job that passes its signal on", passesSignalOn],
] as const) {
  console.log(`${label}:`);
  start = performance.now();
  const controller = new AbortController();
  const work = job(controller.signal);
  // The equivalent of task.cancel(), 200 ms in.
  setTimeout(() => {
    console.log(`  ${now()}  abort()`);
    controller.abort(new Error("cancelled by the caller"));
  }, 200);
  try {
    await work;
    console.log(`  ${now()}  caller: the work completed`);
  } catch (error) {
    console.log(`  ${now()}  caller: ${(error as Error).message}`);
  }
}
