// Promise.resolve(p) returns p itself (no extra ticks); new Promise wrapping p does not.
const p = Promise.resolve(42);
const same = Promise.resolve(p);
const wrapped = new Promise<number>((resolve) => resolve(p));

console.log('Promise.resolve(p) === p:', same === p);
console.log('wrapped === p:', wrapped === p);

wrapped.then((v) => console.log('wrapped', v));
same.then((v) => console.log('same', v));
p.then((v) => console.log('p', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));

// A subclass is not the same constructor, so Promise.resolve wraps it.
class MyPromise<T> extends Promise<T> {}
const mine = MyPromise.resolve(1);
console.log('mine is MyPromise:', mine instanceof MyPromise);
console.log('Promise.resolve(mine) === mine:', Promise.resolve(mine) === mine);
console.log('MyPromise.resolve(mine) === mine:', MyPromise.resolve(mine) === mine);
