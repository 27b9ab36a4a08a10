// clearTimeout cancels a pending timer, also from another timer's callback; clearing twice or a fired timer is harmless.
const cancelledEarly = setTimeout(() => console.log('never: cancelled before it was due'), 50);
clearTimeout(cancelledEarly);

setTimeout(() => {
  console.log('50 ms: cancelling the 200 ms timer');
  clearTimeout(victim);
  clearTimeout(victim);
}, 50);
const victim = setTimeout(() => console.log('never: cancelled by another timer'), 200);

const fired = setTimeout(() => console.log('150 ms: fired'), 150);
setTimeout(() => {
  clearTimeout(fired); // already fired: nothing happens
  console.log('300 ms: cleared an already-fired timer, nothing happened');
}, 300);

clearTimeout(undefined);
console.log('sync end');
