/**
 * Keeps a running average. Each `yield` hands the current average out,
 * and the value of the `yield` expression is the number sent in by the
 * next call to next(number).
 */
function* runningAverage(): Generator<number, never, number> {
  let total = 0;
  let count = 0;
  let average = 0;
  while (true) {
    const value = yield average;
    total += value;
    count += 1;
    average = total / count;
  }
}

const averager = runningAverage();
for (const value of [90, 10, 20, 60]) {
  const result = averager.next(value);
  console.log(`sent ${value}, got back ${result.value}`);
}
