import { transform, type Message } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CompiledProgram } from '../runtime/protocol';
import { transformOptions } from '../runtime/compile-options';

/** An example as the page needs it: its source, its recorded output and its compiled program. */
export interface LoadedExample {
  /** `<lesson-slug>/<file-name>`, the example's id in the DOM contract and in storage. */
  readonly id: string;
  readonly source: string;
  readonly expectedOutput: string | null;
  readonly program: CompiledProgram;
}

/** `sequential.ts` → `sequential.out.txt`, the recorded output beside the example. */
export function expectedOutputPath(examplePath: string): string {
  return examplePath.replace(/\.ts$/, '.out.txt');
}

function describeCompileError(path: string, error: unknown): string {
  const messages = (error as { errors?: Message[] }).errors ?? [];
  const lines = messages.map((m) =>
    m.location ? `${path}:${m.location.line}:${m.location.column + 1}: ${m.text}` : `${path}: ${m.text}`,
  );
  return `Example ${path} does not compile:\n${lines.join('\n') || String(error)}`;
}

/** `shownAs` is the file name errors and stack traces use (the playground's is always `playground.ts`). */
export async function loadExample(lessonDir: string, file: string, shownAs = file): Promise<LoadedExample> {
  const path = join(lessonDir, file);
  const shownPath = relative(process.cwd(), path);
  const source = readFileSync(path, 'utf8');
  const outputPath = expectedOutputPath(path);
  try {
    const output = await transform(source, transformOptions(shownAs));
    return {
      id: `${basename(lessonDir)}/${file}`,
      source,
      expectedOutput: existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : null,
      program: { fileName: shownAs, code: output.code, sourceMap: output.map },
    };
  } catch (error) {
    throw new Error(describeCompileError(shownPath, error));
  }
}

/** JSON safe to place inside a <script> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
