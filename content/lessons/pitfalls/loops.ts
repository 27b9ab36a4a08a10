function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A pretend request: the score of player `id`, after 200 ms. */
async function fetchScore(id: number): Promise<number> {
  await sleep(200);
  return id * 10;
}

/**
 * Runs `body` and says how long it took, rounded down to a multiple of 0.2 s after
 * allowing 50 ms for a clock that reads a little early (the times here are multiples
 * of 0.2 s, so a timer up to 150 ms late on a busy machine prints the same time).
 */
async function timed(label: string, body: () => Promise<number>): Promise<void> {
  const start = performance.now();
  const total = await body();
  const seconds = (Math.floor((performance.now() - start + 50) / 200) * 2) / 10;
  console.log(`${label} total ${total} after ${seconds.toFixed(1)} s`);
}

const ids = [1, 2, 3];

let late = 0;
await timed("buggy, forEach:     ", async () => {
  ids.forEach(async (id) => {
    late += await fetchScore(id); // forEach does not wait for this
  });
  return late;
});
await sleep(300);
console.log(`  (300 ms later the forEach total is ${late}: nobody waited for it)`);

await timed("buggy, one by one:  ", async () => {
  let total = 0;
  for (const id of ids) {
    total += await fetchScore(id); // each request waits for the previous one
  }
  return total;
});

await timed("fixed, Promise.all: ", async () => {
  const scores = await Promise.all(ids.map((id) => fetchScore(id)));
  return scores.reduce((sum, score) => sum + score, 0);
});
