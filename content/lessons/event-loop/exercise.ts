function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

/** Counts the primes below `limit`, all in one go. */
function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    if (isPrime(n)) count++;
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

// TODO: keep the clock ticking while we count.
const count = countPrimes(1_000_000);

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
