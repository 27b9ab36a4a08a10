function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A pretend payment: takes 100 ms. */
async function chargeCard(name: string): Promise<void> {
  await sleep(100);
}

let ticketsLeft = 1;

// Buggy: checks the stock, awaits, then updates it. During the await the
// other buyer runs the same check and sees the same last ticket.
async function buyBuggy(name: string): Promise<void> {
  if (ticketsLeft === 0) {
    console.log(`buggy: ${name} finds it sold out`);
    return;
  }
  console.log(`buggy: ${name} pays`);
  await chargeCard(name);
  ticketsLeft -= 1;
  console.log(`buggy: ${name} got a ticket, ${ticketsLeft} left`);
}

// Fixed: check and take the ticket with no await in between, then pay.
// If the payment fails, put the ticket back.
async function buyFixed(name: string): Promise<void> {
  if (ticketsLeft === 0) {
    console.log(`fixed: ${name} finds it sold out`);
    return;
  }
  ticketsLeft -= 1;
  console.log(`fixed: ${name} pays`);
  try {
    await chargeCard(name);
  } catch (error) {
    ticketsLeft += 1;
    throw error;
  }
  console.log(`fixed: ${name} got a ticket, ${ticketsLeft} left`);
}

await Promise.all([buyBuggy("ada"), buyBuggy("bob")]);

ticketsLeft = 1;
await Promise.all([buyFixed("ada"), buyFixed("bob")]);
