// A ReadableStream is async-iterable: for await reads chunks in order; breaking cancels the stream.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let produced = 0;
const stream = new ReadableStream<string>({
  async pull(controller) {
    produced++;
    await sleep(50);
    if (produced > 3) {
      console.log('  source: closing');
      controller.close();
      return;
    }
    console.log(`  source: enqueue chunk ${produced}`);
    controller.enqueue(`chunk ${produced}`);
  },
});

for await (const chunk of stream) {
  console.log('read', chunk);
}
console.log('stream done, locked:', stream.locked);

const endless = new ReadableStream<number>({
  start() {
    console.log('  endless: start');
  },
  pull(controller) {
    controller.enqueue(produced++);
  },
  cancel(reason) {
    console.log('  endless: cancelled, reason', reason);
  },
});
let count = 0;
for await (const n of endless) {
  count++;
  if (count === 3) break;
  console.log('endless got a number', typeof n);
}
console.log('after break, locked:', endless.locked);

// A stream that errors rejects the loop.
const failing = new ReadableStream<string>({
  start(controller) {
    controller.enqueue('ok');
    controller.error(new Error('stream broke'));
  },
});
try {
  for await (const chunk of failing) console.log('failing read', chunk);
} catch (error) {
  console.log('caught:', (error as Error).message);
}
