import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** One MDX file per page and language: `content/ko/<slug>.mdx` and `content/en/<slug>.mdx`. */
const notes = defineCollection({
  loader: glob({ base: process.env.CONTENT_DIR ?? './content', pattern: '{ko,en}/**/*.mdx' }),
  schema: z
    .object({
      title: z.string().min(2).max(80),
      description: z.string().min(30).max(180),
      order: z.number().int().min(0),
      sidebarLabel: z.string().min(2).max(40).optional(),
    })
    .strict(),
});

export const collections = { notes };
