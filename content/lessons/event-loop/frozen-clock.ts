/** Keeps the thread busy for `ms` milliseconds without ever letting go. */
function busyLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Nothing else can run while we spin here.
  }
}

/**
 * Queues a microtask that queues another one, and so on, for `ms`
 * milliseconds. Every step lets go of the call stack, yet no task can
 * start, because the microtask queue is never empty.
 */
function microtaskChain(ms: number): void {
  const until = performance.now() + ms;
  const step = (): void => {
    if (performance.now() < until) queueMicrotask(step);
  };
  queueMicrotask(step);
}

// A clock that should tick every 100 ms. Each tick checks how long it has
// been since the previous one; anything over 500 ms means it was stuck.
let tick = 0;
let lastTick = performance.now();

const clock = setInterval(() => {
  const now = performance.now();
  const late = now - lastTick > 500;
  lastTick = now;
  tick += 1;
  console.log(late ? `tick ${tick}  <- late: no tick for over 0.5 s` : `tick ${tick}`);

  if (tick === 3) {
    console.log("  (blocking the thread with a busy loop for 1 s)");
    busyLoop(1000);
  }
  if (tick === 6) {
    console.log("  (blocking the thread with a chain of microtasks for 1 s)");
    microtaskChain(1000);
  }
  if (tick === 8) {
    clearInterval(clock);
    console.log("clock stopped");
  }
}, 100);
