/**
 * Knows whether the program still has something to do, the way Node decides to exit:
 * a live timer or interval, a MessagePort with a listener, or a fetch in flight keeps it
 * alive; promises alone do not (a promise nobody will ever settle ends the program).
 *
 * It wraps the timer functions (and only observes the rest) without touching Promise or
 * the microtask queue, so the order of output is the engine's own.
 */
export interface PendingWorkTracker {
  /** Called when the program's first line runs (the module has loaded). */
  markEvaluationStarted(): void;
  /** Called once the module's top-level code (including top-level await) has settled. */
  markModuleSettled(): void;
}

/** Why the program is over: `unsettledTopLevelAwait` when its top-level await could never finish. */
export type IdleHandler = (outcome: { unsettledTopLevelAwait: boolean }) => void;

const NODE_TIMEOUT_MAX = 2 ** 31 - 1;

/** Node turns delays below 1 ms (and NaN, and over TIMEOUT_MAX) into 1 ms; browsers do not. */
function nodeDelay(delay: unknown): number {
  const ms = Number(delay);
  return ms >= 1 && ms <= NODE_TIMEOUT_MAX ? ms : 1;
}

type TimerHandler = (...args: unknown[]) => void;
/** The browser's timer functions, whose ids are numbers (Node's types would say objects). */
type SetTimer = (handler: TimerHandler | string, delay?: number, ...args: unknown[]) => number;

export function trackPendingWork(scope: typeof globalThis, onIdle: IdleHandler): PendingWorkTracker {
  const setTimeoutNative = scope.setTimeout.bind(scope) as unknown as SetTimer;
  const setIntervalNative = scope.setInterval.bind(scope) as unknown as SetTimer;
  const clearTimeoutNative = scope.clearTimeout.bind(scope) as (id: number) => void;
  const liveTimers = new Set<number>();
  const listeningPorts = new Set<MessagePort>();
  let fetchesInFlight = 0;
  // Until the module has loaded nothing of it is running, so no pending work means nothing yet.
  let evaluationStarted = false;
  let moduleSettled = false;
  let idleCheckScheduled = false;
  let callbacksRun = 0;
  let idle = false;

  const hasPendingWork = () => liveTimers.size > 0 || listeningPorts.size > 0 || fetchesInFlight > 0;

  /**
   * Decides on a later macrotask, so that microtasks queued by the last callback run
   * first (they may start new timers), and only if no callback ran meanwhile.
   */
  function scheduleIdleCheck(): void {
    if (idle || idleCheckScheduled || !evaluationStarted || hasPendingWork()) return;
    idleCheckScheduled = true;
    const callbacksSeen = callbacksRun;
    setTimeoutNative(() => {
      idleCheckScheduled = false;
      if (idle || hasPendingWork()) return;
      if (callbacksRun !== callbacksSeen) {
        scheduleIdleCheck();
        return;
      }
      idle = true;
      onIdle({ unsettledTopLevelAwait: !moduleSettled });
    }, 0);
  }

  function runCallback(handler: TimerHandler, args: unknown[]): void {
    callbacksRun++;
    try {
      handler(...args);
    } finally {
      scheduleIdleCheck();
    }
  }

  function setTimeoutTracked(handler: TimerHandler | string, delay?: number, ...args: unknown[]): number {
    if (typeof handler !== 'function') return setTimeoutNative(handler, delay, ...args);
    const id: number = setTimeoutNative(() => {
      liveTimers.delete(id);
      runCallback(handler, args);
    }, nodeDelay(delay));
    liveTimers.add(id);
    return id;
  }

  function setIntervalTracked(handler: TimerHandler | string, delay?: number, ...args: unknown[]): number {
    if (typeof handler !== 'function') return setIntervalNative(handler, delay, ...args);
    const id: number = setIntervalNative(() => runCallback(handler, args), nodeDelay(delay));
    liveTimers.add(id);
    return id;
  }

  // Timeouts and intervals share one id space, so either clear function clears either kind.
  function clearTracked(id?: number): void {
    if (id === undefined) return;
    clearTimeoutNative(id);
    if (liveTimers.delete(id)) scheduleIdleCheck();
  }

  Object.assign(scope, {
    setTimeout: setTimeoutTracked,
    setInterval: setIntervalTracked,
    clearTimeout: clearTracked,
    clearInterval: clearTracked,
  });

  // A port with a message listener keeps a Node program alive until it is closed.
  const portPrototype = MessagePort.prototype;
  const onmessage = Object.getOwnPropertyDescriptor(portPrototype, 'onmessage');
  if (onmessage?.set && onmessage.get) {
    const { get, set } = onmessage;
    Object.defineProperty(portPrototype, 'onmessage', {
      configurable: true,
      enumerable: onmessage.enumerable ?? true,
      get,
      set(this: MessagePort, handler: unknown) {
        set.call(this, handler);
        if (typeof handler === 'function') listeningPorts.add(this);
        else if (listeningPorts.delete(this)) scheduleIdleCheck();
      },
    });
  }
  const addEventListenerNative = portPrototype.addEventListener;
  portPrototype.addEventListener = function (this: MessagePort, ...args: Parameters<MessagePort['addEventListener']>) {
    if (args[0] === 'message') listeningPorts.add(this);
    return addEventListenerNative.apply(this, args);
  } as MessagePort['addEventListener'];
  const closeNative = portPrototype.close;
  portPrototype.close = function (this: MessagePort) {
    closeNative.call(this);
    if (listeningPorts.delete(this)) scheduleIdleCheck();
  };

  const fetchNative = scope.fetch?.bind(scope);
  if (fetchNative) {
    scope.fetch = async (...args: Parameters<typeof fetch>) => {
      fetchesInFlight++;
      try {
        return await fetchNative(...args);
      } finally {
        fetchesInFlight--;
        scheduleIdleCheck();
      }
    };
  }

  return {
    markEvaluationStarted() {
      evaluationStarted = true;
      scheduleIdleCheck();
    },
    markModuleSettled() {
      evaluationStarted = true;
      moduleSettled = true;
      scheduleIdleCheck();
    },
  };
}
