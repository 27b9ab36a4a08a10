/**
 * Web APIs the engine lacks, written in JavaScript and run inside the realm before the
 * program: Event, CustomEvent, EventTarget, DOMException, AbortController/AbortSignal
 * (`abort`, `timeout`, `any`, `throwIfAborted`, `reason`), MessageChannel/MessagePort and
 * structuredClone. They behave as Node 24's do for what lessons use. They call the
 * recorder's native functions (timers, message tasks, error reports) through a `host` object
 * only this script sees; their own statements are not steps of the trace (they are not the
 * reader's code), and their frames are left out of the call stack.
 */
export const REALM_PRELUDE = String.raw`
(function installWebApis(host) {
  'use strict';
  const define = (target, name, value) =>
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  const hidden = new WeakMap();
  const slots = (object) => {
    const found = hidden.get(object);
    if (!found) throw new TypeError('Illegal invocation');
    return found;
  };

  class DOMException extends Error {
    constructor(message = '', name = 'Error') {
      super(message);
      // Node has a prototype getter; an own property lets the console copy read it without running code.
      Object.defineProperty(this, 'name', { value: String(name), enumerable: false, configurable: true, writable: false });
    }
    get code() {
      const codes = { AbortError: 20, TimeoutError: 23, DataCloneError: 25, InvalidStateError: 11 };
      return codes[this.name] ?? 0;
    }
  }
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

  class Event {
    constructor(type, options = {}) {
      if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
      hidden.set(this, {
        type: String(type),
        cancelable: Boolean(options?.cancelable),
        bubbles: Boolean(options?.bubbles),
        defaultPrevented: false,
        target: null,
        currentTarget: null,
        stopped: false,
        timeStamp: host.now(),
      });
    }
    get type() { return slots(this).type; }
    get target() { return slots(this).target; }
    get currentTarget() { return slots(this).currentTarget; }
    get srcElement() { return slots(this).target; }
    get cancelable() { return slots(this).cancelable; }
    get bubbles() { return slots(this).bubbles; }
    get defaultPrevented() { return slots(this).defaultPrevented; }
    get timeStamp() { return slots(this).timeStamp; }
    get isTrusted() { return false; }
    preventDefault() { const state = slots(this); if (state.cancelable) state.defaultPrevented = true; }
    stopImmediatePropagation() { slots(this).stopped = true; }
    stopPropagation() {}
    composedPath() { const target = slots(this).currentTarget; return target ? [target] : []; }
  }
  class CustomEvent extends Event {
    #detail;
    constructor(type, options = {}) { super(type, options); this.#detail = options?.detail ?? null; }
    get detail() { return this.#detail; }
  }
  class MessageEvent extends Event {
    #data;
    constructor(type, options = {}) { super(type, options); this.#data = options?.data; }
    get data() { return this.#data; }
  }

  const listenersOf = new WeakMap();
  class EventTarget {
    constructor() { listenersOf.set(this, new Map()); }
    addEventListener(type, listener, options) {
      if (listener === null || listener === undefined) return;
      const byType = listenersOf.get(this);
      if (!byType) throw new TypeError('Illegal invocation');
      const once = typeof options === 'object' && options !== null && Boolean(options.once);
      const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
      if (signal?.aborted) return;
      let list = byType.get(String(type));
      if (!list) byType.set(String(type), (list = []));
      if (list.some((entry) => entry.listener === listener)) return;
      const entry = { listener, once, removed: false };
      list.push(entry);
      if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
      listenerAdded(this, String(type));
    }
    removeEventListener(type, listener) {
      const list = listenersOf.get(this)?.get(String(type));
      if (!list) return;
      const index = list.findIndex((entry) => entry.listener === listener);
      if (index >= 0) {
        list[index].removed = true;
        list.splice(index, 1);
      }
      listenerRemoved(this, String(type));
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) throw new TypeError('The "event" argument must be an instance of Event.');
      const state = slots(event);
      state.target = this;
      state.currentTarget = this;
      const list = [...(listenersOf.get(this)?.get(state.type) ?? [])];
      for (const entry of list) {
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(state.type, entry.listener);
        try {
          if (entry.isHandler) { const handler = handlerProperty(this, state.type); if (typeof handler === 'function') handler.call(this, event); }
          else if (typeof entry.listener === 'function') entry.listener.call(this, event);
          else if (entry.listener && typeof entry.listener.handleEvent === 'function') entry.listener.handleEvent(event);
        } catch (error) {
          host.reportError(error);
        }
        if (state.stopped) break;
      }
      state.currentTarget = null;
      return !state.defaultPrevented;
    }
  }
  const handlers = new WeakMap();
  const handlerProperty = (target, type) => handlers.get(target)?.get(type);
  const defineHandler = (Class, type) => {
    Object.defineProperty(Class.prototype, 'on' + type, {
      configurable: true,
      enumerable: true,
      get() { return handlers.get(this)?.get(type) ?? null; },
      set(value) {
        let map = handlers.get(this);
        if (!map) handlers.set(this, (map = new Map()));
        map.set(type, typeof value === 'function' ? value : null);
        // As in browsers and Node, a handler property runs in the place among the listeners
        // where it was first set, and keeps that place when replaced.
        const byType = listenersOf.get(this);
        let list = byType.get(type);
        if (!list) byType.set(type, (list = []));
        const index = list.findIndex((entry) => entry.isHandler);
        if (typeof value === 'function') {
          if (index < 0) list.push({ listener: null, once: false, removed: false, isHandler: true });
          listenerAdded(this, type);
        } else {
          if (index >= 0) { list[index].removed = true; list.splice(index, 1); }
          listenerRemoved(this, type);
        }
      },
    });
  };
  let listenerAdded = (target, type) => {};
  let listenerRemoved = (target, type) => {};

  const signalState = new WeakMap();
  const newSignal = () => {
    const signal = Object.create(AbortSignal.prototype);
    listenersOf.set(signal, new Map());
    signalState.set(signal, { aborted: false, reason: undefined, dependents: [] });
    return signal;
  };
  // The DOM's "signal abort": mark the signal and the signals that depend on it (AbortSignal.any)
  // aborted first, then fire 'abort' at the signal, then at each dependent.
  const abortSignal = (signal, reason) => {
    const state = signalState.get(signal);
    if (state.aborted) return;
    state.aborted = true;
    state.reason = reason;
    const dependents = [];
    for (const dependent of state.dependents) {
      const dependentState = signalState.get(dependent);
      if (dependentState.aborted) continue;
      dependentState.aborted = true;
      dependentState.reason = reason;
      dependents.push(dependent);
    }
    signal.dispatchEvent(new Event('abort'));
    for (const dependent of dependents) dependent.dispatchEvent(new Event('abort'));
  };
  class AbortSignal extends EventTarget {
    constructor() { super(); throw new TypeError('Illegal constructor'); }
    get aborted() { return signalState.get(this).aborted; }
    get reason() { return signalState.get(this).reason; }
    throwIfAborted() { const state = signalState.get(this); if (state.aborted) throw state.reason; }
    static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
      const signal = newSignal();
      signalState.get(signal).aborted = true;
      signalState.get(signal).reason = reason;
      return signal;
    }
    static timeout(ms) {
      const signal = newSignal();
      host.setTimer(() => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms, false, true);
      return signal;
    }
    static any(signals) {
      const signal = newSignal();
      for (const source of signals) {
        if (source.aborted) { abortSignal(signal, source.reason); return signal; }
      }
      for (const source of signals) signalState.get(source).dependents.push(signal);
      return signal;
    }
  }
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
  defineHandler(AbortSignal, 'abort');

  class AbortController {
    #signal = newSignal();
    get signal() { return this.#signal; }
    abort(reason = new DOMException('This operation was aborted', 'AbortError')) { abortSignal(this.#signal, reason); }
  }
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

  const DATA_CLONE = (what) => new DOMException(what + ' could not be cloned.', 'DataCloneError');
  function structuredClone(value, seen = new Map()) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      if (typeof value === 'symbol') throw DATA_CLONE(String(value));
      return value;
    }
    if (typeof value === 'function') throw DATA_CLONE(host.describe(value));
    if (seen.has(value)) return seen.get(value);
    let copy;
    if (Array.isArray(value)) {
      copy = new Array(value.length);
      seen.set(value, copy);
      for (const key of Object.keys(value)) copy[key] = structuredClone(value[key], seen);
      return copy;
    }
    if (value instanceof Date) return new Date(value.getTime());
    if (value instanceof RegExp) return new RegExp(value.source, value.flags);
    if (value instanceof Map) {
      copy = new Map();
      seen.set(value, copy);
      for (const [k, v] of value) copy.set(structuredClone(k, seen), structuredClone(v, seen));
      return copy;
    }
    if (value instanceof Set) {
      copy = new Set();
      seen.set(value, copy);
      for (const v of value) copy.add(structuredClone(v, seen));
      return copy;
    }
    if (value instanceof Error) {
      const Constructor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[value.name] ?? Error;
      copy = new Constructor(value.message);
      if ('cause' in value) copy.cause = structuredClone(value.cause, seen);
      copy.stack = value.stack;
      return copy;
    }
    if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet || value instanceof EventTarget) {
      throw DATA_CLONE(host.describe(value));
    }
    copy = {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = structuredClone(value[key], seen);
    return copy;
  }

  const portState = new WeakMap();
  class MessagePort extends EventTarget {
    constructor() { super(); throw new TypeError('Illegal constructor'); }
    postMessage(message) {
      const state = portState.get(this);
      if (!state || state.closed || !state.other) return;
      const data = structuredClone(message);
      const target = state.other;
      host.postTask(() => {
        const targetState = portState.get(target);
        if (targetState.closed) return;
        if (!targetState.started) { targetState.queued.push(data); return; }
        target.dispatchEvent(new MessageEvent('message', { data }));
      }, state.label);
    }
    start() {
      const state = portState.get(this);
      if (state.started) return;
      state.started = true;
      const queued = state.queued.splice(0);
      for (const data of queued) host.postTask(() => this.dispatchEvent(new MessageEvent('message', { data })), state.label);
    }
    close() {
      const state = portState.get(this);
      if (state.closed) return;
      state.closed = true;
      host.setPortActive(state.id, false);
      const other = state.other;
      if (other) {
        const otherState = portState.get(other);
        otherState.closed = true;
        host.setPortActive(otherState.id, false);
      }
    }
  }
  Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, { value: 'MessagePort', configurable: true });
  defineHandler(MessagePort, 'message');
  let nextPortId = 1;
  const newPort = () => {
    const port = Object.create(MessagePort.prototype);
    listenersOf.set(port, new Map());
    portState.set(port, { id: nextPortId++, other: null, started: false, closed: false, queued: [], label: 'message' });
    return port;
  };
  listenerAdded = (target, type) => {
    const state = portState.get(target);
    if (!state || type !== 'message' || state.closed) return;
    host.setPortActive(state.id, true);
    target.start();
  };
  listenerRemoved = (target, type) => {
    const state = portState.get(target);
    if (!state || type !== 'message') return;
    const stillListening = (listenersOf.get(target)?.get('message')?.length ?? 0) > 0;
    if (!stillListening) host.setPortActive(state.id, false);
  };
  class MessageChannel {
    #port1 = newPort();
    #port2 = newPort();
    constructor() {
      portState.get(this.#port1).other = this.#port2;
      portState.get(this.#port2).other = this.#port1;
    }
    get port1() { return this.#port1; }
    get port2() { return this.#port2; }
  }

  for (const [name, value] of Object.entries({
    DOMException, Event, CustomEvent, MessageEvent, EventTarget, AbortSignal, AbortController,
    MessagePort, MessageChannel, structuredClone,
  })) define(globalThis, name, value);
})
`;
