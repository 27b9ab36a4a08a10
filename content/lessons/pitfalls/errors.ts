function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Settings {
  theme: string;
}

/** A pretend request to a settings server that is down today. */
async function fetchSettings(): Promise<Settings> {
  await sleep(100);
  throw new Error("settings server answered 503");
}

// Buggy: the catch block throws the error away. The caller cannot tell
// "no settings" from "the server is down", and nothing is logged.
async function loadSettingsBuggy(): Promise<Settings | undefined> {
  try {
    return await fetchSettings();
  } catch {
    return undefined;
  }
}

// Fixed: say what went wrong, and make the fallback a visible decision.
async function loadSettingsFixed(): Promise<Settings> {
  try {
    return await fetchSettings();
  } catch (error) {
    console.warn(`  could not load settings (${(error as Error).message}); using defaults`);
    return { theme: "light" };
  }
}

console.log("buggy:");
const buggy = await loadSettingsBuggy();
console.log(`  theme: ${buggy?.theme ?? "light"}`);

console.log("fixed:");
const fixed = await loadSettingsFixed();
console.log(`  theme: ${fixed.theme}`);

// Two requests started together. The first fails after 100 ms, long
// before anyone awaits it. Promise.all attaches a handler to both at
// once, so the failure is caught here instead of being reported as an
// unhandled rejection. (Try: replace the Promise.all line with
// `await slow; await failing;` and run it again.)
console.log("start early, await together:");
const failing = fetchSettings();
const slow = sleep(300);
try {
  await Promise.all([slow, failing]);
} catch (error) {
  console.log(`  caught: ${(error as Error).message}`);
}
