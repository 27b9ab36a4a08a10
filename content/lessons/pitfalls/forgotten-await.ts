/** Resolves after `ms` milliseconds. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A pretend database: every call takes 100 ms.
const points = new Map<string, number>([["ada", 10]]);

async function addPoints(user: string, amount: number): Promise<void> {
  await sleep(100);
  points.set(user, (points.get(user) ?? 0) + amount);
}

async function isBanned(user: string): Promise<boolean> {
  await sleep(100);
  return user === "mallory";
}

async function loadSettings(): Promise<string> {
  await sleep(100);
  throw new Error("settings server answered 503");
}

const users = ["ada", "mallory", "grace"];

console.log("buggy:");
addPoints("ada", 5); // no await: the write has not happened yet
console.log(`  ada has ${points.get("ada")} points`);
// An async predicate returns a Promise, and every Promise counts as true.
const allowedBuggy = users.filter(async (user) => !(await isBanned(user)));
console.log(`  allowed: ${allowedBuggy.join(", ")}`);
await sleep(200);
console.log(
  `  (200 ms later, ada has ${points.get("ada")} points: the write ran, too late)`,
);

console.log("fixed:");
await addPoints("ada", 5);
console.log(`  ada has ${points.get("ada")} points`);
// Wait for every answer first, then filter on plain booleans.
const banned = await Promise.all(users.map((user) => isBanned(user)));
const allowedFixed = users.filter((_, i) => !banned[i]);
console.log(`  allowed: ${allowedFixed.join(", ")}`);

// Two jobs started together: the settings fail after 100 ms, long before
// the 300 ms wait is over. Promise.all attaches a handler to both at once,
// so the failure is caught here. (Try replacing the Promise.all line with
// `await wait; await settings;` and run it again.)
console.log("start early, await together:");
const settings = loadSettings();
const wait = sleep(300);
try {
  await Promise.all([wait, settings]);
} catch (error) {
  console.log(`  caught: ${(error as Error).message}`);
}
