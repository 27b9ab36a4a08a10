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

/** This client awaits every hook before it asks the model for the next token. */
async function streamChat(prompt: string, handlers: StreamHandler[]): Promise<string> {
  for (const handler of handlers) await handler.onStart?.(prompt);
  let reply = "";
  try {
    for await (const token of fakeModel(prompt)) {
      reply += token;
      for (const handler of handlers) await handler.onToken?.(token);
    }
  } catch (error) {
    for (const handler of handlers) await handler.onError?.(error as Error);
    throw error;
  }
  for (const handler of handlers) await handler.onEnd?.(reply);
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

const reply = await streamChat("Capital of France?", [screen, archive]);
console.log(`${elapsed()}  main: reply "${reply}" is complete`);
