// Top-level await pauses the module on a timer; code after it runs once the timer fires.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

console.log('before the first await');
Promise.resolve().then(() => console.log('microtask queued before the await'));
await sleep(50);
console.log('after sleeping 50 ms');

const value = await new Promise<string>((resolve) => setTimeout(() => resolve('timer value'), 50));
console.log('awaited a timer value:', value);

// Top-level await of a non-promise still yields one microtask tick.
queueMicrotask(() => console.log('microtask runs during await 0'));
await 0;
console.log('after await 0');

for (const ms of [50, 50]) {
  await sleep(ms);
  console.log(`slept ${ms} ms in a top-level loop`);
}
console.log('module finished');
