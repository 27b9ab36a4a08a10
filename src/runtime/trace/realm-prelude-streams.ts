/**
 * Web streams for the recorder's realm, in JavaScript run inside the engine after
 * realm-prelude.ts: ReadableStream (underlying source with start/pull/cancel, a default
 * reader, async iteration with cancel on `break`), a minimal WritableStream and
 * TransformStream (enough for `pipeThrough`), TextEncoder, TextDecoder and TextDecoderStream.
 * They follow the WHATWG Streams algorithms' structure (start promise, pull when the queue
 * wants more, one pull at a time, close after the queue drains, error empties the queue) so
 * the order of a program's output matches Node's for the lessons' uses; byte streams, BYOB
 * readers, tee and backpressure strategies other than a count are not provided.
 */
export const STREAMS_PRELUDE = String.raw`
(function installStreams() {
  'use strict';
  const define = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  const streams = new WeakMap();
  const readers = new WeakMap();
  const controllers = new WeakMap();
  const resolved = (value) => Promise.resolve(value);
  const promiseCall = (fn, thisArg, ...args) => {
    if (typeof fn !== 'function') return resolved(undefined);
    try { return resolved(fn.apply(thisArg, args)); } catch (error) { return Promise.reject(error); }
  };

  class ReadableStreamDefaultController {
    constructor() { throw new TypeError('Illegal constructor'); }
    get desiredSize() { const s = controllers.get(this); return s.state === 'readable' ? s.highWaterMark - s.queue.length : s.state === 'closed' ? 0 : null; }
    enqueue(chunk) {
      const s = controllers.get(this);
      if (s.closeRequested || s.state !== 'readable') throw new TypeError('Invalid state: Controller is already closed');
      const request = s.reader && readers.get(s.reader).requests.shift();
      if (request) request.resolve({ value: chunk, done: false });
      else s.queue.push(chunk);
      callPullIfNeeded(s);
    }
    close() {
      const s = controllers.get(this);
      if (s.closeRequested || s.state !== 'readable') throw new TypeError('Invalid state: Controller is already closed');
      s.closeRequested = true;
      if (s.queue.length === 0) closeStream(s);
    }
    error(reason) { errorStream(controllers.get(this), reason); }
  }

  const shouldCallPull = (s) =>
    s.started && s.state === 'readable' && !s.closeRequested &&
    ((s.reader && readers.get(s.reader).requests.length > 0) || s.highWaterMark - s.queue.length > 0);

  function callPullIfNeeded(s) {
    if (!shouldCallPull(s)) return;
    if (s.pulling) { s.pullAgain = true; return; }
    s.pulling = true;
    promiseCall(s.source.pull, s.source, s.controller).then(
      () => {
        s.pulling = false;
        if (s.pullAgain) { s.pullAgain = false; callPullIfNeeded(s); }
      },
      (error) => errorStream(s, error),
    );
  }

  function closeStream(s) {
    if (s.state !== 'readable') return;
    s.state = 'closed';
    if (!s.reader) return;
    const r = readers.get(s.reader);
    for (const request of r.requests.splice(0)) request.resolve({ value: undefined, done: true });
    r.resolveClosed();
  }

  function errorStream(s, reason) {
    if (s.state !== 'readable') return;
    s.queue = [];
    s.state = 'errored';
    s.storedError = reason;
    if (!s.reader) return;
    const r = readers.get(s.reader);
    for (const request of r.requests.splice(0)) request.reject(reason);
    r.rejectClosed(reason);
  }

  function cancelStream(s, reason) {
    if (s.state === 'closed') return resolved(undefined);
    if (s.state === 'errored') return Promise.reject(s.storedError);
    s.queue = [];
    closeStream(s);
    return promiseCall(s.source.cancel, s.source, reason).then(() => undefined);
  }

  class ReadableStream {
    constructor(source = {}, strategy = {}) {
      const controller = Object.create(ReadableStreamDefaultController.prototype);
      const s = {
        state: 'readable', queue: [], storedError: undefined, reader: null, source: source ?? {}, controller,
        started: false, pulling: false, pullAgain: false, closeRequested: false,
        highWaterMark: strategy?.highWaterMark ?? 1,
      };
      streams.set(this, s);
      controllers.set(controller, s);
      promiseCall(s.source.start, s.source, controller).then(
        () => { s.started = true; callPullIfNeeded(s); },
        (error) => errorStream(s, error),
      );
    }
    get locked() { return streams.get(this).reader !== null; }
    cancel(reason) {
      const s = streams.get(this);
      if (s.reader) return Promise.reject(new TypeError('Invalid state: ReadableStream is locked'));
      return cancelStream(s, reason);
    }
    getReader() {
      const s = streams.get(this);
      if (s.reader) throw new TypeError('Invalid state: ReadableStream is locked');
      const reader = Object.create(ReadableStreamDefaultReader.prototype);
      let resolveClosed, rejectClosed;
      const closed = new Promise((resolve, reject) => { resolveClosed = resolve; rejectClosed = reject; });
      closed.catch(() => {});
      readers.set(reader, { stream: s, requests: [], closed, resolveClosed, rejectClosed });
      s.reader = reader;
      if (s.state === 'closed') resolveClosed();
      if (s.state === 'errored') rejectClosed(s.storedError);
      return reader;
    }
    pipeThrough(transform) {
      const reader = this.getReader();
      const writer = transform.writable.getWriter();
      (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            await writer.write(value);
          }
          await writer.close();
        } catch (error) {
          // The other side failed or was cancelled: stop reading from this one, as pipeTo does.
          await reader.cancel(error).catch(() => {});
        } finally {
          reader.releaseLock();
        }
      })();
      return transform.readable;
    }
    values({ preventCancel = false } = {}) {
      const reader = this.getReader();
      let finished = false;
      const iterator = Object.create(AsyncIteratorPrototype);
      iterator.next = () => {
        if (finished) return resolved({ value: undefined, done: true });
        return reader.read().then((result) => {
          if (result.done) { finished = true; reader.releaseLock(); }
          return result;
        }, (error) => { finished = true; reader.releaseLock(); throw error; });
      };
      iterator.return = (value) => {
        if (finished) return resolved({ value, done: true });
        finished = true;
        const done = () => { reader.releaseLock(); return { value, done: true }; };
        return preventCancel ? resolved(done()) : reader.cancel(value).then(done);
      };
      return iterator;
    }
    [Symbol.asyncIterator](options) { return this.values(options); }
  }
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())));

  class ReadableStreamDefaultReader {
    constructor(stream) { return stream.getReader(); }
    get closed() { return readers.get(this).closed; }
    read() {
      const r = readers.get(this);
      const s = r.stream;
      if (!s || s.reader !== this) return Promise.reject(new TypeError('Invalid state: The reader is not attached to a stream'));
      if (s.state === 'closed') return resolved({ value: undefined, done: true });
      if (s.state === 'errored') return Promise.reject(s.storedError);
      if (s.queue.length > 0) {
        const chunk = s.queue.shift();
        if (s.closeRequested && s.queue.length === 0) closeStream(s);
        else callPullIfNeeded(s);
        return resolved({ value: chunk, done: false });
      }
      return new Promise((resolve, reject) => {
        r.requests.push({ resolve, reject });
        callPullIfNeeded(s);
      });
    }
    cancel(reason) {
      const s = readers.get(this).stream;
      return s ? cancelStream(s, reason) : Promise.reject(new TypeError('Invalid state: The reader is not attached to a stream'));
    }
    releaseLock() {
      const r = readers.get(this);
      const s = r.stream;
      if (!s) return;
      const error = new TypeError('Invalid state: Releasing reader');
      for (const request of r.requests.splice(0)) request.reject(error);
      if (s.state === 'readable') r.rejectClosed(error);
      s.reader = null;
      r.stream = null;
    }
  }

  // A writable side that hands each chunk to a sink, one at a time (what pipeThrough needs).
  class WritableStream {
    #sink;
    #locked = false;
    #chain = resolved(undefined);
    constructor(sink = {}) { this.#sink = sink ?? {}; promiseCall(this.#sink.start, this.#sink, {}); }
    get locked() { return this.#locked; }
    getWriter() {
      if (this.#locked) throw new TypeError('Invalid state: WritableStream is locked');
      this.#locked = true;
      const sink = this.#sink;
      const enqueue = (step) => (this.#chain = this.#chain.then(step));
      return {
        write: (chunk) => enqueue(() => promiseCall(sink.write, sink, chunk, {})),
        close: () => enqueue(() => promiseCall(sink.close, sink)),
        abort: (reason) => enqueue(() => promiseCall(sink.abort, sink, reason)),
        releaseLock: () => { this.#locked = false; },
        get ready() { return resolved(undefined); },
      };
    }
  }

  class TransformStream {
    #readable;
    #writable;
    constructor(transformer = {}) {
      let readableController;
      this.#readable = new ReadableStream({ start(controller) { readableController = controller; } });
      const controller = {
        enqueue: (chunk) => readableController.enqueue(chunk),
        error: (reason) => readableController.error(reason),
        terminate: () => readableController.close(),
      };
      this.#writable = new WritableStream({
        write: (chunk) => (typeof transformer.transform === 'function' ? transformer.transform(chunk, controller) : controller.enqueue(chunk)),
        close: async () => { if (typeof transformer.flush === 'function') await transformer.flush(controller); readableController.close(); },
        abort: (reason) => readableController.error(reason),
      });
    }
    get readable() { return this.#readable; }
    get writable() { return this.#writable; }
  }

  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') {
      const text = String(input);
      const bytes = [];
      for (const char of text) {
        let code = char.codePointAt(0);
        if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
        if (code < 0x80) bytes.push(code);
        else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
        else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
        else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
      }
      return new Uint8Array(bytes);
    }
  }

  class TextDecoder {
    #pending = [];
    get encoding() { return 'utf-8'; }
    decode(input, options = {}) {
      const bytes = [...this.#pending, ...(input ? new Uint8Array(input.buffer ?? input, input.byteOffset ?? 0, input.byteLength ?? input.length) : [])];
      this.#pending = [];
      let text = '';
      let index = 0;
      while (index < bytes.length) {
        const first = bytes[index];
        const length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
        if (index + length > bytes.length) {
          if (options?.stream) { this.#pending = bytes.slice(index); break; }
          text += '\uFFFD';
          break;
        }
        let code = length === 1 ? (first < 0x80 ? first : 0xfffd) : first & (0xff >> (length + 1));
        for (let k = 1; k < length; k += 1) code = (code << 6) | (bytes[index + k] & 63);
        text += String.fromCodePoint(code);
        index += length;
      }
      return text;
    }
  }

  class TextDecoderStream extends TransformStream {
    constructor() {
      const decoder = new TextDecoder();
      super({
        transform(chunk, controller) { const text = decoder.decode(chunk, { stream: true }); if (text !== '') controller.enqueue(text); },
        flush(controller) { const text = decoder.decode(); if (text !== '') controller.enqueue(text); },
      });
    }
  }

  for (const [name, value] of Object.entries({
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, WritableStream, TransformStream,
    TextEncoder, TextDecoder, TextDecoderStream,
  })) define(name, value);
})
`;
