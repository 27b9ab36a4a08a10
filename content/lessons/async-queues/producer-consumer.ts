import { AsyncQueue } from "./async-queue.ts";

const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second (every event here falls on one). */
function elapsed(): string {
  const seconds = (Math.floor((performance.now() - start + 20) / 200) * 2) / 10;
  return `${seconds.toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// No capacity given: the queue holds as many items as you put in it.
const queue = new AsyncQueue<string>();

/** Puts four orders in the queue as fast as it can. */
async function producer(): Promise<void> {
  for (const order of ["tea", "cake", "soup", "pie"]) {
    await queue.put(order);
    console.log(`${elapsed()}  producer: put ${order}, ${queue.size} waiting in the queue`);
  }
  console.log(`${elapsed()}  producer: finished`);
}

/** Takes four orders, one at a time, and needs 0.2 s for each. */
async function consumer(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const order = await queue.get();
    console.log(`${elapsed()}  consumer: took ${order}`);
    await sleep(200);
    console.log(`${elapsed()}  consumer: served ${order}`);
  }
}

// The consumer starts first, finds the queue empty and waits in get().
await Promise.all([consumer(), producer()]);
