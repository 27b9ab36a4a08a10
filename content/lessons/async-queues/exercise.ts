import { AsyncQueue } from "./async-queue.ts";

const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for `work` for at most `ms` milliseconds; true if it finished in time. */
async function finishesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeLimit = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true), timeLimit]);
  } finally {
    clearTimeout(timer);
  }
}

const queue = new AsyncQueue<string>(1);

/** Reads four log records, 0.2 s each, and queues them for the uploader. */
async function reader(): Promise<void> {
  for (const record of ["boot", "login", "upload", "logout"]) {
    await sleep(200);
    await queue.put(record);
  }
  console.log(`${elapsed()}  reader: all records read`);
  // TODO: the uploader never learns that no more records will come.
}

/** Sends each record to a slow server, 0.6 s each. */
async function uploader(): Promise<void> {
  for await (const record of queue) {
    await sleep(600);
    console.log(`${elapsed()}  uploader: sent ${record}`);
  }
  console.log(`${elapsed()}  uploader: queue closed and empty, stopping`);
}

const pipeline = Promise.all([reader(), uploader()]);
if (await finishesWithin(pipeline, 3000)) {
  console.log(`${elapsed()}  main: the pipeline stopped by itself`);
} else {
  console.log(`${elapsed()}  main: the pipeline is still running after 3 s`);
}
