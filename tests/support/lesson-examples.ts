/**
 * Every runnable example of every lesson, found the way the site finds them: the
 * `<Example file="…">` elements of each lesson's index.mdx. Shared by the Node check
 * (tests/unit/examples.test.ts) and the browser check (tests/e2e/lessons.spec.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LESSONS_DIR = join(process.cwd(), 'content/lessons');

export interface LessonExample {
  readonly lesson: string;
  readonly file: string;
  /** `<lesson>/<file>`, as in the page's `data-example`. */
  readonly id: string;
  readonly path: string;
  readonly expectedOutputPath: string;
  readonly timeLimitMs: number;
  /** Module files of a multi-file example (`files={["queue.ts"]}`), in the lesson folder. */
  readonly moduleFiles: readonly string[];
  /** An exercise's solution file (`checkAgainst="…"`), whose recorded output the page checks against. */
  readonly checkAgainst: string | undefined;
  /** Shows the case study's timeline panel (`timeline`). */
  readonly timeline: boolean;
}

const EXAMPLE_ELEMENT = /<Example\b([^>]*?)\/?>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\d+)\\})`).exec(attributes);
  return match?.[1] ?? match?.[2];
}

/** `files={["a.ts", "b.ts"]}` → ["a.ts", "b.ts"]. */
function listAttribute(attributes: string, name: string): string[] {
  const match = new RegExp(`\\b${name}=\\{\\[([^\\]]*)\\]\\}`).exec(attributes);
  return [...(match?.[1] ?? '').matchAll(/["']([^"']+)["']/g)].map((item) => item[1] ?? '');
}

export function lessonSlugs(): string[] {
  return readdirSync(LESSONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(LESSONS_DIR, entry.name, 'index.mdx')))
    .map((entry) => entry.name)
    .sort();
}

export function examplesOf(lesson: string): LessonExample[] {
  const mdx = readFileSync(join(LESSONS_DIR, lesson, 'index.mdx'), 'utf8');
  return [...mdx.matchAll(EXAMPLE_ELEMENT)].map((match) => {
    const attributes = match[1] ?? '';
    const file = attribute(attributes, 'file') ?? '';
    const path = join(LESSONS_DIR, lesson, file);
    return {
      lesson,
      file,
      id: `${lesson}/${file}`,
      path,
      expectedOutputPath: path.replace(/\.ts$/, '.out.txt'),
      timeLimitMs: Number(attribute(attributes, 'timeout') ?? 5000),
      moduleFiles: listAttribute(attributes, 'files'),
      checkAgainst: attribute(attributes, 'checkAgainst'),
      timeline: /(?:^|\s)timeline(?:\s|$|=\{true\})/.test(attributes),
    };
  });
}

export function allExamples(): LessonExample[] {
  return lessonSlugs().flatMap(examplesOf);
}

/** The files of an example as the site compiles them: the main file first, then its modules. */
export function sourceFilesOf(example: LessonExample): { name: string; source: string }[] {
  return [example.file, ...example.moduleFiles].map((name) => ({
    name,
    source: readFileSync(join(LESSONS_DIR, example.lesson, name), 'utf8'),
  }));
}

/** The .ts files in a lesson folder (examples and anything else written in TypeScript). */
export function typeScriptFilesOf(lesson: string): string[] {
  return readdirSync(join(LESSONS_DIR, lesson)).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
}
