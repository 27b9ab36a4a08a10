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

// Three pretend services. Only the orders service needs something from
// another one: it wants the user's id, which comes with the profile.
const fetchProfile = () => answerAfter<Profile>(500, { id: 7, name: "Ada" });
const fetchOrders = (userId: number) =>
  answerAfter(1000, userId === 7 ? ["tea", "cups", "kettle"] : []);
const fetchWeather = () => answerAfter(1000, "sunny");

// TODO: this takes 2.5 s. Make it take 1.5 s, and show each part as soon
// as it arrives.
console.log(`${elapsed()}  loading the dashboard`);

const profile = await fetchProfile();
console.log(`${elapsed()}  profile: ${profile.name} (id ${profile.id})`);

const orders = await fetchOrders(profile.id);
console.log(`${elapsed()}  orders: ${orders.join(", ")}`);

const weather = await fetchWeather();
console.log(`${elapsed()}  weather: ${weather}`);

console.log(`Dashboard ready after ${elapsed()}`);
