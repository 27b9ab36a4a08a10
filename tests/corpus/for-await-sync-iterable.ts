// for await over a sync iterable awaits each value, interleaving with other microtasks.
function* numbers(): Generator<number | Promise<number>> {
  console.log('  sync gen: yield 1');
  yield 1;
  console.log('  sync gen: yield promise of 2');
  yield Promise.resolve(2);
  console.log('  sync gen: done');
}

const loop = (async () => {
  for await (const n of numbers()) {
    console.log('loop got', n);
  }
  console.log('loop finished');
})();

let p = Promise.resolve();
for (let i = 1; i <= 6; i++) p = p.then(() => console.log(`    tick ${i}`));
await loop;
await p;

// Strings and Sets are sync iterables too.
for await (const ch of 'ab') console.log('char', ch);
for await (const item of new Set(['x', 'y'])) console.log('set item', item);
