// The controller is the part you keep: it can abort.
// The signal is the part you hand out: it can only be watched.
const controller = new AbortController();
const signal = controller.signal;

signal.addEventListener("abort", () => {
  console.log(`abort event: ${(signal.reason as Error).message}`);
});

console.log(`before: aborted is ${signal.aborted}`);
controller.abort(new Error("the user pressed Cancel"));
console.log(`after: aborted is ${signal.aborted}`);

// A signal aborts once. Aborting again changes nothing and fires no event.
controller.abort(new Error("pressed Cancel twice"));

// Code that cannot wait for the event can check the signal instead.
try {
  signal.throwIfAborted();
  console.log("still running");
} catch (error) {
  console.log(`throwIfAborted threw: ${(error as Error).message}`);
}

// With no reason given, the reason is a DOMException named "AbortError".
const plain = new AbortController();
plain.abort();
console.log(`default reason: ${(plain.signal.reason as DOMException).name}`);
