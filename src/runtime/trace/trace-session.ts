/**
 * One recording: a fresh engine agent and realm running one program to its end (or its
 * budget's), with the recorder in charge of the event loop. The engine's own loop is
 * replaced by a no-op, so every job runs when this session says: the module's evaluation,
 * then the microtask queue until it is empty, then one due task (a message, else the
 * earliest timer) followed by its microtasks, and so on on the virtual clock.
 *
 * Steps are recorded as the engine evaluates the program's own statements (see
 * STEP_NODE_TYPES), and at each job and task start; see step-builder.ts for what a step holds.
 */
import {
  Agent,
  Call,
  JSStringValue,
  ManagedRealm,
  NullValue,
  ObjectValue,
  runSingleJobInQueue,
  setSurroundingAgent,
  skipDebugger,
  ThrowCompletion,
  Value,
} from '@engine262/engine262';
import { inspectValue } from '../console-capture';
import type { CompiledProgram, OutputLimits } from '../protocol';
import { programFrames, stackTraceLines, traceFrames } from './call-stack';
import type { ContextShape, EngineJob, FunctionShape, ParseNode, PromiseShape } from './engine-shapes';
import { timerDelay, VirtualEventLoop, type Microtask, type Task, type Timer } from './event-loop';
import { createGuestValueCopier, type GuestValueCopier } from './guest-values';
import { installHostGlobals } from './host-globals';
import { createJobLabeller, type JobLabeller } from './job-labels';
import { OutputLog } from './output-log';
import { promiseCreatorName } from './promise-names';
import { PromiseTracker } from './promise-tracker';
import { REALM_PRELUDE } from './realm-prelude';
import { STREAMS_PRELUDE } from './realm-prelude-streams';
import { describeLocation, mapEngineStack, sourceLocationsOf, type SourceLocations } from './source-locations';
import { roundMs, snapshotStep } from './step-snapshot';
import type { TraceBudget, TraceLocation, TraceStep } from './trace-format';
import { VirtualClock } from './virtual-clock';

/** Statements (and expression bodies of arrows) of the program: one step each time one starts. */
const STEP_NODE_TYPES: ReadonlySet<string> = new Set([
  'ExpressionStatement', 'VariableStatement', 'LexicalDeclaration', 'ReturnStatement', 'IfStatement', 'ThrowStatement',
  'ForStatement', 'ForInStatement', 'ForOfStatement', 'ForAwaitStatement', 'WhileStatement', 'DoWhileStatement',
  'BreakStatement', 'ContinueStatement', 'TryStatement', 'SwitchStatement', 'ClassDeclaration', 'ExpressionBody',
]);

/**
 * esbuild's `keepNames` puts `__name(fn, "fn")` after each named function and class so their
 * `name`s stay as written; those statements are the compiler's, not the reader's: no step.
 */
const COMPILER_NAME_HELPER = '__name(';

/** Guest frames before the program gets a RangeError; each costs dozens of host frames. */
const MAX_CALL_DEPTH = 120;
/** Longest string the program may build (a RangeError past it, as V8's limit gives). */
const MAX_STRING_LENGTH = 1 << 25;
/** How often (in evaluated nodes) the wall clock is checked. */
const WALL_CHECK_INTERVAL = 1024;
/** Compiled module's name in engine stack traces; mapped back to the TypeScript files. */
const PROGRAM_SPECIFIER = 'awaitable-program.js';

/** Globals defined by realm-prelude.ts and realm-prelude-streams.ts (the latter needs the former). */
const WEB_API_GLOBALS = /\b(?:DOMException|Event|CustomEvent|MessageEvent|EventTarget|AbortSignal|AbortController|MessagePort|MessageChannel|structuredClone)\b/;
const STREAMS_GLOBALS = /\b(?:ReadableStream\w*|WritableStream|TransformStream|TextEncoder|TextDecoder\w*)\b/;

export class BudgetExceeded extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface SessionHooks {
  readonly budget: TraceBudget;
  readonly limits: OutputLimits;
  /** Called after each step is recorded. */
  readonly onStep: () => void;
}

