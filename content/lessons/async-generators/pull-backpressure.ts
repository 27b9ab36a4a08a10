const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A fast pretend model: 0.2 s per word. It says when it works. */
async function* streamReply(): AsyncGenerator<string> {
  try {
    for (const word of ["Streams", "are", "pulled", "not", "pushed"]) {
      console.log(`${elapsed()}  model: producing "${word}"`);
      await sleep(200);
      yield word;
    }
  } finally {
    console.log(`${elapsed()}  model: finally, closing the connection`);
  }
}

// A slow reader: 0.6 s per word. It only wants the first three words.
for await (const word of streamReply()) {
  if (word === "pulled") {
    console.log(`${elapsed()}  reader: got "${word}", breaking out`);
    break;
  }
  console.log(`${elapsed()}  reader: got "${word}"`);
  await sleep(600);
}
console.log(`${elapsed()}  reader: after the loop`);
