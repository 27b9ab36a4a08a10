/**
 * The sandbox maps stack frames of the compiled program back to the reader's TypeScript
 * (src/runtime/sandbox/stack-traces.ts). Its source-map lookup is checked position by
 * position against @jridgewell/trace-mapping, and a thrown error's stack, made by V8 as in
 * the browser's worker, is checked to name the TypeScript lines.
 */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import * as esbuild from 'esbuild';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { compileFiles, type SourceFile } from '../../src/runtime/compile-options';
import type { CompiledProgram } from '../../src/runtime/protocol';
import { compileQuickly } from '../../src/runtime/quick-compile';
import { firstProgramLocation, installStackTraces, originalPosition, readSourceMap, sourceFileNames } from '../../src/runtime/sandbox/stack-traces';
import { allExamples, sourceFilesOf } from '../support/lesson-examples';

const MODULE_URL = 'awaitable-program-7.js';

const BUNDLE: SourceFile[] = [
  { name: 'main.ts', source: "import { fail } from './helper.ts';\n\nfunction start(): void {\n  fail('boom');\n}\nstart();\n" },
  {
    name: 'helper.ts',
    source: "type Note = string;\nexport function fail(message: string): never {\n  const note: Note = 'typed';\n  throw new Error(`${message} ${note}`);\n}\n",
  },
];

async function compiled(files: readonly SourceFile[]): Promise<CompiledProgram> {
  const { code, sourceMap } = await compileFiles(esbuild, files);
  return { fileName: files[0]?.name ?? 'main.ts', code, sourceMap };
}

/** The stack of what the program throws when run as V8 runs it in the worker, frames named by MODULE_URL. */
function stackOfThrown(program: CompiledProgram): string {
  installStackTraces(program, MODULE_URL, 'runner.js');
  try {
    runInThisContext(program.code, { filename: MODULE_URL, displayErrors: false });
  } catch (error) {
    return (error as Error).stack ?? '';
  }
  throw new Error('the program did not throw');
}

describe('mapping stack frames to the TypeScript source', () => {
  const original = Error.prepareStackTrace;
  afterEach(() => {
    Error.prepareStackTrace = original;
  });

  it('finds each position as trace-mapping does, in every compiled multi-file example', async () => {
    const examples = allExamples().filter((example) => example.moduleFiles.length > 0);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const program = await compiled(sourceFilesOf(example));
      const map = readSourceMap(program.sourceMap);
      const reference = new TraceMap(program.sourceMap);
      if (!map) throw new Error(`${example.id}: no source map`);
      program.code.split('\n').forEach((text, index) => {
        for (let column = 0; column <= text.length; column++) {
          const expected = originalPositionFor(reference, { line: index + 1, column });
          const actual = originalPosition(map, index + 1, column);
          const wanted = expected.line === null ? null : { file: expected.source, line: expected.line, column: expected.column + 1 };
          if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
            expect(actual, `${example.id} at ${index + 1}:${column}`).toEqual(wanted);
          }
        }
      });
    }
  });

  it("names each frame's TypeScript file, line and column in a bundle", async () => {
    const program = await compiled(BUNDLE);
    const stack = stackOfThrown(program);
    expect(stack.split('\n').slice(0, 3)).toEqual(['Error: boom typed', '    at fail (helper.ts:4:9)', '    at start (main.ts:4:3)']);
    expect(firstProgramLocation(stack, sourceFileNames(program))).toEqual({ file: 'helper.ts', line: 4, column: 9 });
  });

  it('maps the quick compiler\'s program below its banner line', () => {
    const source = "function explode(): never {\n  throw new TypeError('quick');\n}\nexplode();\n";
    const quick = compileQuickly({ name: 'main.ts', source });
    if (!quick) throw new Error('the quick compiler declined the program');
    const stack = stackOfThrown({ fileName: 'main.ts', ...quick });
    expect(stack.split('\n').slice(0, 3)).toEqual(['TypeError: quick', '    at explode (main.ts:2:9)', '    at main.ts:4:1']);
  });
});
