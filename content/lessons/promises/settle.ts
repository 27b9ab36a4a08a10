const start = performance.now();

/** Seconds since the program started, rounded down to the half second. */
function elapsed(): string {
  const seconds = Math.floor((performance.now() - start + 50) / 500) / 2;
  return `${seconds.toFixed(1)} s`;
}

/** Orders a drink. The answer comes later: a promise of the drink. */
function order(drink: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (drink === "cocoa") {
        reject(new Error("sorry, no cocoa today"));
      } else {
        resolve(drink);
        reject(new Error("too late: this promise has already settled"));
      }
    }, ms);
  });
}

/** A promise cannot be asked its state, so we keep track of it ourselves. */
function watch(promise: Promise<unknown>): () => string {
  let state = "pending";
  promise.then(
    () => (state = "fulfilled"),
    () => (state = "rejected"),
  );
  return () => state;
}

const tea = order("tea", 500);
const cocoa = order("cocoa", 1000);
const teaState = watch(tea);
const cocoaState = watch(cocoa);
console.log(`${elapsed()}  ordered; tea is ${teaState()}, cocoa is ${cocoaState()}`);

for (const [who, drink] of [["Ann", tea], ["Bob", cocoa]] as const) {
  drink
    .then((name) => console.log(`${elapsed()}  ${who}, then: here is your ${name}`))
    .catch((error: Error) => console.log(`${elapsed()}  ${who}, catch: ${error.message}`))
    .finally(() => console.log(`${elapsed()}  ${who}, finally: table cleared`));
}

console.log(`${elapsed()}  handlers attached, nothing has arrived yet`);

setTimeout(() => {
  console.log(`${elapsed()}  tea is ${teaState()}, cocoa is ${cocoaState()}`);
}, 1500);
