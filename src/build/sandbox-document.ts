import { build } from 'esbuild';
import { join } from 'node:path';
import { RUNNER_WORKER_ELEMENT_ID } from '../runtime/sandbox/runner-worker-element';

/**
 * Builds `sandbox.html`: the frame script and the worker bundled into one document with
 * no external resources, so that the opaque-origin frame needs no CORS from the server.
 * The worker's source sits in a `text/plain` script element as it is (as a string inside
 * the frame's script it was escaped, and about 1 KB bigger gzipped).
 */
const SANDBOX_DIR = join(process.cwd(), 'src/runtime/sandbox');

/**
 * The document forbids network access from the program (connect-src falls back to 'none').
 * Workers start from blob: URLs; programs are imported from data: URLs (see sandbox/worker.ts).
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline' blob: data:; worker-src blob:";

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(SANDBOX_DIR, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`bundling ${entry} produced no output`);
  return output.text;
}

let cached: Promise<string> | undefined;

export function buildSandboxDocument(): Promise<string> {
  cached ??= (async () => {
    // "</script" inside an inline script would end it early; "<\/script" means the same in JS.
    const inline = (source: string) => source.replaceAll('</script', '<\\/script');
    const worker = inline(await bundle('worker.ts'));
    const frame = inline(await bundle('frame.ts'));
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="robots" content="noindex">
<title>Awaitable sandbox</title>
</head>
<body>
<script type="text/plain" id="${RUNNER_WORKER_ELEMENT_ID}">${worker}</script>
<script>${frame}</script>
</body>
</html>
`;
  })();
  return cached;
}
