// Promise.withResolvers hands out resolve/reject to settle a promise from outside.
const { promise, resolve } = Promise.withResolvers<string>();
setTimeout(() => {
  console.log('timer: resolving');
  resolve('value from timer');
  resolve('second resolve is ignored');
}, 50);
console.log('waiting');
console.log('got:', await promise);

const failing = Promise.withResolvers<number>();
failing.promise.catch((error: Error) => console.log('rejected with:', error.message));
failing.reject(new Error('nope'));
failing.resolve(1); // ignored, already rejected
await failing.promise.catch(() => undefined);

// A small one-shot event built on withResolvers.
class Gate {
  #resolvers = Promise.withResolvers<void>();
  get opened(): Promise<void> {
    return this.#resolvers.promise;
  }
  open(): void {
    this.#resolvers.resolve();
  }
}
const gate = new Gate();
const waiters = [1, 2, 3].map(async (n) => {
  await gate.opened;
  console.log(`waiter ${n} through`);
});
console.log('opening gate');
gate.open();
await Promise.all(waiters);
console.log('all through');
