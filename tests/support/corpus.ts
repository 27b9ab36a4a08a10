/**
 * The Node/browser agreement corpus: small programs in tests/corpus, each `<name>.ts` with
 * the exact output Node 24 prints for it (stdout and stderr merged) in `<name>.out.txt`.
 * Shared by the Node check (tests/unit/corpus.test.ts) and the browser check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(process.cwd(), 'tests/corpus');

export interface CorpusProgram {
  /** The file name without `.ts`, e.g. `promise-any`. */
  readonly name: string;
  /** Absolute path of the `.ts` file. */
  readonly path: string;
  readonly source: string;
  /** What Node prints for the program, from `<name>.out.txt`. */
  readonly expectedOutput: string;
}

/** Every program of the corpus, sorted by name. Throws if one has no recorded output. */
export function corpusPrograms(): CorpusProgram[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.ts'.length);
      const path = join(CORPUS_DIR, file);
      const outputPath = join(CORPUS_DIR, `${name}.out.txt`);
      if (!existsSync(outputPath)) throw new Error(`tests/corpus/${file} has no recorded output (${name}.out.txt)`);
      return { name, path, source: readFileSync(path, 'utf8'), expectedOutput: readFileSync(outputPath, 'utf8') };
    });
}
