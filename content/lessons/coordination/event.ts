const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second, on which every event here falls. (Timers can run late, never early.) */
function elapsed(): string {
  const tenths = Math.floor((performance.now() - start + 20) / 200) * 2;
  return `${(tenths / 10).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A one-shot signal: wait() blocks until someone calls set(); after that it never blocks. */
class AsyncEvent {
  #isSet = false;
  #waiters: (() => void)[] = [];

  get isSet(): boolean {
    return this.#isSet;
  }

  wait(): Promise<void> {
    if (this.#isSet) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  set(): void {
    if (this.#isSet) return;
    this.#isSet = true;
    // Release every waiter at once, and forget them.
    for (const resolve of this.#waiters.splice(0)) resolve();
  }
}

const configLoaded = new AsyncEvent();
let region = "(not loaded)";

async function worker(id: number): Promise<void> {
  if (!configLoaded.isSet) console.log(`${elapsed()}  worker ${id}: waiting for the config`);
  await configLoaded.wait();
  console.log(`${elapsed()}  worker ${id}: starts in region ${region}`);
}

async function loadConfig(): Promise<void> {
  await sleep(200); // pretend to read a file
  region = "eu-west";
  console.log(`${elapsed()}  config loaded`);
  configLoaded.set();
}

// Three workers are waiting before the config is there; a fourth comes late.
const early = [worker(1), worker(2), worker(3)];
await Promise.all([loadConfig(), ...early]);
await sleep(200);
await worker(4);
