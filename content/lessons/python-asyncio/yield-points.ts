/** A value that is ready at once: the function never waits. */
async function cached(): Promise<number> {
  return 42;
}

// 1. Every await gives the thread back, even on a value that is ready.
async function a(): Promise<void> {
  console.log("A: before await");
  await cached();
  console.log("A: after await");
}
async function b(): Promise<void> {
  console.log("B: runs");
}
await Promise.all([a(), b()]);

// 2. Which "sleep(0)"? A zero-delay timer is waiting to run. A microtask
// yield lets only other microtasks run; a task yield lets the timer run.
const microtaskYield = (): Promise<void> => Promise.resolve();
const taskYield = (): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, 0));

for (const [label, yieldNow] of [
  ["await Promise.resolve()", microtaskYield],
  ["await a setTimeout(0)", taskYield],
] as const) {
  console.log(`${label}:`);
  const timerDone = new Promise<void>((resolve) =>
    setTimeout(() => {
      console.log("  the timer runs");
      resolve();
    }, 0),
  );
  for (let step = 1; step <= 3; step++) {
    console.log(`  step ${step}`);
    await yieldNow();
  }
  await timerDone;
}
