function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The Mutex from this lesson. */
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

  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}

// A pretend login server. Each token it issues costs a round trip.
let issued = 0;
async function fetchToken(): Promise<string> {
  issued += 1;
  const token = `token-${issued}`;
  console.log(`auth server: issuing ${token}`);
  await sleep(150 + 50 * issued);
  return token;
}

let cachedToken: string | undefined;
const tokenLock = new Mutex();

// Only one caller at a time may check the cache and, if it is empty, fill it.
// The others wait for the lock, then find the token in the cache.
async function getToken(): Promise<string> {
  return tokenLock.runExclusive(async () => {
    if (cachedToken === undefined) {
      cachedToken = await fetchToken();
    }
    return cachedToken;
  });
}

async function callApi(request: number): Promise<void> {
  const token = await getToken();
  console.log(`request ${request} uses ${token}`);
}

await Promise.all([callApi(1), callApi(2), callApi(3)]);
console.log(`tokens issued: ${issued}`);
