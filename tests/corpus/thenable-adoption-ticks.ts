// Resolving a promise with another promise costs two extra microtask ticks.
function ticker(count: number): void {
  let p = Promise.resolve();
  for (let i = 1; i <= count; i++) {
    p = p.then(() => console.log(`tick ${i}`));
  }
}

const inner = Promise.resolve('inner');

ticker(5);

new Promise<string>((resolve) => resolve('plain value')).then((v) => console.log(`resolved with ${v}`));
new Promise<string>((resolve) => resolve(inner)).then((v) => console.log(`resolved with promise of ${v}`));

// A then callback that returns a promise also adopts it: two extra ticks.
Promise.resolve()
  .then(() => inner)
  .then((v) => console.log(`then returned promise of ${v}`));
Promise.resolve()
  .then(() => 'value')
  .then((v) => console.log(`then returned ${v}`));
