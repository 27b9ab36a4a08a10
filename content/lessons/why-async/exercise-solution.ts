const start = performance.now();

/** Seconds since the program started, rounded down to the half second. */
function elapsed(): string {
  const seconds = Math.floor((performance.now() - start + 50) / 500) / 2;
  return `${seconds.toFixed(1)} s`;
}

/** Resolves with `value` after `ms` milliseconds, like a slow server. */
function answerAfter<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

interface Profile {
  id: number;
  name: string;
}

const fetchProfile = () => answerAfter<Profile>(500, { id: 7, name: "Ada" });
const fetchOrders = (userId: number) =>
  answerAfter(1000, userId === 7 ? ["tea", "cups", "kettle"] : []);
const fetchWeather = () => answerAfter(1000, "sunny");

// Orders depend on the profile, so those two stay in sequence...
async function showProfileAndOrders(): Promise<void> {
  const profile = await fetchProfile();
  console.log(`${elapsed()}  profile: ${profile.name} (id ${profile.id})`);
  const orders = await fetchOrders(profile.id);
  console.log(`${elapsed()}  orders: ${orders.join(", ")}`);
}

// ...but the weather depends on nothing, so it can run beside them.
async function showWeather(): Promise<void> {
  const weather = await fetchWeather();
  console.log(`${elapsed()}  weather: ${weather}`);
}

console.log(`${elapsed()}  loading the dashboard`);
await Promise.all([showProfileAndOrders(), showWeather()]);
console.log(`Dashboard ready after ${elapsed()}`);
