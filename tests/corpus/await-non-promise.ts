// Awaiting a non-promise value still yields to the microtask queue for exactly one tick.
async function awaitValues(): Promise<void> {
  const a = await 1;
  console.log('await 1 ->', a);
  const b = await undefined;
  console.log('await undefined ->', b);
  const c = await null;
  console.log('await null ->', c);
  const d = await { then: (resolve: (v: string) => void) => resolve('thenable') };
  console.log('await thenable ->', d);
  const e = await [Promise.resolve('inside array')];
  console.log('await array ->', e.length, 'element(s), not unwrapped');
}

const done = awaitValues();
let p = Promise.resolve();
for (let i = 1; i <= 8; i++) {
  p = p.then(() => console.log(`  tick ${i}`));
}
await done;
await p;
console.log('end');
