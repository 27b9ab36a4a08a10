const start = performance.now();

/** Seconds since the program started, rounded down to the half second. */
function elapsed(): string {
  // Timers fire a little late on a busy computer, never early. Rounding
  // down to the half second keeps the output the same from run to run.
  // (The extra 50 ms covers clocks that disagree by a millisecond or so.)
  const seconds = Math.floor((performance.now() - start + 50) / 500) / 2;
  return `${seconds.toFixed(1)} s`;
}

/**
 * Pretends to fetch something over the network: the answer arrives after
 * `ms` milliseconds. (How this works is the subject of lesson 2.)
 */
function fakeFetch(what: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(`${what} data`), ms);
  });
}

// One request at a time: each one must finish before the next one starts.
for (const what of ["users", "orders", "prices"]) {
  console.log(`${elapsed()}  asking for ${what}`);
  const answer = await fakeFetch(what, 1000);
  console.log(`${elapsed()}  got ${answer}`);
}

console.log(`All done after ${elapsed()}`);
