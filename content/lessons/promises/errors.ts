function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A pretend server: answers after 100 ms, or rejects for a missing page. */
async function fetchJson(url: string): Promise<{ name: string }> {
  await delay(100);
  if (url.endsWith("/404")) throw new Error(`${url} not found`);
  return { name: "Ada" };
}

async function loadUser(id: string): Promise<string> {
  console.log(`  loadUser: fetching user ${id}`);
  const user = await fetchJson(`/users/${id}`); // a rejection throws here...
  console.log(`  loadUser: got ${user.name}`); // ...so this line is skipped
  return user.name;
}

async function showProfile(id: string): Promise<void> {
  console.log(`showProfile(${id}): spinner on`);
  try {
    const name = await loadUser(id); // ...and here, one caller up
    console.log(`  showProfile: showing ${name}`);
  } catch (error) {
    console.log(`  showProfile: could not load: ${(error as Error).message}`);
  } finally {
    console.log(`  showProfile: spinner off`);
  }
}

await showProfile("7");
await showProfile("404");

// A promise nobody awaits can fail too. Its .catch is the only place where
// that error can be seen. Press Edit and delete the .catch line to see how
// an unhandled rejection is reported.
console.log("sending a log line, not waiting for it");
fetchJson("/logs/404")
  .catch((error: Error) => console.log(`logging failed: ${error.message}`));
