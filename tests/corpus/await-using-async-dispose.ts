// `await using` awaits Symbol.asyncDispose at block exit, in reverse order, before the code after the block runs.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function connection(name: string, closeMs: number): AsyncDisposable & { query(sql: string): Promise<string> } {
  console.log(`connect ${name}`);
  return {
    async query(sql: string) {
      await sleep(10);
      return `${name}: result of ${sql}`;
    },
    async [Symbol.asyncDispose]() {
      console.log(`closing ${name}`);
      await sleep(closeMs);
      console.log(`closed ${name}`);
    },
  };
}

async function main(): Promise<void> {
  await using db = connection('db', 50);
  await using cache = connection('cache', 50);
  console.log(await db.query('SELECT 1'));
  console.log(await cache.query('GET key'));
  console.log('main body done');
}

await main();
console.log('after main');

// A sync disposable can be used with await using too.
{
  await using sync = {
    [Symbol.dispose]() {
      console.log('sync dispose via await using');
    },
  };
  console.log('in block', typeof sync);
}
console.log('after block');

// The async disposal also runs when the body throws.
try {
  await using c = connection('failing', 50);
  console.log('about to throw', typeof c);
  throw new Error('query failed');
} catch (error) {
  console.log('caught after async disposal:', (error as Error).message);
}
