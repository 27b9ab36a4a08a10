// A rejection propagates through several awaiting async functions until one catches it.
class NotFoundError extends Error {
  override name = 'NotFoundError';
  readonly key: string;
  constructor(key: string) {
    super(`no entry for ${key}`);
    this.key = key;
  }
}

async function lookup(key: string): Promise<number> {
  await null;
  if (key !== 'known') throw new NotFoundError(key);
  return 1;
}

async function middle(key: string): Promise<number> {
  const v = await lookup(key);
  console.log('middle: not reached for', key);
  return v;
}

async function outer(key: string): Promise<string> {
  try {
    return `value ${await middle(key)}`;
  } catch (error) {
    if (error instanceof NotFoundError) {
      console.log('outer caught', error.name, '-', error.message, '- key', error.key);
      return 'default';
    }
    throw error;
  }
}

console.log(await outer('known'));
console.log(await outer('missing'));

// A rejection nobody awaits yet is fine as long as a handler is attached before the microtasks drain.
const pending = middle('late');
await null;
await pending.catch((error: Error) => console.log('handled after a tick:', error.message));

// Non-Error rejection values propagate unchanged.
async function throwsString(): Promise<void> {
  throw 'just a string';
}
try {
  await throwsString();
} catch (error) {
  console.log('caught', typeof error, error);
}
