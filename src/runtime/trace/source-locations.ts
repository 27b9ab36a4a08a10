/**
 * Maps positions in the compiled program back to the reader's TypeScript through the
 * program's source map: the panel highlights TypeScript lines, in the right file of a
 * multi-file program. Lookups are cached by compiled line and column, as the recorder asks
 * for the same few positions over and over.
 */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { CompiledProgram } from '../protocol';
import type { TraceLocation } from './trace-format';

export interface SourceLocations {
  /** The TypeScript place of a compiled position (line and column both 1-based, as engine262 gives them). */
  locate(line: number, column: number): TraceLocation | null;
  /** The program's file names, the entry first. */
  readonly files: readonly string[];
}

export function sourceLocationsOf(program: CompiledProgram): SourceLocations {
  let tracer: TraceMap | null = null;
  try {
    tracer = new TraceMap(program.sourceMap);
  } catch {
    tracer = null;
  }
  const files = tracer?.sources.filter((source): source is string => typeof source === 'string') ?? [];
  const cache = new Map<number, TraceLocation | null>();
  return {
    files: files.length > 0 ? files : [program.fileName],
    locate(line, column) {
      const key = line * 100_000 + column;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      let location: TraceLocation | null = null;
      if (tracer) {
        const original = originalPositionFor(tracer, { line, column: Math.max(0, column - 1) });
        if (original.line !== null) location = { file: original.source ?? program.fileName, line: original.line };
      }
      cache.set(key, location);
      return location;
    },
  };
}

/** "line 12", or "line 12 of queue.ts" when the place is not in the program's entry file. */
export function describeLocation(location: TraceLocation | null, entryFile: string): string {
  if (!location) return '';
  return location.file === entryFile ? `line ${location.line}` : `line ${location.line} of ${location.file}`;
}

/**
 * Engine stack lines name the compiled module (`at f (program.js:12:5)`); readers know their
 * TypeScript files: `at f (queue.ts:8)`. Frames outside the program (built-ins, the
 * recorder's Web APIs) are left out.
 */
export function mapEngineStack(stack: string, specifier: string, locations: SourceLocations, fallbackFile: string): string {
  const pattern = new RegExp(`${specifier.replaceAll('.', '\\.')}:(\\d+):(\\d+)`, 'g');
  return stack
    .split('\n')
    .filter((line, index) => index === 0 || line.includes(specifier))
    .map((line) =>
      line.replace(pattern, (_match, compiledLine: string, column: string) => {
        const location = locations.locate(Number(compiledLine), Number(column));
        return location ? `${location.file}:${location.line}` : fallbackFile;
      }),
    )
    .join('\n');
}
