// Promise.allSettled reports every outcome in input order and never rejects.
const delay = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

const results = await Promise.allSettled([
  delay(100, 'late value'),
  Promise.reject(new Error('immediate failure')),
  delay(50, 42),
  'not a promise',
  new Promise<never>((_, reject) => setTimeout(() => reject('string reason'), 150)),
]);

for (const [index, result] of results.entries()) {
  if (result.status === 'fulfilled') {
    console.log(index, result.status, result.value);
  } else {
    const reason = result.reason instanceof Error ? result.reason.message : result.reason;
    console.log(index, result.status, reason);
  }
}
console.log(results.map((r) => r.status));
console.log(await Promise.allSettled([]));
console.log(await Promise.allSettled([Promise.resolve({ a: 1 })]));
