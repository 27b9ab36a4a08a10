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

// A pretend server. Page n takes pageTimes[n - 1] ms, page 4 is missing,
// and it refuses any request that would make more than 2 at once.
const pageTimes = [1000, 200, 400, 200, 400, 400];
let inFlight = 0;
let mostAtOnce = 0;

async function fetchPage(page: number): Promise<string> {
  inFlight++;
  mostAtOnce = Math.max(mostAtOnce, inFlight);
  try {
    if (inFlight > 2) throw new Error("429 too many requests");
    await delay(pageTimes[page - 1]);
    if (page === 4) throw new Error("404 not found");
    return `${page * 111} words`;
  } finally {
    inFlight--;
  }
}

/** The pool from the lesson: at most `limit` calls of `fn` in flight. */
async function mapWithLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
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

const pages = [1, 2, 3, 4, 5, 6];

// TODO: never more than 2 requests at once, and print a line for every
// page, whether it loaded or failed.
try {
  const texts = await Promise.all(pages.map((page) => fetchPage(page)));
  texts.forEach((text, i) => console.log(`page ${pages[i]}: ${text}`));
} catch (error) {
  console.log(`crawl failed: ${(error as Error).message}`);
}

console.log(`most requests at once: ${mostAtOnce}`);
console.log(`done after ${elapsed()}`);
