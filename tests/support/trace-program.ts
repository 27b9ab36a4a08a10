/**
 * Compiles TypeScript files with the site's own esbuild pipeline (compile-options.ts, as Run
 * compiles them) and records their execution with the step-through recorder.
 */
import * as esbuild from 'esbuild';
import { compileFiles, type SourceFile } from '../../src/runtime/compile-options';
import type { CompiledProgram } from '../../src/runtime/protocol';
import { recordTrace, type RecordTraceOptions, type TraceResult } from '../../src/runtime/trace/record-trace';

export async function compileForTrace(files: readonly SourceFile[]): Promise<CompiledProgram> {
  const { code, sourceMap } = await compileFiles(esbuild, files);
  return { fileName: files[0]?.name ?? 'main.ts', code, sourceMap };
}

export async function traceOf(files: readonly SourceFile[], options: RecordTraceOptions = {}): Promise<TraceResult> {
  return recordTrace(await compileForTrace(files), options);
}

/** The output as Node prints it: each entry's text and a newline (system notes are the recorder's own). */
export function printedOutput(result: TraceResult): string {
  return result.output
    .filter((entry) => entry.level !== 'system')
    .map((entry) => `${entry.text}\n`)
    .join('');
}
