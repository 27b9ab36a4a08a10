// A MessageChannel is a pair of connected ports. A message posted on one
// port arrives at the other as a new task, a lot like setTimeout(..., 0).
const channel = new MessageChannel();
let messagesLeft = 2;

channel.port1.onmessage = (event: MessageEvent<string>) => {
  console.log(`task: message "${event.data}"`);
  queueMicrotask(() => console.log(`  microtask queued by "${event.data}"`));
  messagesLeft -= 1;
  if (messagesLeft === 0) {
    // An open port would keep the program waiting for more messages forever.
    channel.port1.close();
  }
};

console.log("sync: start");

channel.port2.postMessage("first");

Promise.resolve()
  .then(() => {
    console.log("microtask: then #1");
    queueMicrotask(() => console.log("microtask: queued inside then #1"));
  })
  .then(() => console.log("microtask: then #2, chained to #1"));

channel.port2.postMessage("second");

queueMicrotask(() => console.log("microtask: queueMicrotask"));

console.log("sync: end");
