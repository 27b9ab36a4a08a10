// The Promise executor runs synchronously; only the first resolve/reject counts; a throw after resolve is ignored.
console.log('before new Promise');
const p = new Promise<string>((resolve, reject) => {
  console.log('executor runs synchronously');
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
  console.log('executor keeps running after resolve');
});
console.log('after new Promise');
p.then((v) => console.log('resolved with', v));

const thrown = new Promise<never>(() => {
  throw new Error('thrown in executor');
});
thrown.catch((error: Error) => console.log('executor throw became a rejection:', error.message));

const throwAfterResolve = new Promise<string>((resolve) => {
  resolve('kept');
  throw new Error('swallowed');
});
throwAfterResolve.then((v) => console.log('throw after resolve ignored, value:', v));

// then callbacks attached later still run, and each handler runs once per attachment.
const settled = Promise.resolve('late');
setTimeout(() => {
  settled.then((v) => console.log('attached 50 ms later:', v));
  settled.then((v) => console.log('attached again:', v));
}, 50);
console.log('sync end');
