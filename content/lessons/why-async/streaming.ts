/** A clock that reads seconds since it was made, rounded down to the half second. */
function makeClock(): () => string {
  const start = performance.now();
  return () => {
    const seconds = Math.floor((performance.now() - start + 50) / 500) / 2;
    return `${seconds.toFixed(1)} s`;
  };
}

/** A pretend network request that answers after `ms` milliseconds. */
function fakeFetch(what: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(`${what} data`), ms);
  });
}

// Three panels of a page, each from a server that answers at its own speed.
const panels: [name: string, ms: number][] = [
  ["weather", 1500],
  ["news", 500],
  ["stocks", 1000],
];

console.log("Wait for everything, then show everything:");
{
  const elapsed = makeClock();
  const answers = await Promise.all(
    panels.map(([name, ms]) => fakeFetch(name, ms)),
  );
  for (const answer of answers) {
    console.log(`  ${elapsed()}  showing ${answer}`);
  }
}

console.log("Show each answer as soon as it arrives:");
{
  const elapsed = makeClock();
  // Each request gets its own small async function that waits for its
  // answer and shows it straight away, whatever the others are doing.
  async function fetchAndShow(name: string, ms: number): Promise<void> {
    const answer = await fakeFetch(name, ms);
    console.log(`  ${elapsed()}  showing ${answer}`);
  }
  await Promise.all(panels.map(([name, ms]) => fetchAndShow(name, ms)));
}
