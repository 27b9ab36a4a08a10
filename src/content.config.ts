import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './content/schema';

/** One lesson per folder: `content/lessons/<slug>/index.mdx`; the folder name is the URL slug. */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
