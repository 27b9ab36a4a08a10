/**
 * An asynchronous FIFO queue for producers and consumers that run concurrently on one
 * thread, in the spirit of Python's `asyncio.Queue`.
 *
 * - `put` waits while the queue is full (backpressure), `get` waits while it is empty.
 * - An item put while a consumer is waiting in `get` is handed straight to that consumer.
 * - Waiting consumers are served first come, first served, and so are waiting producers.
 * - `taskDone` and `join` let a producer wait until every item has been processed.
 * - `close` ends the queue: no more puts; consumers drain what is left, then stop.
 *
 * Importing this module has no side effects: it only defines two classes.
 */

/** Thrown (or used as the rejection reason) when a queue is closed. */
export class QueueClosedError extends Error {
  constructor(message = "the queue is closed") {
    super(message);
    this.name = "QueueClosedError";
  }
}

/** A consumer waiting in `get()` for an item. */
interface WaitingGetter<T> {
  resolve(item: T): void;
  reject(error: QueueClosedError): void;
}

/** A producer waiting in `put()` for room in a full queue, with the item it wants to add. */
interface WaitingPutter<T> {
  item: T;
  resolve(): void;
  reject(error: QueueClosedError): void;
}

/**
 * A first-in, first-out queue whose `put` and `get` return promises.
 *
 * Two invariants keep it simple: consumers wait in `get` only while the buffer is empty,
 * and producers wait in `put` only while the buffer is full.
 *
 * Cancelling a waiting `get` is not supported: if the code that called `get()` stops
 * listening (say it lost a `Promise.race` against a timeout), the next item is still
 * handed to it and is lost.
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  /** The most items the queue holds before `put` has to wait: a whole number >= 1, or Infinity. */
  readonly capacity: number;

  /** Items put and not yet taken, oldest first. */
  readonly #buffer: T[] = [];
  /** Consumers waiting for an item, oldest first. */
  readonly #getters: WaitingGetter<T>[] = [];
  /** Producers waiting for room, oldest first. */
  readonly #putters: WaitingPutter<T>[] = [];
  /** Callers of `join()` waiting for the count of unfinished items to reach zero. */
  #joiners: (() => void)[] = [];
  /** Items taken by `get()` that have not been marked with `taskDone()` yet. */
  #taken = 0;
  #closed = false;

  /**
   * Creates an empty, open queue.
   * @param capacity How many items it may hold before `put` waits. Defaults to
   *   Infinity (`put` never waits); must be a whole number >= 1 or Infinity.
   * @throws RangeError if `capacity` is not allowed.
   */
  constructor(capacity: number = Infinity) {
    if (capacity !== Infinity && !(Number.isInteger(capacity) && capacity >= 1)) {
      throw new RangeError(`capacity must be a whole number >= 1 or Infinity, not ${capacity}`);
    }
    this.capacity = capacity;
  }

  /** How many items are waiting to be taken (not counting producers still waiting in `put`). */
  get size(): number {
    return this.#buffer.length;
  }

  /** True once `close()` has been called. A closed queue may still hold items to drain. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Adds an item at the back of the queue. If a consumer is waiting in `get`, the item is
   * handed straight to it. If the queue is full, waits (behind any producer that was
   * already waiting) until a consumer makes room: this is the queue's backpressure.
   * @returns A promise that fulfils once the item is in the queue or in a consumer's hands.
   *   It rejects with QueueClosedError if the queue is closed when `put` is called, or
   *   while the item is still waiting for room (the item is then not added).
   */
  put(item: T): Promise<void> {
    if (this.#closed) return Promise.reject(new QueueClosedError());
    if (this.tryPut(item)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.#putters.push({ item, resolve, reject });
    });
  }

  /**
   * Adds an item if that can be done without waiting: hands it to a waiting consumer, or
   * stores it if there is room.
   * @returns true if the item was added, false if the queue is full (the item is not added).
   * @throws QueueClosedError if the queue is closed.
   */
  tryPut(item: T): boolean {
    if (this.#closed) throw new QueueClosedError();
    const getter = this.#getters.shift();
    if (getter !== undefined) {
      // Someone is waiting, so the buffer is empty: skip it and hand the item over.
      this.#taken += 1;
      getter.resolve(item);
      return true;
    }
    // Room is checked against the buffer only: producers waiting in `put` only exist
    // while the buffer is full, so they cannot be overtaken here.
    if (this.#buffer.length < this.capacity) {
      this.#buffer.push(item);
      return true;
    }
    return false;
  }

  /**
   * Takes the item at the front of the queue, waiting (behind any consumer that was
   * already waiting) while the queue is empty. Taking an item makes room, so the
   * longest-waiting producer's item moves into the queue.
   * @returns A promise of the item. It rejects with QueueClosedError once the queue is
   *   closed and empty, including for consumers already waiting when it is closed.
   */
  get(): Promise<T> {
    if (this.#buffer.length > 0) {
      const item = this.#buffer.shift() as T;
      this.#taken += 1;
      const putter = this.#putters.shift();
      if (putter !== undefined) {
        this.#buffer.push(putter.item);
        putter.resolve();
      }
      return Promise.resolve(item);
    }
    if (this.#closed) return Promise.reject(new QueueClosedError());
    return new Promise<T>((resolve, reject) => {
      this.#getters.push({ resolve, reject });
    });
  }

  /**
   * Tells the queue that one item taken by `get()` (or by iterating) has been fully
   * processed. Call it once per item, when you are done with it, if anyone uses `join()`.
   * @throws Error if there is no taken item left to mark as done.
   */
  taskDone(): void {
    if (this.#taken === 0) {
      throw new Error("taskDone() called more times than items were taken");
    }
    this.#taken -= 1;
    this.#wakeJoinersIfFinished();
  }

  /**
   * Waits until every item put so far has been taken and marked with `taskDone()`.
   * Fulfils at once if there is nothing unfinished. Closing does not settle it: items
   * already put must still be processed.
   */
  join(): Promise<void> {
    if (this.#unfinished === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.#joiners.push(resolve);
    });
  }

  /**
   * Closes the queue. Later `put`/`tryPut` calls fail with QueueClosedError, and so do the
   * producers still waiting for room (their items are dropped). Items already in the
   * queue stay there for consumers to drain; once it is empty, `get` rejects with
   * QueueClosedError, and so do the consumers waiting for an item right now.
   * Closing twice does nothing more.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const putter of this.#putters.splice(0)) {
      putter.reject(new QueueClosedError());
    }
    // Consumers only wait while the buffer is empty, and it will stay empty now.
    for (const getter of this.#getters.splice(0)) {
      getter.reject(new QueueClosedError());
    }
  }

  /**
   * Iterates over the items, calling `get()` for each one, and ends when the queue is
   * closed and drained. Several consumers may iterate over the same queue: each item goes
   * to exactly one of them. If you use `join()`, still call `taskDone()` for each item.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    while (true) {
      let item: T;
      try {
        item = await this.get();
      } catch (error) {
        if (error instanceof QueueClosedError) return;
        throw error;
      }
      yield item;
    }
  }

  /** Items put and not yet marked done: the ones in the buffer plus the ones taken. */
  get #unfinished(): number {
    return this.#buffer.length + this.#taken;
  }

  #wakeJoinersIfFinished(): void {
    if (this.#unfinished !== 0) return;
    const joiners = this.#joiners;
    this.#joiners = [];
    for (const resolve of joiners) resolve();
  }
}
