// A generator function: `function*`, and `yield` inside.
function* greetings(): Generator<string> {
  console.log("  generator: started");
  yield "hello";
  console.log("  generator: resumed after hello");
  yield "world";
  console.log("  generator: finished");
}

const gen = greetings();
console.log("main: called greetings()");

console.log("main: next() gave", gen.next());
console.log("main: next() gave", gen.next());
console.log("main: next() gave", gen.next());
