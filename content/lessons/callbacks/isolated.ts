const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. (Timers can run late, never early.) */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every handler has a name, so that its failures can be reported. */
interface StreamHandler {
  name: string;
  onStart?(prompt: string): void | Promise<void>;
  onToken?(token: string): void | Promise<void>;
  onEnd?(reply: string): void | Promise<void>;
  onError?(error: Error): void | Promise<void>;
}

/** A pretend chat model that breaks down after two tokens. */
async function* fakeModel(prompt: string): AsyncGenerator<string> {
  for (const token of prompt.includes("France") ? ["It's", " Paris", "."] : ["No idea."]) {
    await sleep(200);
    if (token === ".") throw new Error("model overloaded");
    yield token;
  }
}

/**
 * Calls hooks without waiting for them, one promise chain per handler, as before.
 * New: a handler that throws or rejects is reported, and its chain carries on.
 */
class CallbackManager {
  #lanes: { handler: StreamHandler; tail: Promise<void> }[];

  constructor(handlers: StreamHandler[]) {
    this.#lanes = handlers.map((handler) => ({ handler, tail: Promise.resolve() }));
  }

  /** Queues `call` for every handler and returns at once. */
  dispatch(hook: string, call: (handler: StreamHandler) => void | Promise<void>): void {
    for (const lane of this.#lanes) {
      lane.tail = lane.tail.then(async () => {
        try {
          await call(lane.handler); // catches a throw and a rejection alike
        } catch (error) {
          console.error(`${elapsed()}  [callbacks] ${lane.handler.name}.${hook} failed: ${(error as Error).message}`);
        }
      });
    }
  }

  /** Resolves when every handler has finished every call queued so far. */
  async flush(): Promise<void> {
    await Promise.all(this.#lanes.map((lane) => lane.tail));
  }
}

/** The client no longer awaits hooks: it dispatches them and carries on. */
async function streamChat(prompt: string, callbacks: CallbackManager): Promise<string> {
  callbacks.dispatch("onStart", (handler) => handler.onStart?.(prompt));
  let reply = "";
  try {
    for await (const token of fakeModel(prompt)) {
      reply += token;
      callbacks.dispatch("onToken", (handler) => handler.onToken?.(token));
    }
  } catch (error) {
    callbacks.dispatch("onError", (handler) => handler.onError?.(error as Error));
    throw error;
  }
  callbacks.dispatch("onEnd", (handler) => handler.onEnd?.(reply));
  return reply;
}

let shown = "";
const screen: StreamHandler = {
  name: "screen",
  onToken(token) {
    shown += token;
    console.log(`${elapsed()}  screen: ${shown}`);
  },
  onError(error) {
    console.log(`${elapsed()}  screen: (the reply broke off: ${error.message})`);
  },
};

// A synchronous handler with a bug: it throws on some tokens.
const subtitles: StreamHandler = {
  name: "subtitles",
  onToken(token) {
    if (token.includes("'")) throw new Error(`cannot handle ${JSON.stringify(token)}`);
    console.log(`${elapsed()}  subtitles: ${token.trim()}`);
  },
};

// An async handler whose database refuses the second write.
let writes = 0;
const archive: StreamHandler = {
  name: "archive",
  async onToken(token) {
    await sleep(600);
    writes += 1;
    if (writes === 2) throw new Error("database is read-only");
    console.log(`${elapsed()}  archive: saved ${JSON.stringify(token)}`);
  },
  async onError(error) {
    await sleep(200);
    console.log(`${elapsed()}  archive: marked the record as failed (${error.message})`);
  },
};

const callbacks = new CallbackManager([screen, subtitles, archive]);
try {
  const reply = await streamChat("Capital of France?", callbacks);
  console.log(`${elapsed()}  main: reply "${reply}"`);
} catch (error) {
  console.log(`${elapsed()}  main: the chat failed: ${(error as Error).message}`);
}
await callbacks.flush();
console.log(`${elapsed()}  main: every handler has caught up`);
