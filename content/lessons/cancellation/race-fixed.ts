const start = performance.now();

/**
 * Seconds since the program started, rounded down to a multiple of 0.2 s:
 * timers often fire a little late on a busy computer, and the rounding
 * keeps the output the same anyway.
 */
function elapsed(): string {
  const seconds = Math.floor((performance.now() - start + 40) / 200) / 5;
  return `${seconds.toFixed(1)} s`;
}

/** The cancellable sleep from the previous example. */
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

/** The same slow work, but it takes a signal and passes it on. */
async function buildReport(signal: AbortSignal): Promise<string> {
  console.log(`${elapsed()}  report: started, created a temporary file`);
  try {
    for (let part = 1; part <= 3; part++) {
      await sleep(400, signal); // rejects as soon as the signal aborts
      console.log(`${elapsed()}  report: part ${part} of 3 done`);
    }
    console.log(`${elapsed()}  report: saved report.pdf`);
    return "report.pdf";
  } finally {
    // Runs however the try block ends: finished, failed or aborted.
    console.log(`${elapsed()}  report: deleted the temporary file`);
  }
}

try {
  const file = await buildReport(AbortSignal.timeout(600));
  console.log(`${elapsed()}  main: got ${file}`);
} catch (error) {
  // Let anything other than our timeout go on up.
  if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
  console.log(`${elapsed()}  main: ${error.name}, giving up`);
}
console.log(`${elapsed()}  main: moving on`);
