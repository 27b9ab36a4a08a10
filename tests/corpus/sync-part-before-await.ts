// An async function runs synchronously up to its first await; the caller continues after that.
async function task(name: string): Promise<string> {
  console.log(`${name}: start (synchronous)`);
  const n = name.length; // still synchronous
  console.log(`${name}: computed ${n} synchronously`);
  await undefined;
  console.log(`${name}: after first await`);
  return name.toUpperCase();
}

async function noAwait(): Promise<string> {
  console.log('noAwait: body runs entirely synchronously');
  return 'no-await result';
}

console.log('calling task(a)');
const a = task('a');
console.log('calling noAwait()');
const b = noAwait();
console.log('calling task(bb)');
const c = task('bb');
console.log('all called');

b.then((v) => console.log('b resolved:', v));
const results = await Promise.all([a, c]);
console.log('results:', results);
