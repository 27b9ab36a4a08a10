function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Pretend uploads: each file takes its own time. */
const uploadTimes: Record<string, number> = { "notes.txt": 300, "cat.png": 100, "todo.md": 200 };

async function upload(file: string, how: string): Promise<void> {
  await delay(uploadTimes[file]);
  console.log(`${how}: uploaded ${file}`);
}

const files = ["notes.txt", "cat.png", "todo.md"];

// forEach calls the callback for each file and ignores what it returns,
// here a promise. The await in front of it waits for nothing.
await files.forEach(async (file) => {
  await upload(file, "forEach");
});
console.log("forEach: finished?");

// Real code could not know how long to wait; we wait for the stray
// uploads only so that they do not mix with the next part.
await delay(400);

// A for...of loop runs in the async function itself, so its awaits count.
for (const file of files) {
  await upload(file, "for...of");
}
console.log("for...of: finished");
