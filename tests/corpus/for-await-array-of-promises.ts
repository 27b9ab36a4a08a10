// for await over an array of promises takes them in array order, not in settle order.
const delay = <T>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) =>
    setTimeout(() => {
      console.log(`  (settled ${String(value)})`);
      resolve(value);
    }, ms),
  );

// Created in the order they settle (B, C, A), iterated in array order (A, B, C).
const b = delay(100, 'B');
const c = delay(200, 'C');
const a = delay(300, 'A');
const promises = [a, b, c];
for await (const value of promises) {
  console.log('for await got', value);
}

// Plain values mixed in are awaited too.
for await (const value of [1, Promise.resolve(2), 3]) {
  console.log('mixed', value);
}

// Array.from-like collection without for await: Promise.all gives the same order, all at once.
const y = delay(100, 'y');
const x = delay(200, 'x');
console.log('Promise.all:', await Promise.all([x, y]));
