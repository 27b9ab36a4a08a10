import { AsyncQueue } from "./async-queue.ts";

const start = performance.now();

/** Seconds since the program started, rounded down to the half second. */
function elapsed(): string {
  const halves = Math.floor((performance.now() - start + 20) / 500);
  return `${(halves * 0.5).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const queue = new AsyncQueue<string>(1);

/** Reads log records, `ms` each, and queues them for the uploader. */
async function reader(name: string, records: readonly string[], ms: number): Promise<void> {
  for (const record of records) {
    await sleep(ms);
    try {
      await queue.put(record);
    } catch (error) {
      console.log(`${elapsed()}  ${name}: ${record} lost (${(error as Error).name})`);
      return;
    }
  }
  console.log(`${elapsed()}  ${name}: all records read`);
  queue.close(); // TODO: this reader is done, but is the other one?
}

/** Sends each record to a slow server, 1 s each. */
async function uploader(): Promise<void> {
  for await (const record of queue) {
    await sleep(1000);
    console.log(`${elapsed()}  uploader: sent ${record}`);
  }
  console.log(`${elapsed()}  uploader: queue closed and empty, stopping`);
}

const uploading = uploader();
// Two producers share the queue: the app's log and the database's log.
await Promise.all([
  reader("app", ["boot", "login"], 600),
  reader("db", ["connect", "query"], 500),
]);
// TODO: the readers are done, but has the uploader sent everything yet?
console.log(`${elapsed()}  main: every record sent`);
await uploading;
