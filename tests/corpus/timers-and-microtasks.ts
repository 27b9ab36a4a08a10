// setTimeout(fn, 0) runs after all microtasks (promise callbacks and queueMicrotask), which run in queue order.
console.log('script start');
setTimeout(() => console.log('setTimeout 0 #1'), 0);
queueMicrotask(() => console.log('queueMicrotask #1'));
Promise.resolve().then(() => console.log('promise.then #1'));
setTimeout(() => console.log('setTimeout 0 #2'), 0);
queueMicrotask(() => console.log('queueMicrotask #2'));
Promise.resolve().then(() => console.log('promise.then #2'));
(async () => {
  console.log('async fn body (sync)');
  await null;
  console.log('async fn after await');
})();
console.log('script end');

// Microtasks queued by a timer callback run before the next timer callback.
setTimeout(() => {
  console.log('timer X (100 ms)');
  queueMicrotask(() => console.log('  microtask from X'));
  Promise.resolve().then(() => console.log('  promise from X'));
}, 100);
setTimeout(() => {
  console.log('timer Y (100 ms)');
  queueMicrotask(() => console.log('  microtask from Y'));
}, 100);
