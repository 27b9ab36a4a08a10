// AbortSignal.any follows whichever input aborts first, taking its reason; later aborts change nothing.
const user = new AbortController();
const system = new AbortController();
const combined = AbortSignal.any([user.signal, system.signal]);

combined.addEventListener('abort', () => console.log('combined aborted with:', combined.reason));
system.signal.addEventListener('abort', () => console.log('system aborted'));

console.log('combined.aborted:', combined.aborted);
system.abort('system shutdown');
user.abort('user cancel');
console.log('combined reason stays:', combined.reason);

// An input that is already aborted makes the result aborted immediately.
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('already')]);
console.log('with a pre-aborted input:', pre.aborted, pre.reason);

// Combining with a timeout: the user's abort comes first here.
const userSoon = new AbortController();
setTimeout(() => userSoon.abort(new Error('user gave up')), 50);
const either = AbortSignal.any([userSoon.signal, AbortSignal.timeout(300)]);
await new Promise<void>((resolve) => either.addEventListener('abort', () => resolve(), { once: true }));
console.log('either aborted:', (either.reason as Error).message);

// And the timeout comes first here (a guard timer keeps the program alive until then).
const guard = setTimeout(() => console.log('never'), 1000);
const slowUser = new AbortController();
const timedOut = AbortSignal.any([slowUser.signal, AbortSignal.timeout(100)]);
await new Promise<void>((resolve) => timedOut.addEventListener('abort', () => resolve(), { once: true }));
clearTimeout(guard);
console.log('timed out:', (timedOut.reason as DOMException).name);
slowUser.abort('too late');
console.log('reason unchanged:', (timedOut.reason as DOMException).name);

// The empty list gives a signal that never aborts.
console.log('any([]).aborted:', AbortSignal.any([]).aborted);
