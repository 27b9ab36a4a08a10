const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. (Timers can run late, never early.) */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface StreamHandler {
  onStart?(prompt: string): void | Promise<void>;
  onToken?(token: string): void | Promise<void>;
  onEnd?(reply: string): void | Promise<void>;
}

async function* fakeModel(prompt: string): AsyncGenerator<string> {
  for (const token of prompt.includes("France") ? ["It's", " Paris", "."] : ["No idea."]) {
    await sleep(200);
    yield token;
  }
}

/**
 * A chat client library that you cannot change. It calls your hooks and
 * ignores what they return: it never waits for an async hook.
 */
async function streamChat(prompt: string, handler: StreamHandler): Promise<string> {
  void handler.onStart?.(prompt);
  let reply = "";
  for await (const token of fakeModel(prompt)) {
    reply += token;
    void handler.onToken?.(token);
  }
  void handler.onEnd?.(reply);
  return reply;
}

// A pretend disk. The first write takes 1000 ms (the disk spins up), later ones 400 ms.
const disk: string[] = [];
let writes = 0;
async function writeToDisk(token: string): Promise<void> {
  writes += 1;
  await sleep(writes === 1 ? 1000 : 400);
  disk.push(token);
  console.log(`${elapsed()}  archive: wrote ${JSON.stringify(token)}`);
}

// The archive keeps its own promise chain: each write starts when the one
// before it has finished, however the library calls onToken.
class Archive implements StreamHandler {
  #tail: Promise<void> = Promise.resolve();

  onToken(token: string): void {
    this.#tail = this.#tail.then(() => writeToDisk(token));
  }

  /** Resolves when every write queued so far is on the disk. */
  async flush(): Promise<void> {
    await this.#tail;
  }
}

const archive = new Archive();
const reply = await streamChat("Capital of France?", archive);
console.log(`${elapsed()}  main: the reply is "${reply}"`);
await archive.flush();
console.log(`${elapsed()}  main: the disk holds "${disk.join("")}"`);
