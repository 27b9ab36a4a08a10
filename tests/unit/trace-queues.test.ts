/**
 * Queue contents at chosen steps, against expectations derived by hand from the
 * specifications (ECMA-262's jobs, HTML/Node timer rules), not copied from a recording:
 * which jobs are queued when the script ends, in which order jobs run, what the stack holds,
 * which timers wait and when they are due, what waits on a promise.
 */
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/runtime/trace/trace-format';
import type { TraceResult } from '../../src/runtime/trace/record-trace';
import { printedOutput, traceOf } from '../support/trace-program';

async function trace(lines: string[]): Promise<TraceResult> {
  const result = await traceOf([{ name: 'main.ts', source: `${lines.join('\n')}\n` }]);
  expect(result.reason).toBeNull();
  expect(result.status).toBe('complete');
  return result;
}

/** The step between the script's own code and its microtasks. */
function afterScript(result: TraceResult): TraceStep {
  const step = result.steps.find((candidate) => candidate.task === 0 && /^The top-level code has (finished|paused)/.test(candidate.description));
  if (!step) throw new Error('no end-of-script step');
  return step;
}

/** The step between task `task`'s own code and its microtasks. */
function afterTask(result: TraceResult, task: number): TraceStep {
  const step = result.steps.find((candidate) => candidate.task === task && candidate.description.startsWith("The task's code has finished"));
  if (!step) throw new Error(`no end step for task ${task}`);
  return step;
}

/** The labels of the microtasks in the order they ran. */
function jobsRun(result: TraceResult): string[] {
  const prefix = 'The call stack is empty, so the oldest microtask runs: ';
  return result.steps.filter((step) => step.description.startsWith(prefix)).map((step) => step.description.slice(prefix.length, -1));
}

/** The steps at which tasks (timers, messages) started. */
function taskStarts(result: TraceResult): TraceStep[] {
  return result.steps.filter((step, index) => index > 0 && step.task !== result.steps[index - 1]!.task && step.task > 0);
}

const labels = (jobs: readonly { label: string }[]) => jobs.map((job) => job.label);
const stackAt = (step: TraceStep) => step.stack.map((frame) => `${frame.name}:${frame.location?.line}`);

