import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema, lessonSchema } from './content/schema';

/**
 * One lesson per folder: `content/lessons/<slug>/index.mdx`; the folder name is the URL slug.
 * LESSONS_DIR points elsewhere only for tests of the build's error messages.
 */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: process.env['LESSONS_DIR'] ?? './content/lessons',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: lessonSchema,
});

/** The terms the lessons use, rendered at /glossary/ (`content/glossary.yaml`). */
const glossary = defineCollection({
  loader: file(process.env['GLOSSARY_FILE'] ?? './content/glossary.yaml'),
  schema: glossarySchema,
});

export const collections = { lessons, glossary };
