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
  console.log("report: started, created a temporary file");
  try {
    for (let part = 1; part <= 3; part++) {
      await sleep(400, signal); // rejects as soon as the signal aborts
      console.log(`report: part ${part} of 3 done`);
    }
    console.log("report: saved report.pdf");
    return "report.pdf";
  } finally {
    // Runs however the try block ends: finished, failed or aborted.
    console.log("report: deleted the temporary file");
  }
}

try {
  const file = await buildReport(AbortSignal.timeout(600));
  console.log(`main: got ${file}`);
} catch (error) {
  // Let anything other than our timeout go on up.
  if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
  console.log(`main: ${error.name}, giving up`);
}
console.log("main: moving on");
