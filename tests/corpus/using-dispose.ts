// `using` disposes resources at the end of their block, in reverse order, even when the block throws.
function resource(name: string): Disposable & { name: string } {
  console.log(`open ${name}`);
  return {
    name,
    [Symbol.dispose]() {
      console.log(`dispose ${name}`);
    },
  };
}

{
  using a = resource('a');
  using b = resource('b');
  console.log(`inside block with ${a.name} and ${b.name}`);
}
console.log('after block');

function early(): string {
  using r = resource('early');
  if (r.name) return 'returned value';
  return 'unreachable';
}
console.log('early() ->', early());

try {
  using c = resource('c');
  console.log(`using ${c.name}, then throwing`);
  throw new Error('block failed');
} catch (error) {
  console.log('caught after disposal:', (error as Error).message);
}

// null and undefined are allowed and skipped.
{
  using nothing = null;
  console.log('null resource is fine:', nothing);
}

// A resource in a loop is disposed at the end of each iteration.
for (const name of ['loop-1', 'loop-2']) {
  using r = resource(name);
  console.log(`body ${r.name}`);
}
