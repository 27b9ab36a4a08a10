// try/catch/finally around await: a rejected await throws at that line, finally always runs.
function failLater(message: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), 50));
}

async function attempt(shouldFail: boolean): Promise<string> {
  try {
    console.log(`attempt(${shouldFail}): try`);
    if (shouldFail) await failLater('boom');
    else await null;
    console.log(`attempt(${shouldFail}): after await`);
    return 'ok';
  } catch (error) {
    console.log(`attempt(${shouldFail}): catch`, (error as Error).message);
    return 'caught';
  } finally {
    console.log(`attempt(${shouldFail}): finally`);
  }
}

async function finallyOverrides(): Promise<string> {
  try {
    return 'from try';
  } finally {
    await null;
    console.log('finallyOverrides: awaited inside finally');
  }
}

async function rethrow(): Promise<void> {
  try {
    await Promise.reject(new TypeError('bad type'));
  } catch (error) {
    console.log('rethrow: caught', (error as Error).name);
    throw new RangeError('wrapped', { cause: error });
  }
}

console.log('result:', await attempt(false));
console.log('result:', await attempt(true));
console.log('result:', await finallyOverrides());
try {
  await rethrow();
} catch (error) {
  const e = error as Error;
  console.log('top level caught', e.name, e.message, 'cause:', (e.cause as Error).message);
}
