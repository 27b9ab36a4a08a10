import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
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
  const tracer = new TraceMap(program.sourceMap);
  const locationPattern = new RegExp(`${escapeRegExp(moduleUrl)}:(\\d+):(\\d+)`, 'g');

  const mapFrame = (frame: string): string =>
    frame.replace(locationPattern, (_location, line: string, column: string) => {
      const original = originalPositionFor(tracer, { line: Number(line), column: Number(column) - 1 });
      // A bundled program's frames may be in any of its files; the map's sources name them.
      const file = original.source ?? program.fileName;
      return original.line === null ? `${program.fileName} (compiled):${line}:${column}` : `${file}:${original.line}:${original.column + 1}`;
    });

  const prepare: PrepareStackTrace = (error, callSites) => {
    const frames = callSites
      .filter((site) => site.getFileName() !== runnerUrl)
      .map((site) => `    at ${mapFrame(safeString(() => site.toString()))}`);
    return [errorHeader(error), ...frames].join('\n');
  };
  (Error as unknown as { prepareStackTrace: PrepareStackTrace }).prepareStackTrace = prepare;
}

/** Decodes a one-line source map and maps a position in it (see warmUp in worker.ts). */
export function warmUpStackTraces(): void {
  const tracer = new TraceMap({ version: 3, sources: ['warm.ts'], names: [], mappings: 'AAAA,CAAC' });
  originalPositionFor(tracer, { line: 1, column: 1 });
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
