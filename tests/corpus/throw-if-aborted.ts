// throwIfAborted throws the signal's reason; a cooperative task checks it between steps.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function work(signal: AbortSignal, onStep: (step: number) => void): Promise<string> {
  for (let step = 1; step <= 5; step++) {
    signal.throwIfAborted();
    console.log(`step ${step}`);
    onStep(step);
    await sleep(150);
  }
  return 'completed';
}

const fresh = new AbortController();
fresh.signal.throwIfAborted();
console.log('throwIfAborted on a live signal: no throw');

const controller = new AbortController();
const task = work(controller.signal, (step) => {
  // Abort 50 ms into step 3's 150 ms wait: the check before step 4 throws.
  if (step === 3) {
    setTimeout(() => {
      console.log('aborting during step 3');
      controller.abort(new Error('cancelled by user'));
    }, 50);
  }
});
try {
  console.log(await task);
} catch (error) {
  console.log('task stopped:', (error as Error).message, '| is the reason:', error === controller.signal.reason);
}

const defaultReason = AbortSignal.abort();
try {
  defaultReason.throwIfAborted();
} catch (error) {
  console.log('thrown default reason:', (error as DOMException).name);
}

const stringReason = AbortSignal.abort('just a string');
try {
  stringReason.throwIfAborted();
} catch (error) {
  console.log('thrown value:', typeof error, error);
}
