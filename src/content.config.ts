import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkFrontMatter, noteSchema } from './lib/front-matter.ts';

const CONTENT = process.env.CONTENT_DIR ?? './content';

// Checked before Astro loads the pages, so that a problem names the file and line to edit
// (Astro's own schema error points at line 0).
checkFrontMatter(CONTENT);

/** One MDX file per page and language: `content/ko/<slug>.mdx` and `content/en/<slug>.mdx`. */
const notes = defineCollection({
  loader: glob({ base: CONTENT, pattern: '{ko,en}/**/*.mdx' }),
  schema: noteSchema,
});

export const collections = { notes };
