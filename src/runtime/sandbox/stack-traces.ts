import { decode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';
import type { CompiledProgram, SourceLocation } from '../protocol';

/** The part of V8's CallSite API we use (not in TypeScript's lib). */
interface CallSite {
  getFileName(): string | null | undefined;
  toString(): string;
}
type PrepareStackTrace = (error: Error, callSites: CallSite[]) => unknown;

/**
 * Makes stack traces of the reader's program point at their TypeScript, not at the
 * compiled JavaScript (named by its `sourceURL`): `at main (sequential.ts:12:5)`. It uses V8's
 * `Error.prepareStackTrace` hook, so `err.stack`, `console.log(err)` and the runner's
 * own error reports all agree. Frames of the runner itself are left out.
 */
export function installStackTraces(program: CompiledProgram, moduleUrl: string, runnerUrl: string): void {
  // Read on the first stack trace: most programs never make one, and a run's setup is on
  // the way to its first line of output.
  let map: SourceMap | null | undefined;
  const locationPattern = new RegExp(`${escapeRegExp(moduleUrl)}:(\\d+):(\\d+)`, 'g');

  const mapFrame = (frame: string): string =>
    frame.replace(locationPattern, (_location, line: string, column: string) => {
      map ??= readSourceMap(program.sourceMap);
      const original = map && originalPosition(map, Number(line), Number(column) - 1);
      // A bundled program's frames may be in any of its files; the map's sources name them.
      return original ? `${original.file ?? program.fileName}:${original.line}:${original.column}` : `${program.fileName} (compiled):${line}:${column}`;
    });

  const prepare: PrepareStackTrace = (error, callSites) => {
    const frames = callSites
      .filter((site) => site.getFileName() !== runnerUrl)
      .map((site) => `    at ${mapFrame(safeString(() => site.toString()))}`);
    return [errorHeader(error), ...frames].join('\n');
  };
  (Error as unknown as { prepareStackTrace: PrepareStackTrace }).prepareStackTrace = prepare;
}

/** A program's source map, its mappings decoded: per generated line, segments by column. */
export interface SourceMap {
  readonly sources: readonly (string | null)[];
  readonly lines: readonly SourceMapSegment[][];
}

export function readSourceMap(json: string): SourceMap | null {
  try {
    const { sources, mappings } = JSON.parse(json) as { sources?: (string | null)[]; mappings?: string };
    if (typeof mappings !== 'string') return null;
    // The spec does not promise segments in column order; the lookup below needs them so.
    const lines = decode(mappings).map((segments) => segments.sort((a, b) => a[0] - b[0]));
    return { sources: sources ?? [], lines };
  } catch {
    return null;
  }
}

/**
 * The source position (line and column 1-based) of a generated one (line 1-based, column
 * 0-based): that of the last segment of its line that starts at or before the column, as
 * source-map consumers look it up. Null where the map says nothing.
 */
export function originalPosition(map: SourceMap, line: number, column: number): { file: string | null; line: number; column: number } | null {
  let found: SourceMapSegment | undefined;
  for (const segment of map.lines[line - 1] ?? []) {
    if (segment[0] > column) break;
    found = segment;
  }
  if (found?.length !== 4 && found?.length !== 5) return null;
  return { file: map.sources[found[1]] ?? null, line: found[2] + 1, column: found[3] + 1 };
}

/** Decodes a one-line source map and maps a position in it (see warmUp in worker.ts). */
export function warmUpStackTraces(): void {
  const map = readSourceMap('{"version":3,"sources":["warm.ts"],"names":[],"mappings":"AAAA,CAAC"}');
  if (map) originalPosition(map, 1, 1);
  sourceFileNames({ code: '', fileName: 'warm.ts', sourceMap: '{"sources":["warm.ts"]}' });
}

/** The first `file.ts:line:column` of one of the program's files in a mapped stack trace. */
export function firstProgramLocation(stack: string, fileNames: readonly string[]): SourceLocation | null {
  const names = fileNames.map(escapeRegExp).join('|');
  const match = new RegExp(`(?:^|[\\s(])(${names}):(\\d+):(\\d+)`).exec(stack);
  return match ? { file: match[1] ?? '', line: Number(match[2]), column: Number(match[3]) } : null;
}

/** The files a compiled program came from (one, or all the files of a bundle). */
export function sourceFileNames(program: CompiledProgram): string[] {
  try {
    const sources = (JSON.parse(program.sourceMap) as { sources?: string[] }).sources ?? [];
    return sources.length ? sources : [program.fileName];
  } catch {
    return [program.fileName];
  }
}

/** V8's own first line of a stack: `Name: message`, or just the name. */
function errorHeader(error: Error): string {
  return safeString(() => Error.prototype.toString.call(error));
}

function safeString(make: () => string): string {
  try {
    return make();
  } catch {
    return '<error>';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
