const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. */
function elapsed(): string {
  // Every wait here is a multiple of 200 ms, and timers often fire a little
  // late on a busy machine: rounding down keeps the output the same.
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths / 5).toFixed(1)} s`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Like Promise.all(items.map(fn)), but with at most `limit` calls of `fn`
 * in flight at once. Results come back in the order of `items`.
 */
async function mapWithLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0; // the index of the next item nobody has taken yet

  // A worker takes the next item, waits for it, and goes back for more
  // until there are none left. No two workers can take the same item:
  // nothing else runs between reading `next` and adding one to it.
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  }

  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) workers.push(worker());
  await Promise.all(workers);
  return results;
}

// Five jobs and how long each one takes, in ms.
const jobs: [name: string, ms: number][] = [
  ["job 1", 800],
  ["job 2", 200],
  ["job 3", 400],
  ["job 4", 400],
  ["job 5", 400],
];

let inFlight = 0;
const results = await mapWithLimit(jobs, 2, async ([name, ms]) => {
  inFlight++;
  console.log(`${elapsed()}  ${name} starts   (in flight: ${inFlight})`);
  await delay(ms);
  inFlight--;
  console.log(`${elapsed()}  ${name} finishes`);
  return ms;
});
console.log(`${elapsed()}  all done, results in order:`, results);
