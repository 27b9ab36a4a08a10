function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class Mutex {
  #locked = false;
  #waiters: (() => void)[] = [];

  acquire(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  release(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#locked = false;
  }

  /** Waits for the lock and returns a handle that releases it when disposed. */
  async lock(owner: string): Promise<Disposable> {
    await this.acquire();
    console.log(`${owner}: has the lock`);
    return {
      [Symbol.dispose]: () => {
        console.log(`${owner}: lock released`);
        this.release();
      },
    };
  }
}

/** A pretend database connection. Opening, saving and closing all take 100 ms. */
class Connection implements AsyncDisposable {
  readonly owner: string;

  private constructor(owner: string) {
    this.owner = owner;
  }

  static async open(owner: string): Promise<Connection> {
    await sleep(100);
    console.log(`${owner}: connection open`);
    return new Connection(owner);
  }

  async save(amount: number): Promise<void> {
    await sleep(100);
    if (amount < 0) {
      console.log(`${this.owner}: save fails`);
      throw new Error(`cannot save a negative amount (${amount})`);
    }
    console.log(`${this.owner}: saved ${amount}`);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await sleep(100);
    console.log(`${this.owner}: connection closed`);
  }
}

const ledger = new Mutex();

async function record(who: string, amount: number): Promise<void> {
  using lock = await ledger.lock(who); // released last
  await using db = await Connection.open(who); // closed first
  await db.save(amount);
  // Leaving this block, by return or by throw, closes `db` (awaited),
  // then releases `lock`: the reverse of the order they were declared in.
}

const results = await Promise.allSettled([record("bob", -5), record("alice", 30)]);
for (const [i, result] of results.entries()) {
  const who = i === 0 ? "bob" : "alice";
  if (result.status === "fulfilled") console.log(`${who}: ok`);
  else console.log(`${who}: failed: ${(result.reason as Error).message}`);
}
