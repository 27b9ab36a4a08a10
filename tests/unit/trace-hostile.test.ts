/**
 * Hostile programs end within the recorder's budget with a clear reason (or, for deep
 * recursion and huge strings, with the RangeError a real engine throws, which the program
 * can catch), and the recording keeps what was recorded so far. Budgets are small here so
 * the tests are fast; the limits behave the same at the defaults.
 */
import { describe, expect, it } from 'vitest';
import { recordTrace } from '../../src/runtime/trace/record-trace';
import type { TraceStep } from '../../src/runtime/trace/trace-format';
import { compileForTrace, printedOutput, traceOf } from '../support/trace-program';

/** Generous wall time: the suite runs in parallel on a shared machine; only the endless loop waits for it. */
const SMALL = { maxSteps: 2_000, maxWallMs: 8_000, maxVirtualMs: 10_000 };
const SHORT_WALL = { ...SMALL, maxWallMs: 1_500 };

const traceSource = (source: string, options: Parameters<typeof traceOf>[1] = { budget: SMALL }) =>
  traceOf([{ name: 'main.ts', source }], options);

describe('trace recorder: hostile programs', () => {
  it('an endless loop stops at the wall-time budget, keeping the steps so far', async () => {
    const started = performance.now();
    const result = await traceSource("console.log('before');\nwhile (true) {}\n", { budget: SHORT_WALL });
    expect(performance.now() - started).toBeLessThan(SHORT_WALL.maxWallMs + 3_000);
    expect(result.status).toBe('truncated');
    expect(result.reason).toMatch(/^The recording stopped after 1\.5 s of real time/);
    expect(printedOutput(result)).toBe('before\n');
    expect(result.steps.length).toBeGreaterThan(0);
  });

  it('an endless microtask chain stops at the step budget', async () => {
    const result = await traceSource('function again(): void { queueMicrotask(again); }\nagain();\n');
    expect(result.status).toBe('truncated');
    expect(result.reason).toBe('The recording stopped after 2,000 steps, its limit: the program was still running.');
    expect(result.steps).toHaveLength(SMALL.maxSteps);
    // Every one of them in the first turn of the loop: no task could ever start.
    expect(result.steps.every((step: TraceStep) => step.task === 0)).toBe(true);
  });

  it('an endless promise chain stops at the step budget', async () => {
    const result = await traceSource('const loop = (): Promise<void> => Promise.resolve().then(loop);\nloop();\n');
    expect(result.status).toBe('truncated');
    // Whichever budget comes first on this machine: steps or wall time.
    expect(result.reason).toMatch(/^The recording stopped after (2,000 steps|8 s of real time)/);
    expect(result.steps.every((step: TraceStep) => step.task === 0)).toBe(true);
  });

  it('an interval that is never cleared stops at the virtual-time budget', async () => {
    const result = await traceSource("setInterval(() => console.log('tick'), 1000);\n");
    expect(result.status).toBe('truncated');
    expect(result.reason).toBe('The recording stopped at 10 s of virtual time: the program still had timers set after that.');
    expect(result.output).toHaveLength(10);
  });

  it('huge output is capped like a plain Run, with a note of how much was left out', async () => {
    const result = await traceSource("for (let i = 0; i < 500; i++) console.log('line', i, 'x'.repeat(50));\n", {
      budget: SMALL,
      limits: { maxEntries: 100, maxEntryLength: 20 },
    });
    expect(result.status).toBe('complete');
    expect(result.output).toHaveLength(101);
    expect(result.output[0]).toEqual({ level: 'log', text: 'line 0 xxxxxxxxxxxxx… [37 more characters not shown]' });
    expect(result.output.at(-1)).toEqual({
      level: 'system',
      text: '400 more entries were left out: the output shows at most 100 entries.',
    });
  });

  it('a huge string ends in the RangeError V8 throws, which the program can catch', async () => {
    const result = await traceSource(
      [
        "try { 'x'.repeat(2 ** 30); } catch (error) { console.log('repeat:', (error as Error).name, (error as Error).message); }",
        "let s = 'x';",
        'try { while (true) s += s; } catch (error) { console.log(`doubling stopped at ${s.length} characters:`, (error as Error).message); }',
      ].join('\n'),
    );
    expect(result.status).toBe('complete');
    expect(printedOutput(result)).toBe(
      'repeat: RangeError Invalid string length\ndoubling stopped at 33554432 characters: Invalid string length\n',
    );
  });

  it('a huge string built inside a built-in ends the recording with a reason', async () => {
    const result = await traceSource("console.log('start');\nconst big = new Array(40).fill('x'.repeat(2 ** 20)).join('');\nconsole.log(big.length);\n");
    expect(result.status).toBe('truncated');
    expect(result.reason).toBe('The recording stopped: the program built a string too long to record.');
    expect(printedOutput(result)).toBe('start\n');
  });

  it('deep recursion throws a RangeError the program can catch, and the program goes on', async () => {
    const result = await traceSource(
      [
        'let depth = 0;',
        'function dive(): void { depth++; dive(); }',
        'try { dive(); } catch (error) {',
        "  console.log(error instanceof RangeError, (error as Error).message, depth > 50);",
        '}',
        'class Nested { constructor() { new Nested(); } }',
        'try { new Nested(); } catch (error) { console.log((error as Error).message); }',
        'const viaCallbacks = (): void => { [1].forEach(viaCallbacks); };',
        'try { viaCallbacks(); } catch (error) { console.log((error as Error).message); }',
        "console.log('still running');",
      ].join('\n'),
      { budget: { ...SMALL, maxSteps: 20_000, maxWallMs: 10_000 } },
    );
    expect(result.status).toBe('complete');
    expect(printedOutput(result)).toBe(
      'true Maximum call stack size exceeded true\nMaximum call stack size exceeded\nMaximum call stack size exceeded\nstill running\n',
    );
  });

  it('uncaught deep recursion is reported as a plain Run reports it', async () => {
    const result = await traceSource('function dive(): void { dive(); }\ndive();\n', { budget: { ...SMALL, maxSteps: 20_000 } });
    expect(result.status).toBe('complete');
    expect(result.output[0]?.level).toBe('error');
    expect(result.output[0]?.text).toMatch(/^Uncaught RangeError: Maximum call stack size exceeded\n {4}at dive \(main\.ts:1\)/);
  });

  it('a busy-wait on Date.now ends, as one long task on the virtual clock', async () => {
    const result = await traceSource(
      [
        "setTimeout(() => console.log('timer, late'), 10);",
        'const start = Date.now();',
        'while (Date.now() - start < 2000) {}',
        "console.log('waited', Date.now() - start >= 2000);",
      ].join('\n'),
      { budget: SMALL },
    );
    expect(result.status).toBe('complete');
    expect(printedOutput(result)).toBe('waited true\ntimer, late\n');
    const timerStart = result.steps.find((step) => step.task === 1)!;
    expect(timerStart.clockMs).toBeGreaterThanOrEqual(2000);
    expect(result.steps.length).toBeLessThan(20);
  });

  it('code the engine cannot parse fails with the reason', () => {
    const result = recordTrace({ fileName: 'main.ts', code: 'let = ;', sourceMap: '{"version":3,"sources":[],"mappings":""}' }, {});
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/^The engine could not parse the program: SyntaxError/);
  });

  it('sends the first steps early, then the rest, and every step arrives once', async () => {
    const program = await compileForTrace([{ name: 'main.ts', source: 'for (let i = 0; i < 700; i++) console.log(i);\n' }]);
    const chunks: number[] = [];
    let outputs = 0;
    const result = recordTrace(program, {
      onChunk: ({ steps, output }) => {
        chunks.push(steps.length);
        outputs += output.length;
      },
    });
    // 50 steps, or fewer if the machine is slow enough that 250 ms passed first.
    expect(chunks[0]).toBeGreaterThan(0);
    expect(chunks[0]).toBeLessThanOrEqual(50);
    expect(chunks.reduce((sum, count) => sum + count, 0)).toBe(result.steps.length);
    expect(outputs).toBe(result.output.length);
  });
});