export class TraceSession {
  readonly steps: TraceStep[] = [];
  readonly log: OutputLog;
  /** Set when the program ended with nothing left to do, for the last step's sentence. */
  endNote = '';

  readonly #program: CompiledProgram;
  readonly #hooks: SessionHooks;
  readonly #locations: SourceLocations;
  readonly #loop = new VirtualEventLoop();
  readonly #clock = new VirtualClock();
  readonly #startedAt = performanceNow();
  readonly #agent: Agent;
  readonly #realm: ManagedRealm;
  readonly #copier: GuestValueCopier;
  readonly #labeller: JobLabeller;
  readonly #promises: PromiseTracker;
  readonly #activePorts = new Set<number>();
  readonly #pendingRejections = new Set<PromiseShape>();

  #programModule: unknown = null;
  #modulePromise: PromiseShape | null = null;
  #moduleErrorReported = false;
  #hideJobs = true;
  #task = 0;
  #nodes = 0;
  #currentNode: ParseNode | null = null;
  #here: TraceLocation | null = null;
  #nextStepDescription: string | null = null;
  #codeLines: string[] | null = null;

  constructor(program: CompiledProgram, hooks: SessionHooks) {
    this.#program = program;
    this.#hooks = hooks;
    this.log = new OutputLog(hooks.limits);
    this.#locations = sourceLocationsOf(program);
    const describe = (location: TraceLocation | null) => describeLocation(location, program.fileName);
    this.#labeller = createJobLabeller(
      (node) => this.#locate(node),
      describe,
      (fn) => (fn as unknown as { ScriptOrModule?: unknown }).ScriptOrModule === this.#programModule,
    );

