// Promise.race settles like the first input to settle; with settled inputs, the first in order wins.
// (Every delay differs: under load Node runs all due timers of one delay before those of another.)
const delay = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

// Created in the order they settle, raced in another order.
const fast = delay(100, 'fast');
const medium = delay(200, 'medium');
const slow = delay(300, 'slow');
console.log('winner:', await Promise.race([slow, fast, medium]));

// Already settled inputs: the first one in iteration order wins, even a plain value after a promise.
console.log('settled inputs:', await Promise.race([Promise.resolve('first'), 'second']));
console.log('plain value first:', await Promise.race(['plain', Promise.resolve('promise')]));

// A rejection wins the race if it comes first.
try {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), 150));
  await Promise.race([delay(400, 'too late'), timeout]);
} catch (error) {
  console.log('race rejected:', (error as Error).message);
}

// Losers keep running: their timers still fire.
await Promise.race([
  delay(50, 'a').then((v) => {
    console.log('loser/winner a settled');
    return v;
  }),
  delay(250, 'b').then((v) => {
    console.log('loser b settled anyway');
    return v;
  }),
]);
console.log('race over');
await delay(350, null);
console.log('end');
