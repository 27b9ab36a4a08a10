/** Every whole number from 1 up, for ever. Each one is made only when asked for. */
function* naturals(): Generator<number> {
  for (let n = 1; ; n++) {
    console.log(`  naturals: making ${n}`);
    yield n;
  }
}

/** The first `count` values of `items`, and not one more. */
function* take<T>(count: number, items: Iterable<T>): Generator<T> {
  if (count <= 0) return;
  for (const item of items) {
    yield item;
    count -= 1;
    if (count === 0) return; // stop before asking `items` for another value
  }
}

/** The values of `items` for which `keep` returns true. */
function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) {
    if (keep(item)) yield item;
  }
}

// An infinite sequence is fine, as long as we only ask for a few values.
for (const n of take(3, naturals())) {
  console.log(`main: got ${n}`);
}

// Steps chain without building any arrays: each value goes through the
// whole chain before the next one is made.
let squaresMade = 0;
function* squares(): Generator<number> {
  for (let n = 1; ; n++) {
    squaresMade += 1;
    yield n * n;
  }
}
const endingIn6 = filter(squares(), (square) => square % 10 === 6);
console.log("first five squares ending in 6:", [...take(5, endingIn6)]);
console.log(`squares made: ${squaresMade}`);