    this.#agent = new Agent({
      jobQueue: {
        enqueuePromiseJob: (job: EngineJob) => this.#enqueueEngineJob(job),
        enqueueGenericJob: (job: EngineJob) => this.#enqueueEngineJob(job),
        enqueueTimeoutJob: (job: EngineJob) => this.#enqueueEngineJob(job),
        enqueueFinalizationRegistryCleanupJob: () => {},
        mark: () => {},
        onNewJob: new Set(),
        get length() {
          return 0;
        },
        shift: () => undefined,
      },
      eventLoop: () => ({ run() {}, runOnce() {}, mark() {} }),
      startEventLoop: false,
      onNodeEvaluation: (node: ParseNode) => this.#onNode(node),
      onPromiseCreated: (promise: PromiseShape) => this.#onPromiseCreated(promise),
      onPromiseSettled: (promise: PromiseShape) => this.#promises.settled(promise, this.#task),
      maxCallDepth: MAX_CALL_DEPTH,
      hostHooks: {
        HostPromiseRejectionTrackers: [
          (promise: PromiseShape, operation: 'reject' | 'handle') => {
            if (operation === 'reject') this.#pendingRejections.add(promise);
            else this.#pendingRejections.delete(promise);
          },
        ],
        // Date.now() and new Date() read the virtual clock (a read counts towards a busy-wait).
        HostSystemUTCEpochNanoseconds: () => BigInt(Math.round((START_EPOCH_MS + this.#clock.read()) * 1e6)),
      },
    } as never);
    setSurroundingAgent(this.#agent);
    (JSStringValue as unknown as { maxLength: number }).maxLength = MAX_STRING_LENGTH;
    this.#realm = new ManagedRealm({});
    this.#copier = createGuestValueCopier(this.#realm, (stack) => this.#mapStack(stack));
    this.#promises = new PromiseTracker(this.#copier, (reaction) => this.#labeller.reaction(reaction).label);
    this.#installGlobals();
  }

  /** Runs the program to its end; throws BudgetExceeded when a budget runs out. */
  run(): void {
    const compiled = this.#realm.compileModule(this.#program.code, { specifier: PROGRAM_SPECIFIER });
    if (compiled instanceof ThrowCompletion) {
      throw new EngineFailure(`The engine could not parse the program: ${this.#describeValue(compiled.Value)}`);
    }
    const moduleRecord = (compiled as { Value: unknown }).Value;
    this.#programModule = moduleRecord;
    this.#clock.reset();
    this.#nextStepDescription = 'The program starts: its top-level code runs as the first task.';
    this.#hideJobs = true;
    this.#realm.evaluateModule(moduleRecord as never, PROGRAM_SPECIFIER, (result: unknown) => this.#moduleFinished(result));
    this.#hideJobs = false;
    this.#drainHiddenJobs();
    this.#recordCodeFinished(this.moduleStillWaiting ? 'The top-level code has paused at an await' : 'The top-level code has finished');
    this.#drainMicrotasks();
    this.#endOfTask();
    this.#runLoop();
  }

  #runLoop(): void {
    for (;;) {
      const message = this.#loop.messages.shift();
      if (message) {
        this.#runTask(message, this.#clock.nowMs);
        continue;
      }
      if (!this.#keptAlive()) break;
      const next = this.#loop.sortedTimers()[0];
      if (!next) {
        this.endNote = 'The program has nothing left to run, but a MessagePort still listens for messages (Node would wait forever).';
        return;
      }
      const at = Math.max(next.dueMs, this.#clock.nowMs);
      if (at > this.#hooks.budget.maxVirtualMs) {
        throw new BudgetExceeded(
          `The recording stopped at ${formatMs(this.#hooks.budget.maxVirtualMs)} of virtual time: the program still had timers set after that.`,
        );
      }
      this.#loop.clearTimer(next.id);
      if (next.repeat) this.#loop.rearm(next, at);
      this.#runTask(this.#timerTask(next), at);
    }
    this.endNote = 'The program has finished: no microtasks, no tasks and no timers are left.';
  }

  /** Timers that keep Node running (not `AbortSignal.timeout`'s), messages, or a port that listens. */
  #keptAlive(): boolean {
    if (this.#loop.messages.length > 0 || this.#activePorts.size > 0) return true;
    for (const timer of this.#loop.timers.values()) if (timer.keepsAlive) return true;
    return false;
  }

  #timerTask(timer: Timer): Task {
    const kind = timer.repeat ? `${timer.requestedMs} ms interval` : `${timer.requestedMs} ms timer`;
    const where = timer.location ? ` from ${this.#describe(timer.location)}` : '';
    return {
      run: timer.callback,
      label: timer.label,
      location: timer.location,
      timer,
      description: `The ${kind}${where} is due; it runs as a new task because the call stack and the microtask queue are empty.`,
    };
  }

  #runTask(task: Task, atMs: number): void {
    this.#task += 1;
    this.#clock.startTask(atMs);
    this.#recordStep(task.location, task.description);
    task.run();
    this.#recordCodeFinished('The task\'s code has finished');
    this.#drainMicrotasks();
    this.#endOfTask();
  }

  /** The module's loading runs in engine jobs queued before the program starts; they run at once. */
  #drainHiddenJobs(): void {
    while (this.#loop.microtasks[0]?.hidden) this.#loop.microtasks.shift()!.run();
  }

  /** A step between a task's own code and its microtasks: the moment the queue is worth reading. */
  #recordCodeFinished(what: string): void {
    const queued = this.#loop.microtasks.filter((job) => !job.hidden).length;
    const next =
      queued === 0
        ? 'the call stack is empty and no microtask is queued, so the event loop moves on to the next task.'
        : `the call stack is empty, so the ${queued === 1 ? 'queued microtask runs' : `${queued} queued microtasks run, oldest first, before any other task`}.`;
    this.#currentNode = null;
    this.#recordStep(null, `${what}: ${next}`);
  }

