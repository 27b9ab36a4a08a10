/**
 * A one-file program compiled on the page, in well under a millisecond. esbuild-wasm needs
 * its 13 MB .wasm downloaded and compiled, and its first compile warms up code that V8
 * compiles only when first called: about 1.5 s on a small machine, then 10-20 ms a compile
 * in its worker. Sucrase, plain JavaScript, only removes TypeScript's types, and that is all
 * a one-file program at the site's target needs: class fields, top-level await and the
 * rest stay as written, as esbuild leaves them at es2022. Names and lines stay as written.
 *
 * It answers only when it can. Anything Sucrase does not handle (a syntax error, a
 * namespace, a decorator) returns null, and the caller waits for esbuild, so diagnostics
 * always come from the one compiler the build uses. Sucrase does not look for the errors
 * the language finds before running anything (a `const` declared twice): the browser's own
 * parser is asked, so such a program goes to esbuild too, which reports it at its line.
 * tests/unit/quick-compile.test.ts runs every one-file lesson example and corpus program
 * compiled this way under Node.
 */
import { transform } from 'sucrase';
import type { SourceFile } from './compile-options';
import { EVALUATION_STARTED_BANNER } from './protocol';

export interface QuickCompiled {
  readonly code: string;
  readonly sourceMap: string;
}

/**
 * What Sucrase would pass through or drop where esbuild compiles it: a namespace or module
 * with a body (dropped), decorators and auto-accessors (left for a browser that has neither),
 * `using` (esbuild lowers it for browsers without it), `import x = require(…)` and `export =`
 * (dropped). Matched loosely: a false match (an `@` in a string) only means waiting for esbuild.
 */
const NEEDS_ESBUILD =
  /@|\b(?:namespace|module)\s+[\w$.'"]+\s*\{|\baccessor\s+[\w$#[]|\busing\s+[\w$[{]|\bimport\s+[\w$]+\s*=|\bexport\s*=/;

export function needsEsbuild(source: string): boolean {
  return NEEDS_ESBUILD.test(source);
}

const AsyncFunction = (async () => {}).constructor as new (...parametersAndBody: string[]) => unknown;

/**
 * Whether the browser's parser accepts the program, without running any of it: as the body
 * of an async function (top-level await allowed), strict like a module, its imports and
 * exports made `require` calls. The function is created, never called. A page whose
 * Content-Security-Policy forbids this gets `false`, and esbuild.
 */
function browserParses(source: string, compiled: string, fileName: string): boolean {
  try {
    // Without `import` or `export` anywhere in it, the module is already a function body
    // (made strict, as a module is; Sucrase's imports transform says so itself).
    const body = /\b(?:import|export)\b/.test(source)
      ? transform(source, { transforms: ['typescript', 'imports'], disableESTransforms: true, filePath: fileName }).code
      : `'use strict';\n${compiled}`;
    new AsyncFunction('require', 'exports', body);
    return true;
  } catch {
    return false;
  }
}

export function compileQuickly(file: SourceFile): QuickCompiled | null {
  if (needsEsbuild(file.source)) return null;
  try {
    const output = transform(file.source, {
      transforms: ['typescript'],
      disableESTransforms: true,
      filePath: file.name,
      sourceMapOptions: { compiledFilename: file.name.replace(/\.ts$/, '.js') },
    });
    const map = output.sourceMap;
    if (!map || !browserParses(file.source, output.code, file.name)) return null;
    // The banner takes the first line, so every mapping moves down one line.
    const sourceMap = JSON.stringify({ ...map, sources: [file.name], mappings: `;${map.mappings}` });
    return { code: `${EVALUATION_STARTED_BANNER}\n${output.code}`, sourceMap };
  } catch {
    return null;
  }
}
