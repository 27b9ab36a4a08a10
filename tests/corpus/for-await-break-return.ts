// break in for await calls the generator's return(), which runs its finally (awaiting there) before the loop exits.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function* resource(): AsyncGenerator<number> {
  console.log('  open');
  try {
    for (let i = 1; ; i++) {
      yield i;
      console.log(`  after yield ${i}`);
    }
  } finally {
    console.log('  finally: closing');
    await sleep(50);
    console.log('  finally: closed');
  }
}

for await (const n of resource()) {
  console.log('got', n);
  if (n === 2) {
    console.log('break');
    break;
  }
}
console.log('after loop');

// A throw in the loop body also triggers return() and then propagates.
try {
  for await (const n of resource()) {
    console.log('got', n);
    throw new Error('body failed');
  }
} catch (error) {
  console.log('caught:', (error as Error).message);
}

// Calling return() by hand.
const gen = resource();
console.log('first:', (await gen.next()).value);
console.log('return():', await gen.return(99));
console.log('next after return:', await gen.next());
