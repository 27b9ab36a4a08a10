/**
 * A program in a playground address. One file travels as `#code=` + lz-string's
 * compressToEncodedURIComponent of its source (shared/CONTRACT.md, the TypeScript
 * playground's scheme); several files as `#files=` + the same compression of a JSON
 * array of `{ name, source }`, the main file first, named as the example names them
 * (`main.ts`, `../../shared/log-server.ts`). A time limit other than the default follows
 * as `&limit=<ms>`, so an example that needs longer runs as long in the playground.
 * `&step=N` opens the step-through panel at step N (shared/CONTRACT.md).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { SourceFile } from '../runtime/compile-options';
import { DEFAULT_TIME_LIMIT_MS } from '../runtime/runner';

/** The name a one-file program has in the playground. */
export const PLAYGROUND_FILE_NAME = 'playground.ts';

/** Enough for any lesson's example; more is a sign of a forged or broken link. */
const MAX_FILES = 20;
const FILE_NAME = /^(?:\.\.\/|\.\/)*(?:[\w.-]+\/)*[\w.-]+\.ts$/;
/** The time limits a link may ask for, in milliseconds. */
const LIMIT_RANGE = { min: 1000, max: 60_000 } as const;

/** The hash (without `#`) that carries these files and their time limit. */
export function programHash(files: readonly SourceFile[], timeLimitMs = DEFAULT_TIME_LIMIT_MS): string {
  const [main] = files;
  const limit = timeLimitMs === DEFAULT_TIME_LIMIT_MS ? '' : `&limit=${timeLimitMs}`;
  if (files.length === 1 && main) return `code=${compressToEncodedURIComponent(main.source)}${limit}`;
  const plain = files.map(({ name, source }) => ({ name, source }));
  return `files=${compressToEncodedURIComponent(JSON.stringify(plain))}${limit}`;
}

/** The time limit a hash asks for, kept within bounds; the default when it asks for none. */
export function timeLimitFromHash(hash: string): number {
  const asked = Number(parameter(hash, 'limit'));
  if (!Number.isFinite(asked) || asked <= 0) return DEFAULT_TIME_LIMIT_MS;
  return Math.min(LIMIT_RANGE.max, Math.max(LIMIT_RANGE.min, Math.round(asked)));
}

/**
 * The program in a hash: `null` when it holds none, an Error (saying what is wrong) when
 * it holds one that cannot be read.
 */
export function programFromHash(hash: string): SourceFile[] | null | Error {
  const code = parameter(hash, 'code');
  if (code !== null) {
    const source = decompressFromEncodedURIComponent(code);
    return source ? [{ name: PLAYGROUND_FILE_NAME, source }] : new Error('the code in this link could not be read');
  }
  const packed = parameter(hash, 'files');
  if (packed === null) return null;
  const json = decompressFromEncodedURIComponent(packed);
  if (!json) return new Error('the files in this link could not be read');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return new Error('the files in this link could not be read');
  }
  return validFiles(parsed);
}

/** The step-through step a hash asks to open at (`&step=N`), or null. */
export function stepFromHash(hash: string): number | null {
  const step = parameter(hash, 'step');
  return step !== null && /^\d{1,7}$/.test(step) ? Number(step) : null;
}

/** The hash with its `&step=` set to `step` (or removed, for null). */
export function hashWithStep(hash: string, step: number | null): string {
  const without = hash.replace(/^#/, '').replace(/&step=[^&]*/g, '');
  return step === null ? without : `${without}&step=${step}`;
}

function parameter(hash: string, name: string): string | null {
  const match = new RegExp(`(?:^#?|&)${name}=([^&]*)`).exec(hash);
  return match?.[1] ? match[1] : null;
}

function validFiles(value: unknown): SourceFile[] | Error {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FILES) {
    return new Error(`a link holds 1 to ${MAX_FILES} files`);
  }
  const files: SourceFile[] = [];
  for (const item of value as unknown[]) {
    const { name, source } = (item ?? {}) as { name?: unknown; source?: unknown };
    if (typeof name !== 'string' || !FILE_NAME.test(name) || typeof source !== 'string') {
      return new Error('a file in this link has no valid name (a relative path ending in .ts) or no code');
    }
    if (files.some((file) => file.name === name)) return new Error(`the file ${name} appears twice in this link`);
    files.push({ name, source });
  }
  return files;
}
