function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A pretend price server (100 ms per request) and order store (100 ms per save).
const prices: Record<string, number> = { apple: 2, pear: 3, plum: 4 };
const savedTotals: number[] = [];

async function fetchPrice(item: string): Promise<number> {
  await sleep(100);
  const price = prices[item];
  if (price === undefined) throw new Error(`no price for ${item}`);
  return price;
}

async function saveTotal(total: number): Promise<void> {
  await sleep(100);
  savedTotals.push(total);
}

/** Adds up the prices of the items in `cart`, saves the total and returns it. */
async function checkout(cart: string[]): Promise<number> {
  // Bugs 1 and 2: no async callback in forEach, and no catch that turns a
  // missing price into 0. Promise.all waits for every price and rejects
  // if one of them cannot be found.
  const itemPrices = await Promise.all(cart.map((item) => fetchPrice(item)));
  const total = itemPrices.reduce((sum, price) => sum + price, 0);
  // Bug 3: wait until the total is really saved.
  await saveTotal(total);
  return total;
}

for (const cart of [
  ["apple", "pear", "plum"],
  ["apple", "kiwi"],
]) {
  try {
    const total = await checkout(cart);
    console.log(`${cart.join(", ")}: total ${total}`);
  } catch (error) {
    console.log(`${cart.join(", ")}: failed, ${(error as Error).message}`);
  }
}
console.log("saved totals:", savedTotals);
