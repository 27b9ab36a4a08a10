import { AsyncQueue, QueueClosedError } from "./async-queue.ts";

const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** mulberry32: a tiny seeded random number generator, so every run is the same. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random delay from `min` to `max` ms, in whole fifths of a second. */
function randomDelay(random: () => number, min: number, max: number): number {
  return min + 200 * Math.floor(random() * ((max - min) / 200 + 1));
}

function log(who: string, what: string): void {
  console.log(`${elapsed()}  ${who}  ${what}`);
}

// Any seed gives a run; this one shows every kind of waiting in 2.8 s. With
// other seeds two workers may wake at the same instant, and their lines can
// then come out in either order from one run to the next.
const SEED = 850;
const queue = new AsyncQueue<string>(1);

/** Makes three items, each in 0.2 to 1.0 s, and puts them in the queue. */
async function producer(name: string, prefix: string, seed: number): Promise<void> {
  const random = mulberry32(seed); // one generator each: delays don't depend on who runs first
  for (let i = 1; i <= 3; i++) {
    await sleep(randomDelay(random, 200, 1000));
    const item = `${prefix}${i}`;
    if (!queue.tryPut(item)) {
      log(name, `queue full, waits to put ${item}`);
      await queue.put(item);
    }
    log(name, `put ${item}`);
  }
}

/** Takes items until the queue is closed and empty; each takes 0.4 to 1.0 s. */
async function consumer(name: string, seed: number): Promise<void> {
  const random = mulberry32(seed);
  while (true) {
    if (queue.size === 0 && !queue.closed) log(name, "queue empty, waits");
    let item: string;
    try {
      item = await queue.get();
    } catch (error) {
      if (error instanceof QueueClosedError) break;
      throw error;
    }
    log(name, `takes ${item}`);
    await sleep(randomDelay(random, 400, 1000));
    log(name, `finished ${item}`);
  }
  log(name, "stops: queue closed and empty");
}

const consumers = [consumer("C1", SEED + 1), consumer("C2", SEED + 2)];
await Promise.all([producer("P1", "a", SEED + 3), producer("P2", "b", SEED + 4)]);
queue.close();
log("main", "producers done, queue closed");
await Promise.all(consumers);
