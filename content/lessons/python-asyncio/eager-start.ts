function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function download(name: string): Promise<string> {
  console.log(`  ${name}: started`);
  await sleep(100);
  console.log(`  ${name}: finished`);
  return `${name} data`;
}

// Calling an async function runs its body at once, up to the first await,
// and the rest follows without anyone awaiting it.
const report = download("report");
console.log("back in the caller");
await sleep(200);
console.log(`await it 200 ms later: ${await report}`);

// To get Python's "nothing runs until awaited", hand out a function that
// starts the work instead of the work itself.
const later = () => download("backup");
console.log("made a function; nothing has started");
console.log(`call it and await: ${await later()}`);
