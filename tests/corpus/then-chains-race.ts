// Two promise chains of different lengths interleave one step per microtask tick.
const long = Promise.resolve('L');
const short = Promise.resolve('S');

long
  .then((v) => { console.log(`${v}1`); return v; })
  .then((v) => { console.log(`${v}2`); return v; })
  .then((v) => { console.log(`${v}3`); return v; })
  .then((v) => { console.log(`${v}4`); return v; })
  .then((v) => console.log(`${v} done`));

short
  .then((v) => { console.log(`${v}1`); return v; })
  .then((v) => console.log(`${v} done`));

// A third chain started from a promise that is already waiting on another one.
const later = Promise.resolve().then(() => 'X');
later.then((v) => console.log(`${v}1 (one tick late)`));

console.log('sync end');
