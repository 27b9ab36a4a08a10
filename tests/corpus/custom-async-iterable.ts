// A hand-written async iterable (no generator): for await calls next() each step and return() on break.
class Countdown implements AsyncIterable<number> {
  from: number;
  constructor(from: number) {
    this.from = from;
  }
  [Symbol.asyncIterator](): AsyncIterator<number> {
    let current = this.from;
    console.log('  [Symbol.asyncIterator] called');
    return {
      next: async () => {
        console.log(`  next() called, current ${current}`);
        await null;
        if (current <= 0) return { value: undefined, done: true };
        return { value: current--, done: false };
      },
      return: async () => {
        console.log('  return() called');
        return { value: undefined, done: true };
      },
    };
  }
}

for await (const n of new Countdown(3)) {
  console.log('got', n);
}
console.log('completed without return()');

for await (const n of new Countdown(5)) {
  console.log('got', n);
  if (n === 4) break;
}
console.log('after break');

// An object whose next() returns plain (non-promise) results also works.
const syncLooking: AsyncIterable<string> = {
  [Symbol.asyncIterator]() {
    const items = ['x', 'y'];
    return {
      next: () => Promise.resolve(items.length ? { value: items.shift() as string, done: false } : { value: undefined, done: true as const }),
    };
  },
};
for await (const s of syncLooking) console.log('plain', s);
