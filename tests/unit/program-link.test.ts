import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { PLAYGROUND_FILE_NAME, programFromHash, programHash, timeLimitFromHash } from '../../src/lib/program-link';
import { DEFAULT_TIME_LIMIT_MS } from '../../src/runtime/runner';

const queueProgram = [
  { name: 'main.ts', source: "import { AsyncQueue } from '../async-queues/async-queue.ts';\nconsole.log(new AsyncQueue());\n" },
  { name: '../async-queues/async-queue.ts', source: 'export class AsyncQueue {}\n' },
  { name: '../../shared/log-server.ts', source: 'export const x = 1;\n' },
];

describe('playground links', () => {
  it('carry one file as #code=, the scheme of shared/CONTRACT.md', () => {
    const source = "console.log('hello');\n";
    const hash = programHash([{ name: 'sequential.ts', source }]);
    expect(hash).toBe(`code=${compressToEncodedURIComponent(source)}`);
    expect(programFromHash(`#${hash}`)).toEqual([{ name: PLAYGROUND_FILE_NAME, source }]);
  });

  it('carry several files, names and order kept, as #files=', () => {
    const hash = programHash(queueProgram);
    expect(hash).toMatch(/^files=/);
    expect(programFromHash(`#${hash}`)).toEqual(queueProgram);
  });

  it('carry a time limit other than the default, within bounds', () => {
    expect(programHash(queueProgram)).not.toContain('limit=');
    const hash = programHash(queueProgram, 8000);
    expect(hash).toMatch(/&limit=8000$/);
    expect(timeLimitFromHash(`#${hash}`)).toBe(8000);
    expect(programFromHash(`#${hash}`)).toEqual(queueProgram);
    expect(timeLimitFromHash('#code=abc')).toBe(DEFAULT_TIME_LIMIT_MS);
    expect(timeLimitFromHash('#code=abc&limit=99999999')).toBe(60_000);
    expect(timeLimitFromHash('#code=abc&limit=3')).toBe(1000);
    expect(timeLimitFromHash('#code=abc&limit=soon')).toBe(DEFAULT_TIME_LIMIT_MS);
  });

  it('without a program are null', () => {
    expect(programFromHash('')).toBeNull();
    expect(programFromHash('#section-2')).toBeNull();
    expect(programFromHash('#code=')).toBeNull();
  });

  it('that are broken or forged are errors that say what is wrong', () => {
    const packed = (value: unknown) => `#files=${compressToEncodedURIComponent(JSON.stringify(value))}`;
    expect(programFromHash('#code=%%%')).toBeInstanceOf(Error);
    expect(programFromHash(`#files=${compressToEncodedURIComponent('not json')}`)).toBeInstanceOf(Error);
    expect(programFromHash(packed([]))).toEqual(new Error('a link holds 1 to 20 files'));
    expect(programFromHash(packed({ name: 'main.ts', source: '' }))).toBeInstanceOf(Error);
    expect(programFromHash(packed([{ name: 'main.js', source: '' }]))).toBeInstanceOf(Error);
    expect(programFromHash(packed([{ name: 'https://example.com/x.ts', source: '' }]))).toBeInstanceOf(Error);
    expect(programFromHash(packed([{ name: 'main.ts' }]))).toBeInstanceOf(Error);
    expect(programFromHash(packed([null]))).toBeInstanceOf(Error);
    expect(programFromHash(packed([{ name: 'a.ts', source: '' }, { name: 'a.ts', source: '' }]))).toEqual(
      new Error('the file a.ts appears twice in this link'),
    );
    const tooMany = Array.from({ length: 21 }, (_, index) => ({ name: `f${index}.ts`, source: '' }));
    expect(programFromHash(packed(tooMany))).toBeInstanceOf(Error);
  });
});
