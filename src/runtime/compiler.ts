/**
 * The page's handle on the in-browser compilers. A one-file program is compiled on the
 * page by the quick compiler (quick-compile.ts) whenever it can be. esbuild compiles the
 * rest: several files, what the quick compiler declines, and code with errors (so
 * diagnostics are always esbuild's). Its worker (and its 13 MB .wasm) starts only when
 * first needed: when a reader starts editing a program of several files, or compiles code
 * the quick compiler declines. esbuild's results are cached by source; every request gets
 * its own answer.
 */
import type { SourceFile } from './compile-options';
import type { QuickCompiled } from './quick-compile';
import wasmUrl from 'esbuild-wasm/esbuild.wasm?url';
import type { CompileResult, CompilerToPageMessage, PageToCompilerMessage } from './compiler-protocol';

export type { CompileDiagnostic, CompileResult } from './compiler-protocol';

export interface CompilerProgress {
  readonly loadedBytes: number;
  readonly totalBytes: number | null;
}

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (result: CompileResult) => void; reject: (error: Error) => void }>();
const progressListeners = new Set<(progress: CompilerProgress) => void>();
const cache = new Map<string, Promise<CompileResult>>();
const CACHE_SIZE = 50;

declare global {
  interface Window {
    /** The compiler's worker, if the playground's inline script started it (src/playground/early-compiler.inline.js). */
    awaitableEarlyCompiler?: Worker;
  }
}

const post = (target: Worker, message: PageToCompilerMessage) => target.postMessage(message);

function startWorker(): Worker {
  if (worker) return worker;
  const early = window.awaitableEarlyCompiler;
  worker = early ?? new Worker(new URL('./compiler-worker.ts', import.meta.url), { type: 'module', name: 'compiler' });
  if (!early) post(worker, { type: 'start', wasmUrl });
  worker.onmessage = (event: MessageEvent<CompilerToPageMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      for (const listener of progressListeners) listener(message);
      return;
    }
    const pending = message.id === null ? undefined : waiting.get(message.id);
    if (!pending || message.id === null) return;
    waiting.delete(message.id);
    if (message.type === 'compiled') pending.resolve(message.result);
    else pending.reject(new Error(`The compiler failed: ${message.reason}`));
  };
  return worker;
}

type QuickCompiler = (file: SourceFile) => QuickCompiled | null;
let quickCompilerLoading: Promise<QuickCompiler> | undefined;
/** Kept once loaded: awaiting import() again would put a task between Run and its program. */
let quickCompiler: QuickCompiler | undefined;
/**
 * The quick compiler's last answer: the program compiled ahead (as the reader paused
 * typing) is the one Run then asks for, and finds here.
 */
let lastQuick: { readonly name: string; readonly source: string; readonly result: CompileResult | null } | undefined;

/** Loads the quick compiler (Sucrase, 48 KB gzipped) ahead of the first compile. */
export function loadQuickCompiler(): Promise<QuickCompiler> {
  quickCompilerLoading ??= import('./quick-compile').then((module) => (quickCompiler = module.compileQuickly));
  return quickCompilerLoading;
}

/**
 * Gets the compiler a program will need ready ahead of its first compile: the quick one,
 * and esbuild too for a program of several files. A one-file program needs esbuild only
 * if the quick compiler declines it (an error, a namespace): esbuild's start (a 13 MB
 * download and 1.5 s of a core, then more while V8 optimizes it) would otherwise compete
 * with the reader's runs for nothing.
 */
export function warmCompiler({ severalFiles }: { severalFiles: boolean }): void {
  void loadQuickCompiler().catch(() => {});
  if (severalFiles) post(startWorker(), { type: 'warm' });
}

export function onCompilerProgress(listener: (progress: CompilerProgress) => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

/** A program of one or more files, the entry first. */
export async function compileProgram(files: readonly SourceFile[]): Promise<CompileResult> {
  // If its chunk does not load, esbuild will do.
  if (files.length === 1 && !quickCompiler) await loadQuickCompiler().catch(() => {});
  return compileAtOnce(files) ?? compileWithEsbuild(files);
}

/**
 * The program compiled now, without waiting for anything, if the quick compiler is loaded
 * and compiles it (one file, no construct it leaves to esbuild); else null. Run uses it to
 * start a program in the same task as the click.
 */
export function compileAtOnce(files: readonly SourceFile[]): CompileResult | null {
  const [file, ...others] = files;
  if (!file || others.length > 0 || !quickCompiler) return null;
  if (lastQuick?.name === file.name && lastQuick.source === file.source) return lastQuick.result;
  const quick = quickCompiler(file);
  const result: CompileResult | null = quick && { ok: true, program: { fileName: file.name, code: quick.code, sourceMap: quick.sourceMap } };
  lastQuick = { name: file.name, source: file.source, result };
  return result;
}

function compileWithEsbuild(files: readonly SourceFile[]): Promise<CompileResult> {
  const key = JSON.stringify(files);
  const cached = cache.get(key);
  if (cached) return cached;
  const id = nextId++;
  const result = new Promise<CompileResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    post(startWorker(), { type: 'compile', id, files });
  });
  cache.set(key, result);
  result.catch(() => cache.delete(key));
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return result;
}
