function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const prices: Record<string, number> = { tea: 4, cups: 12, kettle: 30 };

/** Asks the price service for the total. Rejects for an unknown item. */
async function priceCart(cart: string[]): Promise<number> {
  await delay(300);
  let total = 0;
  for (const item of cart) {
    const price = prices[item];
    if (price === undefined) throw new Error(`no price for ${item}`);
    total += price;
  }
  return total;
}

/** Emails a receipt, which takes 200 ms. */
async function sendReceipt(total: number): Promise<void> {
  await delay(200);
  console.log(`  receipt sent: ${total} EUR`);
}

// TODO: the receipt must be sent before the checkout counts as complete,
// and the basket must be unlocked even when the checkout fails.
async function checkout(cart: string[]): Promise<void> {
  console.log(`  basket locked: ${cart.join(", ")}`);
  const total = await priceCart(cart);
  sendReceipt(total);
  console.log("  basket unlocked");
}

for (const cart of [["tea", "cups"], ["kettle", "unicorn"], ["tea"]]) {
  console.log("checkout starts");
  try {
    await checkout(cart);
    console.log("checkout complete");
  } catch (error) {
    console.log(`checkout failed: ${(error as Error).message}`);
  }
}
console.log("shop closed");
