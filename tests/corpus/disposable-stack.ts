// DisposableStack and AsyncDisposableStack: use/adopt/defer/move, reverse-order disposal, SuppressedError.
const stack = new DisposableStack();
stack.defer(() => console.log('deferred 1'));
const r = stack.use({ [Symbol.dispose]: () => console.log('disposed used resource') });
stack.adopt('handle-42', (value) => console.log('released adopted', value));
stack.defer(() => console.log('deferred 2'));
console.log('stack disposed?', stack.disposed, typeof r);
stack.dispose();
console.log('stack disposed?', stack.disposed);
stack.dispose(); // second dispose does nothing

// move() transfers ownership to a new stack.
function openBoth(): DisposableStack {
  using local = new DisposableStack();
  local.defer(() => console.log('closed first'));
  local.defer(() => console.log('closed second'));
  return local.move();
}
{
  using both = openBoth();
  console.log('both are open (nothing closed by openBoth)', both.disposed);
}

// Errors during disposal: each later error wraps the error so far in a SuppressedError.
function describe(error: unknown): string {
  if (error instanceof SuppressedError) {
    return `SuppressedError(error: ${describe(error.error)}, suppressed: ${describe(error.suppressed)})`;
  }
  return (error as Error).message;
}
try {
  using failing = new DisposableStack();
  failing.defer(() => {
    throw new Error('first cleanup failed');
  });
  failing.defer(() => {
    throw new Error('second cleanup failed');
  });
  throw new Error('body failed');
} catch (error) {
  console.log('message:', (error as Error).message);
  console.log(describe(error));
}

// AsyncDisposableStack awaits each async cleanup in reverse order.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
{
  await using asyncStack = new AsyncDisposableStack();
  asyncStack.defer(async () => {
    await sleep(50);
    console.log('async cleanup A done');
  });
  asyncStack.defer(async () => {
    await sleep(50);
    console.log('async cleanup B done');
  });
  asyncStack.defer(() => console.log('sync cleanup C (runs first)'));
  console.log('leaving async block');
}
console.log('after async block');

const used = new DisposableStack();
used.dispose();
try {
  used.defer(() => {});
} catch (error) {
  console.log('using a disposed stack throws', (error as Error).name);
}
