// Promise.all keeps input order whatever the settle order, and rejects with the first rejection.
const delay = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failAfter = (ms: number, message: string): Promise<never> =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

const values = await Promise.all([delay(150, 'slow'), delay(50, 'fast'), 'plain', delay(100, 'medium')]);
console.log('all:', values);

try {
  await Promise.all([delay(50, 'a'), failAfter(100, 'first failure'), failAfter(200, 'second failure')]);
} catch (error) {
  console.log('all rejected:', (error as Error).message);
}

console.log('empty:', await Promise.all([]));

// Promise.all of already-settled values still takes a few ticks.
Promise.all([1, Promise.resolve(2)]).then((v) => console.log('all of resolved values:', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));

// Wait for the second failure's timer so the program ends after it (its rejection is already handled by Promise.all).
await delay(150, null);
console.log('end');
