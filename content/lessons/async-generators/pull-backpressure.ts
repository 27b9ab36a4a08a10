const start = performance.now();

/** Seconds since the program started, rounded down to the tenth. */
function elapsed(): string {
  const seconds = Math.floor((performance.now() - start + 10) / 100) / 10;
  return `${seconds.toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A fast pretend model: 0.1 s per word. It says when it works. */
async function* streamReply(): AsyncGenerator<string> {
  try {
    for (const word of ["Streams", "are", "pulled", "not", "pushed"]) {
      console.log(`${elapsed()}  model: producing "${word}"`);
      await sleep(100);
      yield word;
    }
  } finally {
    console.log(`${elapsed()}  model: finally, closing the connection`);
  }
}

// A slow reader: 0.3 s per word. It only wants the first three words.
for await (const word of streamReply()) {
  if (word === "pulled") {
    console.log(`${elapsed()}  reader: got "${word}", breaking out`);
    break;
  }
  console.log(`${elapsed()}  reader: got "${word}"`);
  await sleep(300);
}
console.log(`${elapsed()}  reader: after the loop`);
