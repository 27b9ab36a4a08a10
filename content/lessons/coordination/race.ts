/** Resolves after `ms` milliseconds. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// One joint account, shared by two card holders.
let balance = 100;

/** Pays out `amount` if the account holds enough. The bank's check takes `checkMs`. */
async function withdraw(who: string, amount: number, checkMs: number): Promise<number> {
  const current = balance; // 1. read the balance
  console.log(`${who}: balance is ${current}, asking for ${amount}`);
  if (current < amount) {
    console.log(`${who}: refused`);
    return 0;
  }
  await sleep(checkMs); // 2. wait for a fraud check (the thread is free meanwhile)
  balance = current - amount; // 3. write back what we read, minus the amount
  console.log(`${who}: paid ${amount}, balance now ${balance}`);
  return amount;
}

// Both card holders use their cards at the same moment.
const paid = await Promise.all([withdraw("alice", 80, 100), withdraw("bob", 50, 200)]);
const paidOut = paid[0] + paid[1];
console.log(`paid out ${paidOut} from an account that held 100; balance says ${balance}`);
