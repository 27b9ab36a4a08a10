/** Pretends to open a file, yields its lines, and closes it in `finally`. */
function* readLines(name: string): Generator<string, string> {
  console.log(`  ${name}: opened`);
  try {
    for (const line of ["one", "two", "three", "four"]) {
      yield line;
    }
    return "all lines read";
  } finally {
    // Runs when the generator finishes, fails, or is stopped with return().
    console.log(`  ${name}: closed`);
  }
}

// 1. Leaving a for...of loop early calls return() on the generator.
for (const line of readLines("a.txt")) {
  console.log(`a.txt says ${line}`);
  if (line === "two") break;
}

// 2. Calling return() by hand: the generator finishes at its paused yield.
const lines = readLines("b.txt");
console.log(lines.next());
console.log(lines.return("stopped early"));
console.log(lines.next());

// 3. Simply no longer calling next() does not finish the generator.
const forgotten = readLines("c.txt");
forgotten.next();
console.log("main: stopped reading c.txt without calling return()");
