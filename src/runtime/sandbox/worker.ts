/**
 * The sandbox worker: it receives one compiled program over its private port, runs it
 * as an ES module, and reports its console output, uncaught errors and the moment it
 * has nothing left to do. It is bundled into `sandbox.html` and started by `frame.ts`.
 */
import { createConsoleCapture, inspectValue } from '../console-capture';
import {
  EVALUATION_STARTED,
  TIMELINE_HOOK,
  isConnectMessage,
  isHostToSandboxMessage,
  type HostToSandboxMessage,
  type SandboxToHostMessage,
} from '../protocol';
import { createOutputBatcher, type OutputBatcher } from './output-batcher';
import { trackPendingWork } from './pending-work';
import { firstProgramLocation, installStackTraces, sourceFileNames, warmUpStackTraces } from './stack-traces';

type Post = (message: SandboxToHostMessage) => void;

/** Console methods that only print: past the output cap they are counted, not formatted. */
const PRINTING_METHODS = new Set(['log', 'info', 'debug', 'warn', 'error', 'dir', 'dirxml', 'table', 'trace']);

// Typed as a window's global (the DOM and WebWorker libs cannot be combined); the parts
// used here, timers, location and the error events, are the same in a worker.
const scope = self as typeof globalThis;
const runnerUrl = scope.location.href;
let programCount = 0;

function installConsole(batcher: OutputBatcher): void {
  const capture = createConsoleCapture((entry) => batcher.add(entry), () => performance.now()) as unknown as Record<
    string,
    (...args: unknown[]) => void
  >;
  const sandboxConsole: Record<string, (...args: unknown[]) => void> = {};
  for (const [name, method] of Object.entries(capture)) {
    if (typeof method !== 'function') continue;
    sandboxConsole[name] = PRINTING_METHODS.has(name)
      ? (...args) => (batcher.accepting ? method(...args) : batcher.countOmitted())
      : method;
  }
  Object.defineProperty(scope, 'console', { value: sandboxConsole, writable: true, configurable: true });
}

async function run({ program, limits }: Extract<HostToSandboxMessage, { type: 'run' }>, post: Post): Promise<void> {
  // A data: URL rather than a blob: one: importing a blob costs a round trip to the browser
  // process to register and read it (5-10 ms of a run's first output), a data: URL none. Its
  // `sourceURL` gives the program a short name in stack traces, as a blob's URL was.
  const moduleUrl = `awaitable-program-${++programCount}.js`;
  const moduleSource = `data:text/javascript;charset=utf-8,${encodeURIComponent(`${program.code}\n//# sourceURL=${moduleUrl}`)}`;
  // Asked for first, so the module is fetched and compiled (2-10 ms) while the rest is set
  // up. None of it can run before this function's synchronous part has ended: an import
  // settles in a later job at the earliest.
  const loading = import(/* @vite-ignore */ moduleSource);

  const setTimeoutNative = scope.setTimeout.bind(scope);
  const batcher = createOutputBatcher(post, limits, setTimeoutNative, () => performance.now());
  installConsole(batcher);

  // The case study's log server reports to the timeline panel through this.
  Object.defineProperty(scope, Symbol.for(TIMELINE_HOOK), { value: (event: unknown) => batcher.addTimelineEvent(event), configurable: true });

  installStackTraces(program, moduleUrl, runnerUrl);
  let programFiles: string[] | undefined;

  const reportUncaught = (kind: 'error' | 'rejection', value: unknown): void => {
    const description = inspectValue(value);
    batcher.flush();
    post({
      type: 'uncaught',
      kind,
      text: `${kind === 'rejection' ? 'Uncaught (in promise)' : 'Uncaught'} ${description}`,
      location: firstProgramLocation(description, (programFiles ??= sourceFileNames(program))),
    });
  };
  // As in a browser, an error in one callback is reported and the rest of the program goes on.
  scope.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    reportUncaught('error', thrownValue(event));
  });
  scope.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    event.preventDefault();
    reportUncaught('rejection', event.reason);
  });

  const tracker = trackPendingWork(scope, ({ unsettledTopLevelAwait }) => {
    batcher.flush();
    post({ type: 'finished', unsettledTopLevelAwait });
  });
  Object.defineProperty(scope, Symbol.for(EVALUATION_STARTED), {
    value: () => tracker.markEvaluationStarted(),
    configurable: true,
  });
  try {
    await loading;
  } catch (error) {
    reportUncaught('error', error);
  } finally {
    tracker.markModuleSettled();
  }
}

/**
 * What the program threw. `event.error` is null both for `throw null` and when the engine
 * kept the value from us; the message ("Uncaught null", "Uncaught 42") tells them apart.
 */
function thrownValue(event: ErrorEvent): unknown {
  if (event.error !== null && event.error !== undefined) return event.error;
  if (event.message === 'Uncaught null') return null;
  if (event.message === 'Uncaught undefined') return undefined;
  return event.message.replace(/^Uncaught /, '');
}

/**
 * `using` and `await using` compile (es2022) to helpers that look these symbols up; browsers
 * without explicit resource management (Safari) lack them, so they get the same registered
 * symbols esbuild's helpers fall back to.
 */
function provideDisposeSymbols(): void {
  const symbols = Symbol as unknown as { dispose?: symbol; asyncDispose?: symbol };
  symbols.dispose ??= Symbol.for('Symbol.dispose');
  symbols.asyncDispose ??= Symbol.for('Symbol.asyncDispose');
}

/**
 * Prints a few throwaway values and maps a stack frame before the sandbox says it is ready.
 * V8 compiles a function on its first call: without this, a run's first `console.log` paid
 * for compiling the formatter, on the way to the reader's first line of output.
 */
async function warmUp(): Promise<void> {
  const capture = createConsoleCapture(() => {}, () => 0);
  capture.log('%s %d', 'warm', 1, { list: [1, 'two', null, undefined], nested: { map: new Map([[1, true]]) } });
  capture.error(new Set([1n]), Symbol('warm'), () => {}, class {}, new Error('warm'));
  warmUpStackTraces();
  // The first module a worker imports also sets up its module loading.
  const emptyModule = 'data:text/javascript,';
  await import(/* @vite-ignore */ emptyModule).catch(() => {});
}

function connect(event: MessageEvent): void {
  const port = event.ports[0];
  if (!isConnectMessage(event.data) || event.data.type !== 'connect' || !port) return;
  scope.removeEventListener('message', connect);
  // Bound now, so a program that patches MessagePort cannot intercept the runner's reports.
  const post: Post = MessagePort.prototype.postMessage.bind(port);
  port.onmessage = (message) => {
    if (!isHostToSandboxMessage(message.data) || message.data.type !== 'run') return;
    port.onmessage = null;
    void run(message.data, post);
  };
  void warmUp().then(() => post({ type: 'ready' }));
}

provideDisposeSymbols();
scope.addEventListener('message', connect);
