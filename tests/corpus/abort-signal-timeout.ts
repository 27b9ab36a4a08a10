// AbortSignal.timeout(200) aborts with a TimeoutError; its timer alone does not keep Node alive, so a guard timer does.
console.log('start');
let signal: AbortSignal | undefined;
setTimeout(() => console.log('50 ms: not aborted yet:', signal?.aborted === false), 50);
signal = AbortSignal.timeout(200);
const guard = setTimeout(() => console.log('never: guard timer fired first'), 1000);
console.log('aborted at start:', signal.aborted);

const timedOut = signal;
await new Promise<void>((resolve) => timedOut.addEventListener('abort', () => resolve(), { once: true }));
clearTimeout(guard);
const reason = timedOut.reason as DOMException;
console.log('aborted:', timedOut.aborted, '| reason:', reason.name, '| code:', reason.code);

// Used to bound a slow operation.
function slowOperation(signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve('finished'), 1000);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
try {
  console.log(await slowOperation(AbortSignal.timeout(100)));
} catch (error) {
  console.log('slow operation rejected with', (error as Error).name);
}
