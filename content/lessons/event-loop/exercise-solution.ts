function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

/** Resolves in a new task, so that timers and other tasks get a turn first. */
function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Counts the primes below `limit`, handing the thread back every 20 ms. */
async function countPrimes(limit: number): Promise<number> {
  let count = 0;
  let sliceStart = performance.now();
  for (let n = 2; n < limit; n++) {
    if (isPrime(n)) count++;
    // Reading the clock costs a little, so only look at it every 1000 numbers.
    if (n % 1000 === 0 && performance.now() - sliceStart >= 20) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return count;
}

// A clock that should tick every 50 ms. It counts its ticks and remembers
// the longest pause between two of them.
let ticks = 0;
let lastTick = performance.now();
let longestPause = 0;
const clock = setInterval(() => {
  const now = performance.now();
  ticks += 1;
  longestPause = Math.max(longestPause, now - lastTick);
  lastTick = now;
}, 50);

// countPrimes now returns a promise, so we await it.
const count = await countPrimes(1_000_000);

longestPause = Math.max(longestPause, performance.now() - lastTick);
clearInterval(clock);

console.log(`primes below 1,000,000: ${count}`);
if (ticks === 0) {
  console.log("the clock did not tick once while we counted");
} else if (longestPause > 500) {
  console.log("the clock ticked, but with pauses of over 0.5 s");
} else {
  console.log("the clock kept ticking, with no pause over 0.5 s");
}
