import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';

/** The front matter of every page (`content/{ko,en}/<slug>.mdx`). */
export const noteSchema = z
  .object({
    title: z.string().min(2).max(80),
    description: z.string().min(30).max(180),
    order: z.number().int().min(0),
    sidebarLabel: z.string().min(2).max(40).optional(),
  })
  .strict();

/** The line (1-based, in the whole file) where `key:` is written in the front matter; else the opening `---`. */
function lineOf(text: string, key: string | undefined): number {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  const at = key === undefined ? -1 : lines.slice(1, end < 0 ? undefined : end).findIndex((l) => l.startsWith(`${key}:`));
  return at < 0 ? 1 : at + 2;
}

/**
 * Checks one page's front matter against the schema. Each problem names the file and the line the author
 * edits (`content/en/aurora.mdx:4: order: …`), which Astro's own message does not (it says `:0:0`).
 */
export function frontMatterProblems(file: string, text: string): string[] {
  let data: unknown;
  try {
    data = parseFrontmatter(text).frontmatter;
  } catch (e) {
    const line = (e as { mark?: { line?: number } }).mark?.line;
    return [`${file}:${line === undefined ? 1 : line + 2}: front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`];
  }
  const result = noteSchema.safeParse(data ?? {});
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${file}:${lineOf(text, key)}: unknown field "${key}" (fields: ${Object.keys(noteSchema.shape).join(', ')})`);
    }
    const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const missing = key !== undefined && !(key in ((data ?? {}) as object));
    return [`${file}:${lineOf(text, missing ? undefined : key)}: ${key ?? 'front matter'}${missing ? ' is missing' : ''}: ${issue.message}`];
  });
}

/** Checks every page under `dir` (ko/ and en/); throws one error listing every problem. */
export function checkFrontMatter(dir: string): void {
  const problems = ['ko', 'en'].flatMap((locale) => {
    let files: string[] = [];
    try {
      files = readdirSync(join(dir, locale)).filter((f) => f.endsWith('.mdx'));
    } catch {
      return [];
    }
    return files.flatMap((f) => {
      const path = join(dir, locale, f);
      const shown = relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
      return frontMatterProblems(shown, readFileSync(path, 'utf8'));
    });
  });
  if (problems.length) throw new Error(`Front matter does not match the schema:\n- ${problems.join('\n- ')}`);
}
