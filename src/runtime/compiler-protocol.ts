/** Messages between the page and the compiler worker (esbuild-wasm). */
import type { CompiledProgram } from './protocol';

export interface CompileDiagnostic {
  /** `file:line:column: message`, as the reader sees it. */
  readonly text: string;
  readonly line: number | null;
  readonly column: number | null;
}

export type CompileResult =
  | { readonly ok: true; readonly program: CompiledProgram }
  | { readonly ok: false; readonly errors: readonly CompileDiagnostic[] };

export type PageToCompilerMessage = { readonly type: 'compile'; readonly id: number; readonly source: string; readonly fileName: string };

export type CompilerToPageMessage =
  | { readonly type: 'progress'; readonly loadedBytes: number; readonly totalBytes: number | null }
  | { readonly type: 'compiled'; readonly id: number; readonly result: CompileResult }
  | { readonly type: 'failed'; readonly id: number | null; readonly reason: string };
