// `return await p`, `return p` and `return value` in async functions settle after different tick counts.
const ready = Promise.resolve('done');

async function returnValue(): Promise<string> {
  return 'done';
}
async function returnAwait(): Promise<string> {
  return await ready;
}
async function returnPromise(): Promise<string> {
  return ready;
}

let tick = 0;
function ticker(count: number): Promise<void> {
  let p = Promise.resolve();
  for (let i = 0; i < count; i++) {
    p = p.then(() => {
      tick++;
    });
  }
  return p;
}

const finished = ticker(6);
returnPromise().then(() => console.log(`return p        settled at tick ${tick}`));
returnAwait().then(() => console.log(`return await p  settled at tick ${tick}`));
returnValue().then(() => console.log(`return value    settled at tick ${tick}`));

await finished;
console.log(`ticker finished at tick ${tick}`);
