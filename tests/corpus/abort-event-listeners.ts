// The 'abort' event fires synchronously inside abort(), once, to listeners in registration order.
const controller = new AbortController();
const { signal } = controller;

signal.addEventListener('abort', (event) => {
  console.log('listener 1:', event.type, '| target is signal:', event.target === signal, '| reason:', signal.reason);
});
signal.onabort = () => console.log('onabort handler');
signal.addEventListener('abort', () => console.log('once listener'), { once: true });
const removed = () => console.log('never: removed listener');
signal.addEventListener('abort', removed);
signal.removeEventListener('abort', removed);
signal.addEventListener('abort', () => {
  Promise.resolve().then(() => console.log('microtask queued by a listener'));
  console.log('listener 4');
});

console.log('before abort()');
controller.abort('stop');
console.log('after abort()');
controller.abort('again');
console.log('second abort() fired nothing');

// A listener added after the abort is never called.
signal.addEventListener('abort', () => console.log('never: added too late'));

// A throwing listener would be reported as uncaught; the others still run. (Not done here.)
await null;
console.log('end');
