/** Messages between the page and the compiler worker (esbuild-wasm). */
import type { SourceFile } from './compile-options';
import type { CompiledProgram } from './protocol';

export interface CompileDiagnostic {
  /** `file:line:column: message`, as the reader sees it. */
  readonly text: string;
  /** The file the error is in (a multi-file program has several). */
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
}

export type CompileResult =
  | { readonly ok: true; readonly program: CompiledProgram }
  | { readonly ok: false; readonly errors: readonly CompileDiagnostic[] };

export type PageToCompilerMessage =
  /** `files`: the program's files, the entry first; one file is compiled, several are bundled. */
  | { readonly type: 'compile'; readonly id: number; readonly files: readonly SourceFile[] }
  /** The first message: where esbuild's .wasm is. */
  | { readonly type: 'start'; readonly wasmUrl: string }
  /** Download and start esbuild now, ahead of the first compile. */
  | { readonly type: 'warm' };

export type CompilerToPageMessage =
  | { readonly type: 'progress'; readonly loadedBytes: number; readonly totalBytes: number | null }
  | { readonly type: 'compiled'; readonly id: number; readonly result: CompileResult }
  | { readonly type: 'failed'; readonly id: number | null; readonly reason: string };
