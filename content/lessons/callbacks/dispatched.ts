const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. (Timers can run late, never early.) */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Hooks may now be async: a hook may return a promise. */
interface StreamHandler {
  onStart?(prompt: string): void | Promise<void>;
  onToken?(token: string): void | Promise<void>;
  onEnd?(reply: string): void | Promise<void>;
  onError?(error: Error): void | Promise<void>;
}

/** A pretend chat model: one token every 200 ms, so three tokens take 0.6 s. */
async function* fakeModel(prompt: string): AsyncGenerator<string> {
  for (const token of prompt.includes("France") ? ["It's", " Paris", "."] : ["No idea."]) {
    await sleep(200);
    yield token;
  }
}

/**
 * Calls hooks without waiting for them. Each handler gets its own promise chain,
 * so its calls still run one at a time and in order; a slow handler only delays itself.
 */
class CallbackManager {
  #lanes: { handler: StreamHandler; tail: Promise<void> }[];

  constructor(handlers: StreamHandler[]) {
    this.#lanes = handlers.map((handler) => ({ handler, tail: Promise.resolve() }));
  }

  /** Queues `call` for every handler and returns at once. */
  dispatch(call: (handler: StreamHandler) => void | Promise<void>): void {
    for (const lane of this.#lanes) {
      lane.tail = lane.tail.then(() => call(lane.handler));
    }
  }

  /** Resolves when every handler has finished every call queued so far. */
  async flush(): Promise<void> {
    await Promise.all(this.#lanes.map((lane) => lane.tail));
  }
}

/** The client no longer awaits hooks: it dispatches them and carries on. */
async function streamChat(prompt: string, callbacks: CallbackManager): Promise<string> {
  callbacks.dispatch((handler) => handler.onStart?.(prompt));
  let reply = "";
  try {
    for await (const token of fakeModel(prompt)) {
      reply += token;
      callbacks.dispatch((handler) => handler.onToken?.(token));
    }
  } catch (error) {
    callbacks.dispatch((handler) => handler.onError?.(error as Error));
    throw error;
  }
  callbacks.dispatch((handler) => handler.onEnd?.(reply));
  return reply;
}

// A synchronous handler that shows the reply as it grows...
let shown = "";
const screen: StreamHandler = {
  onToken(token) {
    shown += token;
    console.log(`${elapsed()}  screen: ${shown}`);
  },
};

// ...and an async one that saves each token to a slow database (600 ms a write).
const archive: StreamHandler = {
  async onToken(token) {
    await sleep(600);
    console.log(`${elapsed()}  archive: saved ${JSON.stringify(token)}`);
  },
};

const callbacks = new CallbackManager([screen, archive]);
const reply = await streamChat("Capital of France?", callbacks);
console.log(`${elapsed()}  main: reply "${reply}" is complete`);
await callbacks.flush(); // wait for the handlers to catch up before we finish
console.log(`${elapsed()}  main: every handler has caught up`);
