const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. (Timers can run late, never early.) */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Lets at most `permits` async functions in at once; the others wait in line. */
class Semaphore {
  #free: number;
  #waiters: (() => void)[] = [];

  constructor(permits: number) {
    this.#free = permits;
  }

  acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  release(): void {
    const next = this.#waiters.shift();
    if (next) next(); // pass our permit straight to the next in line
    else this.#free += 1;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}

const downloads = new Semaphore(2);
let running = 0;
let mostAtOnce = 0;

async function download(name: string, ms: number): Promise<void> {
  await downloads.run(async () => {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    console.log(`${elapsed()}  start ${name}  (running: ${running})`);
    await sleep(ms);
    running -= 1;
    console.log(`${elapsed()}  end   ${name}`);
  });
}

// Five downloads are asked for at once; only two may run at a time.
await Promise.all([
  download("a.zip", 600),
  download("b.zip", 400),
  download("c.zip", 600),
  download("d.zip", 200),
  download("e.zip", 400),
]);
console.log(`all done after ${elapsed()}; at most ${mostAtOnce} ran at once`);
