// Nested async calls: each level's synchronous prefix runs on the way down, continuations on the way up.
async function level3(): Promise<number> {
  console.log('level3 start');
  await null;
  console.log('level3 resumed');
  return 3;
}

async function level2(): Promise<number> {
  console.log('level2 start');
  const v = await level3();
  console.log('level2 got', v);
  return v * 10;
}

async function level1(): Promise<number> {
  console.log('level1 start');
  const v = await level2();
  console.log('level1 got', v);
  return v + 1;
}

const result = level1();
console.log('level1 returned control');
Promise.resolve().then(() => console.log('other microtask A')).then(() => console.log('other microtask B'));
console.log('final:', await result);
