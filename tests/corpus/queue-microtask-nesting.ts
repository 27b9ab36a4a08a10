// Microtasks queued from microtasks run in the same checkpoint, FIFO, before any timer.
setTimeout(() => console.log('timeout (after every microtask)'), 0);

queueMicrotask(() => {
  console.log('m1');
  queueMicrotask(() => {
    console.log('m1.1');
    queueMicrotask(() => console.log('m1.1.1'));
  });
  Promise.resolve().then(() => console.log('p from m1'));
});
queueMicrotask(() => {
  console.log('m2');
  queueMicrotask(() => console.log('m2.1'));
});
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p1 then'));

// A long self-renewing microtask chain still finishes before the timeout.
let n = 0;
function again(): void {
  n++;
  if (n < 1000) queueMicrotask(again);
  else console.log('1000 chained microtasks done');
}
queueMicrotask(again);

// An error thrown inside a microtask would be uncaught; catching inside keeps the program running.
queueMicrotask(() => {
  try {
    throw new Error('inside microtask');
  } catch (error) {
    console.log('caught', (error as Error).message);
  }
});
console.log('sync end');
