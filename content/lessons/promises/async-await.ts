/** An async function: whatever it returns arrives wrapped in a promise. */
async function getAnswer(): Promise<number> {
  return 42;
}

/** An async function that throws: the error arrives as a rejection. */
async function getNothing(): Promise<number> {
  throw new Error("no answer today");
}

// Calling an async function never hands back the value itself.
const answer = getAnswer();
console.log(`getAnswer() returned a Promise: ${answer instanceof Promise}`);

// await unwraps the promise: it waits for it, then gives the value.
const value = await answer;
console.log(`await getAnswer() gives ${value}`);

// The throw did not escape the call: it rejected the returned promise.
const nothing = getNothing();
console.log(`getNothing() did not throw, it returned a Promise: ${nothing instanceof Promise}`);

// await turns the rejection back into an exception, here and now.
try {
  await nothing;
} catch (error) {
  console.log(`await getNothing() throws: ${(error as Error).message}`);
}

// Returning a promise from an async function does not nest promises:
// the outer promise simply follows the inner one.
async function askAgain(): Promise<number> {
  return getAnswer();
}
console.log(`await askAgain() gives ${await askAgain()}, not a promise`);

// then() sees the same value as await, through a callback.
await getAnswer().then((n) => console.log(`then() sees ${n} too`));
