import { z } from 'astro/zod';

/**
 * The frontmatter of a lesson (`content/lessons/<slug>/index.mdx`).
 * Every field says what it is for, so this file doubles as the authors' reference.
 */
export const lessonSchema = z
  .object({
    /** Shown as the page's heading, in the sidebar and in the lesson list. */
    title: z.string().min(3, 'write a title of at least 3 characters'),
    /** One sentence for the lesson list and the page's meta description. */
    description: z.string().min(10, 'write a one-sentence description'),
    /** Position in the curriculum: lessons are listed and linked in ascending order. */
    order: z.number().int().positive(),
    /** What the reader will be able to do afterwards: 2 to 4 sentences, each starting with a verb. */
    objectives: z.array(z.string().min(3)).min(2, 'list at least 2 objectives').max(4, 'list at most 4 objectives'),
    /** Shorter title for the sidebar when the full title is long. */
    navTitle: z.string().optional(),
    /** Drafts are built in development only. */
    draft: z.boolean().default(false),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
