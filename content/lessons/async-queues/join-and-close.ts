import { AsyncQueue, QueueClosedError } from "./async-queue.ts";

const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second (every event here falls on one). */
function elapsed(): string {
  const seconds = (Math.floor((performance.now() - start + 20) / 200) * 2) / 10;
  return `${seconds.toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const queue = new AsyncQueue<string>();

/** Serves orders until the queue is closed and empty. */
async function kitchen(): Promise<void> {
  for await (const order of queue) {
    await sleep(200);
    console.log(`${elapsed()}  kitchen: served ${order}`);
    queue.taskDone(); // this order is completely finished
  }
  console.log(`${elapsed()}  kitchen: queue closed and empty, going home`);
}
const kitchenDone = kitchen();

// Lunch: put three orders, then wait until all three have been served.
for (const order of ["tea", "cake", "soup"]) await queue.put(order);
console.log(`${elapsed()}  main: lunch orders in, waiting for join()`);
await queue.join();
console.log(`${elapsed()}  main: join() resolved, lunch is served`);

// Closing time: last orders, then close the queue right away.
for (const order of ["pie", "coffee", "toast"]) await queue.put(order);
queue.close();
console.log(`${elapsed()}  main: closed, ${queue.size} orders still in the queue`);

try {
  await queue.put("one more tea");
} catch (error) {
  if (!(error instanceof QueueClosedError)) throw error;
  console.log(`${elapsed()}  main: put failed: ${error.message}`);
}

await kitchenDone;
console.log(`${elapsed()}  main: done`);
