import * as esbuild from 'esbuild';
import type { Message } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CompiledProgram } from '../runtime/protocol';
import { compileFiles, readerFacingFileName, type SourceFile } from '../runtime/compile-options';

/** An example as the page needs it: its source, its recorded output and its compiled program. */
export interface LoadedExample {
  /** `<lesson-slug>/<file-name>`, the example's id in the DOM contract and in storage. */
  readonly id: string;
  readonly source: string;
  /** Every file of the example, the main one first (one, unless it has `files`). */
  readonly files: readonly SourceFile[];
  readonly expectedOutput: string | null;
  readonly program: CompiledProgram;
}

/** `sequential.ts` → `sequential.out.txt`, the recorded output beside the example. */
export function expectedOutputPath(examplePath: string): string {
  return examplePath.replace(/\.ts$/, '.out.txt');
}

/** The recorded output of `file` in `lessonDir`; `usedBy` names the element that needs it, for the error. */
export function recordedOutputOf(lessonDir: string, file: string, usedBy: string): string {
  const path = expectedOutputPath(join(lessonDir, file));
  if (!existsSync(path)) throw new Error(`${usedBy} needs ${relative(process.cwd(), path)}; record it first.`);
  return readFileSync(path, 'utf8');
}

function describeCompileError(lessonDir: string, error: unknown): string {
  const messages = (error as { errors?: Message[] }).errors ?? [];
  const shown = relative(process.cwd(), lessonDir);
  const lines = messages.map((m) =>
    m.location
      ? `${join(shown, readerFacingFileName(m.location.file))}:${m.location.line}:${m.location.column + 1}: ${m.text}`
      : `${shown}: ${m.text}`,
  );
  return `Example in ${shown} does not compile:\n${lines.join('\n') || String(error)}`;
}

/**
 * `shownAs` is the main file's name in errors and stack traces (the playground's is always
 * `playground.ts`); `moduleFiles` are the other files of a multi-file example.
 */
export async function loadExample(lessonDir: string, file: string, shownAs = file, moduleFiles: readonly string[] = []): Promise<LoadedExample> {
  const path = join(lessonDir, file);
  const source = readFileSync(path, 'utf8');
  const files: SourceFile[] = [
    { name: shownAs, source },
    ...moduleFiles.map((name) => ({ name, source: readFileSync(join(lessonDir, name), 'utf8') })),
  ];
  const outputPath = expectedOutputPath(path);
  try {
    const { code, sourceMap } = await compileFiles(esbuild, files);
    return {
      id: `${basename(lessonDir)}/${file}`,
      source,
      files,
      expectedOutput: existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : null,
      program: { fileName: shownAs, code, sourceMap },
    };
  } catch (error) {
    throw new Error(describeCompileError(lessonDir, error));
  }
}

/** JSON safe to place inside a <script> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
