function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The hooks a chat client calls while it streams a reply. Every hook is optional. */
interface StreamHandler {
  onStart?(prompt: string): void;
  onToken?(token: string): void;
  onEnd?(reply: string): void;
  onError?(error: Error): void;
}

/** A pretend chat model: streams a canned reply, one token every 200 ms. */
async function* fakeModel(prompt: string): AsyncGenerator<string> {
  for (const token of prompt.includes("France") ? ["It's", " Paris", "."] : ["No idea."]) {
    await sleep(200);
    yield token;
  }
}

/** The client: streams the model's reply and tells every handler what happens. */
async function streamChat(prompt: string, handlers: StreamHandler[]): Promise<string> {
  for (const handler of handlers) handler.onStart?.(prompt);
  let reply = "";
  try {
    for await (const token of fakeModel(prompt)) {
      reply += token;
      for (const handler of handlers) handler.onToken?.(token);
    }
  } catch (error) {
    for (const handler of handlers) handler.onError?.(error as Error);
    throw error;
  }
  for (const handler of handlers) handler.onEnd?.(reply);
  return reply;
}

// Two handlers: one shows the reply as it grows, one counts tokens.
let shown = "";
const screen: StreamHandler = {
  onStart(prompt) {
    console.log(`screen: (thinking about "${prompt}")`);
  },
  onToken(token) {
    shown += token;
    console.log(`screen: ${shown}`);
  },
  onEnd() {
    console.log("screen: done");
  },
};

let tokens = 0;
const stats: StreamHandler = {
  onToken() {
    tokens += 1;
  },
  onEnd() {
    console.log(`stats: ${tokens} tokens`);
  },
};

const replying = streamChat("Capital of France?", [screen, stats]);
console.log("main: streaming started");
const reply = await replying;
console.log(`main: reply is "${reply}"`);
