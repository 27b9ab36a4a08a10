/** Resolves after `ms` milliseconds. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A lock that one async function at a time can hold. Waiters get it in arrival order. */
class Mutex {
  #locked = false;
  #waiters: (() => void)[] = [];

  /** Resolves once the caller holds the lock. */
  acquire(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Hands the lock to the longest waiter, or unlocks it if nobody waits. */
  release(): void {
    const next = this.#waiters.shift();
    if (next) next(); // still locked: it now belongs to `next`
    else this.#locked = false;
  }

  /** Runs `fn` while holding the lock, and releases it however `fn` ends. */
  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}

let balance = 100;
const account = new Mutex(); // guards `balance`

async function withdraw(who: string, amount: number, checkMs: number): Promise<number> {
  console.log(`${who}: wants ${amount}`);
  // Read, check, wait and write all happen while holding the lock.
  return account.runExclusive(async () => {
    const current = balance;
    console.log(`${who}: has the lock, balance is ${current}`);
    if (current < amount) {
      console.log(`${who}: refused, only ${current} left`);
      return 0;
    }
    await sleep(checkMs);
    balance = current - amount;
    console.log(`${who}: paid ${amount}, balance now ${balance}`);
    return amount;
  });
}

const paid = await Promise.all([withdraw("alice", 80, 100), withdraw("bob", 50, 200)]);
console.log(`paid out ${paid[0] + paid[1]}; balance says ${balance}`);
