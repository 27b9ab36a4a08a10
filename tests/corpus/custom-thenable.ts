// A non-promise thenable is adopted: its then() is called on a later microtask, not synchronously.
const thenable = {
  then(onFulfilled: (value: string) => void) {
    console.log('thenable.then called');
    onFulfilled('from thenable');
  },
};

async function main(): Promise<void> {
  console.log('before await');
  const value = await thenable;
  console.log('after await:', value);
}

main().then(() => console.log('main resolved'));
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2')).then(() => console.log('microtask 3'));
console.log('sync end');

// A thenable that never calls back keeps its awaiter pending but does not keep the program alive.
const silent = { then() { console.log('silent.then called'); } };
Promise.resolve(silent).then(() => console.log('never printed'));

// A thenable whose then throws rejects the adopting promise.
const broken = {
  then() {
    throw new Error('then exploded');
  },
};
Promise.resolve(broken).catch((error: Error) => console.log('caught:', error.message));
