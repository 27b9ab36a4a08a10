/**
 * A fresh worker has compiled none of its code: V8 compiles each function the first time
 * it runs, and the runner's console formatting and stack-trace mapping took about 12 ms to
 * compile on a program's first line. A spare worker does that work while it waits, on
 * values like a program's, so the run itself starts with the code ready. Nothing here
 * touches the global scope the program will see.
 */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { createConsoleCapture, inspectValue } from '../console-capture';
import { createOutputBatcher } from './output-batcher';
import { firstProgramLocation } from './stack-traces';

const SAMPLE_SOURCE_MAP = JSON.stringify({ version: 3, sources: ['main.ts'], names: [], mappings: 'AAAA,MAAM,CAAC' });

export function warmUpRunnerCode(): void {
  const sample = {
    text: 'warm',
    list: [1, 2n, null, undefined, true, Symbol('s')],
    nested: { map: new Map([['key', new Set([1, 2])]]), when: new Date(0), pattern: /w+/g },
    make: function make() {},
    error: new RangeError('warm'),
  };
  inspectValue(sample);
  const batcher = createOutputBatcher(() => {}, { maxEntries: 10, maxEntryLength: 100 }, () => 0, () => 0);
  const capture = createConsoleCapture((entry) => batcher.add(entry), () => 0);
  capture.log('%s %d', 'warm', 1, sample);
  capture.error(sample.error);
  batcher.flush();
  originalPositionFor(new TraceMap(SAMPLE_SOURCE_MAP), { line: 1, column: 6 });
  firstProgramLocation('    at main.ts:1:1', ['main.ts']);
}
