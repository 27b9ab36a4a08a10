import type { TransformOptions } from 'esbuild';
import { EVALUATION_STARTED } from './protocol';

/**
 * One set of esbuild options for both compilers: the build (examples as written) and the
 * browser (edited code), so an example behaves the same before and after an edit.
 * es2022 is the floor: below it top-level await does not compile, and breaking out of
 * `for await` stops waiting for the generator's async cleanup.
 */
export function transformOptions(fileName: string) {
  return {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcemap: 'external',
    sourcefile: fileName,
    logLevel: 'silent',
    // On a line of its own, so the source map still points at the reader's lines.
    banner: `globalThis[Symbol.for(${JSON.stringify(EVALUATION_STARTED)})]?.();`,
  } satisfies TransformOptions;
}
