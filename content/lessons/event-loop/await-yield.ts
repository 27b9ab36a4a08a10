async function worker(name: string, steps: number): Promise<void> {
  for (let step = 1; step <= steps; step++) {
    console.log(`${name}: step ${step}`);
    // A yield point. The rest of this function is put on the microtask
    // queue, and the code that called it carries on right away.
    await null;
  }
  console.log(`${name}: finished`);
}

console.log("main: calling A");
const a = worker("A", 2);
console.log("main: calling B");
const b = worker("B", 2);
console.log("main: both called, now awaiting them");
await Promise.all([a, b]);
console.log("main: done");
