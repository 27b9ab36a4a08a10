// setInterval fires repeatedly until clearInterval; microtasks queued in a tick run before the next tick.
// clearInterval inside the very first callback: it runs once.
const once = setInterval(() => {
  console.log('self-clearing interval ran');
  clearInterval(once);
}, 10);

let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log(`interval tick ${ticks}`);
  Promise.resolve().then(() => console.log(`  microtask after tick ${ticks}`));
  if (ticks === 4) {
    clearInterval(id);
    console.log('interval cleared');
    setTimeout(() => console.log('timeout after the interval was cleared'), 100);
  }
}, 120);
console.log('intervals started');
