const start = performance.now();

/** Seconds since the program started, rounded down to the half second. */
function elapsed(): string {
  const seconds = Math.floor((performance.now() - start + 50) / 500) / 2;
  return `${seconds.toFixed(1)} s`;
}

/**
 * A request made through a *blocking* library: the function does not
 * return until the answer is there, and the thread can do nothing else
 * in the meantime.
 */
function blockingFetch(what: string, ms: number): string {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Spin. A real blocking call would let the operating system put the
    // thread to sleep instead, but for our program the effect is the
    // same: no other line of it can run until the answer is back.
  }
  return `${what} data`;
}

// Wrapping the blocking call in an async function changes nothing:
// the waiting still happens on our one and only thread.
async function fetchWithBlockingLibrary(what: string): Promise<string> {
  console.log(`${elapsed()}  asking for ${what}`);
  const answer = blockingFetch(what, 1000);
  console.log(`${elapsed()}  got ${answer}`);
  return answer;
}

// We try to start all three together, exactly as in the previous example...
const requests = ["users", "orders", "prices"].map(fetchWithBlockingLibrary);
await Promise.all(requests);

// ...but they still ran one after another.
console.log(`All done after ${elapsed()}`);