  #drainMicrotasks(): void {
    for (let microtask = this.#loop.microtasks.shift(); microtask; microtask = this.#loop.microtasks.shift()) {
      if (!microtask.hidden) {
        this.#recordStep(
          microtask.location,
          `The call stack is empty, so the oldest microtask runs: ${microtask.label}.`,
        );
      }
      microtask.run();
    }
  }

  /** After a task and its microtasks: report rejections nobody handled, as a browser does then. */
  #endOfTask(): void {
    const module = this.#modulePromise;
    if (module && module.PromiseState === 'rejected' && !this.#moduleErrorReported) {
      this.#moduleErrorReported = true;
      this.#pendingRejections.delete(module);
      this.#reportUncaught('error', module.PromiseResult ?? Value.undefined);
    }
    for (const promise of [...this.#pendingRejections]) {
      this.#pendingRejections.delete(promise);
      if (promise === module) continue;
      this.#reportUncaught('rejection', promise.PromiseResult ?? Value.undefined);
    }
  }

  get moduleStillWaiting(): boolean {
    return this.#modulePromise?.PromiseState === 'pending';
  }

  #moduleFinished(result: unknown): void {
    if (result instanceof ThrowCompletion) {
      this.#moduleErrorReported = true;
      this.#reportUncaught('error', result.Value);
    } else if (result instanceof ObjectValue && 'PromiseState' in result) {
      this.#modulePromise = result as PromiseShape;
    }
  }

  // ---- engine callbacks ----

  #onNode(node: ParseNode): void {
    this.#clock.chargeNode();
    this.#nodes += 1;
    if ((this.#nodes & (WALL_CHECK_INTERVAL - 1)) === 0) this.#checkBudgets();
    if (!STEP_NODE_TYPES.has(node.type)) return;
    const context = this.#agent.runningExecutionContext as unknown as ContextShape;
    if (context.ScriptOrModule !== this.#programModule) return;
    if (node.type === 'ExpressionStatement' && this.#isCompilerHelperCall(node)) return;
    const location = this.#locate(node);
    if (!location) return;
    this.#currentNode = node;
    this.#here = location;
    this.#nameAsyncFunctionPromise(context);
    const description = this.#nextStepDescription ?? this.#statementDescription(location, context);
    this.#nextStepDescription = null;
    this.#recordStep(location, description);
  }

  #checkBudgets(): void {
    const { maxWallMs, maxVirtualMs } = this.#hooks.budget;
    if (performanceNow() - this.#startedAt > maxWallMs) {
      throw new BudgetExceeded(
        `The recording stopped after ${formatMs(maxWallMs)} of real time: the program was still running (an endless loop, or work too big to record).`,
      );
    }
    if (this.#clock.nowMs > maxVirtualMs) {
      throw new BudgetExceeded(`The recording stopped at ${formatMs(maxVirtualMs)} of virtual time: the program was still running.`);
    }
  }

  #statementDescription(location: TraceLocation, context: ContextShape): string {
    const where = this.#describe(location);
    const fn = context.Function;
    if (fn instanceof NullValue) return `The top level runs ${where}.`;
    const name = this.#labeller.functionName(fn as FunctionShape);
    return name === '<anonymous>' ? `An anonymous function runs ${where}.` : `\`${name}\` runs ${where}.`;
  }

  #enqueueEngineJob(job: EngineJob): void {
    const hidden = this.#hideJobs;
    const { label, location } = hidden ? { label: 'module evaluation', location: null } : this.#labeller.promiseJob(job.job, this.#here);
    this.#loop.microtasks.push({
      run: () => runSingleJobInQueue(job as never, (error: Value) => this.#reportUncaught('error', error), () => {}),
      label,
      location,
      hidden,
    });
  }

  #onPromiseCreated(promise: PromiseShape): void {
    const stack = this.#agent.executionContextStack as unknown as ContextShape[];
    const frames = programFrames(stack, this.#programModule, this.#labeller, this.#currentNode);
    if (frames.length === 0) return;
    const location = frames[0]!.node ? this.#locate(frames[0]!.node) : null;
    const what = promiseCreatorName(stack, (fn) => this.#labeller.functionName(fn));
    this.#promises.created(promise, location ? `${what}, ${this.#describe(location)}` : what, location);
  }

  /** An async function's promise is made before its first statement; name it once we are inside. */
  #nameAsyncFunctionPromise(context: ContextShape): void {
    const promise = context.promiseCapability?.Promise;
    if (!promise || !this.#promises.has(promise)) return;
    const label = this.#promises.labelOf(promise);
    if (label?.startsWith('new Promise')) {
      this.#promises.rename(promise, label.replace('new Promise', `\`${this.#labeller.functionName(context.Function as FunctionShape)}()\` promise`));
    }
  }

  // ---- host services ----

  #installGlobals(): void {
    const pop = this.#realm.pushTopContext();
    const host = installHostGlobals({
      realm: this.#realm,
      copier: this.#copier,
      print: (level, text) => this.log.print(level, text),
      setTimer: (callback, delayMs, repeat, args, keepsAlive) => this.#setTimer(callback, delayMs, repeat, args, keepsAlive),
      clearTimer: (id) => this.#loop.clearTimer(id),
      queueMicrotask: (callback) => this.#queueMicrotask(callback),
      postTask: (callback) => this.#postTask(callback),
      setPortActive: (id, active) => (active ? this.#activePorts.add(id) : this.#activePorts.delete(id)),
      readClock: () => this.#clock.read(),
      reportError: (error) => this.#reportUncaught('error', error),
      stackLines: () => stackTraceLines(this.#currentFrames()),
    });
    // engine262 parses slowly (~100 ms for a prelude): each is installed only for programs that name its globals.
    const code = this.#program.code;
    const needsStreams = STREAMS_GLOBALS.test(code);
    if (needsStreams || WEB_API_GLOBALS.test(code)) this.#runPrelude(REALM_PRELUDE, [host]);
    if (needsStreams) this.#runPrelude(STREAMS_PRELUDE, []);
    pop?.();
  }

  /** Evaluates a prelude script (a function expression) and calls it with `args`. */
  #runPrelude(source: string, args: Value[]): void {
    const completion = this.#realm.evaluateScriptSkipDebugger(source, { specifier: 'awaitable-prelude.js' } as never) as unknown;
    if (completion instanceof ThrowCompletion) throw new EngineFailure(`The recorder's Web APIs failed to load: ${this.#describeValue(completion.Value)}`);
    const install = (completion as { Value: Value }).Value;
    const result = skipDebugger(Call(install, Value.undefined, args) as never) as unknown;
    if (result instanceof ThrowCompletion) throw new EngineFailure(`The recorder's Web APIs failed to load: ${this.#describeValue(result.Value)}`);
  }

  #setTimer(callback: Value, delayMs: number, repeat: boolean, args: readonly Value[], keepsAlive: boolean): number {
    const location = this.#here;
    const delay = timerDelay(delayMs);
    const requestedMs = Number.isFinite(delayMs) && delayMs > 0 ? Math.round(delayMs * 10) / 10 : 0;
    const what = repeat ? `setInterval callback (every ${requestedMs} ms)` : `setTimeout callback (${requestedMs} ms)`;
    const timer = this.#loop.addTimer({
      callback: () => this.#callGuest(callback, args),
      dueMs: this.#clock.taskStartMs + delay,
      delayMs: delay,
      requestedMs,
      repeat,
      keepsAlive,
      label: location ? `${what}, ${this.#describe(location)}` : what,
      location,
    });
    return timer.id;
  }

  #queueMicrotask(callback: Value): void {
    const location = this.#here;
    const label = location ? `queueMicrotask callback, ${this.#describe(location)}` : 'queueMicrotask callback';
    const microtask: Microtask = { run: () => this.#callGuest(callback, []), label, location, hidden: false };
    this.#loop.microtasks.push(microtask);
  }

  #postTask(callback: Value): void {
    const location = this.#here;
    const label = location ? `deliver a message posted ${this.#describe(location)}` : 'deliver a message';
    this.#loop.messages.push({
      run: () => this.#callGuest(callback, []),
      label,
      location,
      timer: null,
      description: `A message posted ${location ? this.#describe(location) : 'earlier'} is delivered to its port's listener as a new task.`,
    });
  }

  /** Runs a program function from the host (a timer, a message), reporting what it throws. */
  #callGuest(callback: Value, args: readonly Value[]): void {
    const job = {
      queueName: 'HostTask',
      job: function* hostTask() {
        return yield* (Call(callback, Value.undefined, [...args]) as unknown as Generator<unknown, unknown, unknown>);
      },
      callerRealm: this.#realm,
      callerScriptOrModule: null,
    };
    runSingleJobInQueue(job as never, (error: Value) => this.#reportUncaught('error', error), () => {});
  }

  /** What a plain Run prints for an uncaught error or unhandled rejection. */
  #reportUncaught(kind: 'error' | 'rejection', value: Value): void {
    const description = inspectValue(this.#copier.copy(value));
    this.log.print('error', `${kind === 'rejection' ? 'Uncaught (in promise)' : 'Uncaught'} ${description}`);
  }

  // ---- steps ----

  #currentFrames() {
    const frames = programFrames(
      this.#agent.executionContextStack as unknown as ContextShape[],
      this.#programModule,
      this.#labeller,
      this.#currentNode,
    );
    return traceFrames(frames, (node) => this.#locate(node));
  }

  #recordStep(location: TraceLocation | null, description: string): void {
    if (this.steps.length >= this.#hooks.budget.maxSteps) {
      throw new BudgetExceeded(
        `The recording stopped after ${this.#hooks.budget.maxSteps.toLocaleString('en-US')} steps, its limit: the program was still running.`,
      );
    }
    const running = this.#agent.executionContextStack.length > 0;
    this.steps.push(
      snapshotStep({
        location,
        description,
        stack: running ? this.#currentFrames() : [],
        loop: this.#loop,
        nowMs: this.#clock.nowMs,
        promises: this.#promises.snapshot(this.#task),
        outputLength: this.log.entries.length,
        task: this.#task,
      }),
    );
    this.#hooks.onStep();
  }

  /** The last step: queues empty, the program's end explained. */
  recordFinalStep(description: string): void {
    this.#currentNode = null;
    const last = this.steps.at(-1);
    this.steps.push({
      location: null,
      stack: [],
      microtasks: [],
      tasks: [],
      timers: [],
      promises: last ? last.promises : [],
      outputLength: this.log.entries.length,
      clockMs: roundMs(this.#clock.nowMs),
      task: this.#task,
      description,
    });
  }

  /** Whether the statement is a call of esbuild's `__name` helper (see COMPILER_NAME_HELPER). */
  #isCompilerHelperCall(node: ParseNode): boolean {
    const { line, column } = node.location.start;
    this.#codeLines ??= this.#program.code.split('\n');
    return this.#codeLines[line - 1]?.startsWith(COMPILER_NAME_HELPER, column - 1) ?? false;
  }

  #locate(node: ParseNode): TraceLocation | null {
    const { line, column } = node.location.start;
    return this.#locations.locate(line, column);
  }

  #describe(location: TraceLocation | null): string {
    return describeLocation(location, this.#program.fileName);
  }

  /** `SyntaxError: Unexpected token` for errors (no stack: engine failures are about the engine), else inspected. */
  #describeValue(value: Value): string {
    if (value instanceof ObjectValue && 'ErrorData' in value) {
      const name = this.#copier.primitive(this.#copier.readData(value, 'name') ?? Value('Error'));
      const message = this.#copier.primitive(this.#copier.readData(value, 'message') ?? Value(''));
      return `${String(name)}: ${String(message)}`;
    }
    return inspectValue(this.#copier.copy(value));
  }

  /** Engine stack lines name the compiled module; readers know their TypeScript files. */
  #mapStack(stack: string): string {
    return mapEngineStack(stack, PROGRAM_SPECIFIER, this.#locations, this.#program.fileName);
  }
}

export class EngineFailure extends Error {}

/** Dates in the program start here (a fixed instant keeps recordings reproducible). */
const START_EPOCH_MS = Date.UTC(2026, 0, 1);

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toLocaleString('en-US')} s` : `${ms} ms`;
}

function performanceNow(): number {
  return globalThis.performance.now();
}
