console.log("script: start");

setTimeout(() => console.log("setTimeout callback"), 0);

Promise.resolve().then(() => console.log("then callback"));

queueMicrotask(() => console.log("queueMicrotask callback"));

console.log("script: end");
