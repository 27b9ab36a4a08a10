const start = performance.now();

/** Seconds since the program started, rounded down to the half second. */
function elapsed(): string {
  const seconds = Math.floor((performance.now() - start + 50) / 500) / 2;
  return `${seconds.toFixed(1)} s`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Saves a draft to a pretend server, which takes half a second. */
async function saveDraft(name: string): Promise<void> {
  console.log(`${elapsed()}  saving ${name}...`);
  await delay(500);
  console.log(`${elapsed()}  saved ${name}`);
}

console.log("Without await:");
saveDraft("draft 1"); // the missing await: nothing waits for this promise
console.log(`${elapsed()}  editor closed`);

// Real code would carry on here. We only pause so that the forgotten save
// has finished before the second half starts.
await delay(1000);

console.log("With await:");
await saveDraft("draft 2");
console.log(`${elapsed()}  editor closed`);
