import type { BuildOptions, Plugin, TransformOptions } from 'esbuild';
import { EVALUATION_STARTED_BANNER } from './protocol';

/** One TypeScript file of a program: its name as the reader sees it, and its text. */
export interface SourceFile {
  readonly name: string;
  readonly source: string;
}

/**
 * Options every compile shares, one file or several, at build time or in the browser.
 * es2022 is the floor: below it top-level await does not compile, and breaking out of
 * `for await` stops waiting for the generator's async cleanup.
 * `keepNames`: esbuild renames a nested function or class whose name is also used at the
 * top level (or, bundled, in another file): `helper` becomes `helper2`, and the program
 * would print `[Function: helper2]` where Node prints `[Function: helper]`. keepNames sets
 * each `name` back to what the reader wrote (a small `__name` helper after the banner;
 * the source map still points at the reader's lines).
 */
const SHARED_OPTIONS = {
  format: 'esm',
  target: 'es2022',
  sourcemap: 'external',
  keepNames: true,
  logLevel: 'silent',
} as const;

/**
 * One set of esbuild options for both compilers: the build (examples as written) and the
 * browser (edited code), so an example behaves the same before and after an edit.
 */
export function transformOptions(fileName: string) {
  return {
    ...SHARED_OPTIONS,
    loader: 'ts',
    sourcefile: fileName,
    banner: EVALUATION_STARTED_BANNER,
  } satisfies TransformOptions;
}

const NAMESPACE = 'example-file';

/**
 * `from`'s folder joined with a relative import, as a path relative to the entry's folder:
 * `resolveImport('main.ts', '../../shared/log-server.ts')` is `../../shared/log-server.ts`.
 */
export function resolveImport(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

/**
 * A program of several files (the first is the entry) is bundled into one module. The
 * files live in memory, in the browser and at build time alike, named by their path from
 * the entry's folder (`queue.ts`, `../../shared/log-server.ts`). Imports between them are
 * relative and carry the extension, as Node runs them; anything else is a compile error.
 */
export function bundleOptions(files: readonly SourceFile[]) {
  const byName = new Map(files.map((file) => [file.name, file.source]));
  const entry = files[0]?.name ?? 'main.ts';
  const plugin: Plugin = {
    name: 'awaitable-example-files',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return { path: entry, namespace: NAMESPACE };
        const name = resolveImport(args.importer, args.path);
        if (/^\.\.?\//.test(args.path) && byName.has(name)) return { path: name, namespace: NAMESPACE };
        const known = [...byName.keys()].join(', ');
        return { errors: [{ text: `Cannot import "${args.path}": this example's files are ${known}.` }] };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: byName.get(args.path) ?? '', loader: 'ts' }));
    },
  };
  return {
    entryPoints: [entry],
    ...SHARED_OPTIONS,
    bundle: true,
    write: false,
    outfile: 'program.js',
    banner: { js: EVALUATION_STARTED_BANNER },
    plugins: [plugin],
  } satisfies BuildOptions;
}

/** A bundle's source map names files `example-file:queue.ts`; readers know them as `queue.ts`. */
export function readerFacingSourceMap(sourceMapJson: string): string {
  const map = JSON.parse(sourceMapJson) as { sources?: string[] };
  map.sources = (map.sources ?? []).map((source) => source.replace(`${NAMESPACE}:`, ''));
  return JSON.stringify(map);
}

/** esbuild's messages name a bundled file `example-file:queue.ts` too. */
export function readerFacingFileName(file: string): string {
  return file.replace(`${NAMESPACE}:`, '');
}

/** The part of esbuild's API used here; esbuild (build time) and esbuild-wasm (browser) both have it. */
export interface EsbuildApi {
  transform(input: string, options: ReturnType<typeof transformOptions>): Promise<{ code: string; map: string }>;
  build(options: ReturnType<typeof bundleOptions>): Promise<{ outputFiles?: { path: string; text: string }[] | undefined }>;
}

/** Compiles a program's files (the first is the entry) to one ES module and its source map; throws esbuild's errors. */
export async function compileFiles(esbuild: EsbuildApi, files: readonly SourceFile[]): Promise<{ code: string; sourceMap: string }> {
  const [entry, ...others] = files;
  if (!entry) throw new Error('a program needs at least one file');
  if (others.length === 0) {
    const output = await esbuild.transform(entry.source, transformOptions(entry.name));
    return { code: output.code, sourceMap: output.map };
  }
  const output = await esbuild.build(bundleOptions(files));
  const code = output.outputFiles?.find((file) => file.path.endsWith('.js'))?.text ?? '';
  const map = output.outputFiles?.find((file) => file.path.endsWith('.map'))?.text ?? '{}';
  return { code, sourceMap: readerFacingSourceMap(map) };
}
