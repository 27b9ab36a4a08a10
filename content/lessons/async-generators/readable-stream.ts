/// <reference lib="dom.asynciterable" />
// (The line above tells TypeScript that streams can be used with for await.)

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A pretend HTTP response body from a chat model, as `fetch` would give it:
 * a ReadableStream of bytes. The network cuts it into chunks wherever it
 * likes, so a chunk may end in the middle of a line.
 */
function fakeResponseBody(): ReadableStream<Uint8Array<ArrayBuffer>> {
  const chunks = ["data: Hel", "lo\ndata: wor", "ld\ndata: !\n", "data: [DONE]\n"];
  const bytes = new TextEncoder();
  let sent = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    // The stream calls pull() when its reader wants more and its own small
    // buffer is empty: it is pull-based, like an async generator.
    async pull(controller) {
      await sleep(100);
      if (sent < chunks.length) {
        controller.enqueue(bytes.encode(chunks[sent++]));
      } else {
        controller.close();
      }
    },
  });
}

console.log("Chunks as they arrive:");
// A ReadableStream is async iterable. TextDecoderStream turns bytes into text.
const text = fakeResponseBody().pipeThrough(new TextDecoderStream());
for await (const chunk of text) {
  console.log(`  ${JSON.stringify(chunk)}`);
}

/** Regroups a stream of text chunks into whole lines. */
async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = "";
  for await (const chunk of chunks) {
    pending += chunk;
    const parts = pending.split("\n");
    pending = parts.pop() ?? ""; // the last part may be an unfinished line
    yield* parts;
  }
  if (pending !== "") yield pending;
}

console.log("Lines, regrouped by an async generator:");
const body = fakeResponseBody().pipeThrough(new TextDecoderStream());
for await (const line of lines(body)) {
  const data = line.slice("data: ".length);
  if (data === "[DONE]") break;
  console.log(`  token: ${data}`);
}
console.log("Reply complete.");
