function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Slow work: three parts of 0.4 s each, then it saves the result. */
async function buildReport(): Promise<string> {
  console.log("report: started, created a temporary file");
  try {
    for (let part = 1; part <= 3; part++) {
      await sleep(400);
      console.log(`report: part ${part} of 3 done`);
    }
    console.log("report: saved report.pdf");
    return "report.pdf";
  } finally {
    console.log("report: deleted the temporary file");
  }
}

/** A promise that rejects after `ms` milliseconds. */
function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
}

// Give the report 0.6 s, and give up if it is not ready by then.
try {
  const file = await Promise.race([buildReport(), timeout(600)]);
  console.log(`main: got ${file}`);
} catch (error) {
  console.log(`main: ${(error as Error).message}, giving up`);
}
console.log("main: moving on");