describe('trace recorder: queue contents at chosen steps', () => {
  it('1. a promise job and queueMicrotask wait in the microtask queue; the 0 ms timer waits 1 ms', async () => {
    const result = await trace([
      "setTimeout(() => console.log('timeout'), 0);",
      "Promise.resolve().then(() => console.log('then'));",
      "queueMicrotask(() => console.log('micro'));",
      "console.log('sync');",
    ]);
    const step = afterScript(result);
    expect(labels(step.microtasks)).toEqual(['then callback, line 2', 'queueMicrotask callback, line 3']);
    expect(step.tasks).toEqual([]);
    expect(step.timers.map((timer) => [timer.label, timer.dueMs, timer.intervalMs])).toEqual([['setTimeout callback (0 ms), line 1', 1, null]]);
    expect(printedOutput(result)).toBe('sync\nthen\nmicro\ntimeout\n');
    expect(taskStarts(result).map((step) => [step.clockMs, step.location?.line])).toEqual([[1, 1]]);
  });

  it('2. `return p` takes two more ticks than `return await p`', async () => {
    const result = await trace([
      "const p = Promise.resolve('v');",
      'async function viaReturn() { return p; }',
      'async function viaAwait() { return await p; }',
      "viaReturn().then(() => console.log('return p'));",
      "viaAwait().then(() => console.log('return await p'));",
    ]);
    // Resolving viaReturn's promise with p queues a job that calls p.then (NewPromiseResolveThenableJob);
    // awaiting the already fulfilled p queues viaAwait's continuation at once.
    expect(labels(afterScript(result).microtasks)).toEqual([
      'adopt the state of a resolved-with promise (one extra tick), line 2',
      'resume `viaAwait` after await, line 3',
    ]);
    expect(jobsRun(result)).toEqual([
      'adopt the state of a resolved-with promise (one extra tick), line 2',
      'resume `viaAwait` after await, line 3',
      // the adoption's p.then found p fulfilled: its reaction resolves viaReturn's promise
      'resolve the promise that adopted this one',
      // viaAwait returned: its promise fulfilled, so its .then callback runs
      'then callback, line 5',
      'then callback, line 4',
    ]);
    expect(printedOutput(result)).toBe('return await p\nreturn p\n');
  });

  it('3. a custom thenable is resolved by calling its then in a job of its own', async () => {
    const result = await trace([
      'const thenable = { then(resolve: (v: number) => void) { resolve(42); } };',
      'Promise.resolve(thenable).then((v) => console.log(v));',
      "console.log('sync');",
    ]);
    expect(labels(afterScript(result).microtasks)).toEqual(['resolve thenable: call its then method, line 2']);
    expect(jobsRun(result)).toEqual(['resolve thenable: call its then method, line 2', 'then callback, line 2']);
    // Inside the job, the thenable's own method is on the stack.
    const inThen = result.steps.find((step) => step.stack[0]?.name === 'then');
    expect(inThen && stackAt(inThen)).toEqual(['then:1']);
    expect(printedOutput(result)).toBe('sync\n42\n');
  });

  it('4. timers wait soonest first and run at their due time on the virtual clock', async () => {
    const result = await trace([
      "setTimeout(() => console.log('late'), 200);",
      "setTimeout(() => console.log('early'), 100);",
      "setTimeout(() => console.log('zero'), 0);",
    ]);
    expect(afterScript(result).timers.map((timer) => [timer.label, timer.dueMs])).toEqual([
      ['setTimeout callback (0 ms), line 3', 1],
      ['setTimeout callback (100 ms), line 2', 100],
      ['setTimeout callback (200 ms), line 1', 200],
    ]);
    const starts = taskStarts(result);
    expect(starts.map((step) => [step.task, step.clockMs, step.location?.line])).toEqual([
      [1, 1, 3],
      [2, 100, 2],
      [3, 200, 1],
    ]);
    expect(starts[0]!.description).toBe(
      'The 0 ms timer from line 3 is due; it runs as a new task because the call stack and the microtask queue are empty.',
    );
    // While the 0 ms timer runs, the other two still wait.
    expect(afterTask(result, 1).timers.map((timer) => timer.dueMs)).toEqual([100, 200]);
  });

  it('5. an interval is re-armed after each run until cleared', async () => {
    const result = await trace([
      'let n = 0;',
      'const id = setInterval(() => {',
      '  n += 1;',
      '  if (n === 3) clearInterval(id);',
      '}, 100);',
    ]);
    expect(taskStarts(result).map((step) => step.clockMs)).toEqual([100, 200, 300]);
    expect(afterTask(result, 1).timers).toEqual([
      { label: 'setInterval callback (every 100 ms), line 2', dueMs: 200, intervalMs: 100, location: { file: 'main.ts', line: 2 } },
    ]);
    expect(afterTask(result, 3).timers).toEqual([]);
    // The last task started at 300 ms; its few statements cost a little virtual time.
    expect(result.steps.at(-1)!.clockMs).toBeGreaterThanOrEqual(300);
    expect(result.steps.at(-1)!.clockMs).toBeLessThan(301);
  });

  it('6. a microtask queued by a microtask runs before the 0 ms timer', async () => {
    const result = await trace([
      "setTimeout(() => console.log('timer'), 0);",
      'queueMicrotask(() => {',
      "  console.log('m1');",
      "  queueMicrotask(() => console.log('m2'));",
      '});',
    ]);
    expect(jobsRun(result)).toEqual(['queueMicrotask callback, line 2', 'queueMicrotask callback, line 4']);
    // Both ran in the script's turn (task 0); the timer is the next task.
    const jobSteps = result.steps.filter((step) => step.description.startsWith('The call stack is empty, so the oldest'));
    expect(jobSteps.map((step) => step.task)).toEqual([0, 0]);
    expect(printedOutput(result)).toBe('m1\nm2\ntimer\n');
  });

  it('7. nested async functions: the stack while they run, their continuations, what waits on a promise', async () => {
    const result = await trace([
      'async function inner() {',
      '  await null;',
      "  console.log('inner resumed');",
      '}',
      'async function outer() {',
      '  await inner();',
      "  console.log('outer resumed');",
      '}',
      'outer();',
    ]);
    const atAwaitNull = result.steps.find((step) => step.location?.line === 2 && step.stack.length > 0);
    expect(atAwaitNull && stackAt(atAwaitNull)).toEqual(['inner:2', 'outer:6', '<module>:9']);
    const end = afterScript(result);
    expect(labels(end.microtasks)).toEqual(['resume `inner` after await, line 2']);
    const innerPromise = end.promises.find((promise) => promise.label.startsWith('`inner()` promise'));
    expect(innerPromise).toMatchObject({ state: 'pending', waiting: ['resume `outer` after await, line 6'] });
    expect(jobsRun(result)).toEqual(['resume `inner` after await, line 2', 'resume `outer` after await, line 6']);
    // A resumed function runs alone on the stack: its caller has long returned.
    expect(stackAt(result.steps.find((step) => step.location?.line === 3 && step.stack.length > 0)!)).toEqual(['inner:3']);
    expect(stackAt(result.steps.find((step) => step.location?.line === 7 && step.stack.length > 0)!)).toEqual(['outer:7']);
  });

  it('8. Promise.all subscribes to each input; a fulfilled one queues its element job at once', async () => {
    const result = await trace([
      'const a = Promise.resolve(1);',
      'const b = new Promise<number>((resolve) => setTimeout(() => resolve(2), 100));',
      'Promise.all([a, b]).then((values) => console.log(values));',
    ]);
    const end = afterScript(result);
    expect(labels(end.microtasks)).toEqual(['combinator element settled (Promise.all/allSettled/any)']);
    expect(end.timers.map((timer) => [timer.label, timer.dueMs])).toEqual([['setTimeout callback (100 ms), line 2', 100]]);
    const all = end.promises.find((promise) => promise.label.startsWith('`Promise.all()` promise'));
    expect(all).toMatchObject({ state: 'pending', waiting: ['then callback, line 3'], location: { file: 'main.ts', line: 3 } });
    expect(printedOutput(result)).toBe('[ 1, 2 ]\n');
  });

  it('9. top-level await: the module pauses, and a timer task resumes it', async () => {
    const result = await trace([
      "console.log('before');",
      'await new Promise((resolve) => setTimeout(resolve, 50));',
      "console.log('after');",
    ]);
    const end = afterScript(result);
    expect(end.description).toMatch(/^The top-level code has paused at an await: .*no microtask is queued/);
    expect(end.timers.map((timer) => [timer.label, timer.dueMs])).toEqual([['setTimeout callback (50 ms), line 2', 50]]);
    // The timer calls resolve (a built-in): fulfilling the promise queues the module's continuation.
    expect(labels(afterTask(result, 1).microtasks)).toEqual(['resume the module after top-level await, line 2']);
    const resumed = result.steps.find((step) => step.location?.line === 3 && step.stack.length > 0)!;
    expect([resumed.task, resumed.clockMs >= 50, stackAt(resumed)]).toEqual([1, true, ['<module>:3']]);
  });

  it('10. a message is a task that is due at once; the 0 ms timer still waits', async () => {
    const result = await trace([
      'const { port1, port2 } = new MessageChannel();',
      "port2.onmessage = () => { console.log('message'); port2.close(); };",
      "setTimeout(() => console.log('timer'), 0);",
      "port1.postMessage('hi');",
    ]);
    const end = afterScript(result);
    expect(labels(end.tasks)).toEqual(['deliver a message posted line 4']);
    expect(labels(end.timers)).toEqual(['setTimeout callback (0 ms), line 3']);
    expect(printedOutput(result)).toBe('message\ntimer\n');
  });

  it('11. an unhandled rejection is reported once the microtasks are done, and the program goes on', async () => {
    const result = await trace(["Promise.reject(new Error('lost'));", "setTimeout(() => console.log('later'), 0);"]);
    expect(afterScript(result).microtasks).toEqual([]);
    expect(result.output.map((entry) => entry.level)).toEqual(['error', 'log']);
    expect(result.output[0]!.text).toMatch(/^Uncaught \(in promise\) Error: lost\n {4}at main\.ts:1/);
    expect(result.output[1]!.text).toBe('later');
  });

  it('12. a promise chain: each then callback is queued only when the previous promise settles', async () => {
    const result = await trace([
      'Promise.resolve(1)',
      '  .then((v) => v + 1)',
      '  .then((v) => console.log(v));',
    ]);
    expect(labels(afterScript(result).microtasks)).toEqual(['then callback, line 2']);
    expect(jobsRun(result)).toEqual(['then callback, line 2', 'then callback, line 3']);
    const end = afterScript(result);
    expect(end.promises.map((promise) => [promise.label, promise.state, promise.settledWith, promise.waiting])).toEqual([
      ['`Promise.resolve()` promise, line 1', 'fulfilled', '1', []],
      ['`.then()` promise, line 1', 'pending', null, ['then callback, line 3']],
      ['`.then()` promise, line 1', 'pending', null, []],
    ]);
  });
});
