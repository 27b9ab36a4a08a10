const start = performance.now();

/** Seconds since the program started, rounded down to the half second. */
function elapsed(): string {
  const seconds = Math.floor((performance.now() - start + 50) / 500) / 2;
  return `${seconds.toFixed(1)} s`;
}

/** The same pretend network request as before: answers after `ms` ms. */
function fakeFetch(what: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(`${what} data`), ms);
  });
}

// Start all three requests first. Starting one takes no time at all:
// we get back a promise of the answer and move straight on.
const requests: Promise<string>[] = [];
for (const what of ["users", "orders", "prices"]) {
  console.log(`${elapsed()}  asking for ${what}`);
  requests.push(fakeFetch(what, 1000));
}

// Only now do we wait, once, for all three answers.
const answers = await Promise.all(requests);
console.log(`${elapsed()}  got ${answers.join(", ")}`);

console.log(`All done after ${elapsed()}`);
