/**
 * What the recorder's steps say about where the program is: TypeScript lines through the
 * source map, the right file of a multi-file program, one step per statement, and the
 * console output and clock as of each step.
 */
import { describe, expect, it } from 'vitest';
import { traceOf } from '../support/trace-program';

describe('trace recorder: steps', () => {
  it('names the TypeScript file and line of a multi-file program, types and all', async () => {
    const result = await traceOf([
      {
        name: 'main.ts',
        source: [
          "import { greet } from './greeting.ts';",
          '',
          'interface Options { loud: boolean }',
          'const options: Options = { loud: true };',
          "setTimeout(() => greet('Ada', options.loud), 10);",
        ].join('\n'),
      },
      {
        name: 'greeting.ts',
        source: [
          '// A module of its own.',
          'export function greet(name: string, loud: boolean): void {',
          '  const text: string = `hello, ${name}`;',
          '  console.log(loud ? text.toUpperCase() : text);',
          '}',
        ].join('\n'),
      },
    ]);
    expect(result.status).toBe('complete');
    const places = result.steps.filter((step) => step.location).map((step) => `${step.location!.file}:${step.location!.line}`);
    expect(places).toEqual(['main.ts:4', 'main.ts:5', 'main.ts:5', 'main.ts:5', 'greeting.ts:3', 'greeting.ts:4']);
    const inGreet = result.steps.find((step) => step.location?.file === 'greeting.ts' && step.location.line === 4)!;
    expect(inGreet.stack.map((frame) => [frame.name, frame.location?.file, frame.location?.line])).toEqual([
      ['greet', 'greeting.ts', 4],
      ['<anonymous>', 'main.ts', 5],
    ]);
    expect(inGreet.outputLength).toBe(0);
    expect(result.steps.at(-1)!.outputLength).toBe(1);
    expect(result.output).toEqual([{ level: 'log', text: 'HELLO, ADA' }]);
  });

  it('labels a timer set in another file with that file', async () => {
    const result = await traceOf([
      { name: 'main.ts', source: "import { later } from './later.ts';\nlater();\n" },
      { name: 'later.ts', source: "export function later(): void {\n  setTimeout(() => console.log('later'), 5);\n}\n" },
    ]);
    const waiting = result.steps.find((step) => step.timers.length > 0)!;
    expect(waiting.timers.map((timer) => timer.label)).toEqual(['setTimeout callback (5 ms), line 2 of later.ts']);
  });

  it('numbers the turns of the loop and keeps the clock per step', async () => {
    const result = await traceOf([
      {
        name: 'main.ts',
        source: "console.log('a');\nsetTimeout(() => console.log('b'), 30);\nsetTimeout(() => console.log('c'), 60);\n",
      },
    ]);
    const tasks = [...new Set(result.steps.map((step) => step.task))];
    expect(tasks).toEqual([0, 1, 2]);
    const clocks = result.steps.map((step) => step.clockMs);
    expect([...clocks].sort((a, b) => a - b)).toEqual(clocks);
    expect(result.steps.find((step) => step.task === 2)!.clockMs).toBe(60);
    expect(result.steps.at(-1)!.description).toBe('The program has finished: no microtasks, no tasks and no timers are left.');
  });

  it('prints promises with their state, as Node does (a plain Run cannot see it)', async () => {
    const result = await traceOf([
      {
        name: 'main.ts',
        source: [
          "const rejected = Promise.reject(new Error('boom'));",
          'rejected.catch(() => {});',
          'console.log(Promise.resolve({ a: 1 }), new Promise(() => {}));',
          'console.log(rejected);',
        ].join('\n'),
      },
    ]);
    expect(result.output.map((entry) => entry.text)).toEqual([
      'Promise { { a: 1 } } Promise { <pending> }',
      'Promise {\n  <rejected> Error: boom\n      at main.ts:1\n}',
    ]);
  });

  it('ends a program whose top-level await can never settle, saying so as Run does', async () => {
    const result = await traceOf([{ name: 'main.ts', source: "console.log('waiting');\nawait new Promise(() => {});\nconsole.log('never');\n" }]);
    expect(result.status).toBe('complete');
    expect(result.output.map((entry) => entry.level)).toEqual(['log', 'system']);
    expect(result.output[1]!.text).toMatch(/^The program ended while its top-level await was still waiting/);
  });

  it('ends a program that still listens on a port, saying Node would wait forever', async () => {
    const result = await traceOf([{ name: 'main.ts', source: 'const { port1 } = new MessageChannel();\nport1.onmessage = () => {};\n' }]);
    expect(result.status).toBe('complete');
    expect(result.steps.at(-1)!.description).toMatch(/a MessagePort still listens for messages \(Node would wait forever\)/);
  });
});
