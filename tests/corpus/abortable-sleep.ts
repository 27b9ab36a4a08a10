// A sleep that rejects on abort and clears its timer, so cancelling ends the program early.
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const controller = new AbortController();
async function sleeper(ms: number): Promise<void> {
  try {
    await sleep(ms, controller.signal);
    console.log(`slept ${ms} ms`);
  } catch (error) {
    console.log(`sleep ${ms} cancelled: ${(error as Error).message}`);
  }
}
// Timers are created in the order they are due.
const short = sleeper(50);
setTimeout(() => {
  console.log('aborting at 150 ms');
  controller.abort(new Error('shutdown'));
}, 150);
await Promise.all([short, sleeper(300), sleeper(1000)]);

try {
  await sleep(10, controller.signal);
} catch (error) {
  console.log('already aborted, rejected at once:', (error as Error).message);
}
console.log('done (the 1000 ms timer was cleared)');
