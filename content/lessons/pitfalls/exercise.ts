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
  let total = 0;
  cart.forEach(async (item) => {
    let price: number;
    try {
      price = await fetchPrice(item);
    } catch {
      price = 0;
    }
    total += price;
  });
  saveTotal(total);
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
