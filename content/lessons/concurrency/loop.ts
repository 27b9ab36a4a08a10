let start = performance.now();

/** Seconds since `start`, rounded down to a fifth of a second. */
function elapsed(): string {
  // Every wait here is a multiple of 200 ms, and timers often fire a little
  // late on a busy machine: rounding down keeps the output the same.
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths / 5).toFixed(1)} s`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A pretend request for one user's name, which takes 200 ms. */
async function fetchUser(id: number): Promise<string> {
  console.log(`  ${elapsed()}  request for user ${id} sent`);
  await delay(200);
  return ["Ann", "Bob", "Cy"][id - 1];
}

/** Something else the page needs, which takes 400 ms. */
async function loadTemplate(): Promise<string> {
  await delay(400);
  return "page template";
}

const ids = [1, 2, 3];

console.log("Awaiting inside the loop:");
{
  start = performance.now();
  const names: string[] = [];
  for (const id of ids) {
    names.push(await fetchUser(id)); // the next request waits for this one
  }
  console.log(`  ${elapsed()}  got ${names.join(", ")}`);
}

console.log("Starting them all, then awaiting:");
{
  start = performance.now();
  const requests = ids.map((id) => fetchUser(id)); // all three start here
  const names = await Promise.all(requests); // one wait for all of them
  console.log(`  ${elapsed()}  got ${names.join(", ")}`);
}

console.log("Start early, await late:");
{
  start = performance.now();
  const user = fetchUser(1); // start the request now...
  const template = await loadTemplate(); // ...wait for something else...
  console.log(`  ${elapsed()}  ${template} loaded`);
  const name = await user; // ...and await it only when it is needed
  console.log(`  ${elapsed()}  got ${name}`);
}
