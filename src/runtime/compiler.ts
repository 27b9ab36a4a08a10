/**
 * The page's handle on the in-browser compiler. The worker (and its 13 MB .wasm) starts
 * only when first needed: when a reader starts editing, or runs code that was not
 * compiled at build time. Results are cached by source, and only the latest request for
 * a given caller matters to it, but every request still gets its own answer.
 * A one-file program is compiled on the page by the quick compiler (quick-compile.ts)
 * whenever it can be: in a millisecond, where esbuild in its worker takes 10-20 ms once
 * started and about 1.5 s to start. esbuild compiles the rest: several files, what the
 * quick compiler declines, and code with errors (so diagnostics are always esbuild's).
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

/** Loads the quick compiler (Sucrase, 48 KB gzipped) ahead of the first compile. */
export function loadQuickCompiler(): Promise<QuickCompiler> {
  quickCompilerLoading ??= import('./quick-compile').then((module) => (quickCompiler = module.compileQuickly));
  return quickCompilerLoading;
}

/** Starts downloading and initializing the compilers ahead of the first compile. */
export function warmCompiler(): void {
  void loadQuickCompiler().catch(() => {});
  post(startWorker(), { type: 'warm' });
}

export function onCompilerProgress(listener: (progress: CompilerProgress) => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

/** A program of one or more files, the entry first. */
export function compileProgram(files: readonly SourceFile[]): Promise<CompileResult> {
  const [file, ...others] = files;
  if (!file || others.length > 0) return compileWithEsbuild(files);
  if (quickCompiler) return Promise.resolve(compileOneFile(quickCompiler, file));
  return loadQuickCompiler().then(
    (compile) => compileOneFile(compile, file),
    // Its chunk did not load: esbuild will do.
    () => compileWithEsbuild(files),
  );
}

function compileOneFile(compileQuickly: QuickCompiler, file: SourceFile): CompileResult | Promise<CompileResult> {
  const quick = compileQuickly(file);
  if (!quick) return compileWithEsbuild([file]);
  return { ok: true, program: { fileName: file.name, code: quick.code, sourceMap: quick.sourceMap } };
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
