function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The Mutex from this lesson, ready to use. */
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

// TODO: three requests that start together fetch three tokens.
// Make them share one.
let cachedToken: string | undefined;

async function getToken(): Promise<string> {
  if (cachedToken === undefined) {
    cachedToken = await fetchToken();
  }
  return cachedToken;
}

async function callApi(request: number): Promise<void> {
  const token = await getToken();
  console.log(`request ${request} uses ${token}`);
}

await Promise.all([callApi(1), callApi(2), callApi(3)]);
console.log(`tokens issued: ${issued}`);
