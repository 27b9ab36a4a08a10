// An async generator's body runs only when next() is called; consumer and producer steps interleave.
async function* counter(limit: number): AsyncGenerator<number, string> {
  console.log('  gen: started');
  for (let i = 1; i <= limit; i++) {
    console.log(`  gen: yielding ${i}`);
    yield i;
    console.log(`  gen: resumed after ${i}`);
  }
  console.log('  gen: returning');
  return 'finished';
}

const gen = counter(2);
console.log('created generator (body not started)');
console.log('next:', await gen.next());
console.log('next:', await gen.next());
console.log('next:', await gen.next());
console.log('next after done:', await gen.next());

// Calls to next() made without awaiting are queued and answered in order.
const queued = counter(2);
const results = await Promise.all([queued.next(), queued.next(), queued.next(), queued.next()]);
console.log('queued results:', results);
