// MessageChannel: messages arrive in order, after the current microtasks, each handler followed by its own microtasks.
const { port1, port2 } = new MessageChannel();
let received = 0;

const allReceived = new Promise<void>((resolve) => {
  port2.onmessage = (event: MessageEvent) => {
    received++;
    console.log('message', event.data);
    Promise.resolve().then(() => console.log(`  microtask queued by message ${received}`));
    // A timer set while messages are still queued fires after all of them.
    if (received === 1) setTimeout(() => console.log('timer set by the first message (200 ms)'), 200);
    if (received === 4) resolve();
  };
});

port1.postMessage('first');
port1.postMessage({ n: 2, nested: { ok: true } });
port1.postMessage([3, 'three']);
queueMicrotask(() => {
  console.log('microtask before any message');
  port1.postMessage('fourth (posted from a microtask)');
});
console.log('sync end');

await allReceived;
console.log('all received');

// Data is copied (structured clone), not shared.
const original = { list: [1, 2] };
const copy = await new Promise<{ list: number[] }>((resolve) => {
  port2.onmessage = (event: MessageEvent) => resolve(event.data);
  port1.postMessage(original);
  original.list.push(3);
});
console.log('received copy:', copy, 'same object:', copy === original);

// Closing the ports lets the program end once its timers have fired.
port1.close();
port2.close();
console.log('ports closed');
setTimeout(() => console.log('timer set after closing (+400 ms)'), 400);
