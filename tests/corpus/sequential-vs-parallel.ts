// Awaiting one task at a time versus starting them all first: the order in which they start and finish.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function job(name: string, ms: number): Promise<string> {
  console.log(`  start ${name}`);
  await sleep(ms);
  console.log(`  finish ${name}`);
  return name;
}

console.log('sequential:');
const a = await job('A', 300);
const b = await job('B', 100);
console.log('sequential results', [a, b]);

console.log('parallel (start both, then await):');
const pa = job('A', 300);
const pb = job('B', 100);
console.log('parallel results', [await pa, await pb]);

// Starting with a rejection-prone task: attach handling before awaiting anything else.
async function failing(): Promise<never> {
  await sleep(50);
  throw new Error('failed job');
}
const pc = failing().catch((error: Error) => `recovered from ${error.message}`);
const pd = job('D', 100);
console.log('results', await Promise.all([pc, pd]));
