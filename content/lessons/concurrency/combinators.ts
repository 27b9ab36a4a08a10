const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. */
function elapsed(): string {
  // Every wait here is a multiple of 200 ms, and timers often fire a little
  // late on a busy machine: rounding down keeps the output the same.
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths / 5).toFixed(1)} s`;
}

/** A download from a mirror: answers after `ms`, or fails if it is down. */
function mirror(name: string, ms: number, up: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      console.log(`${elapsed()}  (mirror ${name} ${up ? "answers" : "fails"})`);
      if (up) resolve(`file from ${name}`);
      else reject(new Error(`mirror ${name} is down`));
    }, ms);
  });
}

/** Prints how a promise settles, and when. */
function report(label: string, promise: Promise<unknown>): Promise<void> {
  return promise.then(
    (value) => console.log(`${elapsed()}  ${label}: fulfilled with ${JSON.stringify(value)}`),
    (error: Error) => console.log(`${elapsed()}  ${label}: rejected with "${error.message}"`),
  );
}

// Three downloads start now. The four combinators only wait for them.
const downloads = [mirror("A", 400, true), mirror("B", 200, false), mirror("C", 600, true)];

const outcomes = Promise.allSettled(downloads).then((results) =>
  results.map((r) => (r.status === "fulfilled" ? r.value : `failed: ${r.reason.message}`)),
);
await Promise.all([
  report("all", Promise.all(downloads)),
  report("race", Promise.race(downloads)),
  report("any", Promise.any(downloads)),
  report("allSettled", outcomes),
]);

// Promise.any fails only when every promise fails, with an AggregateError.
try {
  await Promise.any([mirror("D", 200, false), mirror("E", 400, false)]);
} catch (error) {
  if (error instanceof AggregateError) {
    const reasons = error.errors.map((e: Error) => e.message);
    console.log(`${elapsed()}  any: AggregateError with ${reasons.join(" and ")}`);
  }
}
