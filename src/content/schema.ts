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
    /**
     * A page of the logging case study (curriculum section 11). Its pages are shorter and
     * checked as one unit: each has at least one example and a summary; the case study as a
     * whole has the predictions, the timeline pictures and the closing exercise.
     */
    caseStudy: z.boolean().default(false),
    /** Drafts are built in development only. */
    draft: z.boolean().default(false),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;

/**
 * One glossary entry of `content/glossary.yaml` (a YAML list). Lessons link to a term
 * as `../../glossary/#<id>`; the build checks that `lessons` and `seeAlso` exist.
 */
export const glossarySchema = z
  .object({
    /** The anchor: lowercase words joined by hyphens, e.g. `unhandled-rejection`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens'),
    /** The term as shown, e.g. "Unhandled rejection". */
    term: z.string().min(2),
    /** One or two plain sentences; `backticks` mark code. */
    definition: z.string().min(10, 'write a definition of at least one sentence'),
    /** Slugs of the lessons that teach or use the term, most relevant first. */
    lessons: z.array(z.string()).default([]),
    /** Other glossary ids worth reading next. */
    seeAlso: z.array(z.string()).default([]),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
