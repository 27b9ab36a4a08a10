import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles the step-through recorder (src/runtime/trace/trace-worker.ts and the engine it
 * imports) into one classic script: the sandbox frame starts it as a blob worker, where
 * module workers fail to start (see sandbox/frame.ts).
 */
let cached: Promise<string> | undefined;

export function buildTraceWorker(): Promise<string> {
  cached ??= (async () => {
    const result = await build({
      entryPoints: [join(process.cwd(), 'src/runtime/trace/trace-worker.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      platform: 'browser',
      minify: true,
      write: false,
      legalComments: 'none',
      // Non-ASCII kept as is (worker scripts are always decoded as UTF-8): about 2 KB less gzip than \u escapes.
      charset: 'utf8',
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error('bundling the trace worker produced no output');
    return output.text;
  })();
  return cached;
}
