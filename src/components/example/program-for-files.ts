/**
 * The compiled program for an example's current files, as Run and Step through both need
 * it: the build's program when the code is as written (no compiler download), otherwise
 * the quick compiler's at once when it can, else esbuild-wasm's in its worker, with its
 * download progress and compile errors reported.
 */
import type { SourceFile } from '../../runtime/compile-options';
import type { CompiledProgram, SourceLocation } from '../../runtime/protocol';
import { whenIdle } from '../../lib/when-idle';
import { sourcesKey } from './example-files';

/** How long a compile ahead waits for the page to be idle. */
const COMPILE_AHEAD_WAIT_LIMIT_MS = 500;

export interface CompileError extends SourceLocation {
  readonly message: string;
}

export type ProgramResult =
  | { readonly kind: 'program'; readonly program: CompiledProgram }
  /** It did not compile; `errors` name the TypeScript positions (file:line:column in the text). */
  | { readonly kind: 'errors'; readonly errors: readonly { readonly text: string; readonly location: SourceLocation | null }[] }
  /** The compiler itself could not start. */
  | { readonly kind: 'compiler-failed'; readonly message: string }
  /** `isCurrent` turned false (Stop, or a newer run) while it worked. */
  | { readonly kind: 'cancelled' };

export interface ProgramRequest {
  readonly precompiled: ReadonlyMap<string, CompiledProgram>;
  /** False once the caller no longer wants the result. */
  readonly isCurrent: () => boolean;
  /** Progress to show while the compiler downloads and works. */
  readonly onProgress: (text: string) => void;
}

type CompilerModule = typeof import('../../runtime/compiler');
/**
 * Kept once loaded: awaiting import() again, even of a loaded module, waits for a later
 * task, behind whatever the page does next (an editor frame: 15 ms on a run's path).
 */
let compilerModule: CompilerModule | undefined;
async function loadCompilerModule(): Promise<CompilerModule> {
  compilerModule ??= await import('../../runtime/compiler');
  return compilerModule;
}

export async function programForFiles(files: readonly SourceFile[], { precompiled, isCurrent, onProgress }: ProgramRequest): Promise<ProgramResult> {
  const ready = precompiled.get(sourcesKey(files.map((file) => file.source)));
  if (ready) return { kind: 'program', program: ready };
  const compiledAtOnce = compilerModule?.compileAtOnce(files);
  if (compiledAtOnce?.ok) return { kind: 'program', program: compiledAtOnce.program };
  const { compileProgram, onCompilerProgress } = compilerModule ?? (await loadCompilerModule());
  // Stop (or a newer run) may have come while the compiler's module loaded.
  if (!isCurrent()) return { kind: 'cancelled' };
  const stopListening = onCompilerProgress(({ loadedBytes, totalBytes }) => {
    if (!isCurrent()) return;
    const megabytes = (loadedBytes / 1_048_576).toFixed(1);
    const percent = totalBytes ? ` (${Math.min(100, Math.round((loadedBytes / totalBytes) * 100))}%)` : '';
    onProgress(`Downloading the compiler: ${megabytes} MB${percent}…`);
  });
  onProgress('Compiling…');
  try {
    const result = await compileProgram(files);
    if (!isCurrent()) return { kind: 'cancelled' };
    if (result.ok) return { kind: 'program', program: result.program };
    return {
      kind: 'errors',
      errors: result.errors.map((error) => ({
        text: error.text,
        location: error.line === null ? null : { file: error.file, line: error.line, column: error.column ?? 1 },
      })),
    };
  } catch (error) {
    if (!isCurrent()) return { kind: 'cancelled' };
    return { kind: 'compiler-failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    stopListening();
  }
}

let cancelCompileAhead = () => {};

/**
 * Compiles the files ahead of need, when the reader pauses typing, so that Run finds them
 * compiled: each edit replaces the last one's request, and no keystroke waits for a compile.
 */
export function compileAhead(files: readonly SourceFile[], precompiled: ReadonlyMap<string, CompiledProgram>): void {
  cancelCompileAhead();
  if (precompiled.has(sourcesKey(files.map((file) => file.source)))) return;
  cancelCompileAhead = whenIdle(() => void loadCompilerModule().then(({ compileProgram }) => compileProgram(files)).catch(() => {}), COMPILE_AHEAD_WAIT_LIMIT_MS);
}
