const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fetchUser(id: number): Promise<{ id: number; name: string }> {
  await sleep(300); // pretend this is a network request
  return { id, name: `user-${id}` };
}

const start = performance.now();
const users = await Promise.all([1, 2, 3].map(fetchUser));
const seconds = ((performance.now() - start) / 1000).toFixed(1);

console.log(users);
console.log(`three requests together took about ${seconds} s`);
