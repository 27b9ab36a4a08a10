/**
 * Compiles edited TypeScript in a worker with esbuild-wasm, the same compiler (and the
 * same options) the build uses for examples as written. The .wasm (about 3.6 MB gzipped)
 * is fetched by hand to report download progress; the page says where it is (the page's
 * bundle names it, so the playground's inline script and this worker fetch one file).
 */
import * as esbuild from 'esbuild-wasm/esm/browser.js';
import { compileFiles, readerFacingFileName } from './compile-options';
import type { CompileDiagnostic, CompilerToPageMessage, PageToCompilerMessage } from './compiler-protocol';

/** The worker's global scope (typed by hand: the DOM and WebWorker libs cannot be combined). */
const scope = self as unknown as {
  postMessage(message: CompilerToPageMessage): void;
  onmessage: ((event: MessageEvent<PageToCompilerMessage>) => void) | null;
};
const post = (message: CompilerToPageMessage) => scope.postMessage(message);

let wasmUrl = '';

async function downloadWasm(): Promise<WebAssembly.Module> {
  const response = await fetch(wasmUrl);
  if (!response.ok || !response.body) throw new Error(`the compiler could not be downloaded (HTTP ${response.status})`);
  // Content-Length is the compressed size when the server gzips, so it is only a hint.
  const declared = Number(response.headers.get('content-length')) || null;
  const compressed = response.headers.get('content-encoding') !== null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    post({ type: 'progress', loadedBytes: loaded, totalBytes: compressed ? null : declared });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return WebAssembly.compile(bytes);
}

/**
 * esbuild's first transform after it starts took 750 ms here (its Go runtime and the wasm
 * code it runs warming up), the next ones about 10 ms: a small program is compiled as part
 * of starting, so the reader's first Run does not pay for that.
 */
const WARM_UP_PROGRAM = "const label: string = 'warm';\nasync function main(): Promise<void> { console.log(label); }\nvoid main();\n";

let ready: Promise<void> | undefined;
function initialize(): Promise<void> {
  ready ??= downloadWasm()
    .then((wasmModule) => esbuild.initialize({ wasmModule, worker: false }))
    .then(() => compileFiles(esbuild, [{ name: 'warm-up.ts', source: WARM_UP_PROGRAM }]).then(
      () => undefined,
      () => undefined,
    ));
  return ready;
}

function toDiagnostic(message: esbuild.Message, fileName: string): CompileDiagnostic {
  const location = message.location;
  if (!location) return { text: `${fileName}: ${message.text}`, file: fileName, line: null, column: null };
  const file = location.file ? readerFacingFileName(location.file) : fileName;
  const column = location.column + 1;
  const pointer = location.lineText ? `\n    ${location.line} | ${location.lineText}\n    ${' '.repeat(String(location.line).length)} | ${' '.repeat(location.column)}^` : '';
  return { text: `${file}:${location.line}:${column}: ${message.text}${pointer}`, file, line: location.line, column };
}

async function compile({ id, files }: Extract<PageToCompilerMessage, { type: 'compile' }>): Promise<void> {
  const fileName = files[0]?.name ?? 'main.ts';
  try {
    await initialize();
  } catch (error) {
    ready = undefined;
    post({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  try {
    const { code, sourceMap } = await compileFiles(esbuild, files);
    post({ type: 'compiled', id, result: { ok: true, program: { fileName, code, sourceMap } } });
  } catch (error) {
    const errors = (error as { errors?: esbuild.Message[] }).errors;
    if (!errors) {
      post({ type: 'failed', id, reason: String(error) });
      return;
    }
    post({ type: 'compiled', id, result: { ok: false, errors: errors.map((e) => toDiagnostic(e, fileName)) } });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      wasmUrl = message.wasmUrl;
      break;
    case 'warm':
      void initialize().catch(() => {});
      break;
    case 'compile':
      void compile(message);
      break;
  }
};
