import { getCollection, type CollectionEntry } from 'astro:content';
import { sitePath } from './site-path';

export { sitePath };

export type Lesson = CollectionEntry<'lessons'>;

/** Lessons in curriculum order; drafts only in development. Fails the build on a repeated `order`. */
export async function getLessons(): Promise<Lesson[]> {
  const lessons = (await getCollection('lessons', (lesson) => import.meta.env.DEV || !lesson.data.draft)).sort(
    (a, b) => a.data.order - b.data.order,
  );
  for (let i = 1; i < lessons.length; i++) {
    const previous = lessons[i - 1];
    const current = lessons[i];
    if (previous && current && previous.data.order === current.data.order) {
      throw new Error(
        `Lessons "${previous.id}" and "${current.id}" both have order: ${current.data.order} in their frontmatter; each lesson needs its own.`,
      );
    }
  }
  return lessons;
}

export function lessonUrl(lesson: Lesson): string {
  return sitePath(`lessons/${lesson.id}/`);
}
