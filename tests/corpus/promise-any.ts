// Promise.any: first fulfilment wins; if all reject, an AggregateError carries every reason in input order.
const delay = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failAfter = (ms: number, message: string): Promise<never> =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

console.log('any:', await Promise.any([failAfter(100, 'quick failure'), delay(200, 'success'), delay(300, 'later success')]));

try {
  await Promise.any([failAfter(100, 'A'), failAfter(50, 'B'), Promise.reject(new Error('C'))]);
} catch (error) {
  if (error instanceof AggregateError) {
    console.log('name:', error.name);
    console.log('message:', error.message);
    console.log('errors:', error.errors.map((e: Error) => e.message));
  }
}

try {
  await Promise.any([]);
} catch (error) {
  const aggregate = error as AggregateError;
  console.log('empty any:', aggregate.name, '|', aggregate.message, '|', aggregate.errors.length, 'errors');
}

// Building one by hand.
const custom = new AggregateError([new Error('x'), 'y'], 'custom message');
console.log(custom.name, custom.message, custom.errors.length);
await delay(200, null);
