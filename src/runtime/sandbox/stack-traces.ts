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
 * compiled JavaScript in a blob: URL: `at main (sequential.ts:12:5)`. It uses V8's
 * `Error.prepareStackTrace` hook, so `err.stack`, `console.log(err)` and the runner's
 * own error reports all agree. Frames of the runner itself are left out.
 */
export function installStackTraces(program: CompiledProgram, moduleUrl: string, runnerUrl: string): void {
  const tracer = new TraceMap(program.sourceMap);
  const locationPattern = new RegExp(`${escapeRegExp(moduleUrl)}:(\\d+):(\\d+)`, 'g');

  const mapFrame = (frame: string): string =>
    frame.replace(locationPattern, (_location, line: string, column: string) => {
      const original = originalPositionFor(tracer, { line: Number(line), column: Number(column) - 1 });
      return original.line === null ? `${program.fileName} (compiled):${line}:${column}` : `${program.fileName}:${original.line}:${original.column + 1}`;
    });

  const prepare: PrepareStackTrace = (error, callSites) => {
    const frames = callSites
      .filter((site) => site.getFileName() !== runnerUrl)
      .map((site) => `    at ${mapFrame(safeString(() => site.toString()))}`);
    return [errorHeader(error), ...frames].join('\n');
  };
  (Error as unknown as { prepareStackTrace: PrepareStackTrace }).prepareStackTrace = prepare;
}

/** The first `file.ts:line:column` of the program in a mapped stack trace. */
export function firstProgramLocation(stack: string, fileName: string): SourceLocation | null {
  const match = new RegExp(`${escapeRegExp(fileName)}:(\\d+):(\\d+)`).exec(stack);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
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
