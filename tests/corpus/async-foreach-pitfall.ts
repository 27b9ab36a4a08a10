// Array.forEach does not wait for async callbacks; for...of with await runs them one after another.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const delays = [400, 100, 250];

console.log('forEach:');
delays.forEach(async (ms) => {
  await sleep(ms);
  console.log(`  forEach callback ${ms} done`);
});
console.log('forEach returned immediately');
await sleep(500);

console.log('for...of with await:');
for (const ms of delays) {
  await sleep(ms / 5);
  console.log(`  sequential ${ms} done`);
}

console.log('map + Promise.all (concurrent, results in order):');
const results = await Promise.all(
  delays.map(async (ms) => {
    await sleep(ms);
    console.log(`  concurrent ${ms} done`);
    return ms;
  }),
);
console.log('results', results);
