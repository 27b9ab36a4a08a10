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

// The same producer and consumer (with fewer messages), but this time
// the queue holds at most one order.
const queue = new AsyncQueue<string>(1);

async function producer(): Promise<void> {
  for (const order of ["tea", "cake", "soup", "pie"]) {
    await queue.put(order); // waits while the queue is full
    console.log(`${elapsed()}  producer: put ${order}`);
  }
  console.log(`${elapsed()}  producer: finished`);
}

async function consumer(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const order = await queue.get();
    await sleep(200);
    console.log(`${elapsed()}  consumer: served ${order}`);
  }
}

await Promise.all([consumer(), producer()]);
