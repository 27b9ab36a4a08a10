// Which line prints first? Synchronous code, then microtasks, then timers.
console.log('1. synchronous');

setTimeout(() => console.log('4. timer (a task)'), 0);

Promise.resolve().then(() => console.log('3. promise callback (a microtask)'));

queueMicrotask(() => console.log('3b. queued microtask'));

console.log('2. still synchronous');
