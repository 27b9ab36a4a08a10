// The iterator protocol, written by hand.
// An iterable is an object with a [Symbol.iterator]() method that returns an iterator;
// an iterator is an object with a next() method that returns { value, done }.
const countdown: Iterable<number> = {
  [Symbol.iterator](): Iterator<number> {
    let n = 3;
    return {
      next(): IteratorResult<number> {
        if (n > 0) return { value: n--, done: false };
        return { value: undefined, done: true };
      },
    };
  },
};

// for...of, spread and destructuring all speak this protocol.
for (const n of countdown) console.log(`for...of got ${n}`);
console.log("spread:", [...countdown]);
const [first, ...rest] = countdown;
console.log("destructuring:", first, rest);

// A generator writes the iterator for you...
function* countdownFrom(n: number): Generator<number> {
  for (; n > 0; n--) yield n;
}
console.log("generator:", [...countdownFrom(3)]);

// ...and a generator method named [Symbol.iterator] makes a class iterable.
class Countdown {
  from: number;
  constructor(from: number) {
    this.from = from;
  }
  *[Symbol.iterator](): Generator<number> {
    for (let n = this.from; n > 0; n--) yield n;
  }
}
console.log("class:", [...new Countdown(3)]);

// A generator object is an iterator and also an iterable: its
// [Symbol.iterator]() returns the object itself. So it can be read only once.
const once = countdownFrom(3);
console.log("is its own iterator:", once[Symbol.iterator]() === once);
console.log("first spread:", [...once]);
console.log("second spread:", [...once]);
