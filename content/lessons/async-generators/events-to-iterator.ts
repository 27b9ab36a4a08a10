const start = performance.now();

/** Seconds since the program started, rounded down to a fifth of a second. */
function elapsed(): string {
  const fifths = Math.floor((performance.now() - start + 20) / 200);
  return `${(fifths * 0.2).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface EventsOptions {
  /** How many events may wait for the consumer; beyond that the oldest is dropped. */
  bufferSize: number;
  /** Called with each event that is dropped. */
  onDrop?: (event: Event) => void;
}

/**
 * Turns `type` events on `target` into an async iterator. Events cannot be
 * asked to wait, so the ones that arrive while the consumer is busy are
 * kept in a small buffer.
 */
async function* eventsOf(
  target: EventTarget,
  type: string,
  { bufferSize, onDrop }: EventsOptions,
): AsyncGenerator<Event> {
  const buffer: Event[] = [];
  let wakeUp: (() => void) | undefined;

  function onEvent(event: Event): void {
    buffer.push(event);
    if (buffer.length > bufferSize) onDrop?.(buffer.shift()!);
    wakeUp?.(); // if the consumer is waiting for an event, let it go on
    wakeUp = undefined;
  }

  target.addEventListener(type, onEvent);
  try {
    while (true) {
      while (buffer.length === 0) {
        await new Promise<void>((resolve) => (wakeUp = resolve));
      }
      yield buffer.shift()!;
    }
  } finally {
    // Runs when the consumer breaks out of its loop: stop listening.
    target.removeEventListener(type, onEvent);
    console.log(`${elapsed()}  listener removed`);
  }
}

// A price ticker that pushes prices in bursts, whether anyone keeps up or not.
const ticker = new EventTarget();
function send(prices: number[]): void {
  console.log(`${elapsed()}  ticker: sends ${prices.join(", ")}`);
  for (const price of prices) {
    ticker.dispatchEvent(new CustomEvent("price", { detail: price }));
  }
}
setTimeout(() => send([101, 102, 103, 104, 105]), 200);
setTimeout(() => send([106, 107]), 1200);

/** The price a "price" event carries. */
const priceOf = (event: Event) => (event as CustomEvent<number>).detail;

// A consumer that needs 0.4 s for each price and stops after 107.
const prices = eventsOf(ticker, "price", {
  bufferSize: 3,
  onDrop: (event) => console.log(`${elapsed()}  buffer full, dropped ${priceOf(event)}`),
});
for await (const event of prices) {
  const price = priceOf(event);
  console.log(`${elapsed()}  reader: ${price}`);
  if (price === 107) break;
  await sleep(400);
}
console.log(`${elapsed()}  reader: done`);
