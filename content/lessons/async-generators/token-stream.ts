const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second (every event here falls on one). */
function elapsed(): string {
  // Timers fire a little late, never early, and more so on a busy computer.
  // Every event here falls on a fifth of a second: rounding down to 0.2 s hides up
  // to 180 ms of lateness; the extra 20 ms covers clocks that disagree a little.
  const seconds = (Math.floor((performance.now() - start + 20) / 200) * 2) / 10;
  return `${seconds.toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A pretend chat model that always gives the same answer. Like a real one,
 * it does not hand over the whole reply at the end: it yields each word as
 * soon as it has "generated" it.
 */
async function* streamReply(): AsyncGenerator<string> {
  const reply = "You can read while I write.";
  for (const word of reply.split(" ")) {
    await sleep(200); // thinking about the next word
    yield word;
  }
}

console.log(`${elapsed()}  you: Why stream?`);
const reply = streamReply();

// An async generator is an async iterator: next() returns a promise of
// the same { value, done } object a generator's next() returns.
const first = await reply.next();
console.log(`${elapsed()}  first next():`, first);

// for await calls next() for us, awaits it, and stops when done is true.
const words = [first.value];
for await (const word of reply) {
  console.log(`${elapsed()}  model: ${word}`);
  words.push(word);
}
console.log(`${elapsed()}  full reply: ${words.join(" ")}`);

// The generator has finished, so every later next() says so at once.
console.log(`${elapsed()}  next() after the end:`, await reply.next());
