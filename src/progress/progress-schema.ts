/**
 * The reader's progress as one JSON document: what is stored in the browser and what an
 * export file holds. `parseProgress` accepts only a document of this exact shape (a
 * corrupt or foreign file is refused with a reason), so an import can never store
 * something the site cannot read back.
 */
export const PROGRESS_FORMAT = 'awaitable-progress';
export const PROGRESS_VERSION = 1;

export type PredictionResult = 'right' | 'wrong';

export interface LessonProgress {
  /** The reader reached the lesson's summary. */
  read?: true;
  /** Each prediction (by example file) and whether the first answer was right. */
  predictions?: Record<string, PredictionResult>;
  /** Exercises (by example id) whose check passed at least once. */
  exercises?: Record<string, true>;
}

/** Where the reader was last: a lesson and the section (heading id and text) they were reading. */
export interface Place {
  lesson: string;
  lessonTitle: string;
  section: string;
  sectionTitle: string;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  last?: Place;
}

export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; reason: string };

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, lessons: {} };
}

// Generous bounds: the course has about twenty lessons; anything far bigger is not ours.
const MAX_LESSONS = 200;
const MAX_ENTRIES = 100;
const MAX_TEXT = 300;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const FILE = /^[\w.-]{1,100}\.ts$/;
const EXAMPLE_ID = /^[a-z0-9][a-z0-9-]{0,99}\/[\w.-]{1,100}\.ts$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function unknownKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !allowed.includes(key));
}

function parseLesson(slug: string, value: unknown): LessonProgress | string {
  const where = `lesson "${slug}"`;
  if (!isObject(value)) return `${where} is not an object.`;
  const extra = unknownKey(value, ['read', 'predictions', 'exercises']);
  if (extra !== undefined) return `${where} has an unknown field "${extra}".`;
  const lesson: LessonProgress = {};
  if (value['read'] !== undefined) {
    if (value['read'] !== true) return `${where}: "read" must be true when present.`;
    lesson.read = true;
  }
  if (value['predictions'] !== undefined) {
    const predictions = value['predictions'];
    if (!isObject(predictions)) return `${where}: "predictions" is not an object.`;
    const entries = Object.entries(predictions);
    if (entries.length > MAX_ENTRIES) return `${where} has too many predictions.`;
    lesson.predictions = {};
    for (const [file, result] of entries) {
      if (!FILE.test(file)) return `${where}: "${file.slice(0, 40)}" is not an example file name.`;
      if (result !== 'right' && result !== 'wrong') return `${where}: the prediction for ${file} must be "right" or "wrong".`;
      lesson.predictions[file] = result;
    }
  }
  if (value['exercises'] !== undefined) {
    const exercises = value['exercises'];
    if (!isObject(exercises)) return `${where}: "exercises" is not an object.`;
    const entries = Object.entries(exercises);
    if (entries.length > MAX_ENTRIES) return `${where} has too many exercises.`;
    lesson.exercises = {};
    for (const [id, solved] of entries) {
      if (!EXAMPLE_ID.test(id) || !id.startsWith(`${slug}/`)) return `${where}: "${id.slice(0, 60)}" is not an exercise of this lesson.`;
      if (solved !== true) return `${where}: the exercise ${id} must be true when present.`;
      lesson.exercises[id] = true;
    }
  }
  return lesson;
}

function parsePlace(value: unknown): Place | string {
  if (!isObject(value)) return '"last" is not an object.';
  const extra = unknownKey(value, ['lesson', 'lessonTitle', 'section', 'sectionTitle']);
  if (extra !== undefined) return `"last" has an unknown field "${extra}".`;
  const { lesson, lessonTitle, section, sectionTitle } = value;
  if (typeof lesson !== 'string' || !SLUG.test(lesson)) return '"last.lesson" is not a lesson slug.';
  for (const [name, text] of Object.entries({ lessonTitle, section, sectionTitle })) {
    if (typeof text !== 'string' || text.length > MAX_TEXT) return `"last.${name}" must be a short text.`;
  }
  return { lesson, lessonTitle: lessonTitle as string, section: section as string, sectionTitle: sectionTitle as string };
}

/** Checks a parsed JSON value; returns a clean copy holding only known fields, or why it was refused. */
export function parseProgress(value: unknown): ParsedProgress {
  if (!isObject(value)) return { ok: false, reason: 'It is not a progress file (no JSON object).' };
  if (value['format'] !== PROGRESS_FORMAT) return { ok: false, reason: 'It is not an Awaitable progress file.' };
  if (typeof value['version'] !== 'number') return { ok: false, reason: 'The file has no version number.' };
  if (value['version'] > PROGRESS_VERSION) {
    return { ok: false, reason: `The file comes from a newer version of the site (format ${value['version']}); reload the site and try again.` };
  }
  if (value['version'] !== PROGRESS_VERSION) return { ok: false, reason: `Format version ${String(value['version'])} is not one this site reads.` };
  const extra = unknownKey(value, ['format', 'version', 'lessons', 'last']);
  if (extra !== undefined) return { ok: false, reason: `The file has an unknown field "${extra}".` };
  const lessons = value['lessons'];
  if (!isObject(lessons)) return { ok: false, reason: 'The file has no "lessons" object.' };
  const slugs = Object.keys(lessons);
  if (slugs.length > MAX_LESSONS) return { ok: false, reason: 'The file lists far more lessons than the course has.' };
  const progress = emptyProgress();
  for (const slug of slugs) {
    if (!SLUG.test(slug)) return { ok: false, reason: `"${slug.slice(0, 40)}" is not a lesson slug.` };
    const lesson = parseLesson(slug, lessons[slug]);
    if (typeof lesson === 'string') return { ok: false, reason: `In the file, ${lesson}` };
    progress.lessons[slug] = lesson;
  }
  if (value['last'] !== undefined) {
    const last = parsePlace(value['last']);
    if (typeof last === 'string') return { ok: false, reason: `In the file, ${last}` };
    progress.last = last;
  }
  return { ok: true, progress };
}

/** Parses the text of a file or of storage: JSON first, then the shape. */
export function parseProgressText(text: string): ParsedProgress {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'It is not a progress file (the text is not JSON).' };
  }
  return parseProgress(value);
}

/** What a lesson's mark says: counts a reader can read at a glance. */
export interface LessonSummary {
  read: boolean;
  predictionsRight: number;
  predictionsAnswered: number;
  exercisesSolved: number;
}

export function summariseLesson(lesson: LessonProgress | undefined): LessonSummary {
  const predictions = Object.values(lesson?.predictions ?? {});
  return {
    read: lesson?.read === true,
    predictionsRight: predictions.filter((result) => result === 'right').length,
    predictionsAnswered: predictions.length,
    exercisesSolved: Object.keys(lesson?.exercises ?? {}).length,
  };
}
